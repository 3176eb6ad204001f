#pragma once

#include "domain/Demand.h"

#include <QHash>
#include <QString>

#include <optional>

namespace shiftlane {

// Turns skills' demand plans (weekly pattern + dated overrides, headcount or forecast) into
// the freelancers needed per skill, date and interval of the planning: what coverage and the
// solver count. A forecast value becomes StaffingCalculator's agents to schedule (after
// shrinkage).
//
// A plan keeps the interval length it was entered in; when the planning interval differs, its
// curves are converted first (resample), the way a workforce planner reads them:
// - headcount, to longer intervals: the most any of the shorter ones needs. Shifts cover whole
//   planning intervals, so a 30-minute interval staffed for the busier of its quarter-hours
//   leaves neither short; the average would leave the peak quarter-hour understaffed.
// - headcount, to shorter intervals: each part needs what the whole did.
// - forecast, to longer intervals: the contacts add up, and Erlang C staffs the sum over the
//   longer interval.
// - forecast, to shorter intervals: the contacts are shared evenly, which is what Erlang C
//   already assumes within an interval (arrivals at a steady rate).
// Lengths where one is not a whole multiple of the other (20 and 30 minutes) cannot be
// converted without inventing where in an interval the demand falls: those are refused.
class DemandExpansion
{
public:
    // intervalMinutes: the planning interval, the one the results are counted in.
    explicit DemandExpansion(int intervalMinutes) : m_intervalMinutes(intervalMinutes) {}

    // Freelancers one value of the plan asks for in one of the plan's own intervals: the value
    // itself in headcount mode, Erlang C over plan.intervalMinutes in forecast mode. The plan
    // must validate.
    int requiredFor(const DemandPlan& plan, double value) const;
    // The day's curve as freelancers, one per planning interval of the day. Throws
    // StorageError (Invalid) when the plan's intervals cannot be converted.
    QList<int> requiredOn(const DemandPlan& plan, QDate day) const;
    // Every interval that needs someone from first to last, by day, skill and interval; the
    // same refusal as requiredOn.
    QList<DemandInterval> expand(const QList<DemandPlan>& plans, QDate first, QDate last) const;

    // Whether curves of `fromMinutes` intervals convert to `toMinutes` ones (see above).
    static bool canConvert(int fromMinutes, int toMinutes);
    // Why a plan of `fromMinutes` intervals cannot be read in `toMinutes` ones, naming the skill
    // and what to do; empty when it can.
    static QString conversionProblem(const QString& skillName, int fromMinutes, int toMinutes);
    // The curve in `toMinutes` intervals, in the plan's own units (headcount or contacts).
    // canConvert(plan.intervalMinutes, toMinutes) must hold.
    static DemandCurve convertCurve(const DemandPlan& plan, const DemandCurve& curve,
                                    int toMinutes);
    // The whole plan (pattern and overrides) in `toMinutes` intervals.
    static DemandPlan convertPlan(const DemandPlan& plan, int toMinutes);

private:
    int agentsFor(const DemandPlan& plan, double contacts, int intervalMinutes) const;

    int m_intervalMinutes;
    // Erlang C per (skill, interval length, contacts): a pattern repeats its values every week.
    mutable QHash<std::pair<std::pair<Id, int>, double>, int> m_forecastCache;
};

} // namespace shiftlane
