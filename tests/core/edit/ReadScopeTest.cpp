// What a freelancer may read: their own shifts, availability and figures, and the team's
// coverage; never anyone else's.
#include "edit/ReadScope.h"
#include "storage/StorageError.h"

#include <catch2/catch.hpp>

using namespace shiftlane;

namespace {

constexpr Id Phone = 1;
constexpr Id Ana = 10;
constexpr Id Ben = 11;
const QDate Monday(2026, 3, 2);

QDateTime utc(QDate day, int hour)
{
    return QDateTime(day, QTime(hour, 0), Qt::UTC);
}

// One week in UTC: Ana (EUR) and Ben (USD) each work Monday; an open shift on Tuesday; demand
// of two on Monday morning; Ben worked the Friday before the period.
struct Team
{
    ScheduleSnapshot snapshot;
    Id nextShift = 100;

    Team()
    {
        snapshot.settings.planningTimeZone = "UTC";
        snapshot.settings.intervalMinutes = 30;
        snapshot.settings.weekStart = 1;
        snapshot.period = {Monday, Monday.addDays(6)};
        snapshot.skills = {{Phone, QStringLiteral("Phone"), QStringLiteral("#1f77b4")}};
        Freelancer ana;
        ana.id = Ana;
        ana.name = QStringLiteral("Ana Souza");
        ana.timeZone = "Europe/Lisbon";
        ana.hourlyRateCents = 2000;
        ana.currency = QStringLiteral("EUR");
        ana.skillIds = {Phone};
        Freelancer ben = ana;
        ben.id = Ben;
        ben.name = QStringLiteral("Ben Reyes");
        ben.timeZone = "America/Bogota";
        ben.hourlyRateCents = 1500;
        ben.currency = QStringLiteral("USD");
        snapshot.freelancers = {ana, ben};
        for (const Id who : {Ana, Ben}) {
            FreelancerAvailability said;
            for (int day = 1; day <= 5; ++day)
                said.weekly.append({NoId, who, day, 8 * 60, 16 * 60, AvailabilityKind::Preferred});
            snapshot.availability.insert(who, said);
        }
        for (int interval = 16; interval < 24; ++interval) // Monday 08:00-12:00
            snapshot.demand.append({Phone, Monday, interval, 2});
        snapshot.shifts = {shift(utc(Monday, 8), utc(Monday, 12), Ana),
                           shift(utc(Monday, 8), utc(Monday, 16), Ben),
                           shift(utc(Monday.addDays(1), 8), utc(Monday.addDays(1), 12), {})};
        snapshot.history = {shift(utc(Monday.addDays(-3), 8), utc(Monday.addDays(-3), 12), Ben)};
    }

    Shift shift(const QDateTime& start, const QDateTime& end, std::optional<Id> who)
    {
        Shift s;
        s.id = nextShift++;
        s.start = start;
        s.end = end;
        s.skillId = Phone;
        s.freelancerId = who;
        return s;
    }
};

QList<Id> idsOf(const QList<Shift>& shifts)
{
    QList<Id> ids;
    for (const Shift& s : shifts)
        ids.append(s.id);
    return ids;
}

} // namespace

TEST_CASE("The team lead's scope reads the whole team")
{
    const Team team;
    const ReadScope lead(Actor::teamLead());
    CHECK(lead.isWholeTeam());
    CHECK_FALSE(lead.onlyFreelancer().has_value());
    CHECK(lead.mayRead(Ben));
    CHECK(lead.mayRead(team.snapshot.shifts[2])); // the open shift
    const ScheduleSnapshot all = lead.restrict(team.snapshot);
    CHECK(all.freelancers.size() == 2);
    CHECK(idsOf(all.shifts) == idsOf(team.snapshot.shifts));
    CHECK(all.availability.size() == 2);
    const Insights insights = lead.restrict(Insights::compute(team.snapshot));
    CHECK(insights.freelancers.size() == 2);
    CHECK(insights.costPerWeek.size() == 2);
    CHECK(lead.restrict(ScheduleReport::build(team.snapshot)).rows.size() == 3); // and Unassigned
}

