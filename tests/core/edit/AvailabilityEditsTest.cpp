#include "edit/AvailabilityEdits.h"
#include "storage/Repositories.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace shiftlane;

namespace {

struct Team
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db = Database::create(dir.filePath(QStringLiteral("t.shiftlane")));
    Id ana = add(QStringLiteral("Ana Souza"), "Asia/Manila");
    Id ben = add(QStringLiteral("Ben Reyes"), "America/Bogota");
    QDateTime now = QDateTime(QDate(2026, 11, 25), QTime(8, 30), Qt::UTC);

    Team()
    {
        AvailabilityRepository(*db).replaceWeekly(
            ana, {{NoId, ana, 1, 9 * 60, 13 * 60, AvailabilityKind::Available}});
    }

    Id add(const QString& name, const char* zone)
    {
        Freelancer f;
        f.name = name;
        f.timeZone = zone;
        return FreelancerRepository(*db).add(f);
    }

    AvailabilitySave::Clock clock()
    {
        return [this] { return now; };
    }
};

FreelancerAvailability painted(Id who)
{
    FreelancerAvailability a;
    a.weekly = {{NoId, who, 1, 9 * 60, 17 * 60, AvailabilityKind::Preferred},
                {NoId, who, 2, 9 * 60, 17 * 60, AvailabilityKind::Available}};
    a.timeOff = {{NoId, who, QDate(2026, 12, 24), QDate(2026, 12, 26), QStringLiteral("Family")}};
    a.travel = {{NoId, who, QDate(2027, 1, 4), QDate(2027, 1, 8), "Europe/Lisbon"}};
    return a;
}

} // namespace

TEST_CASE("Saving availability writes it and an audit line in one step: undo and redo too")
{
    Team team;
    const FreelancerAvailability before = AvailabilityRepository(*team.db).forFreelancer(team.ana);
    auto save = AvailabilitySave::prepare(*team.db, Actor::teamLead(), team.ana, painted(team.ana),
                                          team.clock());
    CHECK(save.name() == QStringLiteral("Change the availability of Ana Souza"));
    CHECK(save.summary() ==
          QStringLiteral("Weekly hours changed on Mon, Tue (4 h → 16 h a week, 8 h preferred); "
                         "time off 24 Dec–26 Dec 2026 (Family) added; travel to Europe/Lisbon "
                         "4 Jan–8 Jan 2027 added"));
    save.apply(*team.db);

    const FreelancerAvailability stored = AvailabilityRepository(*team.db).forFreelancer(team.ana);
    REQUIRE(stored.weekly.size() == 2);
    CHECK(stored.weekly[0].kind == AvailabilityKind::Preferred);
    CHECK(stored.timeOff.size() == 1);
    CHECK(stored.travel.size() == 1);
    QList<AvailabilityChange> audit = AvailabilityAuditRepository(*team.db).forFreelancer(team.ana);
    REQUIRE(audit.size() == 1);
    CHECK(audit[0].actor == QStringLiteral("Team lead"));
    CHECK(audit[0].atUtc == team.now);
    CHECK(audit[0].summary == save.summary());

    team.now = team.now.addSecs(60);
    save.revert(*team.db);
    CHECK(AvailabilityRepository(*team.db).forFreelancer(team.ana) == before);
    audit = AvailabilityAuditRepository(*team.db).forFreelancer(team.ana);
    REQUIRE(audit.size() == 2);
    CHECK(audit[0].summary.startsWith(QStringLiteral("Undone: Weekly hours changed")));

    team.now = team.now.addSecs(60);
    save.apply(*team.db);
    CHECK(AvailabilityRepository(*team.db).forFreelancer(team.ana) == stored);
    CHECK(AvailabilityAuditRepository(*team.db).forFreelancer(team.ana).size() == 3);
    CHECK(AvailabilityAuditRepository(*team.db).forFreelancer(team.ben).isEmpty());
}

TEST_CASE("A freelancer may change their own availability and nobody else's")
{
    Team team;
    const Actor ana = Actor::freelancer(team.ana, QStringLiteral("Ana Souza"));
    auto own = AvailabilitySave::prepare(*team.db, ana, team.ana, painted(team.ana), team.clock());
    own.apply(*team.db);
    CHECK(AvailabilityAuditRepository(*team.db).forFreelancer(team.ana).first().actor ==
          QStringLiteral("Ana Souza"));

    try {
        AvailabilitySave::prepare(*team.db, ana, team.ben, painted(team.ben), team.clock());
        FAIL("Ana changed Ben's availability");
    } catch (const StorageError& error) {
        CHECK(error.kind() == StorageError::Kind::NotAllowed);
        CHECK(error.message().contains(QStringLiteral("Ben Reyes")));
    }
    CHECK(AvailabilityRepository(*team.db).forFreelancer(team.ben).weekly.isEmpty());
    CHECK(AvailabilityAuditRepository(*team.db).forFreelancer(team.ben).isEmpty());
}

TEST_CASE("A refused save writes neither the availability nor an audit line")
{
    Team team;
    FreelancerAvailability overlapping = painted(team.ana);
    overlapping.travel.append({NoId, team.ana, QDate(2027, 1, 6), QDate(2027, 1, 9), "Asia/Dubai"});
    const FreelancerAvailability before = AvailabilityRepository(*team.db).forFreelancer(team.ana);
    auto save =
        AvailabilitySave::prepare(*team.db, Actor::teamLead(), team.ana, overlapping, team.clock());
    CHECK_THROWS_AS(save.apply(*team.db), StorageError);
    CHECK(AvailabilityRepository(*team.db).forFreelancer(team.ana) == before);
    CHECK(AvailabilityAuditRepository(*team.db).forFreelancer(team.ana).isEmpty());
}

TEST_CASE("Saving what is already there changes nothing")
{
    Team team;
    const FreelancerAvailability current = AvailabilityRepository(*team.db).forFreelancer(team.ana);
    FreelancerAvailability sameHours;
    sameHours.weekly = {{NoId, team.ana, 1, 9 * 60, 11 * 60, AvailabilityKind::Available},
                        {NoId, team.ana, 1, 11 * 60, 13 * 60, AvailabilityKind::Available}};
    CHECK(AvailabilitySave::prepare(*team.db, Actor::teamLead(), team.ana, current, team.clock())
              .changesNothing());
    CHECK(AvailabilitySave::prepare(*team.db, Actor::teamLead(), team.ana, sameHours, team.clock())
              .changesNothing());
}
