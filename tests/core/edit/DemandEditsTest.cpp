#include "edit/DemandEdits.h"
#include "staffing/DemandExpansion.h"
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

    DemandPlan mondayPeak(double value) const
    {
        DemandPlan plan;
        plan.skillId = phone;
        plan.weekly[0] = DemandCurve(48, 0.0);
        plan.weekly[0][20] = value;
        return plan;
    }
};

} // namespace

TEST_CASE("Saving a demand plan is one step that undo takes back")
{
    Team team;
    DemandRepository demand(*team.db);
    const QDate monday(2026, 12, 7);

    auto first = DemandPlanSave::prepare(*team.db, Actor::teamLead(), team.mondayPeak(2),
                                         QStringLiteral("Phone"));
    CHECK(first.name() == QStringLiteral("Change demand of Phone"));
    first.apply(*team.db);
    CHECK(demand.between(monday, monday) == QList<DemandInterval>{{team.phone, monday, 20, 2}});

    auto second = DemandPlanSave::prepare(*team.db, Actor::teamLead(), team.mondayPeak(5),
                                          QStringLiteral("Phone"));
    second.apply(*team.db);
    CHECK(demand.between(monday, monday).first().required == 5);
    second.revert(*team.db);
    CHECK(demand.between(monday, monday).first().required == 2);
    first.revert(*team.db);
    CHECK(demand.between(monday, monday).isEmpty());
    CHECK_FALSE(demand.hasPlan(team.phone)); // back to never planned
    first.apply(*team.db);                   // redo
    CHECK(demand.plan(team.phone).weekly[0].value(20) == 2);
}

TEST_CASE("A freelancer cannot change the demand, and a bad plan is refused before saving")
{
    Team team;
    try {
        DemandPlanSave::prepare(*team.db, Actor::freelancer(9, QStringLiteral("Ana Souza")),
                                team.mondayPeak(2), QStringLiteral("Phone"));
        FAIL("a freelancer changed the demand");
    } catch (const StorageError& error) {
        CHECK(error.kind() == StorageError::Kind::NotAllowed);
        CHECK(error.message().contains(QStringLiteral("cannot change the demand")));
    }
    try {
        DemandPlanSave::prepare(*team.db, Actor::teamLead(), team.mondayPeak(-3),
                                QStringLiteral("Phone"));
        FAIL("a negative headcount was accepted");
    } catch (const StorageError& error) {
        CHECK(error.kind() == StorageError::Kind::Invalid);
        CHECK(error.message().contains(QStringLiteral("Monday, interval 21")));
    }
    CHECK_FALSE(DemandRepository(*team.db).hasPlan(team.phone));
}

TEST_CASE("A plan converted to the file's interval length is saved with it, and undo brings the "
          "plan as it was entered back")
{
    Team team;
    DemandRepository demand(*team.db);
    const QDate monday(2026, 12, 7);
    DemandPlan quarterHours = team.mondayPeak(0);
    quarterHours.intervalMinutes = 15;
    quarterHours.weekly[0] = DemandCurve(96, 0.0);
    quarterHours.weekly[0][40] = 1;
    quarterHours.weekly[0][41] = 4;
    DemandPlanSave::prepare(*team.db, Actor::teamLead(), quarterHours, QStringLiteral("Phone"))
        .apply(*team.db);
    CHECK(demand.between(monday, monday) == QList<DemandInterval>{{team.phone, monday, 20, 4}});

    auto convert = DemandPlanSave::prepare(*team.db, Actor::teamLead(),
                                           DemandExpansion::convertPlan(quarterHours, 30),
                                           QStringLiteral("Phone"));
    convert.apply(*team.db);
    CHECK(demand.plan(team.phone).intervalMinutes == 30);
    CHECK(demand.between(monday, monday) == QList<DemandInterval>{{team.phone, monday, 20, 4}});
    convert.revert(*team.db);
    const DemandPlan restored = demand.plan(team.phone);
    CHECK(restored.intervalMinutes == 15);
    CHECK(restored.weekly[0].mid(40) == QList<double>{1, 4}); // stored up to the last value

    DemandPlan odd = quarterHours;
    odd.intervalMinutes = 20;
    odd.weekly[0] = DemandCurve(72, 1.0);
    try {
        DemandPlanSave::prepare(*team.db, Actor::teamLead(), odd, QStringLiteral("Phone"));
        FAIL("a plan in 20-minute intervals was accepted in a file of 30-minute intervals");
    } catch (const StorageError& error) {
        CHECK(error.kind() == StorageError::Kind::Invalid);
        CHECK(error.message().contains(QStringLiteral("The demand of Phone")));
    }
}
