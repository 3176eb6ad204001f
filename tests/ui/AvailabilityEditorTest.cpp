#include "availability/AvailabilityEditor.h"
#include "MainWindow.h"
#include "availability/AvailabilityPreviewWidget.h"
#include "availability/WeeklyGridWidget.h"
#include "people/FreelancersPanel.h"
#include "storage/Repositories.h"

#include <catch2/catch.hpp>

#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace shiftlane;
using namespace shiftlane::ui;

namespace {

constexpr Id Ana = 5;
constexpr Id Ben = 6;

Freelancer ana()
{
    Freelancer f;
    f.id = Ana;
    f.name = QStringLiteral("Ana Souza");
    f.timeZone = "America/New_York";
    return f;
}

PlanningSettings lisbonPlanning(int interval = 30)
{
    PlanningSettings settings;
    settings.planningTimeZone = "Europe/Lisbon";
    settings.intervalMinutes = interval;
    return settings;
}

// The editor shown offscreen on its weekly page, so the grid has its real geometry.
struct ShownEditor
{
    AvailabilityEditor editor;

    explicit ShownEditor(FreelancerAvailability availability = {},
                         const Actor& actor = Actor::teamLead(),
                         QList<AvailabilityChange> history = {}, int interval = 30)
        : editor(ana(), availability, history, actor, lisbonPlanning(interval), QDate(2026, 3, 2))
    {
        editor.resize(900, 800);
        editor.show();
        REQUIRE(QTest::qWaitForWindowExposed(&editor));
    }

    void drag(int fromDay, int fromCell, int toDay, int toCell,
              Qt::MouseButton button = Qt::LeftButton)
    {
        WeeklyGridWidget* grid = editor.grid();
        QTest::mousePress(grid, button, {}, grid->cellRect(fromDay, fromCell).center());
        QTest::mouseMove(grid, grid->cellRect(toDay, fromCell).center());
        QTest::mouseMove(grid, grid->cellRect(toDay, toCell).center());
        QTest::mouseRelease(grid, button, {}, grid->cellRect(toDay, toCell).center());
    }
};

WeeklyWindow window(int day, int start, int end, AvailabilityKind kind)
{
    return {NoId, Ana, day, start, end, kind};
}

} // namespace

TEST_CASE("A mouse drag over the grid paints those cells and saves them as merged windows")
{
    ShownEditor shown;
    // Monday 09:00 to Wednesday 12:30 (cells of 30 minutes): three days, 09:00-13:00.
    shown.editor.setBrush(CellState::Preferred);
    shown.drag(1, 18, 3, 25);
    shown.editor.setBrush(CellState::Available);
    shown.drag(5, 34, 5, 39); // Friday 17:00-20:00
    CHECK(shown.editor.availability().weekly ==
          QList{window(1, 540, 780, AvailabilityKind::Preferred),
                window(2, 540, 780, AvailabilityKind::Preferred),
                window(3, 540, 780, AvailabilityKind::Preferred),
                window(5, 1020, 1200, AvailabilityKind::Available)});

    // A right-drag erases: Tuesday goes, Monday and Wednesday lose 12:00-13:00.
    shown.drag(2, 18, 2, 25, Qt::RightButton);
    shown.drag(1, 24, 3, 25, Qt::RightButton);
    CHECK(shown.editor.availability().weekly ==
          QList{window(1, 540, 720, AvailabilityKind::Preferred),
                window(3, 540, 720, AvailabilityKind::Preferred),
                window(5, 1020, 1200, AvailabilityKind::Available)});
}

TEST_CASE("On a 15-minute planning the drag snaps to quarter hours")
{
    ShownEditor shown({}, Actor::teamLead(), {}, 15);
    REQUIRE(shown.editor.grid()->grid().cellsPerDay() == 96);
    shown.drag(4, 37, 4, 41); // Thursday 09:15-10:30
    CHECK(shown.editor.availability().weekly ==
          QList{window(4, 555, 630, AvailabilityKind::Preferred)});
}

