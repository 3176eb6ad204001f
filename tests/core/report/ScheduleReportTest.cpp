#include "report/ScheduleReport.h"

#include <catch2/catch.hpp>

#include <QLocale>

using namespace shiftlane;

namespace {

constexpr Id Phone = 1;
constexpr Id Chat = 2;
constexpr Id Ana = 10; // Lisbon, like the team
constexpr Id Ben = 11; // Bogotá: five hours behind Lisbon in winter

struct Team
{
    ScheduleSnapshot snapshot;
    Id nextShiftId = 100;

    Team()
    {
        QLocale::setDefault(QLocale::c());
        snapshot.settings.teamName = QStringLiteral("Support");
        snapshot.settings.planningTimeZone = "Europe/Lisbon";
        snapshot.settings.intervalMinutes = 30;
        snapshot.period = {QDate(2026, 11, 30), QDate(2026, 12, 6)};
        snapshot.skills = {{Phone, QStringLiteral("Phone"), QStringLiteral("#1f77b4")},
                           {Chat, QStringLiteral("Chat"), QStringLiteral("#ff7f0e")}};
        Freelancer ana;
        ana.id = Ana;
        ana.name = QStringLiteral("Ana Cruz");
        ana.timeZone = "Europe/Lisbon";
        ana.skillIds = {Phone, Chat};
        ana.hourlyRateCents = 2000;
        Freelancer ben = ana;
        ben.id = Ben;
        ben.name = QStringLiteral("Ben Reyes");
        ben.timeZone = "America/Bogota";
        ben.hourlyRateCents = 1550;
        ben.currency = QStringLiteral("USD");
        snapshot.freelancers = {ana, ben};
    }

    // Lisbon is on UTC in winter, so these are Lisbon wall-clock times too.
    Shift& place(QDate day, int startHour, int hours, Id skill, std::optional<Id> who)
    {
        Shift s;
        s.id = nextShiftId++;
        s.start = QDateTime(day, QTime(startHour, 0), Qt::UTC);
        s.end = s.start.addSecs(hours * 3600);
        s.skillId = skill;
        s.freelancerId = who;
        snapshot.shifts.append(s);
        return snapshot.shifts.last();
    }
    void demand(QDate day, Id skill, int fromInterval, int toInterval, int required)
    {
        for (int i = fromInterval; i <= toInterval; ++i)
            snapshot.demand.append({skill, day, i, required});
    }
};

const QDate Monday(2026, 11, 30);

} // namespace

TEST_CASE("Rows hold each freelancer's shifts per day with times in the planning zone")
{
    Team team;
    team.place(Monday, 9, 8, Phone, Ana).unpaidBreakMinutes = 30;
    team.place(Monday.addDays(2), 22, 8, Chat, Ana);
    team.place(Monday.addDays(1), 14, 8, Phone, Ben);
    team.place(Monday.addDays(-1), 9, 8, Phone, Ben); // the day before: not in the report

    const ScheduleReport report = ScheduleReport::build(team.snapshot);
    REQUIRE(report.rows.size() == 2); // nobody unassigned: no extra row
    const ScheduleRow& ana = report.rows[0];
    CHECK(ana.name == QStringLiteral("Ana Cruz"));
    REQUIRE(ana.days.size() == 7);
    REQUIRE(ana.days[0].size() == 1);
    CHECK(ana.days[0][0].times == QStringLiteral("09:00–17:00"));
    CHECK(ana.days[2][0].times == QStringLiteral("22:00–06:00 +1")); // ends the next day
    CHECK(ana.paidMinutes == 7 * 60 + 30 + 8 * 60);
    CHECK(ana.payCents == 2000 * 15 + 1000); // 15.5 paid hours at 20.00
    CHECK(ana.paidMinutesOn(0, 1) == 7 * 60 + 30);
    CHECK(ana.paidMinutesOn(1, 6) == 8 * 60);

    const ScheduleRow& ben = report.rows[1];
    CHECK(ben.paidMinutes == 8 * 60); // the shift before the period does not count
    CHECK(ben.days[1][0].times == QStringLiteral("14:00–22:00"));
    CHECK(report.paidMinutes == ana.paidMinutes + ben.paidMinutes);
    CHECK(report.payByCurrency.value(QStringLiteral("EUR")) == ana.payCents);
    CHECK(report.payByCurrency.value(QStringLiteral("USD")) == 1550 * 8);
    CHECK(report.totalPay() == QStringLiteral("310.00 EUR + 124.00 USD"));
    CHECK(report.title() == QStringLiteral("Team schedule — Support"));
    CHECK(report.subtitle().contains(QStringLiteral("Europe/Lisbon")));
}

