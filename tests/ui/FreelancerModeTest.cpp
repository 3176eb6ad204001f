// Freelancer mode: one freelancer sees their own shifts in their own zone and cannot change
// anyone else's data, through the window's gestures or the requests and panels underneath.
#include "MainWindow.h"
#include "demand/DemandDayModel.h"
#include "demand/DemandPanel.h"
#include "edit/FreelancerEdits.h"
#include "edit/ScheduleEditor.h"
#include "people/FreelancerDialog.h"
#include "people/FreelancersPanel.h"
#include "storage/Repositories.h"
#include "timeline/TimelineView.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace shiftlane;
using namespace shiftlane::ui;

namespace {

const QDate Monday(2026, 11, 30);

struct Team
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("team.shiftlane"));
    Id phone = 0;
    Id ana = 0;
    Id zoe = 0;
    Id anaShift = 0;
    Id zoeShift = 0;

    Team()
    {
        auto db = Database::create(path);
        PlanningSettings settings;
        settings.planningTimeZone = "Europe/Lisbon";
        SettingsRepository(*db).save(settings);
        phone =
            SkillRepository(*db).add({NoId, QStringLiteral("Phone"), QStringLiteral("#1f77b4")});
        Freelancer f;
        f.skillIds = {phone};
        f.name = QStringLiteral("Ana Souza");
        f.timeZone = "Asia/Manila";
        ana = FreelancerRepository(*db).add(f);
        f.name = QStringLiteral("Zoe Ng");
        f.timeZone = "America/Bogota";
        zoe = FreelancerRepository(*db).add(f);
        anaShift = addShift(*db, ana, 9);
        zoeShift = addShift(*db, zoe, 14);
        DemandRepository(*db).set({{phone, Monday, 20, 2}}, 30);
    }

    Id addShift(Database& db, Id who, int hour) const
    {
        Shift s;
        s.start = QDateTime(Monday, QTime(hour, 0), Qt::UTC);
        s.end = s.start.addSecs(6 * 3600);
        s.skillId = phone;
        s.freelancerId = who;
        return ScheduleRepository(db).add(s);
    }

    std::unique_ptr<Database> read() const
    {
        return Database::open(path, Database::Mode::ReadOnly);
    }
};

} // namespace

TEST_CASE("A freelancer sees only their own shifts, in their own time zone, read-only")
{
    Team team;
    MainWindow window;
    REQUIRE_FALSE(window.openFile(team.path).has_value());
    CHECK(window.timeline()->rowCount() == 3); // two people and Unassigned
    window.setActor(Actor::freelancerNamed(*window.database(), QStringLiteral("ana souza")));

    CHECK(window.actor().freelancerId() == team.ana);
    CHECK(window.timeline()->rowCount() == 1);
    CHECK(window.timeline()->rowFreelancer(0) == team.ana);
    CHECK(window.timeline()->displayZone() == "Asia/Manila");
    CHECK(window.timeline()->isReadOnly());
    CHECK(window.timeline()->shiftRect(team.zoeShift).isEmpty());
    CHECK_FALSE(window.timeline()->shiftRect(team.anaShift).isEmpty());
    // 09:00 UTC is 17:00 in Manila: the tooltip speaks the freelancer's time.
    const QString tip =
        window.timeline()->toolTipAt(window.timeline()->shiftRect(team.anaShift).center());
    CHECK(tip.contains(QStringLiteral("17:00–23:00 (Asia/Manila)")));
    CHECK(window.profileBox()->currentText() == QStringLiteral("Ana Souza"));

    // Back to the team lead through the profile box.
    window.profileBox()->setCurrentIndex(0);
    CHECK(window.actor().isTeamLead());
    CHECK(window.timeline()->rowCount() == 3);
    CHECK_FALSE(window.timeline()->isReadOnly());
}

TEST_CASE("Freelancer mode cannot change anyone else's data through the window or its models")
{
    Team team;
    MainWindow window;
    REQUIRE_FALSE(window.openFile(team.path).has_value());
    window.profileBox()->setCurrentIndex(
        window.profileBox()->findData(QVariant::fromValue<qint64>(team.ana)));
    REQUIRE(window.actor().freelancerId() == team.ana);
    const Actor ana = window.actor();
    const int steps = window.undoStack()->count();

    // The timeline's requests, as its gestures would send them, are refused in core.
    TimelineView* timeline = window.timeline();
    Q_EMIT timeline->deleteRequested({team.zoeShift});
    CHECK(window.lastError().contains(QStringLiteral("cannot change the schedule")));
    Q_EMIT timeline->assignRequested({team.zoeShift}, team.ana);
    Q_EMIT timeline->pinRequested({team.anaShift}, true);
    const Shift zoeShift = *ScheduleRepository(*team.read()).find(team.zoeShift);
    CHECK(zoeShift.freelancerId == team.zoe);
    CHECK_FALSE(ScheduleRepository(*team.read()).find(team.anaShift)->pinned);
    const ScheduleEditor editor(window.snapshot(), ana);
    CHECK_THROWS_AS(editor.requestDelete({team.zoeShift}), StorageError);
    CHECK_THROWS_AS(editor.requestAssign({team.anaShift}, std::nullopt), StorageError);

    // Solve does not start.
    window.solve(false);
    CHECK(window.runningSolve() == nullptr);
    CHECK(window.lastError().contains(QStringLiteral("cannot solve the schedule")));

    // The Freelancers tab: no edit of anyone (the request itself refuses too).
    window.freelancersPanel()->setRunDialog([](FreelancerDialog&) { return true; });
    window.freelancersPanel()->editFreelancer(team.zoe);
    window.freelancersPanel()->removeFreelancer(team.zoe);
    CHECK(window.lastError().contains(QStringLiteral("cannot remove freelancers")));
    CHECK(FreelancerRepository(*team.read()).find(team.zoe).has_value());
    const Freelancer zoe = *FreelancerRepository(*team.read()).find(team.zoe);
    Freelancer renamed = zoe;
    renamed.name = QStringLiteral("Zoe Hacked");
    CHECK_THROWS_AS(FreelancerSave(ana, zoe, renamed), StorageError);
    auto db = Database::open(team.path);
    CHECK_THROWS_AS(
        FreelancerRemoval::prepare(*db, ana, team.zoe, FreelancerRemoval::Shifts::Delete),
        StorageError);

    // The demand grid is read-only and Save is refused.
    DemandPanel* demand = window.demandPanel();
    demand->selectSkill(team.phone);
    demand->addOverride(Monday);
    DemandDayModel* model = demand->dayModel();
    const QModelIndex cell = model->index(20, DemandDayModel::ValueColumn);
    CHECK_FALSE(model->flags(cell) & Qt::ItemIsEditable);
    CHECK_FALSE(model->setData(cell, QStringLiteral("9")));
    CHECK_FALSE(demand->save());
    CHECK(demand->status().contains(QStringLiteral("cannot change the demand")));
    CHECK(DemandRepository(*team.read()).between(Monday, Monday).first().required == 2);

    CHECK(window.undoStack()->count() == steps);
}
