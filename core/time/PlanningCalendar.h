#pragma once

#include "time/UtcInterval.h"
#include "time/WallClock.h"

#include <QDate>

namespace shiftlane {

// Calendar days of the team's planning time zone as UTC spans. Days tile time without
// gaps or overlaps, including the 23- and 25-hour days of DST changes.
class PlanningCalendar
{
public:
    explicit PlanningCalendar(const QTimeZone& zone) : m_clock(zone) {}

    UtcInterval day(QDate date) const
    {
        return {m_clock.earliestUtc(date, 0), m_clock.earliestUtc(date.addDays(1), 0)};
    }
    UtcInterval days(QDate first, QDate last) const
    {
        return {m_clock.earliestUtc(first, 0), m_clock.earliestUtc(last.addDays(1), 0)};
    }
    // The instant a wall-clock time of a planning day happens; minutes past 1440 run
    // into the following days (a shift template that crosses midnight).
    qint64 instant(QDate date, int minute) const
    {
        return m_clock.earliestUtc(date.addDays(minute / 1440), minute % 1440);
    }
    QDate dayOf(qint64 utcSeconds) const { return m_clock.localDay(utcSeconds); }
    const WallClock& clock() const { return m_clock; }

private:
    WallClock m_clock;
};

} // namespace shiftlane