TEST_CASE("Unassigned shifts get their own row and count as open shifts per day")
{
    Team team;
    team.place(Monday, 9, 8, Phone, std::nullopt);
    team.place(Monday, 13, 4, Chat, std::nullopt);
    team.place(Monday, 9, 8, Phone, Ana);

    const ScheduleReport report = ScheduleReport::build(team.snapshot);
    REQUIRE(report.rows.size() == 3);
    const ScheduleRow& open = report.rows.last();
    CHECK(open.freelancerId == NoId);
    CHECK(open.days[0].size() == 2);
    CHECK(open.mostShiftsOnADay(0, 7) == 2);
    CHECK(open.payCents == 0);
    CHECK(report.dayTotals[0].unassignedShifts == 2);
    CHECK(report.dayTotals[0].freelancers == 1);
    CHECK(report.paidMinutes == 8 * 60); // open shifts are nobody's hours
}

TEST_CASE("Day totals count each freelancer once per skill and once in all")
{
    Team team;
    team.place(Monday, 6, 4, Phone, Ana);
    team.place(Monday, 12, 4, Phone, Ana); // a second Phone shift: still one person
    team.place(Monday, 9, 8, Chat, Ben);

    const ScheduleReport report = ScheduleReport::build(team.snapshot);
    const DayTotals& monday = report.dayTotals[0];
    REQUIRE(monday.bySkill.size() == 2);
    CHECK(monday.bySkill[0].skillId == Phone);
    CHECK(monday.bySkill[0].freelancers == 1);
    CHECK(monday.bySkill[1].skillId == Chat);
    CHECK(monday.bySkill[1].freelancers == 1);
    CHECK(monday.freelancers == 2);
    CHECK(report.dayTotals[1].bySkill.isEmpty());
    CHECK(report.rows[0].mostShiftsOnADay(0, 7) == 2);
}

TEST_CASE("A freelancer's sheet reads their shifts on their own wall clock")
{
    Team team;
    team.place(Monday.addDays(1), 14, 8, Phone, Ben); // 14:00 Lisbon = 09:00 Bogotá
    team.place(Monday.addDays(3), 2, 6, Chat, Ben);   // 02:00 Thursday = 21:00 Wednesday

    const ScheduleReport report = ScheduleReport::build(team.snapshot);
    REQUIRE(report.sheets.size() == 2);
    const FreelancerSheet& ben = report.sheets[1];
    CHECK(ben.name == QStringLiteral("Ben Reyes"));
    REQUIRE(ben.shifts.size() == 2);
    CHECK(ben.shifts[0].localTimes == QStringLiteral("09:00–17:00"));
    CHECK(ben.shifts[0].planningTimes == QStringLiteral("14:00–22:00"));
    CHECK(ben.shifts[0].localDay == Monday.addDays(1));
    CHECK(ben.shifts[1].localTimes == QStringLiteral("21:00–03:00 +1"));
    CHECK(ben.shifts[1].localDay == Monday.addDays(2)); // the evening before, for Ben
    CHECK(ben.shifts[1].planningDay == Monday.addDays(3));
    CHECK(ben.shifts[1].zone == QByteArray("America/Bogota"));
    CHECK(ben.paidMinutes == 14 * 60);
    CHECK(ben.payCents == 1550 * 14);
    CHECK(report.sheets[0].shifts.isEmpty()); // Ana has a sheet with nothing on it
}

TEST_CASE("A shift that ends at midnight ends at 24:00 on its own day")
{
    const WallClock clock(QTimeZone("UTC"));
    const qint64 start = QDateTime(Monday, QTime(16, 0), Qt::UTC).toSecsSinceEpoch();
    CHECK(ScheduleReport::timeRange(clock, start, start + 8 * 3600) ==
          QStringLiteral("16:00–24:00"));
    CHECK(ScheduleReport::timeRange(clock, start, start + 9 * 3600) ==
          QStringLiteral("16:00–01:00 +1"));
}

TEST_CASE("Coverage per skill and day and the unmet runs are the core Coverage figures")
{
    Team team;
    team.demand(Monday, Phone, 16, 33, 2); // 08:00-17:00, two people
    team.demand(Monday, Chat, 20, 21, 1);  // 10:00-11:00
    team.place(Monday, 9, 8, Phone, Ana);  // one person 09:00-17:00
    team.place(Monday, 10, 1, Chat, Ben);

    const ScheduleReport report = ScheduleReport::build(team.snapshot);
    CHECK(report.coveredSkills == QList<Id>{Phone, Chat});
    const SkillDayCoverage* phone = report.coverageOf(Phone, Monday);
    REQUIRE(phone);
    const Coverage coverage(team.snapshot);
    CHECK(phone->totals == CoverageTotals::of(coverage.ofDay(Monday, Phone)));
    CHECK(phone->totals.demanded == 36);
    CHECK(phone->totals.covered == 16);
    CHECK(report.coverageOf(Chat, Monday)->totals.shortfall == 0);
    CHECK(report.coverageOf(Phone, Monday.addDays(1)) == nullptr);

    // 08:00-09:00 two short, 09:00-17:00 one short. The intervals touch, but the reasons differ,
    // so each is its own run: no shift (no template, no custom shift) reaches 08:00, and from
    // 09:00 Ana's own shift is the only Phone work anyone can do.
    REQUIRE(report.unmet.size() == 2);
    const UnmetInterval& early = report.unmet[0];
    CHECK(early.skillId == Phone);
    CHECK(early.day == Monday);
    CHECK(report.intervalTimes(early.firstInterval, early.lastInterval) ==
          QStringLiteral("08:00–09:00"));
    CHECK(early.mostMissing == 2);
    CHECK(early.missingTotal == 2 * 2);
    CHECK(early.reason == QStringLiteral("no shift template for Phone covers this time"));
    const UnmetInterval& day = report.unmet[1];
    CHECK(report.intervalTimes(day.firstInterval, day.lastInterval) ==
          QStringLiteral("09:00–17:00"));
    CHECK(day.mostMissing == 1);
    CHECK(day.missingTotal == 16);
    CHECK(day.reason == QStringLiteral("not enough freelancers with Phone are available"));
}

