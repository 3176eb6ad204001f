#include "time/ZoneSchedule.h"

#include <algorithm>

namespace shiftlane {

ZoneSchedule::ZoneSchedule(const QByteArray& homeZone, const QList<TravelPeriod>& travel)
    : m_homeId(homeZone), m_home(QTimeZone(homeZone))
{
    for (const TravelPeriod& period : travel) {
        if (!period.firstDay.isValid() || !period.lastDay.isValid() ||
            period.lastDay < period.firstDay)
            continue; // the repository refuses these; a stray one must not crash a view
        const WallClock clock{QTimeZone(period.timeZone)};
        m_travel.push_back({period, clock, clock.earliestUtc(period.firstDay, 0),
                            clock.latestUtc(period.lastDay, MinutesPerDay)});
    }
    std::sort(m_travel.begin(), m_travel.end(),
              [](const Leg& a, const Leg& b) { return a.period.firstDay < b.period.firstDay; });
}

const WallClock& ZoneSchedule::clockOn(QDate localDay) const
{
    for (const Leg& leg : m_travel)
        if (leg.period.covers(localDay))
            return leg.clock;
    return m_home;
}

QByteArray ZoneSchedule::zoneIdOn(QDate localDay) const
{
    for (const Leg& leg : m_travel)
        if (leg.period.covers(localDay))
            return leg.period.timeZone;
    return m_homeId;
}

const WallClock& ZoneSchedule::clockAt(qint64 utcSeconds) const
{
    for (const Leg& leg : m_travel)
        if (utcSeconds >= leg.startUtc && utcSeconds < leg.endUtc)
            return leg.clock;
    return m_home;
}

QByteArray ZoneSchedule::zoneIdAt(qint64 utcSeconds) const
{
    for (const Leg& leg : m_travel)
        if (utcSeconds >= leg.startUtc && utcSeconds < leg.endUtc)
            return leg.period.timeZone;
    return m_homeId;
}

} // namespace shiftlane
