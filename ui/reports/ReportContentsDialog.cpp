#include "reports/ReportContentsDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace shiftlane::ui {

ReportContentsDialog::ReportContentsDialog(const ReportContents& initial, const QString& okText,
                                           QWidget* parent)
    : QDialog(parent),
      m_team(new QCheckBox(tr("&Team schedule: a row per freelancer, a column per day"), this)),
      m_perFreelancer(
          new QCheckBox(tr("A page per &freelancer, with times in their own time zone"), this)),
      m_coverage(new QCheckBox(tr("&Coverage: demand against scheduled per skill and day, and "
                                  "the unmet demand"),
                               this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Report contents"));
    m_team->setChecked(initial.teamSchedule);
    m_perFreelancer->setChecked(initial.perFreelancer);
    m_coverage->setChecked(initial.coverage);
    m_buttons->button(QDialogButtonBox::Ok)->setText(okText);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Include, for the period on screen:"), this));
    layout->addWidget(m_team);
    layout->addWidget(m_perFreelancer);
    layout->addWidget(m_coverage);
    layout->addWidget(m_buttons);
    for (QCheckBox* box : {m_team, m_perFreelancer, m_coverage})
        connect(box, &QCheckBox::toggled, this, &ReportContentsDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

ReportContents ReportContentsDialog::contents() const
{
    return {m_team->isChecked(), m_perFreelancer->isChecked(), m_coverage->isChecked()};
}

void ReportContentsDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!contents().isEmpty());
}

} // namespace shiftlane::ui
