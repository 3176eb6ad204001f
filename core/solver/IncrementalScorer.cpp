#include "solver/IncrementalScorer.h"

#include "solver/FullScorer.h"
#include "solver/RulePenalties.h"

#include <algorithm>

namespace shiftlane::solver {

IncrementalScorer::IncrementalScorer(const Model& model, const Roster& roster) : model_(model)
{
    reset(roster);
}

void IncrementalScorer::reset(const Roster& roster)
{
    const int types = model_.shiftTypeCount();
    const int weekends = model_.weekendCount();
    roster_ = roster;
    typeCounts_.assign(static_cast<std::size_t>(model_.employeeCount()) * types, 0);
    minutes_.assign(model_.employeeCount(), 0);
    weekendDaysWorked_.assign(static_cast<std::size_t>(model_.employeeCount()) * weekends, 0);
    weekendsWorked_.assign(model_.employeeCount(), 0);
    bucketCounts_.assign(model_.bucketCount(), 0);
    windowBase_.assign(model_.employeeCount(), 0);
    int windows = 0;
    for (int e = 0; e < model_.employeeCount(); ++e) {
        windowBase_[e] = windows;
        windows += static_cast<int>(model_.employee(e).minutesWindows.size());
    }
    windowMinutes_.assign(windows, 0);
    for (int e = 0; e < model_.employeeCount(); ++e)
        for (int d = 0; d < model_.days(); ++d) {
            const int choice = roster_.at(e, d);
            if (choice == kOff)
                continue;
            ++typeCounts_[e * types + choice];
            minutes_[e] += model_.minutesOf(choice);
            for (const int* w = model_.windowsOfDayBegin(e, d); w != model_.windowsOfDayEnd(e, d);
                 ++w)
                windowMinutes_[windowBase_[e] + *w] += model_.minutesOf(choice);
            const int w = model_.weekendOfDay(d);
            if (w >= 0 && weekendDaysWorked_[e * weekends + w]++ == 0)
                ++weekendsWorked_[e];
            for (int b : model_.fills(d, choice))
                ++bucketCounts_[b];
        }
    // The sums above are the incremental state; the starting score itself comes from the
    // reference so that both begin from the same number.
    score_ = fullScore(model_, roster_);
}

std::int64_t IncrementalScorer::coverDelta(int day, int oldChoice, int newChoice) const
{
    std::int64_t delta = 0;
    static const std::vector<int> none;
    const std::vector<int>& removed = oldChoice == kOff ? none : model_.fills(day, oldChoice);
    const std::vector<int>& added = newChoice == kOff ? none : model_.fills(day, newChoice);
    for (int b : removed) {
        const int count = bucketCounts_[b];
        if (std::find(added.begin(), added.end(), b) != added.end())
            continue; // filled before and after: no change
        delta +=
            penalty::cover(model_.bucket(b), count - 1) - penalty::cover(model_.bucket(b), count);
    }
    for (int b : added) {
        const int count = bucketCounts_[b];
        if (std::find(removed.begin(), removed.end(), b) != removed.end())
            continue;
        delta +=
            penalty::cover(model_.bucket(b), count + 1) - penalty::cover(model_.bucket(b), count);
    }
    return delta;
}

// The runs that contain day - 1, day and day + 1 are the only ones a change of day's working
// status can merge, split or resize; their outer ends stay run ends either way. Those runs are
// found once, as the run left of day and the run right of it, and priced with day either way
// without walking them again (this is the scorer's hottest path on long horizons).
Score IncrementalScorer::runDelta(int employee, int day, bool nowWorking) const
{
    const int days = model_.days();
    const EmployeeRules& rules = model_.employee(employee);
    auto working = [&](int d) { return roster_.at(employee, d) != kOff; };
    struct Segment
    {
        int start;
        int length;
        bool working;
    };
    Segment segments[3];
    int count = 0;
    if (day > 0) {
        const bool status = working(day - 1);
        int first = day - 1;
        while (first > 0 && working(first - 1) == status)
            --first;
        segments[count++] = {first, day - first, status};
    }
    const int middle = count;
    segments[count++] = {day, 1, nowWorking};
    if (day + 1 < days) {
        const bool status = working(day + 1);
        int last = day + 1;
        while (last + 1 < days && working(last + 1) == status)
            ++last;
        segments[count++] = {day + 1, last - day, status};
    }
    auto penaltyOf = [&](bool dayWorking) {
        segments[middle].working = dayWorking;
        std::int64_t units = 0;
        for (int i = 0; i < count;) {
            int length = segments[i].length;
            int j = i + 1;
            while (j < count && segments[j].working == segments[i].working)
                length += segments[j++].length;
            units += segments[i].working ? penalty::workRun(rules, segments[i].start, length, days)
                                         : penalty::offRun(rules, segments[i].start, length, days);
            i = j;
        }
        if (segments[0].start == 0)
            units += penalty::carryInRun(rules, segments[0].working);
        return units;
    };
    Score delta;
    delta.hard = penaltyOf(nowWorking);
    delta.hard -= penaltyOf(!nowWorking);

    const int w = model_.weekendOfDay(day);
    if (w >= 0) {
        const int before = weekendDaysWorked_[employee * model_.weekendCount() + w];
        const int after = before + (nowWorking ? 1 : -1);
        if ((before > 0) != (after > 0)) {
            const int maxWeekends = rules.maxWeekends;
            const int worked = weekendsWorked_[employee];
            delta.hard += penalty::excess(worked + (after > 0 ? 1 : -1), maxWeekends) -
                          penalty::excess(worked, maxWeekends);
        }
    }
    return delta;
}

Score IncrementalScorer::deltaOfChange(int e, int d, int choice) const
{
    const int old = roster_.at(e, d);
    if (old == choice)
        return {};
    Score delta;
    delta.soft += model_.cellCost(e, d, choice) - model_.cellCost(e, d, old);
    delta.hard +=
        (model_.cellForbidden(e, d, choice) ? 1 : 0) - (model_.cellForbidden(e, d, old) ? 1 : 0);
    {
        const int previous = d > 0 ? roster_.at(e, d - 1) : model_.employee(e).carryIn.lastShift;
        delta.hard += (model_.successionForbidden(e, previous, choice) ? 1 : 0) -
                      (model_.successionForbidden(e, previous, old) ? 1 : 0);
    }
    if (d + 1 < model_.days()) {
        const int next = roster_.at(e, d + 1);
        delta.hard += (model_.successionForbidden(e, choice, next) ? 1 : 0) -
                      (model_.successionForbidden(e, old, next) ? 1 : 0);
    }
    const int types = model_.shiftTypeCount();
    if (old != kOff) {
        const int count = typeCounts_[e * types + old];
        const int limit = model_.maxShiftsOfType(e, old);
        delta.hard += penalty::excess(count - 1, limit) - penalty::excess(count, limit);
    }
    if (choice != kOff) {
        const int count = typeCounts_[e * types + choice];
        const int limit = model_.maxShiftsOfType(e, choice);
        delta.hard += penalty::excess(count + 1, limit) - penalty::excess(count, limit);
    }
    const EmployeeRules& rules = model_.employee(e);
    const int minutesBefore = minutes_[e];
    const int minutesAfter = minutesBefore - model_.minutesOf(old) + model_.minutesOf(choice);
    if (minutesAfter != minutesBefore) {
        delta.hard +=
            penalty::minutesHard(rules, minutesAfter) - penalty::minutesHard(rules, minutesBefore);
        delta.soft +=
            penalty::minutesSoft(rules, minutesAfter) - penalty::minutesSoft(rules, minutesBefore);
        const int shift = minutesAfter - minutesBefore;
        for (const int* w = model_.windowsOfDayBegin(e, d); w != model_.windowsOfDayEnd(e, d);
             ++w) {
            const MinutesWindow& window = rules.minutesWindows[*w];
            const int now = windowMinutes_[windowBase_[e] + *w];
            delta.hard +=
                penalty::windowHard(window, now + shift) - penalty::windowHard(window, now);
        }
    }
    delta.soft += coverDelta(d, old, choice);
    if ((old == kOff) != (choice == kOff))
        delta += runDelta(e, d, choice != kOff);
    return delta;
}

Score IncrementalScorer::change(int e, int d, int choice)
{
    const int old = roster_.at(e, d);
    if (old == choice)
        return {};
    const Score delta = deltaOfChange(e, d, choice);
    const int types = model_.shiftTypeCount();
    if (old != kOff) {
        --typeCounts_[e * types + old];
        for (int b : model_.fills(d, old))
            --bucketCounts_[b];
    }
    if (choice != kOff) {
        ++typeCounts_[e * types + choice];
        for (int b : model_.fills(d, choice))
            ++bucketCounts_[b];
    }
    const int shift = model_.minutesOf(choice) - model_.minutesOf(old);
    minutes_[e] += shift;
    for (const int* w = model_.windowsOfDayBegin(e, d); w != model_.windowsOfDayEnd(e, d); ++w)
        windowMinutes_[windowBase_[e] + *w] += shift;
    const int w = model_.weekendOfDay(d);
    if (w >= 0 && (old == kOff) != (choice == kOff)) {
        int& daysWorked = weekendDaysWorked_[e * model_.weekendCount() + w];
        if (choice != kOff && daysWorked++ == 0)
            ++weekendsWorked_[e];
        if (choice == kOff && --daysWorked == 0)
            --weekendsWorked_[e];
    }
    roster_.set(e, d, choice);
    score_ += delta;
    return delta;
}

} // namespace shiftlane::solver
