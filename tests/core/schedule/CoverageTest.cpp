#include "schedule/Coverage.h"

#include "demo/DemoTeam.h"
#include "schedule/PlanningModel.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace shiftlane;

namespace {

constexpr Id Phone = 1;
constexpr Id Chat = 2;
constexpr Id Ana = 10;
constexpr Id Ben = 11;

struct Team
{
    ScheduleSnapshot snapshot;
    Id nextShiftId = 100;

    explicit Team(const QByteArray& zone = "UTC", QDate first = QDate(2026, 3, 2))
    {
        snapshot.settings.planningTimeZone = zone;
        snapshot.settings.intervalMinutes = 30;
        snapshot.period = {first, first.addDays(6)};
        snapshot.skills = {{Phone, QStringLiteral("Phone"), QStringLiteral("#1f77b4")},
                           {Chat, QStringLiteral("Chat"), QStringLiteral("#ff7f0e")}};
        for (const auto& [id, name] : {std::pair{Ana, "Ana"}, std::pair{Ben, "Ben"}}) {
            Freelancer f;
            f.id = id;
            f.name = QString::fromLatin1(name);
            f.timeZone = zone;
            f.skillIds = {Phone, Chat};
            snapshot.freelancers.append(f);
        }
    }

    // A shift between two instants given as UTC date-times.
    Shift& place(const QDateTime& start, const QDateTime& end, Id skill = Phone,
                 std::optional<Id> who = Ana)
    {
        Shift s;
        s.id = nextShiftId++;
        s.start = start;
        s.end = end;
        s.skillId = skill;
        s.freelancerId = who;
        snapshot.shifts.append(s);
        return snapshot.shifts.last();
    }
};

QDateTime utc(QDate day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), Qt::UTC);
}

// Intervals of a day with at least one freelancer scheduled.
QList<int> staffed(const QList<CoverageInterval>& day)
{
    QList<int> intervals;
    for (const CoverageInterval& i : day)
        if (i.scheduled > 0)
            intervals.append(i.interval);
    return intervals;
}

QList<int> range(int first, int last)
{
    QList<int> r;
    for (int i = first; i <= last; ++i)
        r.append(i);
    return r;
}

} // namespace

TEST_CASE("A shift across midnight counts on both days")
{
    Team team;
    const QDate tue(2026, 3, 3);
    team.place(utc(tue, 22), utc(tue.addDays(1), 2));
    const Coverage coverage(team.snapshot);
    REQUIRE(coverage.intervalsPerDay() == 48);
    const QList<CoverageInterval> tuesday = coverage.ofDay(tue);
    REQUIRE(tuesday.size() == 48);
    CHECK(tuesday[47].interval == 47);
    CHECK(staffed(tuesday) == range(44, 47));
    CHECK(staffed(coverage.ofDay(tue.addDays(1))) == range(0, 3));
    CHECK(staffed(coverage.ofDay(tue.addDays(2))).isEmpty());
}

TEST_CASE("Only assigned shifts count, each over the intervals it overlaps")
{
    Team team;
    const QDate tue(2026, 3, 3);
    team.place(utc(tue, 9), utc(tue, 11), Phone, std::nullopt); // open shift
    team.place(utc(tue, 9, 15), utc(tue, 10, 15), Phone, Ben);  // partly overlaps 09:00 and 10:00
    const Coverage coverage(team.snapshot);
    CHECK(staffed(coverage.ofDay(tue)) == range(18, 20));
    CHECK(coverage.ofDay(tue)[18].scheduled == 1);
}

TEST_CASE("Demand, shortfall and surplus per skill and for all skills")
{
    Team team;
    const QDate wed(2026, 3, 4);
    for (int interval = 18; interval < 22; ++interval) { // 09:00-11:00
        team.snapshot.demand.append({Phone, wed, interval, 2});
        team.snapshot.demand.append({Chat, wed, interval, 1});
    }
    team.snapshot.demand.append({Phone, wed.addDays(1), 18, 5}); // another day
    team.place(utc(wed, 9), utc(wed, 13), Phone, Ana);           // 09:00-13:00
    team.place(utc(wed, 10), utc(wed, 11), Chat, Ben);           // 10:00-11:00
    const Coverage coverage(team.snapshot);

    const auto phone = coverage.ofDay(wed, Phone);
    CHECK(phone[18] == CoverageInterval{18, 2, 1});
    CHECK(phone[18].shortfall() == 1);
    CHECK(phone[22] == CoverageInterval{22, 0, 1});
    CHECK(phone[22].surplus() == 1);
    const CoverageTotals phoneTotals = CoverageTotals::of(phone);
    CHECK(phoneTotals.demanded == 8);
    CHECK(phoneTotals.scheduled == 8);
    CHECK(phoneTotals.covered == 4);
    CHECK(phoneTotals.shortfall == 4);
    CHECK(phoneTotals.surplus == 4);

    const auto chat = coverage.ofDay(wed, Chat);
    CHECK(CoverageTotals::of(chat).shortfall == 2); // 09:00-10:00 nobody
    CHECK(chat[20] == CoverageInterval{20, 1, 1});

    const auto all = coverage.ofDay(wed);
    CHECK(all[18] == CoverageInterval{18, 3, 1});
    CHECK(all[20] == CoverageInterval{20, 3, 2});
    for (int i = 0; i < coverage.intervalsPerDay(); ++i) {
        CHECK(all[i].demanded == phone[i].demanded + chat[i].demanded);
        CHECK(all[i].scheduled == phone[i].scheduled + chat[i].scheduled);
    }
    CHECK(coverage.ofDay(wed, Coverage::AllSkills) == all);
    CHECK(coverage.skillsOn(wed) == QList<Id>{Phone, Chat});
    CHECK(coverage.skillsOn(wed.addDays(1)) == QList<Id>{Phone});
    CHECK(coverage.skillsOn(wed.addDays(2)).isEmpty());
}

