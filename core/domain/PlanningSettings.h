#pragma once

#include "domain/Validation.h"

#include <QByteArray>
#include <QString>

namespace shiftlane {

// What the solver trades off, each a user-visible weight. Cover weights count per
// freelancer and demand interval; pay is in currency units (a freelancer's hourly rate times
// the paid hours); fairness per hour a freelancer is scheduled below their minimum.
struct ScheduleWeights
{
    int underCover = 100;  // per missing freelancer per interval
    int overCover = 10;    // per surplus freelancer per interval
    int notPreferred = 20; // per shift outside the freelancer's preferred hours
    int pay = 1;           // per currency unit of pay
    int fairness = 30;     // per hour below a freelancer's minimum hours
    int change = 60;       // per assignment a re-solve moves away from the current schedule

    friend bool operator==(const ScheduleWeights&, const ScheduleWeights&) = default;
};

// Settings of one team's database.
struct PlanningSettings
{
    QString teamName;
    QByteArray planningTimeZone = QByteArrayLiteral("UTC"); // calendar days are days here
    int intervalMinutes = 30;                               // demand granularity: 15 or 30
    int weekStart = 1;                                      // 1 = Monday ... 7 = Sunday
    ScheduleWeights weights;

    ValidationErrors validate() const;
    friend bool operator==(const PlanningSettings&, const PlanningSettings&) = default;
};

} // namespace shiftlane
