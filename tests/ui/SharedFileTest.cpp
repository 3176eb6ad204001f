// Two windows (two Shiftlanes) on one file, another program holding the write lock, a full
// disk and a file made read-only while open: what a team lead sees, and that nothing is lost.
#include "MainWindow.h"
#include "demo/DemoTeam.h"
#include "edit/ScheduleEditor.h"
#include "storage/Repositories.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace shiftlane;
using shiftlane::ui::MainWindow;

namespace {

const QDate Monday(2026, 11, 30);

struct TeamFile
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("team.shiftlane"));

    TeamFile()
    {
        auto db = Database::create(path);
        DemoOptions options;
        options.freelancers = 8;
        options.weeks = 1;
        options.start = Monday;
        writeDemoTeam(*db, options);
    }
    // What the file holds, through a connection of its own.
    bool holdsShift(Id id) const
    {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        return ScheduleRepository(*db).find(id).has_value();
    }
    QString integrity() const
    {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        QSqlQuery query = db->prepare(QStringLiteral("PRAGMA integrity_check"));
        db->exec(query);
        return query.next() ? query.value(0).toString() : QString();
    }
};

bool shows(const MainWindow& window, Id shiftId)
{
    for (const Shift& s : window.snapshot().shifts)
        if (s.id == shiftId)
            return true;
    return false;
}

bool deleteShift(MainWindow& window, Id shiftId)
{
    return window.applyChange(ScheduleEditor(window.snapshot()).requestDelete({shiftId}));
}

Id shiftShown(const MainWindow& window, int index)
{
    REQUIRE(window.snapshot().shifts.size() > index);
    return window.snapshot().shifts.at(index).id;
}

} // namespace

TEST_CASE("Edits from one window appear in another on refresh, and by themselves")
{
    TeamFile file;
    MainWindow a;
    MainWindow b;
    REQUIRE_FALSE(a.openFile(file.path).has_value());
    REQUIRE_FALSE(b.openFile(file.path).has_value());
    const Id first = shiftShown(a, 0);
    const Id second = shiftShown(a, 1);
    REQUIRE(shows(b, first));

    REQUIRE(deleteShift(a, first));
    CHECK(shows(b, first)); // b has not looked yet
    b.refreshFromFile();    // File → Refresh (F5)
    CHECK_FALSE(shows(b, first));

    // Without a refresh: b notices the other connection's commit within a tick or two.
    REQUIRE(deleteShift(a, second));
    CHECK(QTest::qWaitFor([&] { return !shows(b, second); }, 4 * MainWindow::WatchIntervalMs));
    CHECK(b.statusBar()->currentMessage().contains(QStringLiteral("another Shiftlane")));

    // And the other way round.
    const Id third = shiftShown(b, 0);
    REQUIRE(deleteShift(b, third));
    CHECK(QTest::qWaitFor([&] { return !shows(a, third); }, 4 * MainWindow::WatchIntervalMs));
    CHECK(file.integrity() == QStringLiteral("ok"));
}

TEST_CASE("A busy file: the edit waits with a message, the window stays live, nothing is lost")
{
    TeamFile file;
    MainWindow window;
    REQUIRE_FALSE(window.openFile(file.path).has_value());
    const Id shift = shiftShown(window, 0);

    auto other = Database::open(file.path);
    other->begin(); // another program holds the write lock (BEGIN IMMEDIATE)

    CHECK(deleteShift(window, shift));
    REQUIRE(window.editWaitingToSave() != nullptr);
    CHECK(window.statusBar()->currentMessage().contains(
        QStringLiteral("The file is busy (another Shiftlane is saving); retrying")));
    CHECK(window.undoStack()->count() == 0);
    CHECK(shows(window, shift)); // not shown as done before it is saved

    // The event loop runs the retries: a timer of ours fires in between, so the window is live.
    bool timerRan = false;
    QTimer::singleShot(0, &window, [&] { timerRan = true; });
    QTest::qWait(3 * MainWindow::RetryIntervalMs);
    CHECK(timerRan);
    CHECK(window.editWaitingToSave() != nullptr);

    // A second edit meanwhile is refused with a message, not dropped silently.
    const Id another = shiftShown(window, 1);
    CHECK_FALSE(deleteShift(window, another));
    CHECK(window.lastError().contains(QStringLiteral("still waiting to be saved")));

    other->rollback(); // the other program is done
    REQUIRE(QTest::qWaitFor([&] { return window.editWaitingToSave() == nullptr; }, 5000));
    CHECK(window.undoStack()->count() == 1);
    CHECK_FALSE(shows(window, shift));
    CHECK_FALSE(file.holdsShift(shift));
    CHECK(file.holdsShift(another));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("Saved")));
}

