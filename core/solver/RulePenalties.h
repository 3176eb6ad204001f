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

// A maximal run of working days [start, start + length): too long is always broken; too short
// only when a day off lies on both sides inside the horizon (the days outside are unknown).
inline std::int64_t workRun(const EmployeeRules& rules, int start, int length, int days)
{
    std::int64_t units = excess(length, rules.maxConsecutiveWork);
    if (start > 0 && start + length < days && length < rules.minConsecutiveWork)
        units += rules.minConsecutiveWork - length;
    return units;
}

inline std::int64_t offRun(const EmployeeRules& rules, int start, int length, int days)
{
    if (start > 0 && start + length < days && length < rules.minConsecutiveOff)
        return rules.minConsecutiveOff - length;
    return 0;
}

} // namespace shiftlane::solver::penalty
