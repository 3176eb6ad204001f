#include "time/ZoneSchedule.h"
#include "time/AvailabilityExpander.h"
#include "time/PlanningCalendar.h"

#include <catch2/catch.hpp>

using namespace shiftlane;

namespace {

qint64 utc(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC).toSecsSinceEpoch();
}

TravelPeriod trip(QDate first, QDate last, const char* zone)
{
    TravelPeriod period;
    period.freelancerId = 1;
    period.firstDay = first;
    period.lastDay = last;
    period.timeZone = zone;
    return period;
}

// Lisbon, Monday to Friday 09:00-17:00; a week in Dubai from Monday 8 June 2026.
FreelancerAvailability lisbonWorkerInDubai()
{
    FreelancerAvailability a;
    for (int day = 1; day <= 5; ++day)
        a.weekly.append({NoId, 1, day, 9 * 60, 17 * 60, AvailabilityKind::Available});
    a.travel = {trip(QDate(2026, 6, 8), QDate(2026, 6, 14), "Asia/Dubai")};
    return a;
}

Freelancer lisbon()
{
    Freelancer f;
    f.id = 1;
    f.name = QStringLiteral("Rita Lopes");
    f.timeZone = "Europe/Lisbon";
    return f;
}

QList<UtcInterval> intervalsOn(const AvailabilityExpander& expander, QDate day)
{
    QList<UtcInterval> intervals;
    for (const AvailabilitySpan& span :
         expander.expand(PlanningCalendar(QTimeZone("UTC")).day(day)))
        intervals.append(span.interval);
    return intervals;
}

} // namespace

TEST_CASE("The zone in force is home outside travel and the travel zone on its dates")
{
    const ZoneSchedule zones(lisbon(), lisbonWorkerInDubai());
    CHECK(zones.zoneIdOn(QDate(2026, 6, 7)) == "Europe/Lisbon");
    CHECK(zones.zoneIdOn(QDate(2026, 6, 8)) == "Asia/Dubai");
    CHECK(zones.zoneIdOn(QDate(2026, 6, 14)) == "Asia/Dubai");
    CHECK(zones.zoneIdOn(QDate(2026, 6, 15)) == "Europe/Lisbon");
    CHECK(zones.clockOn(QDate(2026, 6, 10)).zone().id() == "Asia/Dubai");

    // Monday 8 June starts at 00:00 Dubai = Sunday 20:00 UTC; it ends Sunday 14 June 24:00
    // Dubai = 20:00 UTC.
    CHECK(zones.zoneIdAt(utc(2026, 6, 7, 19, 59)) == "Europe/Lisbon");
    CHECK(zones.zoneIdAt(utc(2026, 6, 7, 20)) == "Asia/Dubai");
    CHECK(zones.localDay(utc(2026, 6, 7, 20)) == QDate(2026, 6, 8));
    CHECK(zones.zoneIdAt(utc(2026, 6, 14, 19, 59)) == "Asia/Dubai");
    CHECK(zones.zoneIdAt(utc(2026, 6, 14, 20)) == "Europe/Lisbon");
    CHECK(zones.localDay(utc(2026, 6, 14, 20)) == QDate(2026, 6, 14)); // 21:00 in Lisbon
}

TEST_CASE("A Lisbon 09:00-17:00 window follows the freelancer to Dubai and back")
{
    const AvailabilityExpander rita(lisbon(), lisbonWorkerInDubai());
    // Lisbon in June is UTC+1: 08:00-16:00 UTC.
    CHECK(intervalsOn(rita, QDate(2026, 6, 5)) ==
          QList<UtcInterval>{{utc(2026, 6, 5, 8), utc(2026, 6, 5, 16)}});
    // In Dubai (UTC+4) the same wall-clock hours are 05:00-13:00 UTC, every travel weekday.
    for (int day = 8; day <= 12; ++day) {
        INFO("June " << day);
        CHECK(intervalsOn(rita, QDate(2026, 6, day)) ==
              QList<UtcInterval>{{utc(2026, 6, day, 5), utc(2026, 6, day, 13)}});
    }
    // Back home on Monday 15 June.
    CHECK(intervalsOn(rita, QDate(2026, 6, 15)) ==
          QList<UtcInterval>{{utc(2026, 6, 15, 8), utc(2026, 6, 15, 16)}});
}

