#include "storage/Database.h"
#include "storage/CalendarRevisions.h"
#include "storage/Repositories.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace shiftlane;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

void patchFile(const QString& path, qint64 offset, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek(offset));
    file.write(bytes);
}

// A closed database file holding one team with a few rows.
QString makeDatabase(const QTemporaryDir& dir,
                     const QString& name = QStringLiteral("team.shiftlane"))
{
    const QString path = dir.filePath(name);
    auto db = Database::create(path);
    PlanningSettings settings;
    settings.teamName = QStringLiteral("Support");
    settings.planningTimeZone = "Europe/Lisbon";
    SettingsRepository(*db).save(settings);
    SkillRepository skills(*db);
    for (int i = 0; i < 40; ++i)
        skills.add({NoId, QStringLiteral("Skill %1").arg(i), QStringLiteral("#112233")});
    return path;
}

StorageError::Kind openError(const QString& path, Database::Mode mode = Database::Mode::ReadWrite)
{
    try {
        Database::open(path, mode);
    } catch (const StorageError& error) {
        INFO(error.message().toStdString());
        return error.kind();
    }
    FAIL("the file was opened");
    return StorageError::Kind::Failed;
}

QString openMessage(const QString& path)
{
    try {
        Database::open(path);
    } catch (const StorageError& error) {
        return error.message();
    }
    return {};
}

} // namespace

TEST_CASE("A created database opens again with its settings and schema version")
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    auto db = Database::open(path);
    CHECK(db->schemaVersion() == Database::CurrentSchemaVersion);
    CHECK(SettingsRepository(*db).load().planningTimeZone == "Europe/Lisbon");
    CHECK(SkillRepository(*db).all().size() == 40);
}

TEST_CASE("Creating never overwrites an existing file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    writeFile(path, "my notes");
    CHECK_THROWS_AS(Database::create(path), StorageError);
    CHECK(fileHash(path) == QCryptographicHash::hash("my notes", QCryptographicHash::Sha256));
}

TEST_CASE("A missing file is reported as missing")
{
    QTemporaryDir dir;
    CHECK(openError(dir.filePath(QStringLiteral("nope.shiftlane"))) ==
          StorageError::Kind::NotFound);
}

TEST_CASE("A file that is not SQLite is refused and left untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("schedule.shiftlane"));
    writeFile(path, QByteArray("name,skills\nAna,Phone\n").repeated(20));
    const QByteArray before = fileHash(path);
    CHECK(openError(path) == StorageError::Kind::NotShiftlane);
    CHECK(openMessage(path).contains(QStringLiteral("schedule.shiftlane")));
    CHECK(fileHash(path) == before);

    writeFile(path, QByteArray());
    CHECK(openError(path) == StorageError::Kind::NotShiftlane);
}

TEST_CASE("Another program's SQLite database is refused and left untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        REQUIRE(other.open());
        QSqlQuery(other).exec(QStringLiteral("CREATE TABLE t (x)"));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = fileHash(path);
    CHECK(openError(path) == StorageError::Kind::NotShiftlane);
    CHECK(fileHash(path) == before);
}

