#include "MainWindow.h"
#include "coverage/CoverageChartWidget.h"
#include "demo/DemoTeam.h"
#include "rules/BrokenRulesPanel.h"
#include "schedule/WeekScheduleModel.h"
#include "storage/Repositories.h"
#include "time/PlanningCalendar.h"
#include "timeline/TimelineView.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace shiftlane;
using shiftlane::ui::MainWindow;
using shiftlane::ui::WeekScheduleModel;

namespace {

const QDate Monday(2026, 11, 30);

// The window opens on the current week where the file plans it: these tests run on the demo's
// first Monday, whatever the system's date.
QDate demoMonday()
{
    return Monday;
}

QString demoFile(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("demo.shiftlane"));
    auto db = Database::create(path);
    DemoOptions options;
    options.start = Monday;
    writeDemoTeam(*db, options);
    return path;
}

int shiftsShown(const WeekScheduleModel& model)
{
    int count = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        for (int day = 0; day < WeekScheduleModel::Days; ++day) {
            const QString text =
                model.index(row, WeekScheduleModel::FirstDayColumn + day).data().toString();
            count += text.isEmpty() ? 0 : int(text.count(QLatin1Char('\n'))) + 1;
        }
    return count;
}

} // namespace

TEST_CASE("The window opens the demo and shows every freelancer and the week's shifts")
{
    QTemporaryDir dir;
    const QString path = demoFile(dir);
    MainWindow window(nullptr, demoMonday);
    window.show();
    REQUIRE_FALSE(window.openFile(path).has_value());

    const WeekScheduleModel& model = *window.scheduleModel();
    CHECK(window.shownWeek() == Monday);
    CHECK(model.rowCount() == 41);
    CHECK(model.index(40, WeekScheduleModel::NameColumn).data().toString() ==
          QStringLiteral("Unassigned"));
    CHECK(window.windowTitle().startsWith(QStringLiteral("demo.shiftlane")));

    // Every shift starting this week in the planning zone is on screen, exactly once.
    auto db = Database::open(path, Database::Mode::ReadOnly);
    const PlanningCalendar lisbon(QTimeZone("Europe/Lisbon"));
    int expected = 0;
    for (const Shift& s :
         ScheduleRepository(*db).overlapping(lisbon.days(Monday, Monday.addDays(6))))
        expected += lisbon.dayOf(s.start.toSecsSinceEpoch()) >= Monday ? 1 : 0;
    CHECK(expected > 0);
    CHECK(shiftsShown(model) == expected);
}

TEST_CASE("Shift labels use planning-zone times and the skill name")
{
    QTemporaryDir dir;
    MainWindow window(nullptr, demoMonday);
    REQUIRE_FALSE(window.openFile(demoFile(dir)).has_value());
    const WeekScheduleModel& model = *window.scheduleModel();
    QStringList labels;
    for (int row = 0; row < model.rowCount(); ++row)
        labels << model.index(row, WeekScheduleModel::FirstDayColumn).data().toString();
    // Demo templates are planning-zone times; Lisbon is UTC+0 in winter.
    CHECK(labels.join(QLatin1Char('\n')).contains(QStringLiteral("07:00–14:00 Phone")));
}

TEST_CASE("Alt+Right and Alt+Left move between weeks")
{
    QTemporaryDir dir;
    MainWindow window(nullptr, demoMonday);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE_FALSE(window.openFile(demoFile(dir)).has_value());
    const int firstWeekShifts = shiftsShown(*window.scheduleModel());
    QTest::keyClick(&window, Qt::Key_Right, Qt::AltModifier);
    CHECK(window.shownWeek() == Monday.addDays(7));
    CHECK(shiftsShown(*window.scheduleModel()) > 0);
    QTest::keyClick(&window, Qt::Key_Right, Qt::AltModifier);
    CHECK(shiftsShown(*window.scheduleModel()) == 0); // the demo plans two weeks
    QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
    QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
    CHECK(window.shownWeek() == Monday);
    CHECK(shiftsShown(*window.scheduleModel()) == firstWeekShifts);
}

TEST_CASE("A file that cannot be opened leaves the open schedule in place")
{
    QTemporaryDir dir;
    MainWindow window(nullptr, demoMonday);
    REQUIRE_FALSE(window.openFile(demoFile(dir)).has_value());
    const QString broken = dir.filePath(QStringLiteral("broken.shiftlane"));
    QFile file(broken);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("not a schedule");
    file.close();
    const auto error = window.openFile(broken);
    REQUIRE(error.has_value());
    CHECK(error->contains(QStringLiteral("broken.shiftlane is not a Shiftlane database")));
    CHECK(window.scheduleModel()->rowCount() == 41);
    CHECK(window.windowTitle().startsWith(QStringLiteral("demo.shiftlane")));
}

TEST_CASE("The docks follow the schedule and a broken-rule row selects its shift")
{
    QTemporaryDir dir;
    MainWindow window(nullptr, demoMonday);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE_FALSE(window.openFile(demoFile(dir)).has_value());
    CHECK(window.coverageChart()->day() == Monday);
    const Id shift = window.snapshot().shifts.first().id;
    Q_EMIT window.brokenRulesPanel()->shiftActivated(shift);
    CHECK(window.timeline()->selectedShifts() == QList<Id>{shift});
    Q_EMIT window.brokenRulesPanel()->dayActivated(Monday.addDays(3));
    CHECK(window.coverageChart()->day() == Monday.addDays(3));
}
