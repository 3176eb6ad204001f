#pragma once

// The penalty of each rule as a function of the quantity it limits. The full scorer, the
// incremental scorer and the explanation all use these, so that they cannot disagree about
// what a rule costs; they differ only in how they find the quantities.

#include "solver/Model.h"

#include <algorithm>
#include <cstdint>

namespace shiftlane::solver::penalty {

inline std::int64_t excess(std::int64_t value, std::int64_t limit)
{
    return value > limit ? value - limit : 0;
}

// Hard units for total minutes: one per started hour outside [min, max].
inline std::int64_t minutesHard(const EmployeeRules& rules, int minutes)
{
    const std::int64_t outside = minutes < rules.minMinutes   ? rules.minMinutes - minutes
                                 : minutes > rules.maxMinutes ? minutes - rules.maxMinutes
                                                              : 0;
    return (outside + 59) / 60;
}

inline std::int64_t minutesSoft(const EmployeeRules& rules, int minutes)
{
    if (rules.softMinutesWeight == 0)
        return 0;
    const std::int64_t outside = minutes < rules.softMinMinutes   ? rules.softMinMinutes - minutes
                                 : minutes > rules.softMaxMinutes ? minutes - rules.softMaxMinutes
                                                                  : 0;
    return outside * rules.softMinutesWeight;
}

inline std::int64_t cover(const CoverBucket& bucket, int count)
{
    return count < bucket.required
               ? static_cast<std::int64_t>(bucket.required - count) * bucket.underWeight
               : static_cast<std::int64_t>(count - bucket.required) * bucket.overWeight;
}

// Hard units for a minutes window: one per started hour outside [min, max].
inline std::int64_t windowHard(const MinutesWindow& window, int minutes)
{
    const std::int64_t outside = minutes < window.minMinutes   ? window.minMinutes - minutes
                                 : minutes > window.maxMinutes ? minutes - window.maxMinutes
                                                               : 0;
    return (outside + 59) / 60;
}

// A maximal run of working days [start, start + length): too long is always broken; too short
// only when a day off lies on both sides (the days outside the horizon are unknown, unless the
// employee's carry-in tells what came before day 0). A run starting on day 0 continues the
// carried-in working days; only the days it adds over the max count.
inline std::int64_t workRun(const EmployeeRules& rules, int start, int length, int days)
{
    const CarryIn& carry = rules.carryIn;
    const bool closedAfter = start + length < days;
    if (start == 0 && carry.workedDays > 0) {
        const std::int64_t total = static_cast<std::int64_t>(carry.workedDays) + length;
        std::int64_t units = excess(total, rules.maxConsecutiveWork) -
                             excess(carry.workedDays, rules.maxConsecutiveWork);
        if (closedAfter && total < rules.minConsecutiveWork)
            units += rules.minConsecutiveWork - total;
        return units;
    }
    std::int64_t units = excess(length, rules.maxConsecutiveWork);
    const bool closedBefore = start > 0 || carry.daysOff > 0;
    if (closedBefore && closedAfter && length < rules.minConsecutiveWork)
        units += rules.minConsecutiveWork - length;
    return units;
}

inline std::int64_t offRun(const EmployeeRules& rules, int start, int length, int days)
{
    const CarryIn& carry = rules.carryIn;
    const bool closedAfter = start + length < days;
    if (start == 0 && carry.daysOff > 0) {
        const std::int64_t total = static_cast<std::int64_t>(carry.daysOff) + length;
        return closedAfter && total < rules.minConsecutiveOff ? rules.minConsecutiveOff - total : 0;
    }
    const bool closedBefore = start > 0 || carry.workedDays > 0;
    if (closedBefore && closedAfter && length < rules.minConsecutiveOff)
        return rules.minConsecutiveOff - length;
    return 0;
}

// The carried-in run that ends on day -1 when day 0 ends it (day 0 has the other status).
inline std::int64_t carryInRun(const EmployeeRules& rules, bool dayZeroWorking)
{
    const CarryIn& carry = rules.carryIn;
    if (dayZeroWorking && carry.daysOff > 0 && carry.daysOff < rules.minConsecutiveOff)
        return rules.minConsecutiveOff - carry.daysOff;
    if (!dayZeroWorking && carry.workedDays > 0 && carry.workedDays < rules.minConsecutiveWork)
        return rules.minConsecutiveWork - carry.workedDays;
    return 0;
}

} // namespace shiftlane::solver::penalty
