#include "staffing/DemandExpansion.h"

#include "staffing/StaffingCalculator.h"
#include "storage/StorageError.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace shiftlane {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("DemandExpansion", text);
}

} // namespace

int DemandExpansion::agentsFor(const DemandPlan& plan, double contacts, int intervalMinutes) const
{
    const auto key = std::pair{std::pair{plan.skillId, intervalMinutes}, contacts};
    if (const auto cached = m_forecastCache.constFind(key); cached != m_forecastCache.constEnd())
        return *cached;
    StaffingRequest request;
    request.contacts = contacts;
    request.intervalMinutes = intervalMinutes;
    request.handleSeconds = plan.forecast.handleSeconds;
    request.serviceLevel = plan.forecast.serviceLevel;
    request.answerSeconds = plan.forecast.answerSeconds;
    request.shrinkage = plan.forecast.shrinkage;
    request.concurrency = plan.forecast.concurrency;
    const int agents = StaffingCalculator::calculate(request).agentsToSchedule;
    m_forecastCache.insert(key, agents);
    return agents;
}

int DemandExpansion::requiredFor(const DemandPlan& plan, double value) const
{
    if (value <= 0)
        return 0;
    if (plan.input == DemandInput::Headcount)
        return int(std::lround(value));
    return agentsFor(plan, value, plan.intervalMinutes);
}

QList<int> DemandExpansion::requiredOn(const DemandPlan& plan, QDate day) const
{
    if (!canConvert(plan.intervalMinutes, m_intervalMinutes))
        throw StorageError(
            StorageError::Kind::Invalid,
            conversionProblem(tr("a skill"), plan.intervalMinutes, m_intervalMinutes));
    QList<int> required(MinutesPerDay / m_intervalMinutes, 0);
    const DemandCurve curve = convertCurve(plan, plan.curveOn(day), m_intervalMinutes);
    const qsizetype n = std::min(curve.size(), required.size());
    for (qsizetype i = 0; i < n; ++i) {
        const double value = curve[i];
        if (value <= 0)
            continue;
        required[i] = plan.input == DemandInput::Headcount
                          ? int(std::lround(value))
                          : agentsFor(plan, value, m_intervalMinutes);
    }
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

bool DemandExpansion::canConvert(int fromMinutes, int toMinutes)
{
    if (fromMinutes <= 0 || toMinutes <= 0)
        return false;
    return fromMinutes % toMinutes == 0 || toMinutes % fromMinutes == 0;
}

QString DemandExpansion::conversionProblem(const QString& skillName, int fromMinutes, int toMinutes)
{
    if (canConvert(fromMinutes, toMinutes))
        return {};
    return tr("The demand of %1 was entered in %2-minute intervals, which do not fit into the "
              "planning's %3-minute intervals (neither is a whole multiple of the other), so it "
              "cannot be read without guessing. Open the Demand tab, choose %1 and convert it "
              "to %3-minute intervals, or enter it again.")
        .arg(skillName)
        .arg(fromMinutes)
        .arg(toMinutes);
}

DemandCurve DemandExpansion::convertCurve(const DemandPlan& plan, const DemandCurve& curve,
                                          int toMinutes)
{
    const int from = plan.intervalMinutes;
    if (from == toMinutes || curve.isEmpty())
        return curve;
    const bool forecast = plan.input == DemandInput::Forecast;
    DemandCurve converted;
    if (from > toMinutes) {
        // Each long interval becomes `parts` short ones.
        const int parts = from / toMinutes;
        converted.reserve(curve.size() * parts);
        for (const double value : curve)
            for (int p = 0; p < parts; ++p)
                converted.append(forecast ? value / parts : value);
        return converted;
    }
    // `parts` short intervals make one long one.
    const int parts = toMinutes / from;
    converted.reserve((curve.size() + parts - 1) / parts);
    for (qsizetype start = 0; start < curve.size(); start += parts) {
        double value = 0;
        for (qsizetype i = start; i < std::min(curve.size(), start + parts); ++i)
            value = forecast ? value + curve[i] : std::max(value, curve[i]);
        converted.append(value);
    }
    return converted;
}

DemandPlan DemandExpansion::convertPlan(const DemandPlan& plan, int toMinutes)
{
    DemandPlan converted = plan;
    converted.intervalMinutes = toMinutes;
    for (size_t d = 0; d < plan.weekly.size(); ++d)
        converted.weekly[d] = convertCurve(plan, plan.weekly[d], toMinutes);
    for (DemandCurve& curve : converted.overrides)
        curve = convertCurve(plan, curve, toMinutes);
    return converted;
}

} // namespace shiftlane
