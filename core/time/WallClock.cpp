#include "time/WallClock.h"

#include <algorithm>
#include <limits>

namespace shiftlane {

namespace {

constexpr qint64 SecondsPerDay = 86400;

// Seconds since the epoch of the wall-clock reading as if it were UTC.
qint64 naiveSeconds(QDate day, int minuteOfDay)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).toSecsSinceEpoch() + qint64(minuteOfDay) * 60;
}

} // namespace

WallClock::WallClock(const QTimeZone& zone) : m_zone(zone) {}

int WallClock::offsetSeconds(qint64 utcSeconds) const
{
    return m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSeconds, Qt::UTC));
}

WallClock::Candidates WallClock::resolve(QDate day, int minuteOfDay) const
{
    const qint64 local = naiveSeconds(day, minuteOfDay);
    // Any instant with that reading has one of the offsets in force a day either side
    // (no zone changes offset twice within a day).
    const int offsets[] = {offsetSeconds(local - SecondsPerDay), offsetSeconds(local),
                           offsetSeconds(local + SecondsPerDay)};
    qint64 earliest = std::numeric_limits<qint64>::max();
    qint64 latest = std::numeric_limits<qint64>::min();
    for (int offset : offsets) {
        const qint64 candidate = local - offset;
        if (offsetSeconds(candidate) == offset) {
            earliest = std::min(earliest, candidate);
            latest = std::max(latest, candidate);
        }
    }
    if (earliest <= latest)
        return {earliest, latest};

    // In a gap: the reading is skipped; the clock jumps past it at the transition.
    const int before = offsetSeconds(local - SecondsPerDay);
    const QDateTime searchFrom =
        QDateTime::fromSecsSinceEpoch(local - before - SecondsPerDay, Qt::UTC);
    const QTimeZone::OffsetData next = m_zone.nextTransition(searchFrom);
    const qint64 transition = next.atUtc.isValid() ? next.atUtc.toSecsSinceEpoch() : local - before;
    return {transition, transition};
}

qint64 WallClock::earliestUtc(QDate day, int minuteOfDay) const
{
    return resolve(day, minuteOfDay).earliest;
}

qint64 WallClock::latestUtc(QDate day, int minuteOfDay) const
{
    return resolve(day, minuteOfDay).latest;
}

QDate WallClock::localDay(qint64 utcSeconds) const
{
    return QDateTime::fromSecsSinceEpoch(utcSeconds + offsetSeconds(utcSeconds), Qt::UTC).date();
}

int WallClock::localMinuteOfDay(qint64 utcSeconds) const
{
    const QTime time =
        QDateTime::fromSecsSinceEpoch(utcSeconds + offsetSeconds(utcSeconds), Qt::UTC).time();
    return time.hour() * 60 + time.minute();
}

} // namespace shiftlane