TEST_CASE("A database from a newer Shiftlane is refused and left untouched")
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    patchFile(path, 60, QByteArray("\x00\x00\x00\x63", 4)); // user_version 99
    const QByteArray before = fileHash(path);
    CHECK(openError(path) == StorageError::Kind::NewerVersion);
    CHECK(openMessage(path).contains(QStringLiteral("newer version")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("A database whose schema version reads negative is refused at once, untouched")
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    // The header libFuzzer found: read-write opening it ran migrations up from -2^31 + 26.
    patchFile(path, 60, QByteArray("\x80\x00\x00\x1a", 4));
    const QByteArray before = fileHash(path);
    CHECK(openError(path) == StorageError::Kind::Corrupt);
    CHECK(openMessage(path).contains(QStringLiteral("schema version reads -2147483622")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("A damaged database is refused and left untouched")
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    QFile file(path);
    REQUIRE(file.size() > 8192);
    patchFile(path, 4096 + 8, QByteArray(512, '\xA5'));
    const QByteArray before = fileHash(path);
    CHECK(openError(path) == StorageError::Kind::Corrupt);
    CHECK(fileHash(path) == before);
}

TEST_CASE("A truncated database is refused")
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    QFile file(path);
    REQUIRE(file.resize(4096 + 100));
    CHECK(openError(path) == StorageError::Kind::Corrupt);
}

TEST_CASE("A read-only file is refused for editing but can be read")
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    const QByteArray before = fileHash(path);
    CHECK(openError(path) == StorageError::Kind::ReadOnly);
    {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        CHECK(SkillRepository(*db).all().size() == 40);
        CHECK_THROWS_AS(
            SkillRepository(*db).add({NoId, QStringLiteral("Voice"), QStringLiteral("#000000")}),
            StorageError);
    }
    CHECK(fileHash(path) == before);
}

TEST_CASE("A failed user action leaves nothing half-written")
{
    QTemporaryDir dir;
    auto db = Database::open(makeDatabase(dir));
    SkillRepository skills(*db);
    try {
        Transaction action(*db);
        skills.add({NoId, QStringLiteral("Voice"), QStringLiteral("#000000")});
        skills.add({NoId, QStringLiteral("skill 3"), QStringLiteral("#000000")}); // duplicate name
        action.commit();
        FAIL("the duplicate was accepted");
    } catch (const StorageError&) {
    }
    CHECK(skills.all().size() == 40);
}

TEST_CASE("A database held by another writer reports busy instead of hanging")
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    auto first = Database::open(path);
    auto second = Database::open(path);
    Transaction holding(*first);
    SkillRepository(*first).add({NoId, QStringLiteral("Voice"), QStringLiteral("#000000")});
    try {
        SkillRepository(*second).add({NoId, QStringLiteral("Video"), QStringLiteral("#000000")});
        FAIL("the second writer did not wait for the lock");
    } catch (const StorageError& error) {
        CHECK(error.kind() == StorageError::Kind::Busy);
        CHECK(error.message().contains(QStringLiteral("busy")));
    }
}

TEST_CASE("Every earlier schema version migrates to the current one")
{
    for (int version = 0; version < Database::CurrentSchemaVersion; ++version) {
        INFO("from version " << version);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.shiftlane"));
        Database::createAtVersion(path, version);
        auto db = Database::open(path);
        CHECK(db->schemaVersion() == Database::CurrentSchemaVersion);
        SkillRepository(*db).add({NoId, QStringLiteral("Phone"), QStringLiteral("#000000")});
        QSqlQuery check = db->prepare(QStringLiteral("PRAGMA integrity_check"));
        db->exec(check);
        REQUIRE(check.next());
        CHECK(check.value(0).toString() == QStringLiteral("ok"));
    }
}

TEST_CASE("A version 1 file gains travel periods and keeps its availability")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.shiftlane"));
    Id ana = NoId;
    {
        auto old = Database::createAtVersion(path, 1);
        Freelancer f;
        f.name = QStringLiteral("Ana Souza");
        f.timeZone = "Europe/Lisbon";
        // The version 1 tables are those of today: write through the repositories.
        ana = FreelancerRepository(*old).add(f);
        AvailabilityRepository(*old).replaceWeekly(
            ana, {{NoId, ana, 1, 540, 780, AvailabilityKind::Available}});
    }
    {
        // Read-only, the file stays at version 1 and still reads.
        auto readOnly = Database::open(path, Database::Mode::ReadOnly);
        CHECK(readOnly->schemaVersion() == 1);
        CHECK(AvailabilityRepository(*readOnly).forFreelancer(ana).weekly.size() == 1);
    }
    auto db = Database::open(path);
    CHECK(db->schemaVersion() >= 2);
    AvailabilityRepository repo(*db);
    repo.replaceTravel(ana, {{NoId, ana, QDate(2026, 6, 8), QDate(2026, 6, 14), "Asia/Dubai"}});
    const FreelancerAvailability stored = repo.forFreelancer(ana);
    CHECK(stored.weekly.size() == 1);
    REQUIRE(stored.travel.size() == 1);
    CHECK(stored.travel[0].timeZone == "Asia/Dubai");
}

