#include "people/FreelancersPanel.h"

#include "availability/AvailabilityEditor.h"
#include "edit/AvailabilityEdits.h"
#include "edit/ReadScope.h"
#include "people/FreelancerDialog.h"
#include "people/FreelancerTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace shiftlane::ui {

FreelancersPanel::FreelancersPanel(std::function<Database*()> database, Apply apply,
                                   QWidget* parent)
    : QWidget(parent), m_database(std::move(database)), m_apply(std::move(apply)),
      m_model(new FreelancerTableModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_table(new QTableView(this)), m_filter(new QLineEdit(this))
{
    m_askShifts = [this](const Freelancer& f,
                         int shifts) -> std::optional<FreelancerRemoval::Shifts> {
        QMessageBox box(
            QMessageBox::Question, tr("Remove %1").arg(f.name),
            tr("%1 has %n shift(s). What should happen to them?", nullptr, shifts).arg(f.name),
            QMessageBox::Cancel, this);
        QPushButton* unassign = box.addButton(tr("Keep them, unassigned"), QMessageBox::AcceptRole);
        QPushButton* remove = box.addButton(tr("Delete them"), QMessageBox::DestructiveRole);
        box.exec();
        if (box.clickedButton() == unassign)
            return FreelancerRemoval::Shifts::Unassign;
        if (box.clickedButton() == remove)
            return FreelancerRemoval::Shifts::Delete;
        return std::nullopt;
    };
    m_runDialog = [](FreelancerDialog& dialog) { return dialog.exec() == QDialog::Accepted; };
    m_runAvailability = [](AvailabilityEditor& editor) {
        return editor.exec() == QDialog::Accepted;
    };

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FreelancerTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // name, skills and zone all match
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FreelancerTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_filter->setPlaceholderText(tr("Filter by name, skill or time zone"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    auto* add = new QPushButton(tr("Add…"), this);
    auto* edit = new QPushButton(tr("Edit…"), this);
    auto* remove = new QPushButton(tr("Remove…"), this);
    auto* availability = new QPushButton(tr("Availability…"), this);
    connect(availability, &QPushButton::clicked, this, [this] {
        if (const auto id = currentFreelancer())
            editAvailability(*id);
    });
    connect(add, &QPushButton::clicked, this, &FreelancersPanel::addFreelancer);
    connect(edit, &QPushButton::clicked, this, [this] {
        if (const auto id = currentFreelancer())
            editFreelancer(*id);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (const auto id = currentFreelancer())
            removeFreelancer(*id);
    });
    // The time zone column opens the availability (where and when); the rest the details.
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const Id id = index.data(FreelancerTableModel::IdRole).toLongLong();
        if (index.column() == FreelancerTableModel::TimeZone)
            editAvailability(id);
        else if (m_actor.mayEditTeamData())
            editFreelancer(id);
    });
    m_editButtons = {add, edit, remove};
    m_report = [this](const QString& message) {
        QMessageBox::warning(this, tr("Freelancers"), message);
    };

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(add);
    bar->addWidget(edit);
    bar->addWidget(remove);
    bar->addWidget(availability);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table);
}

void FreelancersPanel::setSnapshot(const ScheduleSnapshot& snapshot)
{
    m_skills = snapshot.skills;
    m_settings = snapshot.settings;
    m_freelancers = snapshot.freelancers;
    m_model->setSnapshot(snapshot);
    m_table->resizeColumnsToContents();
}

std::optional<Id> FreelancersPanel::currentFreelancer() const
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    return index.data(FreelancerTableModel::IdRole).toLongLong();
}

void FreelancersPanel::setActor(const Actor& actor)
{
    m_actor = actor;
    for (QPushButton* button : std::as_const(m_editButtons))
        button->setEnabled(actor.mayEditTeamData());
}

void FreelancersPanel::addFreelancer()
{
    try {
        m_actor.requireTeamLead(tr("add freelancers")); // before the dialog, not after typing
        Freelancer fresh;
        fresh.timeZone = "UTC";
        FreelancerDialog dialog(m_skills, fresh, this);
        if (m_runDialog(dialog))
            m_apply(std::make_unique<FreelancerSave>(m_actor, std::nullopt, dialog.freelancer()));
    } catch (const StorageError& error) {
        m_report(error.message());
    }
}

void FreelancersPanel::editFreelancer(Id id)
{
    for (const Freelancer& f : m_freelancers) {
        if (f.id != id)
            continue;
        try {
            m_actor.requireTeamLead(tr("change %1's details").arg(f.name));
            FreelancerDialog dialog(m_skills, f, this);
            if (m_runDialog(dialog) && !(dialog.freelancer() == f))
                m_apply(std::make_unique<FreelancerSave>(m_actor, f, dialog.freelancer()));
        } catch (const StorageError& error) {
            m_report(error.message());
        }
        return;
    }
}

void FreelancersPanel::removeFreelancer(Id id)
{
    Database* db = m_database();
    if (!db)
        return;
    try {
        m_actor.requireTeamLead(tr("remove freelancers")); // before asking about the shifts
        const int shifts = countShiftsOf(*db, id);
        FreelancerRemoval::Shifts handling = FreelancerRemoval::Shifts::Unassign;
        if (shifts > 0) {
            Freelancer who;
            for (const Freelancer& f : m_freelancers)
                if (f.id == id)
                    who = f;
            const auto choice = m_askShifts(who, shifts);
            if (!choice)
                return;
            handling = *choice;
        }
        m_apply(std::make_unique<FreelancerRemoval>(
            FreelancerRemoval::prepare(*db, m_actor, id, handling)));
    } catch (const StorageError& error) {
        m_report(error.message());
    }
}

void FreelancersPanel::editAvailability(Id id)
{
    Database* db = m_database();
    if (!db)
        return;
    try {
        const auto freelancer = FreelancerRepository(*db).find(id);
        if (!freelancer)
            return;
        ReadScope(m_actor).requireMayRead(id, freelancer->name); // not even to look at
        AvailabilityEditor editor(*freelancer, AvailabilityRepository(*db).forFreelancer(id),
                                  AvailabilityAuditRepository(*db).forFreelancer(id), m_actor,
                                  m_settings, QDate::currentDate(), this);
        if (!m_runAvailability(editor) || editor.isReadOnly())
            return;
        auto save = std::make_unique<AvailabilitySave>(
            AvailabilitySave::prepare(*db, m_actor, id, editor.availability()));
        if (!save->changesNothing())
            m_apply(std::move(save));
    } catch (const StorageError& error) {
        m_report(error.message());
    }
}

} // namespace shiftlane::ui
