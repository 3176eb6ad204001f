// Drives the timeline with the mouse and keyboard as a team lead would, and checks the file.
#include "MainWindow.h"
#include "schedule/PlanningModel.h"
#include "solve/SolveRunner.h"
#include "solver/FullScorer.h"
#include "storage/Repositories.h"
#include "timeline/TimelineView.h"

#include <catch2/catch.hpp>

#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace shiftlane;
using shiftlane::ui::MainWindow;
using shiftlane::ui::TimelineView;

namespace {

qint64 at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, 30).addDays(day), QTime(hour, minute), Qt::UTC)
        .toSecsSinceEpoch();
}

// Planned in UTC: Ana and Ben take phone shifts; Ben is never available before 10:00.
struct Team
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("team.shiftlane"));
    Id phone = 0;
    Id ana = 0;
    Id ben = 0;
    Id shift = 0;

    Team()
    {
        auto db = Database::create(path);
        PlanningSettings settings;
        settings.teamName = QStringLiteral("Test team");
        settings.planningTimeZone = "UTC";
        SettingsRepository(*db).save(settings);
        phone =
            SkillRepository(*db).add({NoId, QStringLiteral("Phone"), QStringLiteral("#1f77b4")});
        Freelancer f;
        f.timeZone = "UTC";
        f.skillIds = {phone};
        f.name = QStringLiteral("Ana Souza");
        ana = FreelancerRepository(*db).add(f);
        f.name = QStringLiteral("Ben Reyes");
        ben = FreelancerRepository(*db).add(f);
        QList<WeeklyWindow> anaWeek, benWeek;
        for (int d = 1; d <= 7; ++d) {
            anaWeek.append({NoId, ana, d, 6 * 60, 22 * 60, AvailabilityKind::Preferred});
            benWeek.append({NoId, ben, d, 10 * 60, 22 * 60, AvailabilityKind::Available});
        }
        AvailabilityRepository(*db).replaceWeekly(ana, anaWeek);
        AvailabilityRepository(*db).replaceWeekly(ben, benWeek);
        TemplateRepository(*db).add(
            {NoId, QStringLiteral("Day"), 11 * 60, 6 * 60, 0, phone, QString()});
        QList<DemandInterval> demand;
        for (int d = 0; d < 14; ++d)
            for (int i = 22; i < 34; ++i)
                demand.append({phone, QDate(2026, 11, 30).addDays(d), i, 1});
        DemandRepository(*db).set(demand, 30);
        Shift s;
        s.start = QDateTime::fromSecsSinceEpoch(at(0, 11), Qt::UTC);
        s.end = QDateTime::fromSecsSinceEpoch(at(0, 17), Qt::UTC);
        s.skillId = phone;
        s.freelancerId = ana;
        shift = ScheduleRepository(*db).add(s);
    }

    Shift stored(Id id) const
    {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        return *ScheduleRepository(*db).find(id);
    }
    QList<Shift> all() const
    {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        return ScheduleRepository(*db).overlapping({at(-30, 0), at(60, 0)});
    }
};

struct Window
{
    MainWindow window;
    TimelineView* view = nullptr;

    explicit Window(const Team& team)
    {
        window.resize(1400, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE_FALSE(window.openFile(team.path).has_value());
        view = window.timeline();
        view->zoomToDays(2);
        view->setFocus();
    }

    void drag(QPoint from, QPoint to, Qt::KeyboardModifiers mods = {})
    {
        QWidget* viewport = view->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, mods, from);
        // Several steps, as a hand would, so the view sees a drag and not a click.
        for (int step = 1; step <= 4; ++step)
            QTest::mouseMove(viewport, from + (to - from) * step / 4);
        QTest::mouseRelease(viewport, Qt::LeftButton, mods, to);
    }
};

} // namespace

TEST_CASE("Dragging a shift to another freelancer and a later time saves both")
{
    Team team;
    Window w(team);
    const QPoint grab = w.view->shiftRect(team.shift).center();
    const qint64 grabTime = at(0, 14);
    const QPoint target = w.view->pointAt(team.ben, grabTime + 2 * 3600);
    w.drag(grab,
           QPoint(grab.x() + (target.x() - w.view->pointAt(team.ana, grabTime).x()), target.y()));

    const Shift moved = team.stored(team.shift);
    CHECK(moved.freelancerId == team.ben);
    CHECK(moved.start.toSecsSinceEpoch() == at(0, 13));
    CHECK(moved.end.toSecsSinceEpoch() == at(0, 19));
    CHECK(w.window.undoStack()->undoText() == QStringLiteral("Move shift"));
}

TEST_CASE("Dragging the end of a shift resizes it, snapped to the interval")
{
    Team team;
    Window w(team);
    const QRect block = w.view->shiftRect(team.shift);
    const QPoint edge(block.right() - 1, block.center().y());
    const int twoHours =
        w.view->pointAt(team.ana, at(0, 19)).x() - w.view->pointAt(team.ana, at(0, 17)).x();
    w.drag(edge, edge + QPoint(twoHours + 3, 0));
    CHECK(team.stored(team.shift).end.toSecsSinceEpoch() == at(0, 19));
    CHECK(team.stored(team.shift).start.toSecsSinceEpoch() == at(0, 11));
}

