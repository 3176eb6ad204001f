#include "report/Insights.h"

#include "report/Pay.h"
#include "schedule/Coverage.h"
#include "time/AvailabilityExpander.h"

#include <QHash>

#include <cmath>
#include <map>

namespace shiftlane {

namespace {

QList<InsightWeek> weeksOf(const PlanningPeriod& period, int weekStart)
{
    QList<InsightWeek> weeks;
    for (QDate day = period.first; day.isValid() && day <= period.last;) {
        const int toWeekEnd = (weekStart + 6 - day.dayOfWeek() + 7) % 7;
        const QDate last = std::min(period.last, day.addDays(toWeekEnd));
        weeks.append({day, last});
        day = last.addDays(1);
    }
    return weeks;
}

qint64 overlapSeconds(const UtcInterval& a, const UtcInterval& b)
{
    return std::max<qint64>(0, std::min(a.end, b.end) - std::max(a.start, b.start));
}

void addAvailability(FreelancerInsight& figures, const QList<AvailabilitySpan>& spans,
                     const UtcInterval& period)
{
    for (const AvailabilitySpan& span : spans) {
        const qint64 minutes = overlapSeconds(span.interval, period) / 60;
        figures.availableMinutes += minutes;
        if (span.kind == AvailabilityKind::Preferred)
            figures.preferredMinutes += minutes;
    }
}

} // namespace

std::optional<double> coefficientOfVariation(const QList<qint64>& values)
{
    if (values.size() < 2)
        return std::nullopt;
    double sum = 0;
    for (const qint64 v : values)
        sum += double(v);
    const double mean = sum / double(values.size());
    if (mean == 0)
        return std::nullopt;
    double squares = 0;
    for (const qint64 v : values)
        squares += (double(v) - mean) * (double(v) - mean);
    return std::sqrt(squares / double(values.size())) / mean;
}

std::optional<double> FreelancerInsight::preferredShare() const
{
    if (shiftMinutes <= 0)
        return std::nullopt;
    return double(preferredShiftMinutes) / double(shiftMinutes);
}

std::optional<double> SkillCoverageInsight::share(int dayIndex) const
{
    if (dayIndex < 0 || dayIndex >= demanded.size() || demanded[dayIndex] <= 0)
        return std::nullopt;
    return double(covered[dayIndex]) / double(demanded[dayIndex]);
}

std::optional<double> Insights::preferredShare() const
{
    qint64 shift = 0;
    qint64 preferred = 0;
    for (const FreelancerInsight& f : freelancers) {
        shift += f.shiftMinutes;
        preferred += f.preferredShiftMinutes;
    }
    if (shift <= 0)
        return std::nullopt;
    return double(preferred) / double(shift);
}

const FreelancerInsight* Insights::freelancer(Id id) const
{
    for (const FreelancerInsight& f : freelancers)
        if (f.freelancerId == id)
            return &f;
    return nullptr;
}

Insights Insights::compute(const ScheduleSnapshot& snapshot)
{
    Insights insights;
    insights.period = snapshot.period;
    if (!snapshot.period.isValid())
        return insights;
    insights.weeks = weeksOf(snapshot.period, snapshot.settings.weekStart);
    const PlanningCalendar calendar = snapshot.calendar();
    const UtcInterval periodSpan = calendar.days(snapshot.period.first, snapshot.period.last);
    const double weeks = snapshot.period.days() / 7.0;

    QHash<Id, qsizetype> row;
    for (const Freelancer& f : snapshot.freelancers) {
        FreelancerInsight figures;
        figures.freelancerId = f.id;
        figures.name = f.name;
        figures.currency = f.currency;
        figures.minMinutes = std::llround(f.limits.minMinutesPerWeek * weeks);
        figures.maxMinutes = std::llround(f.limits.maxMinutesPerWeek * weeks);
        figures.minPayCents = std::llround(double(f.hourlyRateCents) * figures.minMinutes / 60.0);
        figures.maxPayCents = std::llround(double(f.hourlyRateCents) * figures.maxMinutes / 60.0);
        figures.weeklyPayCents = QList<qint64>(insights.weeks.size(), 0);
        row.insert(f.id, insights.freelancers.size());
        insights.freelancers.append(figures);
    }

    // Availability once per freelancer, over the snapshot's window: shifts may run past the
    // period's last midnight.
    const UtcInterval window = snapshot.window();
    std::map<Id, QList<AvailabilitySpan>> spans;
    for (const Freelancer& f : snapshot.freelancers) {
        // Travel included: each date's windows are read in the zone the freelancer is in.
        const AvailabilityExpander expander(f, snapshot.availability.value(f.id));
        spans[f.id] = expander.expand(window);
        addAvailability(insights.freelancers[row.value(f.id)], spans[f.id], periodSpan);
    }

    std::map<QString, QList<qint64>> costs;
    for (const Shift& shift : snapshot.shifts) {
        const QDate day = calendar.dayOf(shift.start.toSecsSinceEpoch());
        if (!shift.freelancerId || !snapshot.period.contains(day) ||
            !row.contains(*shift.freelancerId))
            continue;
        const Freelancer& f = *snapshot.freelancer(*shift.freelancerId);
        FreelancerInsight& figures = insights.freelancers[row.value(f.id)];
        qsizetype week = 0;
        while (week + 1 < insights.weeks.size() && day > insights.weeks[week].last)
            ++week;
        const qint64 pay = payCents(f, shift);
        figures.paidMinutes += shift.paidMinutes();
        figures.payCents += pay;
        figures.weeklyPayCents[week] += pay;
        auto [cost, added] = costs.try_emplace(f.currency, QList<qint64>(insights.weeks.size(), 0));
        cost->second[week] += pay;

        const UtcInterval span{shift.start.toSecsSinceEpoch(), shift.end.toSecsSinceEpoch()};
        figures.shiftMinutes += span.seconds() / 60;
        qint64 preferred = 0;
        for (const AvailabilitySpan& s : spans[f.id])
            if (s.kind == AvailabilityKind::Preferred)
                preferred += overlapSeconds(s.interval, span);
        figures.preferredShiftMinutes += preferred / 60;
    }
    for (FreelancerInsight& figures : insights.freelancers)
        figures.payVariation = coefficientOfVariation(figures.weeklyPayCents);
    for (auto& [currency, cents] : costs)
        insights.costPerWeek.append({currency, cents});

    const Coverage coverage(snapshot);
    for (const Skill& skill : snapshot.skills) {
        SkillCoverageInsight figures{skill.id, skill.name, skill.color, {}, {}};
        qint64 demandedInPeriod = 0;
        for (QDate day = snapshot.period.first; day <= snapshot.period.last; day = day.addDays(1)) {
            const CoverageTotals totals = CoverageTotals::of(coverage.ofDay(day, skill.id));
            figures.demanded.append(totals.demanded);
            figures.covered.append(totals.covered);
            demandedInPeriod += totals.demanded;
        }
        if (demandedInPeriod > 0)
            insights.coverage.append(figures);
    }
    return insights;
}

} // namespace shiftlane
