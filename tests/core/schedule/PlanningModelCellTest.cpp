#include "schedule/PlanningModel.h"

#include <catch2/catch.hpp>

using namespace shiftlane;

namespace {

constexpr Id Phone = 1;
constexpr Id Chat = 2;
constexpr Id Ana = 10;
constexpr Id DayTemplate = 20;
constexpr Id ChatTemplate = 21;

Shift shiftOn(Id id, QDate day, int startHour, int hours, Id skill, std::optional<Id> templateId,
              std::optional<Id> who = Ana)
{
    Shift s;
    s.id = id;
    s.start = QDateTime(day, QTime(startHour, 0), Qt::UTC);
    s.end = s.start.addSecs(hours * 3600);
    s.skillId = skill;
    s.templateId = templateId;
    s.freelancerId = who;
    return s;
}

} // namespace

TEST_CASE("The shift in a cell maps the engine's broken rules back to shifts")
{
    ScheduleSnapshot snapshot;
    snapshot.settings.planningTimeZone = "UTC";
    snapshot.period = {QDate(2026, 12, 7), QDate(2026, 12, 13)};
    snapshot.skills = {{Phone, QStringLiteral("Phone"), QStringLiteral("#111111")},
                       {Chat, QStringLiteral("Chat"), QStringLiteral("#222222")}};
    snapshot.templates = {{DayTemplate, QStringLiteral("Day"), 9 * 60, 8 * 60, 0, Phone, {}},
                          {ChatTemplate, QStringLiteral("Chat day"), 9 * 60, 8 * 60, 0, Chat, {}}};
    Freelancer ana;
    ana.id = Ana;
    ana.name = QStringLiteral("Ana");
    ana.timeZone = "UTC";
    ana.skillIds = {Phone};
    ana.limits.maxConsecutiveDays = 7;
    ana.limits.maxWorkingWeekends = 8;
    snapshot.freelancers = {ana};
    for (int d = 1; d <= 7; ++d)
        snapshot.availability[Ana].weekly.append(
            {NoId, Ana, d, 0, 24 * 60, AvailabilityKind::Preferred});
    snapshot.shifts = {
        shiftOn(100, QDate(2026, 12, 8), 9, 8, Phone, DayTemplate),               // Tue, a cell
        shiftOn(101, QDate(2026, 12, 8), 18, 2, Phone, std::nullopt),             // Tue, second
        shiftOn(102, QDate(2026, 12, 9), 9, 8, Phone, DayTemplate, std::nullopt), // open
        shiftOn(103, QDate(2026, 12, 10), 9, 8, Chat, ChatTemplate), // Thu, missing skill
    };

    const PlanningModel planning(snapshot, PlanningModel::Mode::FillFromScratch);
    REQUIRE(planning.shiftInCell(0, 1) != nullptr);
    CHECK(planning.shiftInCell(0, 1)->id == 100);
    CHECK(planning.shiftInCell(0, 0) == nullptr);
    CHECK(planning.shiftInCell(0, 2) == nullptr); // the open shift has no cell
    REQUIRE(planning.shiftInCell(0, 3) != nullptr);
    CHECK(planning.shiftInCell(0, 3)->id == 103);
    CHECK(planning.shiftInCell(1, 1) == nullptr); // out of range
    CHECK(planning.shiftInCell(0, 7) == nullptr);
    CHECK(planning.shiftInCell(-1, 0) == nullptr);

    int forbidden = 0;
    for (const solver::Violation& v : solver::explain(planning.model(), planning.current()))
        if (v.kind == solver::RuleKind::ForbiddenShift) {
            ++forbidden;
            const Shift* shift = planning.shiftInCell(v.employee, v.firstDay);
            REQUIRE(shift != nullptr);
            CHECK(shift->id == 103);
        }
    CHECK(forbidden == 1);
}