TEST_CASE("Each unmet run says why it is short, and a run ends where the reason changes")
{
    Team team;
    constexpr Id French = 3;
    team.snapshot.skills.append({French, QStringLiteral("French"), QStringLiteral("#9467bd")});
    ShiftTemplate day;
    day.id = 1;
    day.name = QStringLiteral("Day");
    day.startMinute = 8 * 60;
    day.lengthMinutes = 8 * 60;
    day.skillId = Phone;
    ShiftTemplate night = day;
    night.id = 2;
    night.name = QStringLiteral("Night");
    night.startMinute = 0;
    team.snapshot.templates = {day, night};
    // Ana alone can work: Mondays 08:00-16:00. Ben states no availability.
    team.snapshot.availability[Ana].weekly = {
        {NoId, Ana, 1, 8 * 60, 16 * 60, AvailabilityKind::Available}};

    team.demand(Monday, Phone, 4, 5, 1);    // 02:00-03:00: only Night covers, nobody free
    team.demand(Monday, Phone, 18, 19, 1);  // 09:00-10:00: Ana could, nobody scheduled
    team.demand(Monday, French, 20, 21, 1); // 10:00-11:00: nobody speaks French
    team.demand(Monday, Phone, 24, 25, 2);  // 12:00-13:00: two asked, Ana alone is free
    team.demand(Monday, Phone, 26, 27, 1);  // 13:00-14:00: touches the run above
    team.demand(Monday, Phone, 40, 41, 1);  // 20:00-21:00: no template reaches it

    const ScheduleReport report = ScheduleReport::build(team.snapshot);
    QStringList seen;
    for (const UnmetInterval& run : report.unmet)
        seen << QStringLiteral("%1 %2 %3")
                    .arg(report.skill(run.skillId)->name,
                         report.intervalTimes(run.firstInterval, run.lastInterval), run.reason);
    CHECK(seen == QStringList{
                      QStringLiteral("Phone 02:00–03:00 nobody with Phone is available then"),
                      QStringLiteral("Phone 09:00–10:00 freelancers with Phone are available then "
                                     "but not scheduled"),
                      QStringLiteral("Phone 12:00–13:00 not enough freelancers with Phone are "
                                     "available"),
                      QStringLiteral("Phone 13:00–14:00 freelancers with Phone are available then "
                                     "but not scheduled"),
                      QStringLiteral("Phone 20:00–21:00 no shift template for Phone covers this "
                                     "time"),
                      QStringLiteral("French 10:00–11:00 nobody in the team has the skill French"),
                  });
}

TEST_CASE("A freelancer who travels sees those shifts on the clock where they are")
{
    Team team;
    // Ben is in Dubai (four hours ahead of Lisbon) from Wednesday to Friday.
    team.snapshot.availability[Ben].travel = {
        {1, Ben, Monday.addDays(2), Monday.addDays(4), "Asia/Dubai"}};
    team.place(Monday.addDays(1), 14, 8, Phone, Ben); // at home in Bogotá: 09:00-17:00
    team.place(Monday.addDays(3), 14, 8, Phone, Ben); // in Dubai: 18:00-02:00 the next day

    const ScheduleReport report = ScheduleReport::build(team.snapshot);
    const FreelancerSheet& ben = report.sheets[1];
    REQUIRE(ben.shifts.size() == 2);
    CHECK(ben.shifts[0].localTimes == QStringLiteral("09:00–17:00"));
    CHECK(ben.shifts[0].zone == QByteArray("America/Bogota"));
    CHECK(ben.shifts[1].localTimes == QStringLiteral("18:00–02:00 +1"));
    CHECK(ben.shifts[1].zone == QByteArray("Asia/Dubai"));
    CHECK(ben.shifts[1].localDay == Monday.addDays(3));
    CHECK(ben.shifts[1].planningTimes == QStringLiteral("14:00–22:00"));
}
