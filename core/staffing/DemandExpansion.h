#pragma once

#include "domain/Demand.h"

#include <QHash>

namespace shiftlane {

// Turns skills' demand plans (weekly pattern + dated overrides, headcount or forecast) into
// the freelancers needed per skill, date and interval: what coverage and the solver count.
// A forecast value becomes StaffingCalculator's agents to schedule (after shrinkage).
class DemandExpansion
{
public:
    explicit DemandExpansion(int intervalMinutes) : m_intervalMinutes(intervalMinutes) {}

    // Freelancers one value of the plan asks for: the value itself in headcount mode, Erlang C
    // in forecast mode. The plan must validate.
    int requiredFor(const DemandPlan& plan, double value) const;
    // The day's curve as freelancers, one per interval of the day.
    QList<int> requiredOn(const DemandPlan& plan, QDate day) const;
    // Every interval that needs someone from first to last, by day, skill and interval.
    QList<DemandInterval> expand(const QList<DemandPlan>& plans, QDate first, QDate last) const;

private:
    int m_intervalMinutes;
    // Erlang C per (skill, contacts): a pattern repeats its values every week.
    mutable QHash<std::pair<Id, double>, int> m_forecastCache;
};

} // namespace shiftlane
