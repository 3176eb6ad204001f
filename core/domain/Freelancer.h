#pragma once

#include "domain/Ids.h"
#include "domain/Validation.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace shiftlane {

// What a freelancer agreed to work. Minutes are per week, the planning period the
// solver scales to the number of weeks it plans.
struct ContractLimits
{
    int maxMinutesPerWeek = 40 * 60;
    int minMinutesPerWeek = 0; // the hours they count on for income
    int maxShiftsPerDay = 1;
    int maxConsecutiveDays = 5;
    int minConsecutiveDaysOff = 1;
    int minRestHours = 11;
    int maxWorkingWeekends = 2; // per four weeks

    friend bool operator==(const ContractLimits&, const ContractLimits&) = default;
};

struct Freelancer
{
    Id id = NoId;
    QString name;
    QString email;
    QString phone;
    QByteArray timeZone; // IANA id, e.g. "Europe/Lisbon"
    QList<Id> skillIds;
    qint64 hourlyRateCents = 0;
    QString currency = QStringLiteral("EUR"); // ISO 4217
    ContractLimits limits;

    bool hasSkill(Id skillId) const { return skillIds.contains(skillId); }
    ValidationErrors validate() const;
    friend bool operator==(const Freelancer&, const Freelancer&) = default;
};

} // namespace shiftlane
