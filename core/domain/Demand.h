#pragma once

#include "domain/Ids.h"
#include "domain/Validation.h"

#include <QDate>

namespace shiftlane {

// How many freelancers a skill needs in one interval of one planning day. The
// interval index counts from the day's midnight in steps of the interval length.
struct DemandInterval
{
    Id skillId = NoId;
    QDate day;
    int interval = 0;
    int required = 0;

    ValidationErrors validate(int intervalMinutes) const;
    friend bool operator==(const DemandInterval&, const DemandInterval&) = default;
};

} // namespace shiftlane
