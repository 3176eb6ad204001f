#include "time/WallClock.h"
#include "time/PlanningCalendar.h"

#include <catch2/catch.hpp>

using namespace shiftlane;

namespace {

qint64 utc(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC).toSecsSinceEpoch();
}

WallClock clockIn(const char* zone)
{
    return WallClock(QTimeZone(QByteArray(zone)));
}

} // namespace

TEST_CASE("An ordinary reading has one instant")
{
    const WallClock lisbon = clockIn("Europe/Lisbon");
    CHECK(lisbon.earliestUtc(QDate(2026, 1, 12), 9 * 60) == utc(2026, 1, 12, 9));
    CHECK(lisbon.latestUtc(QDate(2026, 1, 12), 9 * 60) == utc(2026, 1, 12, 9));
    CHECK(lisbon.earliestUtc(QDate(2026, 7, 13), 9 * 60) == utc(2026, 7, 13, 8));
}

TEST_CASE("A reading in the spring-forward gap resolves to the transition")
{
    // Lisbon skips 01:00-02:00 on 29 March 2026; the clock jumps at 01:00 UTC.
    const WallClock lisbon = clockIn("Europe/Lisbon");
    CHECK(lisbon.earliestUtc(QDate(2026, 3, 29), 60 + 15) == utc(2026, 3, 29, 1));
    CHECK(lisbon.latestUtc(QDate(2026, 3, 29), 60 + 15) == utc(2026, 3, 29, 1));
    // New York skips 02:00-03:00 on 8 March 2026, at 07:00 UTC.
    const WallClock newYork = clockIn("America/New_York");
    CHECK(newYork.earliestUtc(QDate(2026, 3, 8), 2 * 60 + 30) == utc(2026, 3, 8, 7));
}

TEST_CASE("A reading in the fall-back overlap happens twice")
{
    // Lisbon repeats 01:00-02:00 on 25 October 2026: first in WEST (+1), then in WET.
    const WallClock lisbon = clockIn("Europe/Lisbon");
    CHECK(lisbon.earliestUtc(QDate(2026, 10, 25), 90) == utc(2026, 10, 25, 0, 30));
    CHECK(lisbon.latestUtc(QDate(2026, 10, 25), 90) == utc(2026, 10, 25, 1, 30));
    // New York repeats 01:00-02:00 on 1 November 2026.
    const WallClock newYork = clockIn("America/New_York");
    CHECK(newYork.earliestUtc(QDate(2026, 11, 1), 60) == utc(2026, 11, 1, 5));
    CHECK(newYork.latestUtc(QDate(2026, 11, 1), 60) == utc(2026, 11, 1, 6));
}

TEST_CASE("Midnight at the end of a day is the next day's midnight")
{
    const WallClock manila = clockIn("Asia/Manila");
    CHECK(manila.earliestUtc(QDate(2026, 3, 2), 1440) == utc(2026, 3, 2, 16));
    CHECK(manila.localDay(utc(2026, 3, 2, 16)) == QDate(2026, 3, 3));
    CHECK(manila.localMinuteOfDay(utc(2026, 3, 2, 17, 30)) == 90);
}

TEST_CASE("Planning days tile time across DST changes")
{
    const PlanningCalendar lisbon(QTimeZone("Europe/Lisbon"));
    CHECK(lisbon.day(QDate(2026, 3, 28)).seconds() == 24 * 3600);
    CHECK(lisbon.day(QDate(2026, 3, 29)).seconds() == 23 * 3600);
    CHECK(lisbon.day(QDate(2026, 10, 25)).seconds() == 25 * 3600);
    CHECK(lisbon.day(QDate(2026, 3, 29)).end == lisbon.day(QDate(2026, 3, 30)).start);
    CHECK(lisbon.dayOf(utc(2026, 10, 24, 23, 30)) == QDate(2026, 10, 25));

    const PlanningCalendar sydney(QTimeZone("Australia/Sydney"));
    // Southern hemisphere: the long day is in April, the short one in October.
    CHECK(sydney.day(QDate(2026, 4, 5)).seconds() == 25 * 3600);
    CHECK(sydney.day(QDate(2026, 10, 4)).seconds() == 23 * 3600);
}

TEST_CASE("A template time past midnight lands on the next day")
{
    const PlanningCalendar bogota(QTimeZone("America/Bogota"));
    CHECK(bogota.instant(QDate(2026, 3, 2), 22 * 60) == utc(2026, 3, 3, 3));
    CHECK(bogota.instant(QDate(2026, 3, 2), 26 * 60) == utc(2026, 3, 3, 7));
}
