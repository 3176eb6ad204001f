#include "staffing/DemandExpansion.h"
#include "staffing/StaffingCalculator.h"

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
    REQUIRE(plan.validate(30).isEmpty());

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
    REQUIRE(plan.validate(30).isEmpty());

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
    const ValidationErrors errors = plan.validate(30);
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].toString() == QStringLiteral("Monday, interval 4: a headcount must be a "
                                                 "whole number"));
    CHECK(errors[1].toString() ==
          QStringLiteral("2026-12-24, interval 6: must be from 0 to 10,000 freelancers"));

    plan.weekly[0] = curve({{3, 1.5}});
    plan.overrides.clear();
    plan.input = DemandInput::Forecast;
    plan.forecast.serviceLevel = 1.0;
    const ValidationErrors forecast = plan.validate(30);
    REQUIRE(forecast.size() == 1);
    CHECK(forecast[0].field == QStringLiteral("serviceLevel"));

    plan.forecast.serviceLevel = 0.8;
    plan.weekly[0] = DemandCurve(49, 0.0);
    CHECK(plan.validate(30).size() == 1); // 49 values for a day of 48 intervals
}