TEST_CASE("Copy a day to others, clear a day, clear the week")
{
    ShownEditor shown;
    shown.drag(1, 18, 1, 33); // Monday 09:00-17:00
    shown.editor.copyDay(1, {2, 3, 4, 5});
    QList<WeeklyWindow> weekdays;
    for (int day = 1; day <= 5; ++day)
        weekdays.append(window(day, 540, 1020, AvailabilityKind::Preferred));
    CHECK(shown.editor.availability().weekly == weekdays);
    shown.editor.clearDay(3);
    weekdays.removeAt(2);
    CHECK(shown.editor.availability().weekly == weekdays);
    shown.editor.clearAll();
    CHECK(shown.editor.availability().weekly.isEmpty());
}

TEST_CASE("Dated exceptions are checked, with the message next to the field")
{
    ShownEditor shown;
    AvailabilityEditor& editor = shown.editor;
    CHECK_FALSE(editor.addTimeOff(QDate(2026, 3, 10), QDate(2026, 3, 9), QStringLiteral("Exams")));
    CHECK(editor.fieldMessage(QStringLiteral("timeOff.lastDay")) ==
          QStringLiteral("the time off ends before it starts"));
    CHECK(editor.addTimeOff(QDate(2026, 3, 9), QDate(2026, 3, 10), QStringLiteral("Exams")));
    CHECK(editor.fieldMessage(QStringLiteral("timeOff.lastDay")).isEmpty());
    CHECK(editor.timeOffTable()->rowCount() == 1);

    CHECK_FALSE(editor.addOneOff(QDate(2026, 3, 14), 600, 540, AvailabilityKind::Available));
    CHECK(
        editor.fieldMessage(QStringLiteral("oneOff.end")).contains(QStringLiteral("ends before")));
    CHECK(editor.addOneOff(QDate(2026, 3, 14), 540, 600, AvailabilityKind::Available));
    CHECK(editor.oneOffTable()->rowCount() == 1);

    CHECK(editor.addTravel(QDate(2026, 3, 16), QDate(2026, 3, 20), "Asia/Dubai"));
    CHECK_FALSE(editor.addTravel(QDate(2026, 3, 19), QDate(2026, 3, 22), "Asia/Tokyo"));
    CHECK(editor.fieldMessage(QStringLiteral("travel.firstDay"))
              .contains(QStringLiteral("overlaps the travel from 16 Mar 2026 to 20 Mar 2026")));
    CHECK_FALSE(editor.addTravel(QDate(2026, 3, 23), QDate(2026, 3, 24), "Mars/Olympus"));
    CHECK(editor.fieldMessage(QStringLiteral("travel.timeZone")).contains(QStringLiteral("Mars")));
    CHECK(editor.fieldMessage(QStringLiteral("travel.firstDay")).isEmpty());
    CHECK(editor.travelTable()->rowCount() == 1);
    CHECK(editor.travelTable()->item(0, 3)->text() == QStringLiteral("UTC+04:00"));

    const FreelancerAvailability a = editor.availability();
    CHECK(a.timeOff.size() == 1);
    CHECK(a.oneOff.size() == 1);
    REQUIRE(a.travel.size() == 1);
    CHECK(a.travel[0].timeZone == "Asia/Dubai");
}

TEST_CASE("The preview shows a New York day in Lisbon time and marks the DST weeks")
{
    ShownEditor shown;
    shown.drag(1, 18, 5, 33); // Monday to Friday 09:00-17:00 in New York
    const QList<PreviewDay>& days = shown.editor.preview()->preview();
    REQUIRE(days.size() == AvailabilityEditor::PreviewWeeks * 7);
    REQUIRE(days[0].windows.size() == 1);
    CHECK(days[0].windows[0].startMinute == 14 * 60); // Mon 2 March: 14:00 in Lisbon
    CHECK(days[6].differenceChanged);                 // Sun 8 March: the US springs forward
    REQUIRE(days[7].windows.size() == 1);
    CHECK(days[7].windows[0].startMinute == 13 * 60); // Mon 9 March: 13:00 in Lisbon
    CHECK(days[27].differenceChanged);                // Sun 29 March: Portugal follows

    // Travel added in the editor moves the preview at once.
    REQUIRE(shown.editor.addTravel(QDate(2026, 3, 16), QDate(2026, 3, 20), "Europe/Lisbon"));
    const QList<PreviewDay>& moved = shown.editor.preview()->preview();
    CHECK(moved[14].freelancerZone == "Europe/Lisbon");
    REQUIRE(moved[14].windows.size() == 1);
    CHECK(moved[14].windows[0].startMinute == 9 * 60);
}

