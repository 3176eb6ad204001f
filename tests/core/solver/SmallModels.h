#pragma once

// Small hand-made models that tests of more than one class share.

#include "solver/Model.h"

#include <vector>

namespace shiftlane::solver::test {

// Ola may work one weekend and exactly two shifts in `days` days. Only the last weekend needs
// anyone, one person a day; she works the first (see weekendTooEarlyStart).
inline Model weekendTooEarly(int days)
{
    std::vector<EmployeeRules> rules(1);
    rules[0].id = "Ola";
    rules[0].minMinutes = 960;
    rules[0].maxMinutes = 960;
    rules[0].maxWeekends = 1;
    Model model(days, {{"D", 480}}, rules);
    std::vector<std::vector<int>> weekends;
    for (int saturday = 5; saturday + 1 < days; saturday += 7)
        weekends.push_back({saturday, saturday + 1});
    model.setWeekends(weekends);
    model.addFill(days - 2, 0, model.addBucket({1, 100, 1, days - 2}));
    model.addFill(days - 1, 0, model.addBucket({1, 100, 1, days - 1}));
    return model;
}

inline Roster weekendTooEarlyStart(int days)
{
    Roster start(1, days);
    start.set(0, 5, 0);
    start.set(0, 6, 0);
    return start;
}

} // namespace shiftlane::solver::test
