#include "solver/Explanation.h"

#include <algorithm>

#include "solver/RulePenalties.h"

namespace shiftlane::solver {

bool isHard(RuleKind kind)
{
    switch (kind) {
    case RuleKind::CellWish:
    case RuleKind::SoftMinutesOutOfRange:
    case RuleKind::CoverUnder:
    case RuleKind::CoverOver:
        return false;
    default:
        return true;
    }
}

Score sumOf(const std::vector<Violation>& violations)
{
    Score score;
    for (const Violation& v : violations)
        (isHard(v.kind) ? score.hard : score.soft) += v.penalty;
    return score;
}

std::vector<int> employeesBreakingHardRules(const std::vector<Violation>& violations)
{
    std::vector<int> employees;
    for (const Violation& v : violations)
        if (isHard(v.kind) && v.employee >= 0 &&
            std::find(employees.begin(), employees.end(), v.employee) == employees.end())
            employees.push_back(v.employee);
    return employees;
}

namespace {

class Explainer
{
public:
    Explainer(const Model& model, const Roster& roster) : model_(model), roster_(roster) {}

    std::vector<Violation> run()
    {
        for (int e = 0; e < model_.employeeCount(); ++e) {
            explainCells(e);
            explainTotals(e);
            explainRuns(e);
            explainWeekends(e);
        }
        explainCover();
        return std::move(violations_);
    }

private:
    void add(Violation v)
    {
        if (v.penalty != 0)
            violations_.push_back(v);
    }

    void explainCells(int e)
    {
        const int lastShift = model_.employee(e).carryIn.lastShift;
        if (model_.successionForbidden(e, lastShift, roster_.at(e, 0)))
            add({RuleKind::ForbiddenSuccession, e, 0, 0, roster_.at(e, 0), -1, 1, 1});
        for (int d = 0; d < model_.days(); ++d) {
            const int choice = roster_.at(e, d);
            const std::int64_t cost = model_.cellCost(e, d, choice);
            add({RuleKind::CellWish, e, d, d, choice, -1, cost, cost});
            if (model_.cellForbidden(e, d, choice))
                add({RuleKind::ForbiddenShift, e, d, d, choice, -1, 1, 1});
            if (d + 1 < model_.days() &&
                model_.successionForbidden(e, choice, roster_.at(e, d + 1)))
                add({RuleKind::ForbiddenSuccession, e, d, d + 1, choice, -1, 1, 1});
        }
    }

    void explainTotals(int e)
    {
        const EmployeeRules& rules = model_.employee(e);
        const int lastDay = model_.days() - 1;
        int minutes = 0;
        for (int t = 0; t < model_.shiftTypeCount(); ++t) {
            int count = 0;
            for (int d = 0; d <= lastDay; ++d)
                count += roster_.at(e, d) == t ? 1 : 0;
            minutes += count * model_.shiftType(t).minutes;
            const std::int64_t over = penalty::excess(count, model_.maxShiftsOfType(e, t));
            add({RuleKind::MaxShiftsOfType, e, 0, lastDay, t, -1, over, over});
        }
        const std::int64_t hardMinutes = penalty::minutesHard(rules, minutes);
        if (minutes < rules.minMinutes)
            add({RuleKind::MinTotalMinutes, e, 0, lastDay, -1, -1, rules.minMinutes - minutes,
                 hardMinutes});
        else if (minutes > rules.maxMinutes)
            add({RuleKind::MaxTotalMinutes, e, 0, lastDay, -1, -1, minutes - rules.maxMinutes,
                 hardMinutes});
        const auto& windows = rules.minutesWindows;
        for (int i = 0; i < static_cast<int>(windows.size()); ++i) {
            const MinutesWindow& window = windows[i];
            int inWindow = 0;
            for (int d = window.firstDay; d <= window.lastDay; ++d)
                inWindow += model_.minutesOf(roster_.at(e, d));
            const std::int64_t units = penalty::windowHard(window, inWindow);
            if (inWindow < window.minMinutes)
                add({RuleKind::MinWindowMinutes, e, window.firstDay, window.lastDay, -1, -1,
                     window.minMinutes - inWindow, units, i});
            else if (inWindow > window.maxMinutes)
                add({RuleKind::MaxWindowMinutes, e, window.firstDay, window.lastDay, -1, -1,
                     inWindow - window.maxMinutes, units, i});
        }
        const std::int64_t softMinutes = penalty::minutesSoft(rules, minutes);
        if (softMinutes != 0)
            add({RuleKind::SoftMinutesOutOfRange, e, 0, lastDay, -1, -1,
                 softMinutes / rules.softMinutesWeight, softMinutes});
    }

