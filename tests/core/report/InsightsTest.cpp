// The dashboard's figures, checked against numbers worked out by hand.
#include "report/Insights.h"

#include <catch2/catch.hpp>

using namespace shiftlane;

namespace {

constexpr Id Phone = 1;
constexpr Id Chat = 2;
constexpr Id Ana = 10;
constexpr Id Ben = 11;
const QDate Monday(2026, 3, 2);

QDateTime utc(QDate day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), Qt::UTC);
}

// Two weeks in UTC. Ana (EUR 20/h, 10-30 h a week) prefers weekdays 08-12 and is available
// 12-16, with the second Friday off; Ben (USD 10/h) said nothing about his availability.
struct InsightTeam
{
    ScheduleSnapshot snapshot;
    Id nextShift = 100;

    InsightTeam()
    {
        snapshot.settings.planningTimeZone = "UTC";
        snapshot.settings.intervalMinutes = 30;
        snapshot.settings.weekStart = 1;
        snapshot.period = {Monday, Monday.addDays(13)};
        snapshot.skills = {{Phone, QStringLiteral("Phone"), QStringLiteral("#1f77b4")},
                           {Chat, QStringLiteral("Chat"), QStringLiteral("#ff7f0e")}};
        Freelancer ana;
        ana.id = Ana;
        ana.name = QStringLiteral("Ana");
        ana.timeZone = "Europe/Lisbon"; // UTC+0 until the end of March
        ana.hourlyRateCents = 2000;
        ana.currency = QStringLiteral("EUR");
        ana.limits.minMinutesPerWeek = 10 * 60;
        ana.limits.maxMinutesPerWeek = 30 * 60;
        Freelancer ben = ana;
        ben.id = Ben;
        ben.name = QStringLiteral("Ben");
        ben.timeZone = "UTC";
        ben.hourlyRateCents = 1000;
        ben.currency = QStringLiteral("USD");
        snapshot.freelancers = {ana, ben};

        FreelancerAvailability said;
        for (int day = 1; day <= 5; ++day) {
            said.weekly.append({NoId, Ana, day, 8 * 60, 12 * 60, AvailabilityKind::Preferred});
            said.weekly.append({NoId, Ana, day, 12 * 60, 16 * 60, AvailabilityKind::Available});
        }
        said.timeOff.append(
            {NoId, Ana, Monday.addDays(11), Monday.addDays(11), QStringLiteral("dentist")});
        snapshot.availability.insert(Ana, said);

        for (int interval = 16; interval < 24; ++interval) // Monday 08:00-12:00, two on Phone
            snapshot.demand.append({Phone, Monday, interval, 2});
        for (int interval = 16; interval < 18; ++interval) // Tuesday 08:00-09:00, one
            snapshot.demand.append({Phone, Monday.addDays(1), interval, 1});

        add(utc(Monday, 8), utc(Monday, 16), Ana, Phone).unpaidBreakMinutes = 30;
        add(utc(Monday.addDays(1), 8), utc(Monday.addDays(1), 12), Ana, Phone);
        add(utc(Monday.addDays(7), 10), utc(Monday.addDays(7), 14), Ana, Phone);
        add(utc(Monday.addDays(9), 9), utc(Monday.addDays(9), 17), Ben, Chat);
        add(utc(Monday.addDays(14), 9), utc(Monday.addDays(14), 17), Ben, Chat); // after
        add(utc(Monday, 9), utc(Monday, 17), std::nullopt, Phone);               // open
    }

    Shift& add(const QDateTime& start, const QDateTime& end, std::optional<Id> who, Id skill)
    {
        Shift s;
        s.id = nextShift++;
        s.start = start;
        s.end = end;
        s.skillId = skill;
        s.freelancerId = who;
        snapshot.shifts.append(s);
        return snapshot.shifts.last();
    }
};

} // namespace

TEST_CASE("Coefficient of variation of weekly pay")
{
    CHECK_FALSE(coefficientOfVariation({}));
    CHECK_FALSE(coefficientOfVariation({500}));
    CHECK_FALSE(coefficientOfVariation({0, 0}));
    CHECK(*coefficientOfVariation({100, 100, 100}) == 0.0);
    CHECK(*coefficientOfVariation({0, 200}) == Approx(1.0));
    CHECK(*coefficientOfVariation({2, 4, 4, 4, 5, 5, 7, 9}) == Approx(2.0 / 5.0));
}

