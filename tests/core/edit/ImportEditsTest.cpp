#include "edit/ImportEdits.h"
#include "storage/Repositories.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace shiftlane;

namespace {

struct Team
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db = Database::create(dir.filePath(QStringLiteral("t.shiftlane")));
    Id phone = SkillRepository(*db).add({NoId, QStringLiteral("Phone"), QStringLiteral("#111111")});
    Id ana = 0;
    Id ben = 0;

    Team()
    {
        Freelancer f;
        f.name = QStringLiteral("Ana Souza");
        f.timeZone = "Asia/Manila";
        f.skillIds = {phone};
        ana = FreelancerRepository(*db).add(f);
        f.name = QStringLiteral("Ben Reyes");
        f.timeZone = "America/Bogota";
        ben = FreelancerRepository(*db).add(f);
        AvailabilityRepository(*db).replaceWeekly(
            ben, {{NoId, ben, 2, 600, 720, AvailabilityKind::Preferred}});
    }
};

const QByteArray GoodFreelancers = "name,time_zone,skills,hourly_rate\r\n"
                                   "Ana Souza,Asia/Manila,Phone|Video,21.00\r\n"
                                   "Chen Wei,Asia/Shanghai,Chat,19.50\r\n";

} // namespace

TEST_CASE("An import is one step: undo removes exactly what it added and changed, redo brings "
          "it back with the same ids")
{
    Team team;
    const QList<Freelancer> before = FreelancerRepository(*team.db).all();
    const QList<Skill> skillsBefore = SkillRepository(*team.db).all();

    CsvImport import = CsvImport::prepare(*team.db, Actor::teamLead(), CsvImport::Kind::Freelancers,
                                          GoodFreelancers, QStringLiteral("team.csv"));
    REQUIRE_FALSE(import.hasProblems());
    // Preparing wrote nothing.
    CHECK(FreelancerRepository(*team.db).all() == before);
    CHECK(SkillRepository(*team.db).all() == skillsBefore);
    CHECK(import.summary() ==
          QStringLiteral("Imported team.csv: 1 freelancer(s) added, 1 updated; new skills: Chat, "
                         "Video."));

    import.apply(*team.db);
    const QList<Freelancer> after = FreelancerRepository(*team.db).all();
    REQUIRE(after.size() == 3);
    CHECK(after[0].hourlyRateCents == 2100); // Ana updated
    CHECK(after[0].skillIds.size() == 2);
    CHECK(after[2].name == QStringLiteral("Chen Wei"));
    CHECK(SkillRepository(*team.db).all().size() == 3);

    import.revert(*team.db);
    CHECK(FreelancerRepository(*team.db).all() == before);
    CHECK(SkillRepository(*team.db).all() == skillsBefore);
    // Ben, whom the file does not name, kept his availability throughout.
    CHECK(AvailabilityRepository(*team.db).forFreelancer(team.ben).weekly.size() == 1);

    import.apply(*team.db);
    CHECK(FreelancerRepository(*team.db).all() == after);
}

TEST_CASE("A file with problems gives every problem and writes nothing")
{
    Team team;
    const QByteArray bad = "name,time_zone,hourly_rate\n"
                           "Ana Souza,Mars/Olympus,21.00\n"
                           "Chen Wei,Asia/Shanghai,a lot\n"
                           "Dora Lee,Europe/Lisbon,18.00\n";
    CsvImport import = CsvImport::prepare(*team.db, Actor::teamLead(), CsvImport::Kind::Freelancers,
                                          bad, QStringLiteral("bad.csv"));
    REQUIRE(import.hasProblems());
    REQUIRE(import.report().problems.size() == 2);
    CHECK(import.report().problems[0].line == 2);
    CHECK(import.report().problems[0].column == QStringLiteral("time_zone"));
    CHECK(import.report().problems[1].line == 3);
    CHECK(import.report().problems[1].column == QStringLiteral("hourly_rate"));
    CHECK(FreelancerRepository(*team.db).all().size() == 2); // Dora was not added either
    CHECK_THROWS_AS(import.apply(*team.db), StorageError);
    CHECK(FreelancerRepository(*team.db).all().size() == 2);
}

