#include "schedule/RuleChecker.h"

#include <catch2/catch.hpp>

using namespace shiftlane;

namespace {

constexpr Id Phone = 1;
constexpr Id Chat = 2;
constexpr Id Ana = 10;

// Planning in UTC keeps the arithmetic readable; Ana lives in Manila (UTC+8).
struct Team
{
    ScheduleSnapshot snapshot;
    Id nextShiftId = 100;

    Team()
    {
        snapshot.settings.planningTimeZone = "UTC";
        snapshot.period = {QDate(2026, 3, 2), QDate(2026, 3, 15)};
        snapshot.skills = {{Phone, QStringLiteral("Phone"), QStringLiteral("#111111")},
                           {Chat, QStringLiteral("Chat"), QStringLiteral("#222222")}};
        Freelancer ana;
        ana.id = Ana;
        ana.name = QStringLiteral("Ana Souza");
        ana.timeZone = "Asia/Manila";
        ana.skillIds = {Phone};
        ana.limits.maxMinutesPerWeek = 24 * 60;
        ana.limits.maxConsecutiveDays = 3;
        ana.limits.minRestHours = 11;
        snapshot.freelancers = {ana};
        // Every day 09:00-23:00 Manila time = 01:00-15:00 UTC.
        for (int day = 1; day <= 7; ++day)
            snapshot.availability[Ana].weekly.append(
                {NoId, Ana, day, 9 * 60, 23 * 60, AvailabilityKind::Available});
    }

    Shift shift(int day, int startHourUtc, int hours, Id skill = Phone)
    {
        Shift s;
        s.id = nextShiftId++;
        s.start = QDateTime(QDate(2026, 3, day), QTime(0, 0), Qt::UTC).addSecs(startHourUtc * 3600);
        s.end = s.start.addSecs(hours * 3600);
        s.skillId = skill;
        s.freelancerId = Ana;
        return s;
    }

    Shift& place(int day, int startHourUtc, int hours, Id skill = Phone)
    {
        snapshot.shifts.append(shift(day, startHourUtc, hours, skill));
        return snapshot.shifts.last();
    }
};

QList<RuleBreak::Rule> rules(const QList<RuleBreak>& breaks)
{
    QList<RuleBreak::Rule> kinds;
    for (const RuleBreak& b : breaks)
        kinds.append(b.rule);
    return kinds;
}

} // namespace

TEST_CASE("A shift inside availability and limits breaks nothing")
{
    Team team;
    const Shift& ok = team.place(3, 2, 8);
    CHECK(RuleChecker(team.snapshot).check(ok).isEmpty());
    CHECK(RuleChecker(team.snapshot).checkAll().isEmpty());
}

TEST_CASE("Unavailable hours are named in the freelancer's own time")
{
    Team team;
    // Monday 22:00 UTC - Tuesday 06:00 UTC is Tuesday 06:00-14:00 in Manila; Ana starts at 09:00.
    const Shift& early = team.place(2, 22, 8);
    const QList<RuleBreak> breaks = RuleChecker(team.snapshot).check(early);
    REQUIRE(rules(breaks) == QList{RuleBreak::Rule::Unavailable});
    CHECK(breaks[0].message ==
          QStringLiteral("Ana Souza is unavailable Tue 06:00–09:00 local time (Asia/Manila)"));
}

TEST_CASE("While travelling, unavailable hours are named in the zone they are in")
{
    Team team;
    // From Monday 9 March Ana is in Lisbon (UTC+0), still 09:00-23:00 on her watch.
    team.snapshot.availability[Ana].travel = {
        {NoId, Ana, QDate(2026, 3, 9), QDate(2026, 3, 15), "Europe/Lisbon"}};
    const Shift atHome = team.place(3, 2, 8);      // Tue 3 March 10:00-18:00 Manila: fine
    const Shift inLisbon = team.place(10, 2, 8);   // Tue 10 March 02:00-10:00 Lisbon
    const Shift lisbonDay = team.place(11, 10, 8); // Wed 11 March 10:00-18:00 Lisbon: fine
    const RuleChecker checker(team.snapshot);
    CHECK(checker.check(atHome).isEmpty());
    CHECK(checker.check(lisbonDay).isEmpty());
    const QList<RuleBreak> breaks = checker.check(inLisbon);
    REQUIRE(rules(breaks) == QList{RuleBreak::Rule::Unavailable});
    CHECK(breaks[0].message ==
          QStringLiteral("Ana Souza is unavailable Tue 02:00–09:00 local time (Europe/Lisbon)"));
}