TEST_CASE("Hours, pay and contract limits per freelancer over two weeks")
{
    const Insights insights = Insights::compute(InsightTeam().snapshot);
    REQUIRE(insights.weeks.size() == 2);
    CHECK(insights.weeks[0] == InsightWeek{Monday, Monday.addDays(6)});
    CHECK(insights.weeks[1] == InsightWeek{Monday.addDays(7), Monday.addDays(13)});
    REQUIRE(insights.freelancers.size() == 2);

    const FreelancerInsight& ana = *insights.freelancer(Ana);
    CHECK(ana.paidMinutes == 930); // 7.5 h + 4 h + 4 h
    CHECK(ana.minMinutes == 1200); // 10 h a week for two weeks
    CHECK(ana.maxMinutes == 3600);
    CHECK(ana.payCents == 31000);
    CHECK(ana.minPayCents == 40000);
    CHECK(ana.maxPayCents == 120000);
    CHECK(ana.weeklyPayCents == QList<qint64>{23000, 8000});
    // Mean 155.00, standard deviation 75.00.
    REQUIRE(ana.payVariation);
    CHECK(*ana.payVariation == Approx(75.0 / 155.0));

    const FreelancerInsight& ben = *insights.freelancer(Ben);
    CHECK(ben.paidMinutes == 480); // the shift after the period does not count
    CHECK(ben.weeklyPayCents == QList<qint64>{0, 8000});
    CHECK(*ben.payVariation == Approx(1.0));
    CHECK(ben.currency == QStringLiteral("USD"));
}

TEST_CASE("Cost per week is kept apart per currency")
{
    const Insights insights = Insights::compute(InsightTeam().snapshot);
    REQUIRE(insights.costPerWeek.size() == 2);
    CHECK(insights.costPerWeek[0].currency == QStringLiteral("EUR"));
    CHECK(insights.costPerWeek[0].cents == QList<qint64>{23000, 8000});
    CHECK(insights.costPerWeek[1].currency == QStringLiteral("USD"));
    CHECK(insights.costPerWeek[1].cents == QList<qint64>{0, 8000});
}

TEST_CASE("Preferred hours honoured, and hours asked for against hours got")
{
    const Insights insights = Insights::compute(InsightTeam().snapshot);
    const FreelancerInsight& ana = *insights.freelancer(Ana);
    // Mon 08-16 has 4 preferred hours, Tue 08-12 all 4, the second Mon 10-14 two.
    CHECK(ana.shiftMinutes == 960);
    CHECK(ana.preferredShiftMinutes == 600);
    CHECK(*ana.preferredShare() == Approx(0.625));
    // Ten weekdays of 8 hours, less the Friday off; 4 of each day's hours preferred.
    CHECK(ana.availableMinutes == 72 * 60);
    CHECK(ana.preferredMinutes == 36 * 60);

    const FreelancerInsight& ben = *insights.freelancer(Ben);
    CHECK(ben.availableMinutes == 0);
    CHECK(*ben.preferredShare() == 0.0);
    CHECK(*insights.preferredShare() == Approx(600.0 / 1440.0));
}

TEST_CASE("Coverage per skill and day counts scheduled freelancers up to the demand")
{
    const Insights insights = Insights::compute(InsightTeam().snapshot);
    REQUIRE(insights.coverage.size() == 1); // Chat has no demand
    const SkillCoverageInsight& phone = insights.coverage[0];
    CHECK(phone.skillId == Phone);
    REQUIRE(phone.demanded.size() == 14);
    // Monday: 2 wanted in 8 intervals; Ana and the open shift... only Ana is assigned.
    CHECK(phone.demanded[0] == 16);
    CHECK(phone.covered[0] == 8);
    CHECK(*phone.share(0) == Approx(0.5));
    CHECK(*phone.share(1) == Approx(1.0));
    CHECK_FALSE(phone.share(2));
}

TEST_CASE("A week cut by the period's edge is its own shorter week")
{
    InsightTeam team;
    team.snapshot.period = {Monday.addDays(2), Monday.addDays(8)}; // Wednesday to Tuesday
    const Insights insights = Insights::compute(team.snapshot);
    REQUIRE(insights.weeks.size() == 2);
    CHECK(insights.weeks[0] == InsightWeek{Monday.addDays(2), Monday.addDays(6)});
    CHECK(insights.weeks[1] == InsightWeek{Monday.addDays(7), Monday.addDays(8)});
    CHECK(insights.freelancer(Ana)->weeklyPayCents == QList<qint64>{0, 8000});
    CHECK(insights.freelancer(Ana)->minMinutes == 600); // seven days: one week's minimum
}

TEST_CASE("Hours asked for follow a freelancer's travel")
{
    InsightTeam team;
    // Ana spends the second week in Asia/Manila (UTC+8): her 08:00-16:00 is 00:00-08:00 UTC
    // there, still eight hours a weekday, and her second Monday's 10:00-14:00 UTC shift now
    // falls outside every window she gave.
    team.snapshot.availability[Ana].travel.append(
        {NoId, Ana, Monday.addDays(7), Monday.addDays(13), QByteArray("Asia/Manila")});
    const Insights insights = Insights::compute(team.snapshot);
    const FreelancerInsight& ana = *insights.freelancer(Ana);
    CHECK(ana.availableMinutes == 72 * 60);
    CHECK(ana.preferredMinutes == 36 * 60);
    CHECK(ana.preferredShiftMinutes == 480); // only the first week's shifts: 240 + 240
}