TEST_CASE("A freelancer's scope keeps their own shifts and availability and the demand")
{
    const Team team;
    const ReadScope ana(Actor::freelancer(Ana, QStringLiteral("Ana Souza")));
    CHECK_FALSE(ana.isWholeTeam());
    CHECK(ana.onlyFreelancer() == Ana);
    CHECK(ana.mayRead(Ana));
    CHECK_FALSE(ana.mayRead(Ben));
    CHECK(ana.mayRead(team.snapshot.shifts[0]));
    CHECK_FALSE(ana.mayRead(team.snapshot.shifts[1]));
    CHECK_FALSE(ana.mayRead(team.snapshot.shifts[2])); // open shifts are the team lead's

    const ScheduleSnapshot own = ana.restrict(team.snapshot);
    REQUIRE(own.freelancers.size() == 1);
    CHECK(own.freelancers[0].name == QStringLiteral("Ana Souza"));
    CHECK(own.availability.keys() == QList<Id>{Ana});
    CHECK(idsOf(own.shifts) == QList<Id>{100});
    CHECK(own.history.isEmpty()); // Ben's Friday
    CHECK(own.demand.size() == team.snapshot.demand.size());
    CHECK(own.skills.size() == 1);
    CHECK(own.period.first == Monday);

    CHECK(ana.freelancers(team.snapshot.freelancers).size() == 1);
    CHECK(idsOf(ana.shifts(team.snapshot.shifts)) == QList<Id>{100});

    try {
        ana.requireMayRead(Ben, QStringLiteral("Ben Reyes"));
        FAIL("reading Ben's data was allowed");
    } catch (const StorageError& error) {
        CHECK(error.kind() == StorageError::Kind::NotAllowed);
        CHECK(error.message().contains(QStringLiteral("Ana Souza")));
        CHECK(error.message().contains(QStringLiteral("cannot see the shifts or availability "
                                                      "of Ben Reyes")));
    }
    CHECK_NOTHROW(ana.requireMayRead(Ana, QStringLiteral("Ana Souza")));
}

TEST_CASE("A freelancer's insights are their own figures and the whole team's coverage")
{
    const Team team;
    const ReadScope ana(Actor::freelancer(Ana, QStringLiteral("Ana Souza")));
    const Insights whole = Insights::compute(team.snapshot);
    const Insights own = ana.restrict(whole);
    REQUIRE(own.freelancers.size() == 1);
    CHECK(own.freelancers[0].freelancerId == Ana);
    CHECK(own.freelancers[0].paidMinutes == 4 * 60);
    CHECK(own.freelancers[0].payCents == 8000);
    CHECK(own.costPerWeek.isEmpty()); // the team's cost adds up Ben's pay
    // Both count towards Monday's demand of two from 08:00 to 12:00: fully met.
    REQUIRE(own.coverage.size() == 1);
    CHECK(own.coverage[0].demanded == whole.coverage[0].demanded);
    CHECK(own.coverage[0].covered == whole.coverage[0].covered);
    CHECK(own.coverage[0].share(0) == Approx(1.0));
    // Computed from Ana's part alone, coverage would look half met: why it comes from the whole.
    CHECK(Insights::compute(ana.restrict(team.snapshot)).coverage[0].share(0) == Approx(0.5));
}

TEST_CASE("A freelancer's printed schedule has their row and sheet, totals of their own pay")
{
    const Team team;
    const ReadScope ana(Actor::freelancer(Ana, QStringLiteral("Ana Souza")));
    const ScheduleReport whole = ScheduleReport::build(team.snapshot);
    const ScheduleReport own = ana.restrict(whole);
    REQUIRE(own.rows.size() == 1);
    CHECK(own.rows[0].freelancerId == Ana);
    REQUIRE(own.sheets.size() == 1);
    CHECK(own.sheets[0].name == QStringLiteral("Ana Souza"));
    CHECK(own.paidMinutes == 4 * 60);
    CHECK(own.payByCurrency.keys() == QStringList{QStringLiteral("EUR")});
    CHECK(own.payByCurrency.value(QStringLiteral("EUR")) == 8000);
    CHECK(own.totalPay().contains(QStringLiteral("80")));
    CHECK_FALSE(own.totalPay().contains(QStringLiteral("USD")));
    // The coverage pages are the team's.
    CHECK(own.coverage.size() == whole.coverage.size());
    CHECK(own.unmet.size() == whole.unmet.size());
    CHECK(own.coveredSkills == whole.coveredSkills);
}
