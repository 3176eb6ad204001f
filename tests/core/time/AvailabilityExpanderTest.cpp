#include "time/AvailabilityExpander.h"
#include "time/PlanningCalendar.h"

#include <catch2/catch.hpp>

using namespace shiftlane;

namespace {

qint64 utc(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC).toSecsSinceEpoch();
}

WeeklyWindow weekly(int dayOfWeek, int startHour, int endHour,
                    AvailabilityKind kind = AvailabilityKind::Available)
{
    WeeklyWindow window;
    window.dayOfWeek = dayOfWeek;
    window.startMinute = startHour * 60;
    window.endMinute = endHour * 60;
    window.kind = kind;
    return window;
}

QList<AvailabilitySpan> expandDay(const AvailabilityExpander& expander, const char* planningZone,
                                  QDate day)
{
    return expander.expand(PlanningCalendar(QTimeZone(QByteArray(planningZone))).day(day));
}

AvailabilitySpan span(qint64 start, qint64 end, AvailabilityKind kind = AvailabilityKind::Available)
{
    return {{start, end}, kind};
}

} // namespace

TEST_CASE("A Lisbon window keeps its wall-clock time on both sides of spring forward")
{
    const AvailabilityExpander ana(QTimeZone("Europe/Lisbon"), {weekly(1, 9, 13)}, {}, {});
    // Monday 23 March 2026 is WET (UTC+0), Monday 30 March is WEST (UTC+1).
    CHECK(expandDay(ana, "UTC", QDate(2026, 3, 23)) ==
          QList{span(utc(2026, 3, 23, 9), utc(2026, 3, 23, 13))});
    CHECK(expandDay(ana, "UTC", QDate(2026, 3, 30)) ==
          QList{span(utc(2026, 3, 30, 8), utc(2026, 3, 30, 12))});
}

TEST_CASE("A window that starts in the skipped hour is shorter by the gap")
{
    // Sunday 29 March 2026, Lisbon: 01:00-02:00 does not exist.
    WeeklyWindow window = weekly(7, 1, 3);
    window.startMinute = 75; // 01:15
    const AvailabilityExpander ana(QTimeZone("Europe/Lisbon"), {window}, {}, {});
    CHECK(expandDay(ana, "Europe/Lisbon", QDate(2026, 3, 29)) ==
          QList{span(utc(2026, 3, 29, 1), utc(2026, 3, 29, 2))});

    // New York, Sunday 8 March 2026: 02:30-04:00 is one real hour.
    WeeklyWindow night = weekly(7, 2, 4);
    night.startMinute = 150;
    const AvailabilityExpander ben(QTimeZone("America/New_York"), {night}, {}, {});
    const auto spans = expandDay(ben, "America/New_York", QDate(2026, 3, 8));
    REQUIRE(spans.size() == 1);
    CHECK(spans[0].interval.seconds() == 3600);
}

TEST_CASE("A window over the repeated hour covers both occurrences")
{
    // Sunday 25 October 2026, Lisbon: the clock shows 01:00-02:00 twice.
    const AvailabilityExpander ana(QTimeZone("Europe/Lisbon"), {weekly(7, 1, 2)}, {}, {});
    CHECK(expandDay(ana, "Europe/Lisbon", QDate(2026, 10, 25)) ==
          QList{span(utc(2026, 10, 25, 0), utc(2026, 10, 25, 2))});

    // New York, Sunday 1 November 2026, a night window 00:00-03:00 lasts four hours.
    const AvailabilityExpander ben(QTimeZone("America/New_York"), {weekly(7, 0, 3)}, {}, {});
    const auto spans = expandDay(ben, "America/New_York", QDate(2026, 11, 1));
    REQUIRE(spans.size() == 1);
    CHECK(spans[0].interval.seconds() == 4 * 3600);
}

TEST_CASE("Southern-hemisphere DST moves Sydney windows the other way")
{
    const AvailabilityExpander chloe(QTimeZone("Australia/Sydney"), {weekly(1, 9, 17)}, {}, {});
    // Monday 30 March 2026 is AEDT (UTC+11); Monday 6 April is AEST (UTC+10).
    CHECK(expandDay(chloe, "UTC", QDate(2026, 3, 29)) ==
          QList{span(utc(2026, 3, 29, 22), utc(2026, 3, 30, 0))});
    CHECK(chloe.expand({utc(2026, 3, 29, 0), utc(2026, 3, 31, 0)}) ==
          QList{span(utc(2026, 3, 29, 22), utc(2026, 3, 30, 6))});
    CHECK(chloe.expand({utc(2026, 4, 5, 0), utc(2026, 4, 7, 0)}) ==
          QList{span(utc(2026, 4, 5, 23), utc(2026, 4, 6, 7))});
}

