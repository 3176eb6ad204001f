#include "schedule/PlanningModel.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <tuple>

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

// A snapshot planned in UTC with one skill, Phone, and one 8-hour template of it.
ScheduleSnapshot phoneSnapshot(QDate first, QDate last, const char* templateName, int startHour)
{
    ScheduleSnapshot snapshot;
    snapshot.settings.planningTimeZone = "UTC";
    snapshot.period = {first, last};
    snapshot.skills = {{Phone, QStringLiteral("Phone"), QStringLiteral("#111111")}};
    snapshot.templates = {
        {DayTemplate, QString::fromLatin1(templateName), startHour * 60, 8 * 60, 0, Phone, {}}};
    return snapshot;
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

TEST_CASE("The solver may place a traveller in the hours they are awake where they are")
{
    // Rita lives in Lisbon (UTC+1 in June) and works 09:00-17:00 there; from Monday 8 to
    // Friday 12 June she is in Dubai (UTC+4). A 05:00-13:00 UTC shift is 09:00-17:00 Dubai.
    ScheduleSnapshot snapshot = phoneSnapshot(QDate(2026, 6, 1), QDate(2026, 6, 14), "Early", 5);
    Freelancer rita;
    rita.id = Ana;
    rita.name = QStringLiteral("Rita");
    rita.timeZone = "Europe/Lisbon";
    rita.skillIds = {Phone};
    snapshot.freelancers = {rita};
    for (int d = 1; d <= 5; ++d)
        snapshot.availability[Ana].weekly.append(
            {NoId, Ana, d, 9 * 60, 17 * 60, AvailabilityKind::Available});
    snapshot.availability[Ana].travel = {
        {NoId, Ana, QDate(2026, 6, 8), QDate(2026, 6, 12), "Asia/Dubai"}};

    const PlanningModel planning(snapshot, PlanningModel::Mode::FillFromScratch);
    for (int day = 0; day < snapshot.period.days(); ++day) {
        const QDate date = snapshot.period.first.addDays(day);
        INFO(date.toString(Qt::ISODate).toStdString());
        const bool inDubai = date >= QDate(2026, 6, 8) && date <= QDate(2026, 6, 12);
        CHECK(planning.model().cellForbidden(0, day, 0) == !inDubai);
    }
}

TEST_CASE("Custom shifts too close together break their own freelancer's minimum rest")
{
    ScheduleSnapshot snapshot = phoneSnapshot(QDate(2026, 12, 7), QDate(2026, 12, 13), "Day", 9);
    constexpr Id Ben = 11;
    for (const auto& [id, name, restHours] : {std::tuple{Ana, "Ana", 11}, {Ben, "Ben", 8}}) {
        Freelancer f;
        f.id = id;
        f.name = QString::fromLatin1(name);
        f.timeZone = "UTC";
        f.skillIds = {Phone};
        f.limits.maxConsecutiveDays = 7;
        f.limits.maxWorkingWeekends = 8;
        f.limits.minRestHours = restHours;
        snapshot.freelancers.append(f);
        for (int d = 1; d <= 7; ++d)
            snapshot.availability[id].weekly.append(
                {NoId, id, d, 0, 24 * 60, AvailabilityKind::Preferred});
    }
    // The same hours for both: 9 h from Tuesday's custom shift to Wednesday's, 10 h from
    // Thursday's to Friday's template shift. Too little for Ana's 11 h, enough for Ben's 8 h.
    Id next = 100;
    for (const Id who : {Ana, Ben}) {
        snapshot.shifts.append(shiftOn(next++, QDate(2026, 12, 8), 13, 9, Phone, {}, who));
        snapshot.shifts.append(shiftOn(next++, QDate(2026, 12, 9), 7, 5, Phone, {}, who));
        snapshot.shifts.append(shiftOn(next++, QDate(2026, 12, 10), 16, 7, Phone, {}, who));
        snapshot.shifts.append(shiftOn(next++, QDate(2026, 12, 11), 9, 8, Phone, DayTemplate, who));
    }

    const PlanningModel planning(snapshot, PlanningModel::Mode::FillFromScratch);
    std::vector<std::pair<int, int>> tooClose; // (row, first day)
    for (const solver::Violation& v : solver::explain(planning.model(), planning.current()))
        if (v.kind == solver::RuleKind::ForbiddenSuccession)
            tooClose.emplace_back(v.employee, v.firstDay);
    std::sort(tooClose.begin(), tooClose.end());
    CHECK(tooClose == std::vector<std::pair<int, int>>{{0, 1}, {0, 3}});
}
