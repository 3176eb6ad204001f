#include "solver/FullScorer.h"

#include "solver/RulePenalties.h"

#include <vector>

namespace shiftlane::solver {

namespace {

Score scoreEmployee(const Model& model, const Roster& roster, int e)
{
    const EmployeeRules& rules = model.employee(e);
    const int days = model.days();
    Score score;
    std::vector<int> typeCounts(model.shiftTypeCount(), 0);
    std::vector<char> weekendWorked(model.weekendCount(), 0);
    int minutes = 0;
    const CarryIn& carry = rules.carryIn;
    if (model.successionForbidden(e, carry.lastShift, roster.at(e, 0)))
        ++score.hard;
    if (carry.known())
        score.hard += penalty::carryInRun(rules, roster.at(e, 0) != kOff);
    for (const MinutesWindow& window : rules.minutesWindows) {
        int windowMinutes = 0;
        for (int d = window.firstDay; d <= window.lastDay; ++d)
            windowMinutes += model.minutesOf(roster.at(e, d));
        score.hard += penalty::windowHard(window, windowMinutes);
    }
    for (int d = 0; d < days; ++d) {
        const int choice = roster.at(e, d);
        score.soft += model.cellCost(e, d, choice);
        if (choice == kOff)
            continue;
        score.hard += model.cellForbidden(e, d, choice) ? 1 : 0;
        if (d + 1 < days && model.successionForbidden(e, choice, roster.at(e, d + 1)))
            ++score.hard;
        ++typeCounts[choice];
        minutes += model.minutesOf(choice);
        if (model.weekendOfDay(d) >= 0)
            weekendWorked[model.weekendOfDay(d)] = 1;
    }
    for (int t = 0; t < model.shiftTypeCount(); ++t)
        score.hard += penalty::excess(typeCounts[t], model.maxShiftsOfType(e, t));
    score.hard += penalty::minutesHard(rules, minutes);
    score.soft += penalty::minutesSoft(rules, minutes);
    int weekends = 0;
    for (char worked : weekendWorked)
        weekends += worked;
    score.hard += penalty::excess(weekends, rules.maxWeekends);

    for (int start = 0; start < days;) {
        const bool working = roster.at(e, start) != kOff;
        int end = start;
        while (end < days && (roster.at(e, end) != kOff) == working)
            ++end;
        score.hard += working ? penalty::workRun(rules, start, end - start, days)
                              : penalty::offRun(rules, start, end - start, days);
        start = end;
    }
    return score;
}

} // namespace

Score fullScore(const Model& model, const Roster& roster)
{
    Score score;
    for (int e = 0; e < model.employeeCount(); ++e)
        score += scoreEmployee(model, roster, e);
    std::vector<int> counts(model.bucketCount(), 0);
    for (int e = 0; e < model.employeeCount(); ++e)
        for (int d = 0; d < model.days(); ++d)
            if (roster.at(e, d) != kOff)
                for (int b : model.fills(d, roster.at(e, d)))
                    ++counts[b];
    for (int b = 0; b < model.bucketCount(); ++b)
        score.soft += penalty::cover(model.bucket(b), counts[b]);
    return score;
}

} // namespace shiftlane::solver