    void explainRuns(int e)
    {
        const EmployeeRules& rules = model_.employee(e);
        const int days = model_.days();
        const CarryIn& carry = rules.carryIn;
        const bool dayZeroWorking = roster_.at(e, 0) != kOff;
        const std::int64_t carried = penalty::carryInRun(rules, dayZeroWorking);
        if (carried != 0)
            add({dayZeroWorking ? RuleKind::MinConsecutiveOff : RuleKind::MinConsecutiveWork, e, 0,
                 0, -1, -1, carried, carried});
        for (int start = 0; start < days;) {
            const bool working = roster_.at(e, start) != kOff;
            int end = start;
            while (end < days && (roster_.at(e, end) != kOff) == working)
                ++end;
            const int length = end - start;
            // The run's units split by rule: the max part, then the min part.
            if (working) {
                const std::int64_t total = penalty::workRun(rules, start, length, days);
                const std::int64_t carriedIn = start == 0 ? carry.workedDays : 0;
                const std::int64_t over =
                    penalty::excess(carriedIn + length, rules.maxConsecutiveWork) -
                    penalty::excess(carriedIn, rules.maxConsecutiveWork);
                add({RuleKind::MaxConsecutiveWork, e, start, end - 1, -1, -1, over, over});
                add({RuleKind::MinConsecutiveWork, e, start, end - 1, -1, -1, total - over,
                     total - over});
            } else {
                const std::int64_t units = penalty::offRun(rules, start, length, days);
                add({RuleKind::MinConsecutiveOff, e, start, end - 1, -1, -1, units, units});
            }
            start = end;
        }
    }

    void explainWeekends(int e)
    {
        int worked = 0;
        int firstDay = model_.days();
        int lastDay = -1;
        for (int w = 0; w < model_.weekendCount(); ++w)
            for (int d : model_.weekendDays(w))
                if (roster_.at(e, d) != kOff) {
                    ++worked;
                    firstDay = std::min(firstDay, d);
                    lastDay = std::max(lastDay, d);
                    break;
                }
        const std::int64_t over = penalty::excess(worked, model_.employee(e).maxWeekends);
        add({RuleKind::MaxWeekends, e, firstDay, lastDay, -1, -1, over, over});
    }

    void explainCover()
    {
        std::vector<int> counts(model_.bucketCount(), 0);
        for (int e = 0; e < model_.employeeCount(); ++e)
            for (int d = 0; d < model_.days(); ++d)
                if (roster_.at(e, d) != kOff)
                    for (int b : model_.fills(d, roster_.at(e, d)))
                        ++counts[b];
        for (int b = 0; b < model_.bucketCount(); ++b) {
            const CoverBucket& bucket = model_.bucket(b);
            const int missing = bucket.required - counts[b];
            add({missing > 0 ? RuleKind::CoverUnder : RuleKind::CoverOver, -1, bucket.day,
                 bucket.day, -1, b, missing > 0 ? missing : -missing,
                 penalty::cover(bucket, counts[b])});
        }
    }

    const Model& model_;
    const Roster& roster_;
    std::vector<Violation> violations_;
};

} // namespace

std::vector<Violation> explain(const Model& model, const Roster& roster)
{
    return Explainer(model, roster).run();
}

} // namespace shiftlane::solver
