#include "edit/ScheduleEditor.h"
#include "storage/Repositories.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace shiftlane;

namespace {

// 30 November 2026 and the days after it, as UTC seconds.
qint64 at(int day, int hour, int minute = 0)
{
    const QDate date = day >= 30 ? QDate(2026, 11, day) : QDate(2026, 12, day);
    return QDateTime(date, QTime(hour, minute), Qt::UTC).toSecsSinceEpoch();
}

// A small team planned in Lisbon (UTC+0 in winter, so UTC reads as local time).
struct Team
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db = Database::create(dir.filePath(QStringLiteral("t.shiftlane")));
    Id phone = 0;
    Id ana = 0;
    Id ben = 0;
    Id morning = 0;
    Id shift = 0;
    PlanningPeriod period{QDate(2026, 11, 30), QDate(2026, 12, 6)};

    Team()
    {
        PlanningSettings settings;
        settings.planningTimeZone = "Europe/Lisbon";
        settings.intervalMinutes = 15;
        SettingsRepository(*db).save(settings);
        phone =
            SkillRepository(*db).add({NoId, QStringLiteral("Phone"), QStringLiteral("#111111")});
        Freelancer f;
        f.timeZone = "Europe/Lisbon";
        f.skillIds = {phone};
        f.name = QStringLiteral("Ana");
        ana = FreelancerRepository(*db).add(f);
        f.name = QStringLiteral("Ben");
        ben = FreelancerRepository(*db).add(f);
        morning = TemplateRepository(*db).add(
            {NoId, QStringLiteral("Morning"), 8 * 60, 8 * 60, 30, phone, QString()});
        Shift s;
        s.start = QDateTime::fromSecsSinceEpoch(at(30, 9), Qt::UTC);
        s.end = QDateTime::fromSecsSinceEpoch(at(30, 17), Qt::UTC);
        s.skillId = phone;
        s.freelancerId = ana;
        s.unpaidBreakMinutes = 30;
        shift = ScheduleRepository(*db).add(s);
    }

    ScheduleSnapshot snapshot() { return ScheduleSnapshot::load(*db, period); }
    QList<Shift> stored()
    {
        return ScheduleRepository(*db).overlapping(
            {at(30, 0) - 40 * 86400, at(30, 0) + 40 * 86400});
    }
};

} // namespace

TEST_CASE("Dragging a shift to another freelancer and time moves it, snapped to the interval")
{
    Team team;
    const ScheduleSnapshot snapshot = team.snapshot();
    const ScheduleEditor editor(snapshot);
    auto move = editor.requestPlace({{team.shift, at(30, 11, 7), at(30, 19, 7), team.ben}});
    REQUIRE(move.has_value());
    CHECK(move->name() == QStringLiteral("Move shift"));
    move->apply(*team.db);
    const Shift moved = *ScheduleRepository(*team.db).find(team.shift);
    CHECK(moved.freelancerId == team.ben);
    CHECK(moved.start.toSecsSinceEpoch() == at(30, 11, 0));
    CHECK(moved.end.toSecsSinceEpoch() == at(30, 19, 0));
}

TEST_CASE("Undo after redo restores the database exactly")
{
    Team team;
    const QList<Shift> original = team.stored();
    const ScheduleSnapshot snapshot = team.snapshot();
    auto resize =
        ScheduleEditor(snapshot).requestPlace({{team.shift, at(30, 9), at(30, 12), team.ana}});
    REQUIRE(resize.has_value());
    CHECK(resize->name() == QStringLiteral("Resize shift"));
    resize->apply(*team.db);
    CHECK(team.stored().first().lengthMinutes() == 180);
    resize->revert(*team.db);
    CHECK(team.stored() == original);
    resize->apply(*team.db);
    resize->revert(*team.db);
    CHECK(team.stored() == original);
}