TEST_CASE("Missing skill and time off are reported with names and dates")
{
    Team team;
    team.snapshot.availability[Ana].timeOff.append(
        {NoId, Ana, QDate(2026, 3, 5), QDate(2026, 3, 6), QStringLiteral("Exams")});
    const Shift chat = team.place(3, 2, 8, Chat);
    const Shift& duringExams = team.place(5, 2, 8);
    const RuleChecker checker(team.snapshot);
    CHECK(checker.check(chat).first().message ==
          QStringLiteral("Ana Souza does not have the skill Chat"));
    const auto off = checker.check(duringExams);
    REQUIRE(rules(off) == QList{RuleBreak::Rule::TimeOff});
    CHECK(off[0].message ==
          QStringLiteral("Ana Souza is on time off from Thu 5 Mar to Fri 6 Mar (Exams)"));
}

TEST_CASE("Overlap and short rest between two shifts are caught on both")
{
    Team team;
    const Shift first = team.place(3, 2, 8);   // 02:00-10:00
    const Shift& second = team.place(3, 8, 4); // overlaps
    const RuleChecker checker(team.snapshot);
    CHECK(rules(checker.check(first)).contains(RuleBreak::Rule::Overlap));
    CHECK(rules(checker.check(second)).contains(RuleBreak::Rule::Overlap));

    Team rest;
    const Shift late = rest.place(3, 5, 10);  // until 15:00
    const Shift& early = rest.place(4, 1, 8); // 10 h later, Ana needs 11
    const auto breaks = RuleChecker(rest.snapshot).check(early);
    REQUIRE(rules(breaks) == QList{RuleBreak::Rule::Rest});
    CHECK(breaks[0].message.startsWith(
        QStringLiteral("only 10 h rest after the shift Tue 05:00–15:00")));
    CHECK(rules(RuleChecker(rest.snapshot).check(late)) == QList{RuleBreak::Rule::Rest});
}

TEST_CASE("Weekly hours, shifts per day and consecutive days are limits of the contract")
{
    Team team;
    for (int day = 2; day <= 5; ++day)
        team.place(day, 2, 7); // 4 days in a row, 28 h in the week of 2 March
    const RuleChecker checker(team.snapshot);
    const auto all = checker.checkAll();
    REQUIRE(all.size() == 4);
    const auto breaks = all.value(team.snapshot.shifts.first().id);
    CHECK(rules(breaks) == QList{RuleBreak::Rule::WeeklyHours, RuleBreak::Rule::ConsecutiveDays});
    CHECK(breaks[0].message ==
          QStringLiteral("Ana Souza works 28 h in the week of 2 Mar (at most 24 h)"));
    CHECK(breaks[1].message == QStringLiteral("Ana Souza works 4 days in a row (at most 3)"));

    Team twice;
    twice.place(3, 1, 3);
    const Shift& second = twice.place(3, 12, 3);
    CHECK(rules(RuleChecker(twice.snapshot).check(second)).contains(RuleBreak::Rule::ShiftsPerDay));
}

TEST_CASE("A drag target is checked as if it replaced the dragged shift")
{
    Team team;
    const Shift placed = team.place(3, 2, 8);
    const RuleChecker checker(team.snapshot);
    Shift moved = placed;
    moved.start = moved.start.addSecs(3600);
    moved.end = moved.end.addSecs(3600);
    CHECK(checker.check(moved).isEmpty()); // no overlap with its own old place
    moved.start = moved.start.addSecs(-6 * 3600);
    CHECK(rules(checker.check(moved)) == QList{RuleBreak::Rule::Unavailable});
}