TEST_CASE("On the day the zone changes each date keeps its own clock")
{
    FreelancerAvailability a = lisbonWorkerInDubai();
    a.weekly = {{NoId, 1, 7, 22 * 60, 24 * 60, AvailabilityKind::Available},
                {NoId, 1, 1, 0, 2 * 60, AvailabilityKind::Preferred}};
    const AvailabilityExpander rita(lisbon(), a);
    // Sunday 7 June 22:00-24:00 Lisbon = 21:00-23:00 UTC; Monday 8 June 00:00-02:00 Dubai =
    // Sunday 20:00-22:00 UTC. Flying east the two overlap; preferred wins where they do.
    CHECK(intervalsOn(rita, QDate(2026, 6, 7)) ==
          QList<UtcInterval>{{utc(2026, 6, 7, 20), utc(2026, 6, 7, 22)},
                             {utc(2026, 6, 7, 22), utc(2026, 6, 7, 23)}});
    const QList<AvailabilitySpan> spans = rita.expand({utc(2026, 6, 7, 0), utc(2026, 6, 8, 0)});
    REQUIRE(spans.size() == 2);
    CHECK(spans[0].kind == AvailabilityKind::Preferred);
    CHECK(spans[1].kind == AvailabilityKind::Available);
}

TEST_CASE("A trip to a zone a day away still expands the dates at its edges")
{
    // Honolulu (UTC-10) to Kiritimati (UTC+14): the same instant is a calendar day apart.
    Freelancer kai;
    kai.id = 1;
    kai.timeZone = "Pacific/Honolulu";
    FreelancerAvailability a;
    a.weekly = {{NoId, 1, 3, 9 * 60, 10 * 60, AvailabilityKind::Available}}; // Wednesdays
    a.travel = {trip(QDate(2026, 6, 10), QDate(2026, 6, 10), "Pacific/Kiritimati")};
    const AvailabilityExpander expander(kai, a);
    // Wednesday 10 June 09:00 in Kiritimati is Tuesday 9 June 19:00 UTC.
    CHECK(intervalsOn(expander, QDate(2026, 6, 9)) ==
          QList<UtcInterval>{{utc(2026, 6, 9, 19), utc(2026, 6, 9, 20)}});
}

TEST_CASE("Overlapping travel periods are refused with both periods named")
{
    const QList<TravelPeriod> plan = {trip(QDate(2026, 6, 1), QDate(2026, 6, 20), "Asia/Dubai"),
                                      trip(QDate(2026, 6, 5), QDate(2026, 6, 6), "Asia/Tokyo"),
                                      trip(QDate(2026, 6, 10), QDate(2026, 6, 12), "UTC")};
    const ValidationErrors errors = validateTravelPlan(plan);
    // Both later trips run into the long one, even though they do not touch each other.
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].field == QStringLiteral("firstDay"));
    CHECK(errors[0].message.contains(QStringLiteral("5 Jun 2026 to 6 Jun 2026 (Asia/Tokyo)")));
    CHECK(errors[0].message.contains(QStringLiteral("1 Jun 2026 to 20 Jun 2026 (Asia/Dubai)")));
    CHECK(errors[1].message.contains(QStringLiteral("10 Jun 2026 to 12 Jun 2026 (UTC)")));

    // Back to back is fine: the 21st is the first day of the next trip.
    CHECK(validateTravelPlan({trip(QDate(2026, 6, 1), QDate(2026, 6, 20), "Asia/Dubai"),
                              trip(QDate(2026, 6, 21), QDate(2026, 6, 22), "Asia/Tokyo")})
              .isEmpty());
}

TEST_CASE("A travel period needs its dates in order and a real zone")
{
    TravelPeriod bad = trip(QDate(2026, 6, 9), QDate(2026, 6, 8), "Mars/Olympus");
    const ValidationErrors errors = bad.validate();
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].field == QStringLiteral("lastDay"));
    CHECK(errors[0].message == QStringLiteral("the travel ends before it starts"));
    CHECK(errors[1].field == QStringLiteral("timeZone"));
    CHECK(errors[1].message.contains(QStringLiteral("Mars/Olympus")));
    CHECK(trip(QDate(), QDate(2026, 6, 8), "UTC").validate().first().field ==
          QStringLiteral("firstDay"));
}
