#pragma once

#include <QDate>
#include <QTimeZone>

namespace shiftlane {

// Turns a wall-clock reading in a zone into UTC instants, with explicit answers for the
// two readings DST makes awkward: in a spring-forward gap the reading never happens, so
// both functions answer the transition instant (the first moment after the gap); in a
// fall-back overlap the reading happens twice, so the earliest and the latest instant
// differ by the overlap. A window from A to B then spans earliestUtc(A) to latestUtc(B):
// every moment at which a clock on the wall shows a time inside the window.
class WallClock
{
public:
    explicit WallClock(const QTimeZone& zone);

    // minuteOfDay may be 1440: midnight at the end of the day.
    qint64 earliestUtc(QDate day, int minuteOfDay) const;
    qint64 latestUtc(QDate day, int minuteOfDay) const;

    // The local calendar day at a UTC instant.
    QDate localDay(qint64 utcSeconds) const;
    // The local minute of the day at a UTC instant.
    int localMinuteOfDay(qint64 utcSeconds) const;
    int offsetSeconds(qint64 utcSeconds) const;

    const QTimeZone& zone() const { return m_zone; }

private:
    struct Candidates
    {
        qint64 earliest;
        qint64 latest;
    };
    Candidates resolve(QDate day, int minuteOfDay) const;

    QTimeZone m_zone;
};

} // namespace shiftlane