TEST_CASE("Dated demand of version 1 becomes headcount overrides that ask for the same")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.shiftlane"));
    {
        auto v1 = Database::createAtVersion(path, 1);
        v1->exec(
            QStringLiteral("INSERT INTO skills (id, name, color) VALUES (4, 'Phone', '#000')"));
        v1->exec(QStringLiteral("INSERT INTO demand (skill_id, day, interval, required) VALUES"
                                " (4, '2026-03-02', 18, 3), (4, '2026-03-02', 19, 0),"
                                " (4, '2026-03-03', 20, 1)"));
    }
    auto db = Database::open(path);
    CHECK(db->schemaVersion() == Database::CurrentSchemaVersion);
    DemandRepository demand(*db);
    CHECK(demand.between(QDate(2026, 3, 1), QDate(2026, 3, 10)) ==
          QList<DemandInterval>{{4, QDate(2026, 3, 2), 18, 3}, {4, QDate(2026, 3, 3), 20, 1}});
    const DemandPlan plan = demand.plan(4);
    CHECK(plan.input == DemandInput::Headcount);
    CHECK(plan.overrides.keys() == QList{QDate(2026, 3, 2), QDate(2026, 3, 3)});
    CHECK(demand.dateRange() == std::pair{QDate(2026, 3, 2), QDate(2026, 3, 3)});
}

TEST_CASE("A version 3 file gains the availability audit trail")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.shiftlane"));
    Database::createAtVersion(path, 3);
    {
        auto readOnly = Database::open(path, Database::Mode::ReadOnly);
        CHECK(AvailabilityAuditRepository(*readOnly).forFreelancer(1).isEmpty());
    }
    auto db = Database::open(path);
    CHECK(db->schemaVersion() >= 4);
    AvailabilityAuditRepository audit(*db);
    const QDateTime at(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC);
    audit.record({NoId, at, QStringLiteral("Team lead"), 1, QStringLiteral("Time off added")});
    audit.record({NoId, at.addSecs(60), QStringLiteral("Ana"), 1, QStringLiteral("Travel added")});
    const QList<AvailabilityChange> changes = audit.forFreelancer(1);
    REQUIRE(changes.size() == 2);
    CHECK(changes[0].actor == QStringLiteral("Ana")); // newest first
    CHECK(changes[1].atUtc == at);
}

