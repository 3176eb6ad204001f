#include "demand/DemandPanel.h"
#include "MainWindow.h"
#include "coverage/CoverageChartWidget.h"
#include "demand/DemandCurveChart.h"
#include "demand/DemandDayModel.h"
#include "staffing/StaffingCalculator.h"
#include "storage/Repositories.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
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
    Id chat = 0;

    Team()
    {
        auto db = Database::create(path);
        PlanningSettings settings;
        settings.planningTimeZone = "UTC";
        SettingsRepository(*db).save(settings);
        phone =
            SkillRepository(*db).add({NoId, QStringLiteral("Phone"), QStringLiteral("#1f77b4")});
        chat = SkillRepository(*db).add({NoId, QStringLiteral("Chat"), QStringLiteral("#2ca02c")});
        Shift s; // gives the window a week to open on
        s.start = QDateTime(Monday, QTime(9, 0), Qt::UTC);
        s.end = s.start.addSecs(8 * 3600);
        s.skillId = phone;
        ScheduleRepository(*db).add(s);
    }

    QList<DemandInterval> demandOn(QDate day) const
    {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        return DemandRepository(*db).between(day, day);
    }
};

// Types into a grid cell the way a user does: select it, open its editor, type, press Enter.
void typeInto(QTableView* grid, int row, const QString& text)
{
    const QModelIndex cell = grid->model()->index(row, DemandDayModel::ValueColumn);
    grid->setCurrentIndex(cell);
    grid->scrollTo(cell);
    grid->edit(cell);
    QLineEdit* editor = nullptr; // the open one: closed editors are deleted later
    for (QLineEdit* candidate : grid->viewport()->findChildren<QLineEdit*>())
        if (candidate->isVisible())
            editor = candidate;
    REQUIRE(editor);
    editor->selectAll();
    QTest::keyClicks(editor, text);
    // Enter, as the delegate sees it (offscreen, the window may not be active).
    QMetaObject::invokeMethod(grid, "commitData", Q_ARG(QWidget*, editor));
    QTest::keyClick(editor, Qt::Key_Return);
}

int expectedAgents(double contacts)
{
    StaffingRequest request;
    request.contacts = contacts;
    request.intervalMinutes = 30;
    request.handleSeconds = 240;
    request.serviceLevel = 0.8;
    request.answerSeconds = 20;
    request.shrinkage = 0.3;
    return StaffingCalculator::calculate(request).agentsToSchedule;
}

} // namespace

TEST_CASE("Typing a forecast updates the freelancers needed and the chart at once: Save is "
          "one undoable edit")
{
    Team team;
    MainWindow window;
    REQUIRE_FALSE(window.openFile(team.path).has_value());
    window.show();
    REQUIRE(window.showTab(QStringLiteral("Demand"))); // the grid is edited where it is seen
    DemandPanel* panel = window.demandPanel();
    panel->selectSkill(team.phone);
    panel->inputBox()->setCurrentIndex(panel->inputBox()->findData(int(DemandInput::Forecast)));
    panel->handleSeconds()->setValue(240);
    panel->serviceLevel()->setValue(80);
    panel->shrinkage()->setValue(30);
    panel->selectDay({1, {}}); // Monday of the weekly pattern

    DemandDayModel* model = panel->dayModel();
    CHECK(model->headerData(DemandDayModel::ValueColumn, Qt::Horizontal) ==
          QStringLiteral("Contacts"));
    typeInto(panel->grid(), 20, QStringLiteral("100")); // 10:00-10:30
    const int agents = expectedAgents(100);
    CHECK(agents == 25);
    CHECK(model->index(20, DemandDayModel::AgentsColumn).data().toString() ==
          QString::number(agents));
    CHECK(DemandCurveChart::valueAt(panel->curveChart()->requiredSeries(), 20) == agents);
    CHECK(DemandCurveChart::valueAt(panel->curveChart()->contactsSeries(), 20) == 100);
    CHECK(panel->curveChart()->contactsSeries()->isVisible());

    // A longer handle time needs more people: every number follows the parameter live.
    panel->handleSeconds()->setValue(360);
    CHECK(model->index(20, DemandDayModel::AgentsColumn).data().toInt() > agents);
    panel->handleSeconds()->setValue(240);

    // Nothing is written before Save.
    CHECK(team.demandOn(Monday).isEmpty());
    CHECK(panel->hasUnsavedChanges());
    const int steps = window.undoStack()->count();
    panel->saveButton()->click();
    CHECK_FALSE(panel->hasUnsavedChanges());
    CHECK(window.undoStack()->count() == steps + 1);
    CHECK(team.demandOn(Monday) == QList<DemandInterval>{{team.phone, Monday, 20, agents}});
    CHECK(team.demandOn(Monday.addDays(7)).size() == 1); // the pattern repeats every week
    // The coverage dock counts the new demand.
    window.coverageChart()->setDay(Monday);
    window.coverageChart()->setSkill(team.phone);
    CHECK(window.coverageChart()->currentValues().value(20).demanded == agents);

    window.undoStack()->undo();
    CHECK(team.demandOn(Monday).isEmpty());
    CHECK(model->index(20, DemandDayModel::ValueColumn).data().toString().isEmpty());
    window.undoStack()->redo();
    CHECK(team.demandOn(Monday).size() == 1);
}

