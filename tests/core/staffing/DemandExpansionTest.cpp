#include "staffing/DemandExpansion.h"
#include "staffing/StaffingCalculator.h"
#include "storage/StorageError.h"

#include <catch2/catch.hpp>

using namespace shiftlane;

namespace {

DemandCurve curve(std::initializer_list<std::pair<int, double>> values)
{
    DemandCurve c(48, 0.0);
    for (const auto& [interval, value] : values)
        c[interval] = value;
    return c;
}

int requiredAt(const QList<DemandInterval>& demand, Id skill, QDate day, int interval)
{
    for (const DemandInterval& d : demand)
        if (d.skillId == skill && d.day == day && d.interval == interval)
            return d.required;
    return 0;
}

} // namespace

TEST_CASE("A weekly pattern repeats every week and a dated override replaces its whole day")
{
    DemandPlan plan;
    plan.skillId = 3;
    plan.weekly[0] = curve({{18, 2}, {19, 3}}); // Mondays 09:00-10:00
    plan.weekly[2] = curve({{20, 1}});          // Wednesdays 10:00
    const QDate christmasEve(2026, 12, 24);     // a Thursday
    const QDate monday(2026, 12, 21);
    plan.overrides.insert(monday.addDays(7), curve({{30, 4}})); // 28 Dec: only 15:00
    plan.overrides.insert(christmasEve, curve({{16, 1}}));
    REQUIRE(plan.validate().isEmpty());

    const QList<DemandInterval> demand =
        DemandExpansion(30).expand({plan}, QDate(2026, 12, 21), QDate(2027, 1, 3));
    CHECK(requiredAt(demand, 3, monday, 18) == 2);
    CHECK(requiredAt(demand, 3, monday, 19) == 3);
    CHECK(requiredAt(demand, 3, QDate(2026, 12, 23), 20) == 1);
    CHECK(requiredAt(demand, 3, QDate(2026, 12, 30), 20) == 1); // the next Wednesday too
    CHECK(requiredAt(demand, 3, christmasEve, 16) == 1);
    // The overridden Monday keeps none of the pattern, only its own value.
    CHECK(requiredAt(demand, 3, monday.addDays(7), 18) == 0);
    CHECK(requiredAt(demand, 3, monday.addDays(7), 30) == 4);
    // Only intervals that need someone, and nothing from the other days.
    CHECK(demand.size() == 2 + 2 + 1 + 1);
    for (const DemandInterval& d : demand)
        CHECK(d.required > 0);
}

TEST_CASE("A forecast needs exactly the agents the staffing calculator schedules")
{
    DemandPlan plan;
    plan.skillId = 1;
    plan.input = DemandInput::Forecast;
    plan.forecast = {240, 0.8, 20, 0.3, 1};
    plan.weekly[1] = curve({{20, 100}, {21, 12.5}, {22, 0}}); // Tuesdays
    REQUIRE(plan.validate().isEmpty());

    const DemandExpansion expansion(30);
    const QDate tuesday(2026, 12, 22);
    const QList<int> required = expansion.requiredOn(plan, tuesday);
    REQUIRE(required.size() == 48);
    for (const double contacts : {100.0, 12.5}) {
        StaffingRequest request;
        request.contacts = contacts;
        request.intervalMinutes = 30;
        request.handleSeconds = 240;
        request.serviceLevel = 0.8;
        request.answerSeconds = 20;
        request.shrinkage = 0.3;
        INFO(contacts << " contacts");
        CHECK(expansion.requiredFor(plan, contacts) ==
              StaffingCalculator::calculate(request).agentsToSchedule);
    }
    // 100 calls of 4 minutes in half an hour is 13.3 Erlangs: 17 on the phones, 25 to schedule.
    CHECK(required[20] == 25);
    CHECK(required[21] == expansion.requiredFor(plan, 12.5));
    CHECK(required[22] == 0);

    // Chat: two chats at once need fewer people than the same contacts on the phone.
    DemandPlan chat = plan;
    chat.forecast.concurrency = 2;
    CHECK(DemandExpansion(30).requiredFor(chat, 100) < required[20]);
}

TEST_CASE("A demand plan names the day and interval of every bad value")
{
    DemandPlan plan;
    plan.skillId = 1;
    plan.weekly[0] = curve({{3, 1.5}});
    plan.overrides.insert(QDate(2026, 12, 24), curve({{5, -1}}));
    const ValidationErrors errors = plan.validate();
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].toString() == QStringLiteral("Monday, interval 4: a headcount must be a "
                                                 "whole number"));
    CHECK(errors[1].toString() ==
          QStringLiteral("2026-12-24, interval 6: must be from 0 to 10,000 freelancers"));

    plan.weekly[0] = curve({{3, 1.5}});
    plan.overrides.clear();
    plan.input = DemandInput::Forecast;
    plan.forecast.serviceLevel = 1.0;
    const ValidationErrors forecast = plan.validate();
    REQUIRE(forecast.size() == 1);
    CHECK(forecast[0].field == QStringLiteral("serviceLevel"));

    plan.forecast.serviceLevel = 0.8;
    plan.weekly[0] = DemandCurve(49, 0.0);
    CHECK(plan.validate().size() == 1); // 49 values for a day of 48 intervals
}