TEST_CASE("A full disk: the edit is refused whole, named, and not shown as done")
{
    TeamFile file;
    MainWindow window;
    REQUIRE_FALSE(window.openFile(file.path).has_value());
    const qsizetype shown = window.snapshot().shifts.size();
    QSqlQuery pages = window.database()->prepare(QStringLiteral("PRAGMA page_count"));
    window.database()->exec(pages);
    REQUIRE(pages.next());
    window.database()->exec(QStringLiteral("PRAGMA max_page_count=%1").arg(pages.value(0).toInt()));

    // Copy the week's shifts many times over: far more than the pages left.
    QList<Shift> copies;
    for (int round = 0; round < 40; ++round)
        for (Shift s : window.snapshot().shifts) {
            s.id = NoId;
            copies.append(s);
        }
    CHECK_FALSE(window.applyEdit(
        std::make_unique<ShiftChange>(QStringLiteral("Paste"), QList<Shift>(), copies),
        MainWindow::Refresh::Shifts));
    INFO(window.lastError().toStdString());
    CHECK(window.lastError().contains(QStringLiteral("full")));
    CHECK(window.lastError().contains(QDir::toNativeSeparators(file.path)));
    CHECK(window.undoStack()->count() == 0);
    CHECK(window.snapshot().shifts.size() == shown);
    auto db = Database::open(file.path, Database::Mode::ReadOnly);
    CHECK(ScheduleRepository(*db).overlapping(window.snapshot().window()).size() == shown);
}

TEST_CASE("A file made read-only while open: a clear error, and undo stays true to the file")
{
    TeamFile file;
    MainWindow window;
    REQUIRE_FALSE(window.openFile(file.path).has_value());
    const Id first = shiftShown(window, 0);
    REQUIRE(deleteShift(window, first));
    REQUIRE(window.undoStack()->index() == 1);

    const QFile::Permissions writable = QFile::permissions(file.path);
    REQUIRE(QFile::setPermissions(file.path, QFile::ReadOwner | QFile::ReadGroup));
    // A new edit is refused and not shown as done.
    const Id second = shiftShown(window, 0);
    CHECK_FALSE(deleteShift(window, second));
    CHECK(window.lastError().contains(QStringLiteral("read-only")));
    CHECK(window.lastError().contains(QDir::toNativeSeparators(file.path)));
    CHECK(shows(window, second));
    CHECK(window.undoStack()->count() == 1);

    // An undo that cannot be saved leaves the edit done, on screen and on the stack.
    window.undoStack()->undo();
    QCoreApplication::processEvents(); // the stack is put back from the event loop
    CHECK(window.undoStack()->index() == 1);
    CHECK_FALSE(shows(window, first));
    CHECK(file.holdsShift(second));
    CHECK_FALSE(file.holdsShift(first));

    // Writable again: undo works.
    REQUIRE(QFile::setPermissions(file.path, writable));
    window.undoStack()->undo();
    QCoreApplication::processEvents();
    CHECK(window.undoStack()->index() == 0);
    CHECK(shows(window, first));
    CHECK(file.holdsShift(first));
}