TEST_CASE("A dated override replaces that day only, and a bad value is refused with the reason")
{
    Team team;
    MainWindow window;
    REQUIRE_FALSE(window.openFile(team.path).has_value());
    window.show();
    REQUIRE(window.showTab(QStringLiteral("Demand"))); // the grid is edited where it is seen
    DemandPanel* panel = window.demandPanel();
    panel->selectSkill(team.chat);
    panel->selectDay({1, {}});
    typeInto(panel->grid(), 18, QStringLiteral("3"));
    typeInto(panel->grid(), 19, QStringLiteral("2.5")); // not a whole headcount
    CHECK(panel->status().contains(QStringLiteral("whole number")));
    CHECK(panel->dayModel()->index(19, DemandDayModel::ValueColumn).data().toString().isEmpty());

    panel->addOverride(Monday.addDays(7));
    CHECK(panel->dayModel()->day().date == Monday.addDays(7));
    CHECK(panel->dayModel()->values().value(18) == 3); // starts from Monday's pattern
    typeInto(panel->grid(), 18, QStringLiteral("0"));
    typeInto(panel->grid(), 30, QStringLiteral("4"));
    REQUIRE(panel->save());
    CHECK(team.demandOn(Monday) == QList<DemandInterval>{{team.chat, Monday, 18, 3}});
    CHECK(team.demandOn(Monday.addDays(7)) ==
          QList<DemandInterval>{{team.chat, Monday.addDays(7), 30, 4}});
    CHECK(team.demandOn(Monday.addDays(14)) ==
          QList<DemandInterval>{{team.chat, Monday.addDays(14), 18, 3}});
}

TEST_CASE("A plan entered in quarter-hours is shown as entered, with how the half-hour planning "
          "reads it, and converts in one undoable step")
{
    Team team;
    {
        auto db = Database::open(team.path);
        DemandPlan quarterHours;
        quarterHours.skillId = team.chat;
        quarterHours.intervalMinutes = 15;
        quarterHours.weekly[0] = DemandCurve(96, 0.0);
        quarterHours.weekly[0][36] = 1; // Monday 09:00-09:15
        quarterHours.weekly[0][37] = 3; // 09:15-09:30
        DemandRepository(*db).savePlan(quarterHours);
    }
    CHECK(team.demandOn(Monday) == QList<DemandInterval>{{team.chat, Monday, 18, 3}});

    MainWindow window;
    REQUIRE_FALSE(window.openFile(team.path).has_value());
    window.show();
    REQUIRE(window.showTab(QStringLiteral("Demand")));
    DemandPanel* panel = window.demandPanel();
    panel->selectSkill(team.chat);
    panel->selectDay({1, {}});
    DemandDayModel* model = panel->dayModel();
    CHECK(model->rowCount() == 96); // the quarter-hours as they were typed
    CHECK(model->values().value(37) == 3);
    CHECK(panel->intervalNote()->isVisible());
    CHECK(panel->intervalNote()->text().contains(QStringLiteral("15-minute")));
    CHECK(panel->intervalNote()->text().contains(QStringLiteral("the most any of its")));
    REQUIRE(panel->convertButton()->isVisible());
    CHECK(panel->convertButton()->text() == QStringLiteral("Convert to 30-minute intervals"));

    const int steps = window.undoStack()->count();
    panel->convertButton()->click();
    CHECK(model->rowCount() == 48);
    CHECK(model->values().value(18) == 3);
    CHECK_FALSE(panel->intervalNote()->isVisible());
    REQUIRE(panel->save());
    CHECK(window.undoStack()->count() == steps + 1);
    CHECK(team.demandOn(Monday) == QList<DemandInterval>{{team.chat, Monday, 18, 3}});
    {
        auto db = Database::open(team.path, Database::Mode::ReadOnly);
        CHECK(DemandRepository(*db).plan(team.chat).intervalMinutes == 30);
    }
    window.undoStack()->undo();
    auto db = Database::open(team.path, Database::Mode::ReadOnly);
    CHECK(DemandRepository(*db).plan(team.chat).intervalMinutes == 15);
    CHECK(panel->dayModel()->rowCount() == 96);
}
