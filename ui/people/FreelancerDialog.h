#pragma once

#include "domain/Freelancer.h"
#include "domain/Skill.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QFormLayout;

namespace shiftlane::ui {

// Adds or edits one freelancer. OK keeps the dialog open while any field is wrong and shows
// what is wrong next to that field.
class FreelancerDialog : public QDialog
{
    Q_OBJECT
public:
    FreelancerDialog(const QList<Skill>& skills, const Freelancer& freelancer,
                     QWidget* parent = nullptr);

    // The freelancer as typed (may be invalid until accepted).
    Freelancer freelancer() const;
    // Shows each field's problem beside it; true when there is none.
    bool validate();
    // The message shown beside a field ("name", "timeZone", "hourlyRate", ...), empty if none.
    QString errorFor(const QString& field) const;

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* timeZoneEdit() const { return m_timeZone; }
    QLineEdit* rateEdit() const { return m_rate; }
    QLineEdit* minHoursEdit() const { return m_minHours; }
    QLineEdit* maxHoursEdit() const { return m_maxHours; }

    void accept() override;

private:
    void addRow(QFormLayout* form, const QString& label, QWidget* field, const QString& errorKey);

    Freelancer m_original;
    QList<Skill> m_skills;
    QLineEdit* m_name;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QComboBox* m_timeZone;
    QListWidget* m_skillList;
    QLineEdit* m_rate;
    QLineEdit* m_currency;
    QLineEdit* m_minHours;
    QLineEdit* m_maxHours;
    QSpinBox* m_consecutiveDays;
    QSpinBox* m_daysOff;
    QSpinBox* m_restHours;
    QSpinBox* m_weekends;
    QHash<QString, QLabel*> m_errors;
};

} // namespace shiftlane::ui
