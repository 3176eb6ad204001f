#pragma once

#include "report/ReportLayout.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;

namespace shiftlane::ui {

// Which parts a printed report holds: the team schedule, a page per freelancer, the coverage
// pages. OK stays disabled until at least one is ticked.
class ReportContentsDialog : public QDialog
{
    Q_OBJECT
public:
    ReportContentsDialog(const ReportContents& initial, const QString& okText,
                         QWidget* parent = nullptr);

    ReportContents contents() const;
    QCheckBox* teamBox() const { return m_team; }
    QCheckBox* perFreelancerBox() const { return m_perFreelancer; }
    QCheckBox* coverageBox() const { return m_coverage; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    void updateOk();

    QCheckBox* m_team;
    QCheckBox* m_perFreelancer;
    QCheckBox* m_coverage;
    QDialogButtonBox* m_buttons;
};

} // namespace shiftlane::ui
