#pragma once

#include "domain/Validation.h"

#include <QByteArray>
#include <QString>

namespace shiftlane {

// Settings of one team's database.
struct PlanningSettings
{
    QString teamName;
    QByteArray planningTimeZone = QByteArrayLiteral("UTC"); // calendar days are days here
    int intervalMinutes = 30;                               // demand granularity: 15 or 30
    int weekStart = 1;                                      // 1 = Monday ... 7 = Sunday

    ValidationErrors validate() const;
    friend bool operator==(const PlanningSettings&, const PlanningSettings&) = default;
};

} // namespace shiftlane