TEST_CASE("A resize never leaves a shift shorter than one interval")
{
    Team team;
    const ScheduleSnapshot snapshot = team.snapshot();
    auto squash =
        ScheduleEditor(snapshot).requestPlace({{team.shift, at(30, 9), at(30, 8), team.ana}});
    REQUIRE(squash.has_value());
    squash->apply(*team.db);
    CHECK(ScheduleRepository(*team.db).find(team.shift)->lengthMinutes() == 15);
}

TEST_CASE("Copies, deletions and template shifts keep their ids through undo and redo")
{
    Team team;
    const QList<Shift> original = team.stored();
    ScheduleSnapshot snapshot = team.snapshot();
    ScheduleEditor editor(snapshot);

    auto copy = editor.requestCopy({{team.shift, at(1, 9), 0, team.ben}});
    REQUIRE(copy.has_value());
    copy->apply(*team.db);
    REQUIRE(team.stored().size() == 2);
    const Id copyId = copy->after().first().id;
    CHECK(copyId != team.shift);
    copy->revert(*team.db);
    CHECK(team.stored() == original);
    copy->apply(*team.db);
    CHECK(ScheduleRepository(*team.db).find(copyId).has_value());

    snapshot = team.snapshot();
    auto create =
        ScheduleEditor(snapshot).requestCreate(team.morning, QDate(2026, 12, 2), std::nullopt);
    REQUIRE(create.has_value());
    CHECK(create->name() == QStringLiteral("Add Morning shift"));
    create->apply(*team.db);
    const Shift created = *ScheduleRepository(*team.db).find(create->after().first().id);
    CHECK(created.start.toSecsSinceEpoch() == at(2, 8));
    CHECK(created.end.toSecsSinceEpoch() == at(2, 16));
    CHECK_FALSE(created.isAssigned());
    CHECK(created.unpaidBreakMinutes == 30);

    snapshot = team.snapshot();
    const QList<Shift> beforeDelete = team.stored();
    auto remove = ScheduleEditor(snapshot).requestDelete({team.shift, copyId});
    REQUIRE(remove.has_value());
    remove->apply(*team.db);
    CHECK(team.stored().size() == 1);
    remove->revert(*team.db);
    CHECK(team.stored() == beforeDelete);
}

TEST_CASE("Pinning and assigning are their own undoable changes")
{
    Team team;
    const QList<Shift> original = team.stored();
    const ScheduleSnapshot snapshot = team.snapshot();
    const ScheduleEditor editor(snapshot);
    auto pin = editor.requestSetPinned({team.shift}, true);
    REQUIRE(pin.has_value());
    CHECK(pin->name() == QStringLiteral("Pin shift"));
    CHECK_FALSE(editor.requestSetPinned({team.shift}, false).has_value()); // already unpinned
    pin->apply(*team.db);
    CHECK(ScheduleRepository(*team.db).find(team.shift)->pinned);
    pin->revert(*team.db);

    auto unassign = editor.requestAssign({team.shift}, std::nullopt);
    REQUIRE(unassign.has_value());
    unassign->apply(*team.db);
    CHECK_FALSE(ScheduleRepository(*team.db).find(team.shift)->isAssigned());
    unassign->revert(*team.db);
    CHECK(team.stored() == original);
    CHECK_FALSE(editor.requestAssign({team.shift}, team.ana).has_value());
    CHECK_FALSE(editor.requestPlace({{4242, at(30, 9), at(30, 10), team.ana}}).has_value());
}

TEST_CASE("An edit made stale by another window is refused and writes nothing")
{
    Team team;
    const ScheduleSnapshot snapshot = team.snapshot();
    auto move =
        ScheduleEditor(snapshot).requestPlace({{team.shift, at(30, 10), at(30, 18), team.ben}});
    REQUIRE(move.has_value());
    // Meanwhile someone else pins the shift.
    Shift elsewhere = *ScheduleRepository(*team.db).find(team.shift);
    elsewhere.pinned = true;
    ScheduleRepository(*team.db).update(elsewhere);
    CHECK_THROWS_AS(move->apply(*team.db), StorageError);
    CHECK(ScheduleRepository(*team.db).find(team.shift) == elsewhere);
}
