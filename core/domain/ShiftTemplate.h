#pragma once

#include "domain/Ids.h"
#include "domain/Validation.h"

#include <QString>

namespace shiftlane {

// A shape shifts come in, in the planning time zone. A template whose start plus
// length passes midnight crosses into the next day.
struct ShiftTemplate
{
    Id id = NoId;
    QString name;
    int startMinute = 9 * 60;
    int lengthMinutes = 8 * 60;
    int unpaidBreakMinutes = 0;
    Id skillId = NoId;
    QString color; // empty: use the skill's colour

    int paidMinutes() const { return lengthMinutes - unpaidBreakMinutes; }
    bool crossesMidnight() const { return startMinute + lengthMinutes > MinutesPerDay; }
    ValidationErrors validate() const;
    friend bool operator==(const ShiftTemplate&, const ShiftTemplate&) = default;
};

} // namespace shiftlane
