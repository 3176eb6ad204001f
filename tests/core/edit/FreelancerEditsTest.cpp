#include "edit/FreelancerEdits.h"

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
    Id shift = 0;

    Team()
    {
        Freelancer f;
        f.name = QStringLiteral("Ana Souza");
        f.timeZone = "Asia/Manila";
        f.skillIds = {phone};
        ana = FreelancerRepository(*db).add(f);
        AvailabilityRepository(*db).replaceWeekly(
            ana, {{NoId, ana, 1, 540, 780, AvailabilityKind::Preferred}});
        AvailabilityRepository(*db).addTimeOff(
            {NoId, ana, QDate(2026, 12, 1), QDate(2026, 12, 3), QStringLiteral("Exams")});
        AvailabilityRepository(*db).replaceTravel(
            ana, {{NoId, ana, QDate(2026, 12, 7), QDate(2026, 12, 11), "Europe/Lisbon"}});
        Shift s;
        s.start = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
        s.end = s.start.addSecs(8 * 3600);
        s.skillId = phone;
        s.freelancerId = ana;
        shift = ScheduleRepository(*db).add(s);
    }
};

} // namespace

TEST_CASE("Removing a freelancer and undoing it brings back everything, ids included")
{
    Team team;
    const Freelancer before = *FreelancerRepository(*team.db).find(team.ana);
    const Shift shiftBefore = *ScheduleRepository(*team.db).find(team.shift);
    const FreelancerAvailability availabilityBefore =
        AvailabilityRepository(*team.db).forFreelancer(team.ana);

    auto unassign =
        FreelancerRemoval::prepare(*team.db, team.ana, FreelancerRemoval::Shifts::Unassign);
    CHECK(unassign.name() == QStringLiteral("Remove Ana Souza"));
    CHECK(unassign.affectedShifts() == 1);
    unassign.apply(*team.db);
    CHECK_FALSE(FreelancerRepository(*team.db).find(team.ana).has_value());
    CHECK_FALSE(ScheduleRepository(*team.db).find(team.shift)->isAssigned());
    unassign.revert(*team.db);
    CHECK(FreelancerRepository(*team.db).find(team.ana) == before);
    CHECK(ScheduleRepository(*team.db).find(team.shift) == shiftBefore);
    const FreelancerAvailability restored =
        AvailabilityRepository(*team.db).forFreelancer(team.ana);
    CHECK(restored.weekly.size() == 1);
    REQUIRE(restored.timeOff.size() == 1);
    CHECK(restored.timeOff[0].reason == QStringLiteral("Exams"));
    CHECK(restored == availabilityBefore); // travel too, every row with its id

    auto remove = FreelancerRemoval::prepare(*team.db, team.ana, FreelancerRemoval::Shifts::Delete);
    remove.apply(*team.db);
    CHECK_FALSE(ScheduleRepository(*team.db).find(team.shift).has_value());
    remove.revert(*team.db);
    CHECK(ScheduleRepository(*team.db).find(team.shift) == shiftBefore);
}

TEST_CASE("Adding and editing a freelancer are undoable")
{
    Team team;
    Freelancer ben;
    ben.name = QStringLiteral("Ben Reyes");
    ben.timeZone = "America/Bogota";
    FreelancerSave add(std::nullopt, ben);
    add.apply(*team.db);
    const Id benId = add.freelancerId();
    CHECK(FreelancerRepository(*team.db).find(benId)->name == QStringLiteral("Ben Reyes"));
    add.revert(*team.db);
    CHECK_FALSE(FreelancerRepository(*team.db).find(benId).has_value());
    add.apply(*team.db);
    CHECK(add.freelancerId() == benId);

    Freelancer renamed = *FreelancerRepository(*team.db).find(benId);
    const Freelancer original = renamed;
    renamed.name = QStringLiteral("Benjamin Reyes");
    FreelancerSave edit(original, renamed);
    CHECK(edit.name() == QStringLiteral("Edit Benjamin Reyes"));
    edit.apply(*team.db);
    CHECK(FreelancerRepository(*team.db).find(benId)->name == QStringLiteral("Benjamin Reyes"));
    edit.revert(*team.db);
    CHECK(FreelancerRepository(*team.db).find(benId) == original);
}
