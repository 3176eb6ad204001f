#include "staffing/DemandExpansion.h"

#include "staffing/StaffingCalculator.h"

#include <algorithm>
#include <cmath>

namespace shiftlane {

int DemandExpansion::requiredFor(const DemandPlan& plan, double value) const
{
    if (value <= 0)
        return 0;
    if (plan.input == DemandInput::Headcount)
        return int(std::lround(value));
    const auto key = std::pair{plan.skillId, value};
    if (const auto cached = m_forecastCache.constFind(key); cached != m_forecastCache.constEnd())
        return *cached;
    StaffingRequest request;
    request.contacts = value;
    request.intervalMinutes = m_intervalMinutes;
    request.handleSeconds = plan.forecast.handleSeconds;
    request.serviceLevel = plan.forecast.serviceLevel;
    request.answerSeconds = plan.forecast.answerSeconds;
    request.shrinkage = plan.forecast.shrinkage;
    request.concurrency = plan.forecast.concurrency;
    const int agents = StaffingCalculator::calculate(request).agentsToSchedule;
    m_forecastCache.insert(key, agents);
    return agents;
}

QList<int> DemandExpansion::requiredOn(const DemandPlan& plan, QDate day) const
{
    QList<int> required(MinutesPerDay / m_intervalMinutes, 0);
    const DemandCurve& curve = plan.curveOn(day);
    const qsizetype n = std::min(curve.size(), required.size());
    for (qsizetype i = 0; i < n; ++i)
        required[i] = requiredFor(plan, curve[i]);
    return required;
}

QList<DemandInterval> DemandExpansion::expand(const QList<DemandPlan>& plans, QDate first,
                                              QDate last) const
{
    QList<const DemandPlan*> bySkill;
    for (const DemandPlan& plan : plans)
        bySkill.append(&plan);
    std::sort(bySkill.begin(), bySkill.end(),
              [](const DemandPlan* a, const DemandPlan* b) { return a->skillId < b->skillId; });
    QList<DemandInterval> demand;
    for (QDate day = first; day <= last; day = day.addDays(1))
        for (const DemandPlan* plan : bySkill) {
            const QList<int> required = requiredOn(*plan, day);
            for (int i = 0; i < int(required.size()); ++i)
                if (required[i] > 0)
                    demand.append({plan->skillId, day, i, required[i]});
        }
    return demand;
}

} // namespace shiftlane