TEST_CASE("Manila has no DST: the UTC window is the same all year")
{
    const AvailabilityExpander dan(QTimeZone("Asia/Manila"), {weekly(3, 9, 17)}, {}, {});
    CHECK(dan.expand({utc(2026, 3, 25, 0), utc(2026, 3, 26, 0)}) ==
          QList{span(utc(2026, 3, 25, 1), utc(2026, 3, 25, 9))});
    CHECK(dan.expand({utc(2026, 4, 1, 0), utc(2026, 4, 2, 0)}) ==
          QList{span(utc(2026, 4, 1, 1), utc(2026, 4, 1, 9))});
}

TEST_CASE("A freelancer's local Monday can be the planning zone's Sunday")
{
    // Manila Monday 06:00-10:00 is Sunday 17:00-21:00 in Bogota.
    const AvailabilityExpander dan(QTimeZone("Asia/Manila"), {weekly(1, 6, 10)}, {}, {});
    const PlanningCalendar bogota(QTimeZone("America/Bogota"));
    const auto sunday = dan.expand(bogota.day(QDate(2026, 3, 29)));
    REQUIRE(sunday.size() == 1);
    CHECK(sunday[0].interval == UtcInterval{utc(2026, 3, 29, 22), utc(2026, 3, 30, 2)});
    CHECK(bogota.dayOf(sunday[0].interval.start) == QDate(2026, 3, 29));
    CHECK(dan.expand(bogota.day(QDate(2026, 3, 30))).isEmpty());
}

TEST_CASE("Windows merge across midnight and preferred wins where they overlap")
{
    const AvailabilityExpander owl(
        QTimeZone("UTC"),
        {weekly(1, 20, 24), weekly(2, 0, 3), weekly(1, 21, 23, AvailabilityKind::Preferred)}, {},
        {});
    CHECK(owl.expand({utc(2026, 3, 2, 0), utc(2026, 3, 4, 0)}) ==
          QList{span(utc(2026, 3, 2, 20), utc(2026, 3, 2, 21)),
                span(utc(2026, 3, 2, 21), utc(2026, 3, 2, 23), AvailabilityKind::Preferred),
                span(utc(2026, 3, 2, 23), utc(2026, 3, 3, 3))});
}

TEST_CASE("Time off removes whole local days and one-off windows add to the pattern")
{
    TimeOff holiday;
    holiday.firstDay = QDate(2026, 3, 3);
    holiday.lastDay = QDate(2026, 3, 4);
    OneOffWindow extra;
    extra.day = QDate(2026, 3, 7);
    extra.startMinute = 10 * 60;
    extra.endMinute = 14 * 60;
    extra.kind = AvailabilityKind::Preferred;
    QList<WeeklyWindow> weekdays;
    for (int day = 1; day <= 5; ++day)
        weekdays.append(weekly(day, 9, 17));
    const AvailabilityExpander eva(QTimeZone("Europe/Lisbon"), weekdays, {holiday}, {extra});

    const auto week = eva.expand({utc(2026, 3, 2, 0), utc(2026, 3, 9, 0)});
    QList<QDate> days;
    for (const AvailabilitySpan& s : week)
        days.append(eva.zones().localDay(s.interval.start));
    CHECK(days ==
          QList{QDate(2026, 3, 2), QDate(2026, 3, 5), QDate(2026, 3, 6), QDate(2026, 3, 7)});
    CHECK(week.last() ==
          span(utc(2026, 3, 7, 10), utc(2026, 3, 7, 14), AvailabilityKind::Preferred));
    CHECK(eva.isOnTimeOff(QDate(2026, 3, 4)));
}

TEST_CASE("Fit tells unavailable, available and preferred apart")
{
    const QList<AvailabilitySpan> spans{span(100, 200), span(200, 300, AvailabilityKind::Preferred),
                                        span(400, 500, AvailabilityKind::Preferred)};
    CHECK(AvailabilityExpander::fit(spans, {120, 250}) == Fit::Available);
    CHECK(AvailabilityExpander::fit(spans, {210, 300}) == Fit::Preferred);
    CHECK(AvailabilityExpander::fit(spans, {250, 420}) == Fit::Unavailable);
    CHECK(AvailabilityExpander::fit(spans, {50, 150}) == Fit::Unavailable);
    CHECK(AvailabilityExpander::fit(spans, {410, 500}) == Fit::Preferred);
    CHECK(AvailabilityExpander::fit(spans, {410, 501}) == Fit::Unavailable);
}