TEST_CASE("Availability import: undo restores each named freelancer's availability: a freelancer "
          "may import only their own")
{
    Team team;
    const QByteArray file = "freelancer,kind,day,start,end,until,reason\n"
                            "Ben Reyes,available,Monday,08:00,12:00,,\n"
                            "Ben Reyes,time_off,2026-12-24,,,2026-12-26,Holidays\n";
    const FreelancerAvailability benBefore =
        AvailabilityRepository(*team.db).forFreelancer(team.ben);
    CsvImport import =
        CsvImport::prepare(*team.db, Actor::teamLead(), CsvImport::Kind::Availability, file,
                           QStringLiteral("ben.csv"));
    REQUIRE_FALSE(import.hasProblems());
    import.apply(*team.db);
    const FreelancerAvailability benAfter =
        AvailabilityRepository(*team.db).forFreelancer(team.ben);
    REQUIRE(benAfter.weekly.size() == 1);
    CHECK(benAfter.weekly[0].dayOfWeek == 1);
    CHECK(benAfter.timeOff.size() == 1);
    import.revert(*team.db);
    const FreelancerAvailability restored =
        AvailabilityRepository(*team.db).forFreelancer(team.ben);
    CHECK(restored.weekly == benBefore.weekly);
    CHECK(restored.timeOff.isEmpty());

    // As Ana: her own rows are fine, Ben's are not; freelancers cannot be imported at all.
    const Actor ana = Actor::freelancer(team.ana, QStringLiteral("Ana Souza"));
    try {
        CsvImport::prepare(*team.db, ana, CsvImport::Kind::Availability, file,
                           QStringLiteral("ben.csv"));
        FAIL("a freelancer imported someone else's availability");
    } catch (const StorageError& error) {
        CHECK(error.kind() == StorageError::Kind::NotAllowed);
        CHECK(error.message().contains(QStringLiteral("Ben Reyes")));
    }
    CHECK(AvailabilityRepository(*team.db).forFreelancer(team.ben).weekly == benBefore.weekly);
    const QByteArray own =
        "freelancer,kind,day,start,end\nAna Souza,preferred,Friday,09:00,13:00\n";
    CHECK_FALSE(CsvImport::prepare(*team.db, ana, CsvImport::Kind::Availability, own,
                                   QStringLiteral("me.csv"))
                    .hasProblems());
    CHECK_THROWS_AS(CsvImport::prepare(*team.db, ana, CsvImport::Kind::Freelancers, GoodFreelancers,
                                       QStringLiteral("team.csv")),
                    StorageError);
}

