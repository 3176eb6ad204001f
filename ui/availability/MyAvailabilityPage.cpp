#include "availability/MyAvailabilityPage.h"

#include "availability/AvailabilityEditor.h"
#include "edit/AvailabilityEdits.h"
#include "storage/Repositories.h"
#include "storage/StorageError.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace shiftlane::ui {

MyAvailabilityPage::MyAvailabilityPage(std::function<Database*()> database, Apply apply,
                                       QWidget* parent)
    : QWidget(parent), m_database(std::move(database)), m_apply(std::move(apply)),
      m_note(new QLabel(this))
{
    m_note->setWordWrap(true);
    m_note->setAlignment(Qt::AlignCenter);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    rebuild();
}

void MyAvailabilityPage::setActor(const Actor& actor, const PlanningSettings& settings)
{
    m_actor = actor;
    m_settings = settings;
    rebuild();
}

void MyAvailabilityPage::reload(const PlanningSettings& settings)
{
    m_settings = settings;
    // After Save or Cancel the editor has closed itself; otherwise keep what is being typed.
    if (!hasUnsavedChanges())
        rebuild();
}

bool MyAvailabilityPage::hasUnsavedChanges() const
{
    return m_editor && !m_editor->isHidden() && !(m_editor->availability() == m_shown);
}

bool MyAvailabilityPage::save()
{
    Database* db = m_database();
    if (!m_editor || !db)
        return false;
    bool saved = false;
    try {
        auto edit = std::make_unique<AvailabilitySave>(AvailabilitySave::prepare(
            *db, m_actor, m_actor.freelancerId(), m_editor->availability()));
        saved = edit->changesNothing() || m_apply(std::move(edit));
    } catch (const StorageError& error) {
        m_note->setText(error.message());
        m_note->show();
        return false;
    }
    if (saved)
        rebuild(); // the history now has the new line
    return saved;
}

void MyAvailabilityPage::discard()
{
    rebuild();
}

void MyAvailabilityPage::rebuild()
{
    if (m_editor) {
        m_editor->disconnect(this);
        m_editor->hide();
        m_editor->deleteLater(); // may be the sender of the Save being handled
    }
    m_editor = nullptr;
    m_note->hide();
    Database* db = m_database();
    if (m_actor.isTeamLead() || !db) {
        m_note->setText(tr("The team lead edits anyone's availability from the Freelancers "
                           "tab. Switch the profile to a freelancer to see their own page."));
        m_note->show();
        return;
    }
    const Id id = m_actor.freelancerId();
    try {
        const auto freelancer = FreelancerRepository(*db).find(id);
        if (!freelancer) {
            m_note->setText(
                tr("%1 is not in this file's team any more.").arg(m_actor.displayName()));
            m_note->show();
            return;
        }
        m_shown = AvailabilityRepository(*db).forFreelancer(id);
        m_editor = new AvailabilityEditor(*freelancer, m_shown,
                                          AvailabilityAuditRepository(*db).forFreelancer(id),
                                          m_actor, m_settings, QDate::currentDate(), this);
    } catch (const StorageError& error) {
        m_note->setText(error.message());
        m_note->show();
        return;
    }
    // The dialog lives in the tab: no window of its own, and its buttons save or put back.
    m_editor->setWindowFlags(Qt::Widget);
    // What the editor makes of the stored windows (merged on its grid) counts as unchanged.
    m_shown = m_editor->availability();
    if (auto* buttons = m_editor->findChild<QDialogButtonBox*>())
        if (QPushButton* cancel = buttons->button(QDialogButtonBox::Cancel))
            cancel->setText(tr("Discard changes"));
    connect(m_editor, &QDialog::accepted, this, [this] { save(); });
    connect(m_editor, &QDialog::rejected, this, [this] { discard(); });
    layout()->addWidget(m_editor);
    m_editor->show();
}

} // namespace shiftlane::ui
