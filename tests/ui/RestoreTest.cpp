#include "MainWindow.h"
#include "backup/RestoreDialog.h"
#include "demo/DemoTeam.h"
#include "storage/Repositories.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace shiftlane;
using shiftlane::ui::MainWindow;
using shiftlane::ui::RestoreDialog;

namespace {

const QDate Monday(2026, 11, 30);

struct Setup
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("team.shiftlane"));
    QString backups = dir.filePath(QStringLiteral("backups"));

    Setup()
    {
        auto db = Database::create(path);
        DemoOptions options;
        options.freelancers = 8;
        options.weeks = 1;
        options.start = Monday;
        writeDemoTeam(*db, options);
    }
};

} // namespace

TEST_CASE("Opening a file makes its daily backup, and a restore brings the content back")
{
    Setup setup;
    MainWindow window;
    window.setBackupRoot(setup.backups);
    REQUIRE_FALSE(window.openFile(setup.path).has_value());
    const qsizetype shifts = window.snapshot().shifts.size();
    REQUIRE(shifts > 0);

    QList<BackupInfo> backups = window.backups();
    REQUIRE(backups.size() == 1);
    CHECK(backups[0].kind == BackupInfo::Kind::Daily);
    CHECK(backups[0].made.date() == QDate::currentDate());
    CHECK(backups[0].freelancers == 8);
    CHECK(backups[0].shifts == int(shifts));
    // The copies live below the root given, not beside the file.
    CHECK(backups[0].path.startsWith(setup.backups));

    // A second open the same day makes no second copy.
    REQUIRE_FALSE(window.openFile(setup.path).has_value());
    CHECK(window.backups().size() == 1);

    // Delete every shift shown: one undoable edit.
    QList<Shift> none;
    REQUIRE(window.applyEdit(
        std::make_unique<ShiftChange>(QStringLiteral("Delete all"), window.snapshot().shifts, none),
        MainWindow::Refresh::Shifts));
    REQUIRE(window.snapshot().shifts.isEmpty());
    REQUIRE(window.undoStack()->count() == 1);

    const auto error = window.restoreBackup(backups[0].path);
    REQUIRE_FALSE(error.has_value());
    CHECK(window.snapshot().shifts.size() == shifts);
    // Undo belonged to the replaced state.
    CHECK(window.undoStack()->count() == 0);
    backups = window.backups();
    REQUIRE(backups.size() == 2);
    CHECK(backups[0].kind == BackupInfo::Kind::BeforeRestore);
    CHECK(backups[0].shifts == 0);

    // The file on disk holds the restored state too.
    auto db = Database::open(setup.path, Database::Mode::ReadOnly);
    CHECK(ScheduleRepository(*db).overlapping(window.snapshot().window()).size() == shifts);
}

TEST_CASE("The Restore dialog lists each copy and will not restore a damaged one")
{
    Setup setup;
    MainWindow window;
    window.setBackupRoot(setup.backups);
    REQUIRE_FALSE(window.openFile(setup.path).has_value());
    const QString good = window.backups().value(0).path;
    REQUIRE_FALSE(good.isEmpty());
    // An older copy that got damaged.
    const QString damaged =
        QFileInfo(good).dir().filePath(QStringLiteral("daily-2020-01-01.shiftlane"));
    REQUIRE(QFile::copy(good, damaged));
    {
        QFile file(damaged);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.seek(4096));
        file.write(QByteArray(int(file.size()) - 4096, '\x01'));
    }

    RestoreDialog dialog(setup.path, window.backups());
    QTableWidget* table = dialog.table();
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 3)->text() == QStringLiteral("8"));
    CHECK(table->item(1, 1)->text().contains(QStringLiteral("damaged")));
    CHECK(table->item(1, 3)->text().isEmpty());
    auto* restore = dialog.findChild<QPushButton*>(QStringLiteral("restoreButton"));
    REQUIRE(restore);
    CHECK_FALSE(restore->isEnabled());
    table->selectRow(1);
    CHECK_FALSE(restore->isEnabled());
    CHECK_FALSE(dialog.chosen().has_value());
    table->selectRow(0);
    CHECK(restore->isEnabled());
    REQUIRE(dialog.chosen().has_value());
    CHECK(dialog.chosen()->path == good);
    if (const QByteArray shot = qgetenv("SHIFTLANE_SCREENSHOT_DIR"); !shot.isEmpty()) {
        dialog.show();
        dialog.grab().save(QString::fromLocal8Bit(shot) + QStringLiteral("/restore-dialog.png"));
    }

    // Restoring the damaged copy directly is refused, and the file stays as it was.
    const auto error = window.restoreBackup(damaged);
    REQUIRE(error.has_value());
    CHECK(error->contains(QStringLiteral("daily-2020-01-01.shiftlane")));
    CHECK(error->contains(QStringLiteral("Nothing was changed")));
    CHECK_FALSE(window.snapshot().shifts.isEmpty());
}
