#include "time/AvailabilityExpander.h"

#include <algorithm>
#include <map>

namespace shiftlane {

AvailabilityExpander::AvailabilityExpander(ZoneSchedule zones, QList<WeeklyWindow> weekly,
                                           QList<TimeOff> timeOff, QList<OneOffWindow> oneOff)
    : m_zones(std::move(zones)), m_weekly(std::move(weekly)), m_timeOff(std::move(timeOff)),
      m_oneOff(std::move(oneOff))
{}

AvailabilityExpander::AvailabilityExpander(const QTimeZone& zone, QList<WeeklyWindow> weekly,
                                           QList<TimeOff> timeOff, QList<OneOffWindow> oneOff)
    : AvailabilityExpander(ZoneSchedule(zone.id(), {}), std::move(weekly), std::move(timeOff),
                           std::move(oneOff))
{}

AvailabilityExpander::AvailabilityExpander(const Freelancer& freelancer,
                                           const FreelancerAvailability& availability)
    : AvailabilityExpander(ZoneSchedule(freelancer, availability), availability.weekly,
                           availability.timeOff, availability.oneOff)
{}

bool AvailabilityExpander::isOnTimeOff(QDate localDay) const
{
    return std::any_of(m_timeOff.begin(), m_timeOff.end(),
                       [&](const TimeOff& off) { return off.covers(localDay); });
}

QList<AvailabilitySpan> AvailabilityExpander::expand(const UtcInterval& range) const
{
    if (range.isEmpty())
        return {};

    // Every window of every local day that can touch the range. Two days of margin either
    // side of the home dates cover any zone a trip can lead to (offsets span 26 hours).
    QList<AvailabilitySpan> raw;
    const QDate firstDay = m_zones.home().localDay(range.start).addDays(-2);
    const QDate lastDay = m_zones.home().localDay(range.end).addDays(2);
    auto addWindow = [&](QDate day, int startMinute, int endMinute, AvailabilityKind kind) {
        const WallClock& clock = m_zones.clockOn(day);
        const UtcInterval span{clock.earliestUtc(day, startMinute),
                               clock.latestUtc(day, endMinute)};
        if (!span.isEmpty() && span.overlaps(range))
            raw.append({span, kind});
    };
    for (QDate day = firstDay; day <= lastDay; day = day.addDays(1)) {
        if (isOnTimeOff(day))
            continue;
        for (const WeeklyWindow& window : m_weekly)
            if (window.dayOfWeek == day.dayOfWeek())
                addWindow(day, window.startMinute, window.endMinute, window.kind);
        for (const OneOffWindow& window : m_oneOff)
            if (window.day == day)
                addWindow(day, window.startMinute, window.endMinute, window.kind);
    }

    // Sweep over the boundaries, counting open windows of each kind.
    std::map<qint64, std::pair<int, int>> deltas; // instant -> (available, preferred)
    for (const AvailabilitySpan& span : raw) {
        const qint64 start = std::max(span.interval.start, range.start);
        const qint64 end = std::min(span.interval.end, range.end);
        auto& open =
            span.kind == AvailabilityKind::Preferred ? deltas[start].second : deltas[start].first;
        ++open;
        auto& close =
            span.kind == AvailabilityKind::Preferred ? deltas[end].second : deltas[end].first;
        --close;
    }
    QList<AvailabilitySpan> merged;
    int available = 0;
    int preferred = 0;
    qint64 previous = 0;
    for (const auto& [instant, delta] : deltas) {
        if ((available > 0 || preferred > 0) && instant > previous) {
            const AvailabilityKind kind =
                preferred > 0 ? AvailabilityKind::Preferred : AvailabilityKind::Available;
            if (!merged.isEmpty() && merged.last().interval.end == previous &&
                merged.last().kind == kind)
                merged.last().interval.end = instant;
            else
                merged.append({{previous, instant}, kind});
        }
        available += delta.first;
        preferred += delta.second;
        previous = instant;
    }
    return merged;
}

Fit AvailabilityExpander::fit(const QList<AvailabilitySpan>& spans, const UtcInterval& span)
{
    // Walk the sorted spans that overlap, checking they leave no hole.
    qint64 covered = span.start;
    bool allPreferred = true;
    for (const AvailabilitySpan& candidate : spans) {
        if (candidate.interval.end <= covered)
            continue;
        if (candidate.interval.start > covered)
            break;
        allPreferred = allPreferred && candidate.kind == AvailabilityKind::Preferred;
        covered = candidate.interval.end;
        if (covered >= span.end)
            return allPreferred ? Fit::Preferred : Fit::Available;
    }
    return Fit::Unavailable;
}

} // namespace shiftlane