namespace {

// A version 4 file with one Phone shift of Ana's, and a calendar identity when `exported`.
QString version4File(const QTemporaryDir& dir, bool exported)
{
    const QString path = dir.filePath(QStringLiteral("v4.shiftlane"));
    auto v4 = Database::createAtVersion(path, 4);
    v4->exec(QStringLiteral("INSERT INTO skills (id, name, color) VALUES (1, 'Phone', '#000')"));
    v4->exec(QStringLiteral("INSERT INTO freelancers (id, name, time_zone, hourly_rate_cents,"
                            " currency, max_minutes_per_week, min_minutes_per_week,"
                            " max_shifts_per_day, max_consecutive_days, min_consecutive_days_off,"
                            " min_rest_hours, max_working_weekends)"
                            " VALUES (1, 'Ana', 'Europe/Lisbon', 2000, 'EUR', 2400, 0, 1, 6, 1,"
                            " 11, 4)"));
    v4->exec(QStringLiteral("INSERT INTO shifts (id, start_utc, end_utc, skill_id, freelancer_id)"
                            " VALUES (7, 1772438400, 1772467200, 1, 1)"));
    if (exported)
        SettingsRepository(*v4).ensureCalendarIdentity();
    return path;
}

qint64 revisionOf(Database& db, Id shift)
{
    QSqlQuery query = db.prepare(QStringLiteral("SELECT revision FROM shifts WHERE id = ?"));
    query.addBindValue(shift);
    db.exec(query);
    return query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

TEST_CASE("A version 4 file's calendar revisions start above what its exports carried")
{
    QTemporaryDir dir;
    // Version 4 exports carried SEQUENCE = seconds since 2020 at the export.
    const qint64 lastOldSequence =
        QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC).secsTo(QDateTime::currentDateTimeUtc());
    const QString path = version4File(dir, true);
    {
        auto readOnly = Database::open(path, Database::Mode::ReadOnly);
        CHECK_FALSE(CalendarRevisions(*readOnly).available());
    }
    auto db = Database::open(path);
    CHECK(db->schemaVersion() >= 5);
    REQUIRE(CalendarRevisions(*db).available());
    const qint64 migrated = revisionOf(*db, 7);
    CHECK(migrated > lastOldSequence);
    CHECK(CalendarRevisions(*db).ofFreelancer(1).value(7).number == migrated);

    Shift added = *ScheduleRepository(*db).find(7);
    added.id = NoId;
    added.start = added.start.addDays(1);
    added.end = added.end.addDays(1);
    CHECK(revisionOf(*db, ScheduleRepository(*db).add(added)) > migrated);
    ScheduleRepository(*db).remove(7);
    const QList<CalendarRevisions::Cancellation> cancelled = CalendarRevisions(*db).cancelledFor(1);
    REQUIRE(cancelled.size() == 1);
    CHECK(cancelled[0].shiftId == 7);
    CHECK(cancelled[0].revision == migrated + 1);
}

TEST_CASE("A version 4 file no calendar came from counts revisions from 1")
{
    QTemporaryDir dir;
    auto db = Database::open(version4File(dir, false));
    CHECK(revisionOf(*db, 7) == 1);
    Shift moved = *ScheduleRepository(*db).find(7);
    moved.end = moved.end.addSecs(-3600);
    ScheduleRepository(*db).update(moved);
    CHECK(revisionOf(*db, 7) == 2);
}

TEST_CASE("A full disk fails the whole write with a message naming the file")
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    auto db = Database::open(path);
    // SQLite's own size limit stands in for a full file system: no page beyond today's.
    QSqlQuery pages = db->prepare(QStringLiteral("PRAGMA page_count"));
    db->exec(pages);
    REQUIRE(pages.next());
    db->exec(QStringLiteral("PRAGMA max_page_count=%1").arg(pages.value(0).toInt()));
    SkillRepository skills(*db);
    try {
        Transaction action(*db);
        for (int i = 0; i < 2000; ++i)
            skills.add({NoId, QStringLiteral("A long skill name to fill pages %1").arg(i),
                        QStringLiteral("#000000")});
        action.commit();
        FAIL("the writes did not run out of space");
    } catch (const StorageError& error) {
        INFO(error.message().toStdString());
        CHECK(error.message().contains(QStringLiteral("full")));
        CHECK(error.message().contains(QDir::toNativeSeparators(path)));
        CHECK(error.message().contains(QStringLiteral("Nothing was changed")));
    }
    CHECK(skills.all().size() == 40);
    db.reset();
    CHECK(SkillRepository(*Database::open(path, Database::Mode::ReadOnly)).all().size() == 40);
}

TEST_CASE("A file made read-only while open refuses the next write, even for root")
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    auto db = Database::open(path);
    const QFile::Permissions writable = QFile::permissions(path);
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    SkillRepository skills(*db);
    try {
        skills.add({NoId, QStringLiteral("Voice"), QStringLiteral("#000000")});
        FAIL("a read-only file was written");
    } catch (const StorageError& error) {
        CHECK(error.kind() == StorageError::Kind::ReadOnly);
        CHECK(error.message().contains(QStringLiteral("read-only")));
        CHECK(error.message().contains(QDir::toNativeSeparators(path)));
    }
    CHECK(skills.all().size() == 40);
    // Writable again: the next write goes through.
    REQUIRE(QFile::setPermissions(path, writable));
    skills.add({NoId, QStringLiteral("Voice"), QStringLiteral("#000000")});
    CHECK(skills.all().size() == 41);
}