TEST_CASE("A plan entered in 15-minute intervals is read in 30-minute ones as a planner would")
{
    DemandPlan headcount;
    headcount.skillId = 3;
    headcount.intervalMinutes = 15;
    headcount.weekly[0] = DemandCurve(96, 0.0);
    headcount.weekly[0][36] = 4; // Monday 09:00-09:15
    headcount.weekly[0][37] = 2; // 09:15-09:30
    headcount.weekly[0][39] = 1; // 09:45-10:00
    REQUIRE(headcount.validate().isEmpty());
    const QDate monday(2026, 11, 30);
    const QList<int> thirty = DemandExpansion(30).requiredOn(headcount, monday);
    REQUIRE(thirty.size() == 48);
    CHECK(thirty[18] == 4); // the busier quarter-hour, so 09:00-09:15 is not left short
    CHECK(thirty[19] == 1);
    CHECK(thirty[17] == 0);
    // Read in its own intervals it is what was typed.
    const QList<int> fifteen = DemandExpansion(15).requiredOn(headcount, monday);
    REQUIRE(fifteen.size() == 96);
    CHECK(fifteen[36] == 4);
    CHECK(fifteen[37] == 2);

    // A forecast: the contacts of both quarter-hours arrive in the half hour, and Erlang C
    // staffs their sum over 30 minutes.
    DemandPlan forecast = headcount;
    forecast.input = DemandInput::Forecast;
    forecast.forecast = {240, 0.8, 20, 0.3, 1};
    forecast.weekly[0][36] = 60;
    forecast.weekly[0][37] = 20;
    forecast.weekly[0][39] = 0;
    REQUIRE(forecast.validate().isEmpty());
    StaffingRequest request;
    request.contacts = 80;
    request.intervalMinutes = 30;
    request.handleSeconds = 240;
    request.serviceLevel = 0.8;
    request.answerSeconds = 20;
    request.shrinkage = 0.3;
    const int expected = StaffingCalculator::calculate(request).agentsToSchedule;
    CHECK(DemandExpansion(30).requiredOn(forecast, monday)[18] == expected);
    CHECK(DemandExpansion(30).expand({forecast}, monday, monday) ==
          QList<DemandInterval>{{3, monday, 18, expected}});
}

TEST_CASE("A plan entered in 30-minute intervals is read in 15-minute ones without loss")
{
    DemandPlan headcount;
    headcount.skillId = 5;
    headcount.weekly[1] = curve({{20, 3}}); // Tuesday 10:00-10:30
    const QDate tuesday(2026, 12, 1);
    const QList<int> fifteen = DemandExpansion(15).requiredOn(headcount, tuesday);
    REQUIRE(fifteen.size() == 96);
    CHECK(fifteen[40] == 3);
    CHECK(fifteen[41] == 3);
    CHECK(fifteen[42] == 0);
    // Converting there and back gives the plan that was typed.
    const DemandPlan there = DemandExpansion::convertPlan(headcount, 15);
    CHECK(there.intervalMinutes == 15);
    CHECK(DemandExpansion::convertPlan(there, 30).weekly[1] == headcount.weekly[1]);

    // Contacts are shared evenly: a steady rate, as Erlang C assumes within an interval.
    DemandPlan forecast = headcount;
    forecast.input = DemandInput::Forecast;
    forecast.weekly[1] = curve({{20, 90}});
    const DemandCurve shared = DemandExpansion::convertCurve(forecast, forecast.weekly[1], 15);
    REQUIRE(shared.size() == 96);
    CHECK(shared[40] == 45);
    CHECK(shared[41] == 45);
    StaffingRequest request;
    request.contacts = 45;
    request.intervalMinutes = 15;
    request.handleSeconds = forecast.forecast.handleSeconds;
    request.serviceLevel = forecast.forecast.serviceLevel;
    request.answerSeconds = forecast.forecast.answerSeconds;
    request.shrinkage = forecast.forecast.shrinkage;
    CHECK(DemandExpansion(15).requiredOn(forecast, tuesday)[41] ==
          StaffingCalculator::calculate(request).agentsToSchedule);
}

TEST_CASE("Interval lengths that do not nest are refused with what and where, never guessed")
{
    CHECK(DemandExpansion::canConvert(15, 30));
    CHECK(DemandExpansion::canConvert(60, 15));
    CHECK_FALSE(DemandExpansion::canConvert(20, 30));
    DemandPlan plan;
    plan.skillId = 2;
    plan.intervalMinutes = 20;
    plan.weekly[0] = DemandCurve(72, 1.0);
    REQUIRE(plan.validate().isEmpty());
    try {
        DemandExpansion(30).requiredOn(plan, QDate(2026, 11, 30));
        FAIL("20-minute demand was read in 30-minute intervals");
    } catch (const StorageError& error) {
        CHECK(error.kind() == StorageError::Kind::Invalid);
        CHECK(error.message().contains(QStringLiteral("20-minute")));
        CHECK(error.message().contains(QStringLiteral("30-minute")));
        CHECK(error.message().contains(QStringLiteral("Demand tab")));
    }
    CHECK(DemandExpansion::conversionProblem(QStringLiteral("Phone"), 20, 30)
              .startsWith(QStringLiteral("The demand of Phone was entered in 20-minute")));
    plan.intervalMinutes = 7;
    REQUIRE(plan.validate().size() == 1);
    CHECK(plan.validate()[0].field == QStringLiteral("intervalMinutes"));
}
