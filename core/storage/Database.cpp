#include "storage/Database.h"

#include "storage/Migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QtEndian>

#include <atomic>

namespace shiftlane {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Database", text);
}

QString newConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("shiftlane-%1").arg(++counter);
}

// What the first page of the file says, read as plain bytes so that a file we refuse
// is never opened by SQLite (which could roll back a journal or change the header).
struct Header
{
    bool isSqlite = false;
    qint32 userVersion = 0;
    qint32 applicationId = 0;
};

Header readHeader(const QString& path, QString& problem)
{
    Header header;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problem = file.errorString();
        return header;
    }
    const QByteArray bytes = file.read(100);
    header.isSqlite = bytes.size() == 100 && bytes.startsWith(QByteArrayLiteral("SQLite format 3"));
    if (header.isSqlite) {
        header.userVersion = qFromBigEndian<qint32>(bytes.constData() + 60);
        header.applicationId = qFromBigEndian<qint32>(bytes.constData() + 68);
    }
    return header;
}

} // namespace

Database::Database(QString path, Mode mode) : m_path(std::move(path)), m_mode(mode) {}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::open(const QString& path, Mode mode)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!info.exists())
        throw StorageError(StorageError::Kind::NotFound, tr("%1 does not exist.").arg(shown));
    if (!info.isFile())
        throw StorageError(StorageError::Kind::NotShiftlane, tr("%1 is not a file.").arg(shown));

    QString problem;
    const Header header = readHeader(path, problem);
    if (!problem.isEmpty())
        throw StorageError(StorageError::Kind::Failed,
                           tr("%1 cannot be read: %2").arg(shown, problem));
    if (!header.isSqlite)
        throw StorageError(
            StorageError::Kind::NotShiftlane,
            tr("%1 is not a Shiftlane database (it is not an SQLite file).").arg(shown));
    if (header.applicationId != ApplicationId)
        throw StorageError(StorageError::Kind::NotShiftlane,
                           tr("%1 is an SQLite database, but not one of Shiftlane's.").arg(shown));
    // No Shiftlane wrote a negative schema version; migrating up from one would commit once
    // per version, two billion times.
    if (header.userVersion < 0)
        throw StorageError(StorageError::Kind::Corrupt,
                           tr("%1 is damaged (its schema version reads %2). Restore it from a "
                              "backup.")
                               .arg(shown)
                               .arg(header.userVersion));
    if (header.userVersion > CurrentSchemaVersion)
        throw StorageError(StorageError::Kind::NewerVersion,
                           tr("%1 was written by a newer version of Shiftlane (schema %2; this "
                              "version reads up to %3). Update Shiftlane to open it.")
                               .arg(shown)
                               .arg(header.userVersion)
                               .arg(CurrentSchemaVersion));
    if (mode == Mode::ReadWrite) {
        // Root can write anything, so also honour the file's own "read-only" bit.
        if (!info.isWritable() || !(info.permissions() & QFileDevice::WriteOwner))
            throw StorageError(StorageError::Kind::ReadOnly,
                               tr("%1 is read-only. Make it writable, or copy it to a folder "
                                  "you can write to.")
                                   .arg(shown));
        if (!QFileInfo(info.absolutePath()).isWritable())
            throw StorageError(StorageError::Kind::ReadOnly,
                               tr("The folder of %1 is read-only; Shiftlane needs to write its "
                                  "journal beside the file.")
                                   .arg(shown));
    }

    std::unique_ptr<Database> db(new Database(info.absoluteFilePath(), mode));
    db->connect(false);

    // A damaged file can still have a good header: check every page before any write.
    QSqlQuery check = db->prepare(QStringLiteral("PRAGMA quick_check"));
    db->exec(check);
    const QString verdict = check.next() ? check.value(0).toString() : QString();
    check.finish(); // a statement left open would lock the schema (DROP TABLE) in migrations
    if (verdict != QLatin1String("ok"))
        throw StorageError(StorageError::Kind::Corrupt,
                           tr("%1 is damaged (SQLite reports: %2). Restore it from a backup.")
                               .arg(shown, verdict));

    if (mode == Mode::ReadWrite) {
        db->exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        db->migrate();
    }
    return db;
}

std::unique_ptr<Database> Database::create(const QString& path)
{
    return createAtVersion(path, CurrentSchemaVersion);
}

std::unique_ptr<Database> Database::createAtVersion(const QString& path, int version)
{
    const QFileInfo info(path);
    if (info.exists())
        throw StorageError(StorageError::Kind::Failed,
                           tr("%1 already exists; Shiftlane will not overwrite it.")
                               .arg(QDir::toNativeSeparators(info.absoluteFilePath())));
    std::unique_ptr<Database> db(new Database(info.absoluteFilePath(), Mode::ReadWrite));
    db->connect(true);
    db->exec(QStringLiteral("PRAGMA application_id=%1").arg(ApplicationId));
    db->exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    db->migrate(version);
    return db;
}