TEST_CASE("15-minute intervals give 96 per day")
{
    Team team;
    team.snapshot.settings.intervalMinutes = 15;
    const QDate tue(2026, 3, 3);
    team.place(utc(tue, 23, 30), utc(tue.addDays(1), 0, 15));
    const Coverage coverage(team.snapshot);
    REQUIRE(coverage.ofDay(tue).size() == 96);
    CHECK(staffed(coverage.ofDay(tue)) == range(94, 95));
    CHECK(staffed(coverage.ofDay(tue.addDays(1))) == range(0, 0));
}

TEST_CASE("DST days in Europe/Lisbon keep their intervals on the wall clock")
{
    // 29 March 2026: at 01:00 UTC Lisbon jumps from 01:00 WET to 02:00 WEST (a 23-hour day).
    Team spring("Europe/Lisbon", QDate(2026, 3, 23));
    const QDate sunday(2026, 3, 29);
    spring.place(utc(sunday, 0), utc(sunday, 3));                    // 00:00-04:00 wall clock
    spring.place(utc(sunday, 8), utc(sunday, 10), Chat, Ben);        // 09:00-11:00 WEST
    spring.place(utc(sunday.addDays(-1), 23), utc(sunday, 0), Chat); // Sat 23:00-24:00 WET
    spring.snapshot.demand.append({Chat, sunday, 18, 1});            // 09:00-09:30
    const Coverage coverage(spring.snapshot);
    const auto day = coverage.ofDay(sunday);
    REQUIRE(day.size() == 48);
    CHECK(staffed(coverage.ofDay(sunday, Phone)) == range(0, 7)); // not 0-5: the clock jumped
    CHECK(staffed(coverage.ofDay(sunday, Chat)) == range(18, 21));
    CHECK(day[18] == CoverageInterval{18, 1, 1});
    CHECK(staffed(coverage.ofDay(sunday.addDays(-1), Chat)) == range(46, 47));

    // 25 October 2026: at 01:00 UTC Lisbon falls back from 02:00 WEST to 01:00 WET (25 hours).
    Team autumn("Europe/Lisbon", QDate(2026, 10, 19));
    const QDate fallBack(2026, 10, 25);
    autumn.place(utc(fallBack.addDays(-1), 23), utc(fallBack, 4));  // 00:00-04:00 wall clock
    autumn.place(utc(fallBack, 0, 30), utc(fallBack, 1, 15), Chat); // 01:30 WEST-01:15 WET
    autumn.place(utc(fallBack, 9), utc(fallBack, 10), Chat, Ben);   // 09:00-10:00 WET
    const Coverage fall(autumn.snapshot);
    REQUIRE(fall.ofDay(fallBack).size() == 48);
    const auto phone = fall.ofDay(fallBack, Phone);
    CHECK(staffed(phone) == range(0, 7));
    CHECK(phone[2].scheduled == 1); // 01:00-01:30 happens twice, Ana counts once
    CHECK(phone[3].scheduled == 1);
    CHECK(staffed(fall.ofDay(fallBack, Chat)) == QList<int>{2, 3, 18, 19});
    CHECK(staffed(fall.ofDay(fallBack.addDays(-1))).isEmpty());
}

TEST_CASE("Coverage agrees with the solver model on the demo team")
{
    QTemporaryDir dir;
    auto db = Database::create(dir.filePath(QStringLiteral("demo.shiftlane")));
    DemoOptions options;
    options.start = QDate(2026, 11, 30);
    options.freelancers = 25;
    writeDemoTeam(*db, options);
    const ScheduleSnapshot snapshot =
        ScheduleSnapshot::load(*db, {options.start, options.start.addDays(13)});
    const Coverage coverage(snapshot);
    const PlanningModel planning(snapshot, PlanningModel::Mode::FillFromScratch);
    const PlanningModel::Coverage expected = planning.coverage(planning.current());

    CoverageTotals sum;
    qint64 scheduledAll = 0;
    for (QDate day = snapshot.period.first; day <= snapshot.period.last; day = day.addDays(1)) {
        for (const Skill& skill : snapshot.skills) {
            const CoverageTotals t = CoverageTotals::of(coverage.ofDay(day, skill.id));
            sum.demanded += t.demanded;
            sum.covered += t.covered;
            sum.scheduled += t.scheduled;
        }
        scheduledAll += CoverageTotals::of(coverage.ofDay(day)).scheduled;
    }
    CHECK(expected.demanded > 0);
    CHECK(sum.covered > 0);
    CHECK(sum.demanded == expected.demanded);
    CHECK(sum.covered == expected.covered);
    CHECK(scheduledAll == sum.scheduled);
}