TEST_CASE("Undo and redo with the keyboard round-trip the database exactly")
{
    Team team;
    Window w(team);
    const QList<Shift> original = team.all();
    const QPoint grab = w.view->shiftRect(team.shift).center();
    w.drag(grab, grab + QPoint(0, w.view->layout().rowHeight())); // to Ben
    const QList<Shift> moved = team.all();
    REQUIRE(moved != original);

    QTest::keyClick(&w.window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(team.all() == original);
    QTest::keyClick(&w.window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(team.all() == moved);
    QTest::keyClick(&w.window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(team.all() == original);
}

TEST_CASE("A drop onto an unavailable slot marks the shift and explains it in the tooltip")
{
    Team team;
    Window w(team);
    // Ben only works from 10:00: move the 11:00 shift two hours earlier onto his row.
    const QPoint grab = w.view->shiftRect(team.shift).center();
    const int twoHours =
        w.view->pointAt(team.ana, at(0, 13)).x() - w.view->pointAt(team.ana, at(0, 11)).x();
    w.drag(grab, grab + QPoint(-twoHours, w.view->layout().rowHeight()));
    const Shift moved = team.stored(team.shift);
    REQUIRE(moved.freelancerId == team.ben);
    REQUIRE(moved.start.toSecsSinceEpoch() == at(0, 9));
    CHECK(w.view->breaks().contains(team.shift)); // drawn with the red mark
    const QString tip = w.view->toolTipAt(w.view->shiftRect(team.shift).center());
    CHECK(
        tip.contains(QStringLiteral("Ben Reyes is unavailable Mon 09:00–10:00 local time (UTC)")));
}

TEST_CASE("Ctrl-drag copies, arrow keys move by one interval, Delete removes")
{
    Team team;
    Window w(team);
    const QPoint grab = w.view->shiftRect(team.shift).center();
    const int oneDay =
        w.view->pointAt(team.ana, at(1, 11)).x() - w.view->pointAt(team.ana, at(0, 11)).x();
    w.drag(grab, grab + QPoint(oneDay, 0), Qt::ControlModifier);
    REQUIRE(team.all().size() == 2);
    CHECK(team.stored(team.shift).start.toSecsSinceEpoch() == at(0, 11)); // the original stays

    w.view->selectShift(team.shift);
    QTest::keyClick(w.view, Qt::Key_Right);
    CHECK(team.stored(team.shift).start.toSecsSinceEpoch() == at(0, 11, 30));
    QTest::keyClick(w.view, Qt::Key_Down);
    CHECK(team.stored(team.shift).freelancerId == team.ben);
    QTest::keyClick(w.view, Qt::Key_Delete);
    CHECK(team.all().size() == 1);
    QTest::keyClick(&w.window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(team.all().size() == 2);
}

TEST_CASE("Solve runs off the GUI thread and a cancel keeps a valid schedule")
{
    Team team;
    Window w(team);
    QSignalSpy finished(&w.window, &MainWindow::solveFinished);
    w.window.setSolveSeconds(60);
    w.window.solve(false);
    REQUIRE(w.window.runningSolve() != nullptr);
    QTest::qWait(800); // the window keeps processing events meanwhile
    w.window.runningSolve()->cancel();
    REQUIRE(finished.wait(10000));
    CHECK(w.window.undoStack()->undoText() == QStringLiteral("Solve (stopped early)"));

    auto db = Database::open(team.path, Database::Mode::ReadOnly);
    const ScheduleSnapshot snapshot = ScheduleSnapshot::load(*db, w.window.period());
    const PlanningModel planning(snapshot, PlanningModel::Mode::FillFromScratch);
    CHECK(solver::fullScore(planning.model(), planning.current()).hard == 0);
    CHECK(snapshot.shifts.size() >= 14); // a shift a day, most days covered by Ana or Ben
}

TEST_CASE("Rows filter by name and skill and sort by hours")
{
    Team team;
    Window w(team);
    CHECK(w.view->rowCount() == 3); // Ana, Ben, Unassigned
    w.view->setNameFilter(QStringLiteral("ben"));
    REQUIRE(w.view->rowCount() == 2);
    CHECK(w.view->rowFreelancer(0) == team.ben);
    w.view->setNameFilter(QString());
    w.view->setSkillFilter(team.phone + 1000); // a skill nobody has
    CHECK(w.view->rowCount() == 1);
    w.view->setSkillFilter(NoId);
    w.view->setSortOrder(TimelineView::SortOrder::Hours);
    CHECK(w.view->rowFreelancer(0) == team.ana); // the only one with hours
    const QPoint grab = w.view->shiftRect(team.shift).center();
    w.drag(grab, grab + QPoint(0, w.view->layout().rowHeight()));
    CHECK(w.view->rowFreelancer(0) == team.ben); // the shift moved, and Ben leads now
}

TEST_CASE("Dropping a template from the palette creates a shift on that day and row")
{
    Team team;
    Window w(team);
    auto db = Database::open(team.path, Database::Mode::ReadOnly);
    const Id day = TemplateRepository(*db).all().first().id;
    QMimeData mime;
    mime.setData(QString::fromLatin1(TimelineView::TemplateMimeType), QByteArray::number(day));
    const QPoint drop = w.view->pointAt(team.ben, at(2, 12));
    QDragEnterEvent enter(drop, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(w.view->viewport(), &enter);
    QDropEvent dropEvent(QPointF(drop), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(w.view->viewport(), &dropEvent);

    const QList<Shift> shifts = team.all();
    REQUIRE(shifts.size() == 2);
    const Shift& created = shifts.last();
    CHECK(created.freelancerId == team.ben);
    CHECK(created.start.toSecsSinceEpoch() == at(2, 11));
    CHECK(created.end.toSecsSinceEpoch() == at(2, 17));
    CHECK(w.window.undoStack()->undoText() == QStringLiteral("Add Day shift"));
}