TEST_CASE("A connection that may not write says so with the file's name")
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    auto db = Database::open(path);
    db->exec(QStringLiteral("PRAGMA query_only=1"));
    try {
        SkillRepository(*db).add({NoId, QStringLiteral("Voice"), QStringLiteral("#000000")});
        FAIL("a query-only connection wrote");
    } catch (const StorageError& error) {
        CHECK(error.kind() == StorageError::Kind::ReadOnly);
        CHECK(error.message().contains(QDir::toNativeSeparators(path)));
    }
    CHECK(SkillRepository(*db).all().size() == 40);
}

TEST_CASE("A file deleted while open is not written into the void")
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    auto db = Database::open(path);
    REQUIRE(QFile::rename(path, path + QStringLiteral(".moved")));
    try {
        SkillRepository(*db).add({NoId, QStringLiteral("Voice"), QStringLiteral("#000000")});
        FAIL("the write went to a file that is no longer there");
    } catch (const StorageError& error) {
        CHECK(error.kind() == StorageError::Kind::NotFound);
        CHECK(error.message().contains(QStringLiteral("moved or deleted")));
    }
}

TEST_CASE("Another connection's commit changes the data version: one's own does not")
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    auto mine = Database::open(path);
    auto theirs = Database::open(path);
    const qint64 start = mine->dataVersion();
    SkillRepository(*mine).add({NoId, QStringLiteral("Voice"), QStringLiteral("#000000")});
    CHECK(mine->dataVersion() == start);
    SkillRepository(*theirs).add({NoId, QStringLiteral("Video"), QStringLiteral("#000000")});
    CHECK(mine->dataVersion() != start);
}

TEST_CASE("Demand plans of every earlier version keep the interval length they were entered in")
{
    for (int version = 1; version < 6; ++version) {
        INFO("from version " << version);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.shiftlane"));
        {
            auto old = Database::createAtVersion(path, version);
            old->exec(QStringLiteral(
                "INSERT INTO settings (key, value) VALUES ('interval_minutes', '15')"));
            old->exec(
                QStringLiteral("INSERT INTO skills (id, name, color) VALUES (4, 'Phone', '#000')"));
            if (version < 3) {
                // Dated demand, which version 3 turns into headcount overrides of those dates.
                old->exec(QStringLiteral("INSERT INTO demand (skill_id, day, interval, required)"
                                         " VALUES (4, '2026-11-30', 36, 2),"
                                         " (4, '2026-11-30', 37, 5)"));
            } else {
                old->exec(QStringLiteral(
                    "INSERT INTO demand_plans (skill_id, input, handle_seconds, service_level,"
                    " answer_seconds, shrinkage, concurrency) VALUES (4, 'headcount', 180, 0.8,"
                    " 20, 0.3, 1)"));
                // Monday 09:00-09:15 and 09:15-09:30 in the file's quarter-hours.
                old->exec(QStringLiteral("INSERT INTO demand_weekly (skill_id, day_of_week,"
                                         " interval, value) VALUES (4, 1, 36, 2), (4, 1, 37, 5)"));
            }
        }
        const QDate monday(2026, 11, 30);
        const QList<DemandInterval> asBefore{{4, monday, 36, 2}, {4, monday, 37, 5}};
        if (version >= 3) {
            // Read-only, the file is not migrated and reads the same.
            auto readOnly = Database::open(path, Database::Mode::ReadOnly);
            CHECK(readOnly->schemaVersion() == version);
            CHECK(DemandRepository(*readOnly).plan(4).intervalMinutes == 15);
            CHECK(DemandRepository(*readOnly).between(monday, monday) == asBefore);
        }
        auto db = Database::open(path);
        CHECK(db->schemaVersion() == Database::CurrentSchemaVersion);
        DemandRepository demand(*db);
        CHECK(demand.plan(4).intervalMinutes == 15);
        CHECK(demand.between(monday, monday) == asBefore);
        // The file moves to half hours: the plan is converted, not misread as half hours.
        PlanningSettings settings = SettingsRepository(*db).load();
        settings.intervalMinutes = 30;
        SettingsRepository(*db).save(settings);
        CHECK(demand.between(monday, monday) == QList<DemandInterval>{{4, monday, 18, 5}});
    }
}