TEST_CASE("Availability import of travel is one step: undo brings back the trips it replaced")
{
    Team team;
    AvailabilityRepository repository(*team.db);
    repository.replaceTravel(
        team.ben, {{NoId, team.ben, QDate(2026, 3, 2), QDate(2026, 3, 6), "Europe/Madrid"}});
    const FreelancerAvailability before = repository.forFreelancer(team.ben);
    const QByteArray file = "freelancer,kind,day,until,time_zone,start,end\n"
                            "Ben Reyes,available,Tuesday,,,10:00,12:00\n"
                            "Ben Reyes,travel,2026-06-08,2026-06-14,Asia/Dubai,,\n";
    CsvImport import =
        CsvImport::prepare(*team.db, Actor::teamLead(), CsvImport::Kind::Availability, file,
                           QStringLiteral("trip.csv"));
    REQUIRE_FALSE(import.hasProblems());
    CHECK(repository.forFreelancer(team.ben) == before); // prepare writes nothing
    import.apply(*team.db);
    const FreelancerAvailability after = repository.forFreelancer(team.ben);
    REQUIRE(after.travel.size() == 1);
    CHECK(after.travel[0].timeZone == "Asia/Dubai");
    import.revert(*team.db);
    CHECK(repository.forFreelancer(team.ben) == before);
    import.apply(*team.db);
    CHECK(repository.forFreelancer(team.ben) == after);

    // Ana said nothing yet; a file with only her trip changes only her travel, and that is
    // still a change to apply and undo.
    const QByteArray onlyTravel = "freelancer,kind,day,until,time_zone\n"
                                  "Ana Souza,travel,2026-07-01,2026-07-02,Asia/Tokyo\n";
    CsvImport second =
        CsvImport::prepare(*team.db, Actor::teamLead(), CsvImport::Kind::Availability, onlyTravel,
                           QStringLiteral("trip2.csv"));
    REQUIRE_FALSE(second.hasProblems());
    second.apply(*team.db);
    REQUIRE(repository.forFreelancer(team.ana).travel.size() == 1);
    CHECK(repository.forFreelancer(team.ana).travel[0].timeZone == "Asia/Tokyo");
    second.revert(*team.db);
    CHECK(repository.forFreelancer(team.ana).travel.isEmpty());
    CHECK(repository.forFreelancer(team.ben) == after);
}

TEST_CASE("An availability import leaves a line in each changed freelancer's history, and so "
          "does its undo")
{
    Team team;
    const QDateTime at(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
    const QByteArray file = "freelancer,kind,day,start,end,until,reason\n"
                            "Ben Reyes,available,Monday,08:00,12:00,,\n"
                            "Ana Souza,time_off,2026-12-24,,,2026-12-26,Holidays\n";
    CsvImport import =
        CsvImport::prepare(*team.db, Actor::teamLead(), CsvImport::Kind::Availability, file,
                           QStringLiteral("week.csv"), [&] { return at; });
    REQUIRE_FALSE(import.hasProblems());
    AvailabilityAuditRepository audit(*team.db);
    CHECK(audit.forFreelancer(team.ben).isEmpty()); // checking the file records nothing

    import.apply(*team.db);
    const QList<AvailabilityChange> ben = audit.forFreelancer(team.ben);
    REQUIRE(ben.size() == 1);
    CHECK(ben[0].atUtc == at);
    CHECK(ben[0].actor == Actor::teamLead().displayName());
    CHECK(ben[0].summary.startsWith(QStringLiteral("Imported from week.csv: ")));
    const QList<AvailabilityChange> ana = audit.forFreelancer(team.ana);
    REQUIRE(ana.size() == 1);
    CHECK(ana[0].summary.contains(QStringLiteral("Holidays")));

    import.revert(*team.db);
    const QList<AvailabilityChange> benAfterUndo = audit.forFreelancer(team.ben);
    REQUIRE(benAfterUndo.size() == 2);
    CHECK(benAfterUndo[0].summary.startsWith(QStringLiteral("Undone: import from week.csv")));
}

TEST_CASE("A freelancer's own availability import is recorded under their name")
{
    Team team;
    const Actor ana = Actor::freelancer(team.ana, QStringLiteral("Ana Souza"));
    CsvImport import = CsvImport::prepare(
        *team.db, ana, CsvImport::Kind::Availability,
        "freelancer,kind,day,start,end\nAna Souza,preferred,Friday,09:00,13:00\n",
        QStringLiteral("me.csv"));
    REQUIRE_FALSE(import.hasProblems());
    import.apply(*team.db);
    const QList<AvailabilityChange> history =
        AvailabilityAuditRepository(*team.db).forFreelancer(team.ana);
    REQUIRE(history.size() == 1);
    CHECK(history[0].actor == QStringLiteral("Ana Souza"));
    CHECK(AvailabilityAuditRepository(*team.db).forFreelancer(team.ben).isEmpty());
}