void Database::connect(bool create)
{
    m_connectionName = newConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (m_mode == Mode::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!create && !QFileInfo::exists(m_path))
        throw StorageError(StorageError::Kind::NotFound, tr("%1 does not exist.").arg(m_path));
    if (!db.open())
        throw errorFor(db.lastError(), tr("open"));
    exec(QStringLiteral("PRAGMA foreign_keys=ON"));
}

int Database::schemaVersion() const
{
    QSqlQuery query = prepare(QStringLiteral("PRAGMA user_version"));
    exec(query);
    return query.next() ? query.value(0).toInt() : 0;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery Database::prepare(const QString& sql) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.prepare(sql))
        throw errorFor(query.lastError(), sql);
    return query;
}

void Database::exec(QSqlQuery& query) const
{
    if (!query.exec())
        throw errorFor(query.lastError(), query.lastQuery());
}

void Database::exec(const QString& sql) const
{
    QSqlQuery query = prepare(sql);
    exec(query);
}

void Database::migrate(int targetVersion)
{
    for (int version = schemaVersion() + 1; version <= targetVersion; ++version) {
        Transaction transaction(*this);
        for (const QString& statement : migrationTo(version))
            exec(statement);
        exec(QStringLiteral("PRAGMA user_version=%1").arg(version));
        transaction.commit();
    }
}

void Database::setBusyTimeout(int milliseconds)
{
    exec(QStringLiteral("PRAGMA busy_timeout=%1").arg(milliseconds));
}

qint64 Database::dataVersion() const
{
    QSqlQuery query = prepare(QStringLiteral("PRAGMA data_version"));
    exec(query);
    return query.next() ? query.value(0).toLongLong() : 0;
}

void Database::checkStillWritable() const
{
    // SQLite keeps writing through the descriptors it opened, whatever happens to the file
    // afterwards: writes to a deleted file would vanish, and a file made read-only would still
    // change. So each write first looks at the file as the user sees it now.
    const QFileInfo info(m_path);
    const QString shown = QDir::toNativeSeparators(m_path);
    if (!info.exists())
        throw StorageError(StorageError::Kind::NotFound,
                           tr("%1 has been moved or deleted since Shiftlane opened it. Nothing "
                              "was changed; open the file again where it is now.")
                               .arg(shown));
    if (!info.isWritable() || !(info.permissions() & QFileDevice::WriteOwner))
        throw StorageError(StorageError::Kind::ReadOnly,
                           tr("%1 has been made read-only since Shiftlane opened it. Nothing was "
                              "changed; make the file writable again to save edits.")
                               .arg(shown));
}

void Database::begin()
{
    if (m_transactionDepth == 0) {
        checkStillWritable();
        exec(QStringLiteral("BEGIN IMMEDIATE"));
    } else {
        exec(QStringLiteral("SAVEPOINT level%1").arg(m_transactionDepth));
    }
    ++m_transactionDepth;
}

void Database::commit()
{
    --m_transactionDepth;
    if (m_transactionDepth == 0)
        exec(QStringLiteral("COMMIT"));
    else
        exec(QStringLiteral("RELEASE level%1").arg(m_transactionDepth));
}

void Database::rollback()
{
    --m_transactionDepth;
    // Never throw from here: it runs in destructors while another error unwinds.
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (m_transactionDepth == 0) {
        query.exec(QStringLiteral("ROLLBACK"));
    } else {
        query.exec(QStringLiteral("ROLLBACK TO level%1").arg(m_transactionDepth));
        query.exec(QStringLiteral("RELEASE level%1").arg(m_transactionDepth));
    }
}

StorageError Database::errorFor(const QSqlError& error, const QString& what) const
{
    const QString shown = QDir::toNativeSeparators(m_path);
    const int code = error.nativeErrorCode().toInt() & 0xff; // primary SQLite result code
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return StorageError(StorageError::Kind::Busy,
                            tr("%1 is busy: another Shiftlane window or program is writing to "
                               "it. Try again in a moment.")
                                .arg(shown));
    case 8: // SQLITE_READONLY
        return StorageError(
            StorageError::Kind::ReadOnly,
            tr("%1 cannot be written (read-only). Nothing was changed.").arg(shown));
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return StorageError(
            StorageError::Kind::Corrupt,
            tr("%1 is damaged (%2). Restore it from a backup.").arg(shown, error.databaseText()));
    case 13: // SQLITE_FULL
        return StorageError(StorageError::Kind::Failed,
                            tr("The disk holding %1 is full. Nothing was changed.").arg(shown));
    default:
        return StorageError(StorageError::Kind::Failed,
                            tr("%1: %2 failed: %3").arg(shown, what.left(80), error.text()));
    }
}

} // namespace shiftlane