TEST_CASE("The history lists who changed the availability and when")
{
    const QList<AvailabilityChange> history = {
        {2, QDateTime(QDate(2026, 11, 24), QTime(16, 5), Qt::UTC), QStringLiteral("Ana Souza"), Ana,
         QStringLiteral("Time off 24 Dec–26 Dec 2026 (Family) added")},
        {1, QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC), QStringLiteral("Team lead"), Ana,
         QStringLiteral("Weekly hours changed on Mon (0 h → 8 h a week, 8 h preferred)")}};
    ShownEditor shown({}, Actor::teamLead(), history);
    QListWidget* list = shown.editor.history();
    REQUIRE(list->count() == 2);
    CHECK(list->item(0)->text() ==
          QStringLiteral("Changed by Ana Souza on 24 Nov 2026 16:05 UTC: Time off 24 Dec–26 Dec "
                         "2026 (Family) added"));
    CHECK(list->item(1)->text().startsWith(QStringLiteral("Changed by Team lead on 2 Nov 2026")));
}

TEST_CASE("Someone else's availability opens read-only for a freelancer")
{
    FreelancerAvailability a;
    a.weekly = {window(1, 540, 780, AvailabilityKind::Available)};
    ShownEditor shown(a, Actor::freelancer(Ben, QStringLiteral("Ben Reyes")));
    CHECK(shown.editor.isReadOnly());
    CHECK_FALSE(shown.editor.saveButton()->isVisible());
    shown.drag(2, 18, 2, 25);
    shown.editor.clearAll();
    CHECK_FALSE(shown.editor.addTimeOff(QDate(2026, 3, 9), QDate(2026, 3, 9), QString()));
    CHECK(shown.editor.availability().weekly == a.weekly);
    CHECK(shown.editor.availability().timeOff.isEmpty());
}

TEST_CASE("Saving from the Freelancers tab is one undoable edit with an audit line")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("team.shiftlane"));
    Id id = NoId;
    {
        auto db = Database::create(path);
        PlanningSettings settings = lisbonPlanning();
        SettingsRepository(*db).save(settings);
        Freelancer f = ana();
        f.id = NoId;
        id = FreelancerRepository(*db).add(f);
    }
    MainWindow window;
    REQUIRE_FALSE(window.openFile(path).has_value());
    FreelancersPanel* panel = window.freelancersPanel();
    panel->setRunAvailability([](AvailabilityEditor& editor) {
        editor.resize(900, 800);
        editor.show();
        REQUIRE(QTest::qWaitForWindowExposed(&editor));
        WeeklyGridWidget* grid = editor.grid();
        QTest::mousePress(grid, Qt::LeftButton, {}, grid->cellRect(1, 18).center());
        QTest::mouseMove(grid, grid->cellRect(2, 25).center());
        QTest::mouseRelease(grid, Qt::LeftButton, {}, grid->cellRect(2, 25).center());
        return editor.addTravel(QDate(2026, 6, 8), QDate(2026, 6, 12), "Asia/Dubai");
    });
    panel->editAvailability(id);

    const auto stored = [&] {
        return AvailabilityRepository(*Database::open(path, Database::Mode::ReadOnly))
            .forFreelancer(id);
    };
    const auto audit = [&] {
        return AvailabilityAuditRepository(*Database::open(path, Database::Mode::ReadOnly))
            .forFreelancer(id);
    };
    CHECK(stored().weekly.size() == 2);
    CHECK(stored().travel.size() == 1);
    REQUIRE(audit().size() == 1);
    CHECK(audit()[0].actor == QStringLiteral("Team lead"));
    CHECK(audit()[0].summary.contains(QStringLiteral("travel to Asia/Dubai")));
    CHECK(window.undoStack()->undoText() == QStringLiteral("Change the availability of Ana Souza"));

    window.undoStack()->undo();
    CHECK(stored().weekly.isEmpty());
    CHECK(stored().travel.isEmpty());
    CHECK(audit().size() == 2);
    window.undoStack()->redo();
    CHECK(stored().weekly.size() == 2);
    CHECK(stored().travel.size() == 1);
    CHECK(audit().size() == 3);
}
