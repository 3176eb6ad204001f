#include "storage/BackupStore.h"
#include "demo/DemoTeam.h"
#include "storage/Database.h"
#include "storage/Repositories.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace shiftlane;

namespace {

const QDateTime Monday(QDate(2026, 3, 2), QTime(8, 30));

struct Team
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("team.shiftlane"));
    QString backups = dir.filePath(QStringLiteral("backups"));
    std::unique_ptr<Database> db;

    explicit Team(int freelancers = 8)
    {
        db = Database::create(path);
        DemoOptions options;
        options.freelancers = freelancers;
        options.weeks = 1;
        options.start = Monday.date();
        writeDemoTeam(*db, options);
    }
    int count(const char* table) const
    {
        QSqlQuery query =
            db->prepare(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
        db->exec(query);
        return query.next() ? query.value(0).toInt() : -1;
    }
    void reopen()
    {
        db.reset();
        db = Database::open(path);
    }
};

QStringList daysOf(const QList<BackupInfo>& backups)
{
    QStringList days;
    for (const BackupInfo& info : backups)
        days << info.made.date().toString(Qt::ISODate);
    return days;
}

} // namespace

TEST_CASE("The linked SQLite is the one Qt's driver runs, so its handle can be used")
{
    Team team(1);
    QSqlQuery query = team.db->prepare(QStringLiteral("SELECT sqlite_version()"));
    team.db->exec(query);
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QString::fromLatin1(sqlite3_libversion()));
}

TEST_CASE("One copy a day, and only the newest daily copies are kept")
{
    Team team;
    BackupStore store(team.backups, 3);
    for (int day = 0; day < 5; ++day) {
        const auto made = store.backUpDaily(*team.db, Monday.addDays(day));
        REQUIRE(made);
        CHECK(QFile::exists(made->path));
        CHECK(made->freelancers == 8);
        // Opening again the same day makes no second copy.
        CHECK_FALSE(store.backUpDaily(*team.db, Monday.addDays(day).addSecs(3600)));
    }
    const QList<BackupInfo> kept = store.list();
    CHECK(daysOf(kept) == QStringList{QStringLiteral("2026-03-06"), QStringLiteral("2026-03-05"),
                                      QStringLiteral("2026-03-04")});
    for (const BackupInfo& info : kept) {
        CHECK(info.kind == BackupInfo::Kind::Daily);
        CHECK(info.problem.isEmpty());
        CHECK(info.bytes > 0);
        CHECK(info.freelancers == 8);
        CHECK(info.shifts == team.count("shifts"));
    }
    // Nothing else is left in the folder (no half-written copies).
    CHECK(QDir(team.backups).entryList(QDir::Files).size() == 3);
}

TEST_CASE("Each file has its own backup folder")
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("a"));
    QDir(dir.path()).mkpath(QStringLiteral("b"));
    const QString a =
        BackupStore::folderFor(dir.path(), dir.filePath(QStringLiteral("a/t.shiftlane")));
    const QString b =
        BackupStore::folderFor(dir.path(), dir.filePath(QStringLiteral("b/t.shiftlane")));
    CHECK(a != b);
    CHECK(QFileInfo(a).fileName().startsWith(QStringLiteral("t-")));
    CHECK(a ==
          BackupStore::folderFor(dir.path(), dir.filePath(QStringLiteral("a/../a/t.shiftlane"))));
}

TEST_CASE("A restore brings back the content and keeps the state it replaced")
{
    Team team;
    BackupStore store(team.backups);
    const auto monday = store.backUpDaily(*team.db, Monday);
    REQUIRE(monday);
    const int shifts = team.count("shifts");
    REQUIRE(shifts > 0);

    // A bad day: the shifts are gone and someone new was added.
    team.db->exec(QStringLiteral("DELETE FROM shifts"));
    Freelancer extra;
    extra.name = QStringLiteral("Added Later");
    extra.timeZone = "Europe/Lisbon";
    FreelancerRepository(*team.db).add(extra);
    REQUIRE(team.count("freelancers") == 9);

    const BackupInfo replaced = store.restore(*team.db, monday->path, Monday.addDays(1));
    team.reopen();
    CHECK(team.count("shifts") == shifts);
    CHECK(team.count("freelancers") == 8);
    CHECK(team.db->schemaVersion() == Database::CurrentSchemaVersion);

    // The state before the restore is a copy of its own, listed with what it holds.
    CHECK(replaced.kind == BackupInfo::Kind::BeforeRestore);
    CHECK(replaced.freelancers == 9);
    CHECK(replaced.shifts == 0);
    const QList<BackupInfo> all = store.list();
    REQUIRE(all.size() == 2);
    CHECK(all[0].kind == BackupInfo::Kind::BeforeRestore);
    CHECK(all[1].path == monday->path);

    // ... so the restore itself can be undone.
    store.restore(*team.db, replaced.path, Monday.addDays(1).addSecs(60));
    team.reopen();
    CHECK(team.count("freelancers") == 9);
    CHECK(team.count("shifts") == 0);
}

TEST_CASE("A damaged backup is refused with a message naming it, and nothing changes")
{
    Team team;
    BackupStore store(team.backups);
    const auto monday = store.backUpDaily(*team.db, Monday);
    REQUIRE(monday);
    {
        // Overwrite the pages after the header: the file still looks like SQLite.
        QFile file(monday->path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.size() > 8192);
        REQUIRE(file.seek(4096));
        file.write(QByteArray(int(file.size()) - 4096, '\x5a'));
    }
    team.db->exec(QStringLiteral("DELETE FROM shifts"));

    try {
        store.restore(*team.db, monday->path, Monday.addDays(1));
        FAIL("a damaged backup was restored");
    } catch (const StorageError& error) {
        INFO(error.message().toStdString());
        CHECK(error.kind() == StorageError::Kind::Corrupt);
        CHECK(error.message().contains(QFileInfo(monday->path).fileName()));
        CHECK(error.message().contains(QStringLiteral("Nothing was changed")));
    }
    CHECK(team.count("shifts") == 0);
    CHECK(team.count("freelancers") == 8);
    // No copy of the current state was made for a restore that did not happen; the damaged
    // copy is listed as damaged.
    const QList<BackupInfo> all = store.list();
    REQUIRE(all.size() == 1);
    CHECK_FALSE(all[0].problem.isEmpty());
    CHECK(all[0].freelancers == -1);
}

TEST_CASE("Another program's file is refused as a backup")
{
    Team team;
    BackupStore store(team.backups);
    const QString other = team.dir.filePath(QStringLiteral("notes.shiftlane"));
    {
        QFile file(other);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("name,phone\nAna,123\n");
    }
    CHECK_THROWS_AS(store.restore(*team.db, other, Monday), StorageError);
    CHECK(team.count("freelancers") == 8);
}

TEST_CASE("The daily copy is the last committed state while another connection writes")
{
    Team team;
    const int shifts = team.count("shifts");
    auto writer = Database::open(team.path);
    writer->begin();
    writer->exec(QStringLiteral("DELETE FROM shifts"));
    BackupStore store(team.backups);
    const auto made = store.backUpDaily(*team.db, Monday);
    writer->rollback();
    REQUIRE(made);
    CHECK(made->shifts == shifts);
}
