#include "storage/BackupStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QStandardPaths>

#include <sqlite3.h>

#include <algorithm>

namespace shiftlane {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("BackupStore", text);
}

const QString Suffix = QStringLiteral(".shiftlane");
const QString DailyPrefix = QStringLiteral("daily-");
const QString BeforeRestorePrefix = QStringLiteral("before-restore-");

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// The connection Qt's SQLite driver holds. The app links the system's libsqlite3, the library
// Debian's Qt plugin links too, so both use the one copy loaded in the process.
sqlite3* handleOf(const Database& db)
{
    const QSqlDatabase connection = db.connection();
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw StorageError(StorageError::Kind::Failed,
                           tr("%1: the SQLite driver gives no connection handle, so no backup "
                              "can be made.")
                               .arg(shown(db.path())));
    return *static_cast<sqlite3* const*>(handle.data());
}

// A connection of our own, closed on every path out.
class RawConnection
{
public:
    RawConnection(const QString& path, int flags)
    {
        m_status = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_handle, flags, nullptr);
    }
    ~RawConnection() { sqlite3_close(m_handle); }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    bool isOpen() const { return m_status == SQLITE_OK; }
    sqlite3* handle() const { return m_handle; }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_handle)); }

private:
    sqlite3* m_handle = nullptr;
    int m_status = SQLITE_ERROR;
};

// Copies every page of `from` into `to` in one step: SQLite writes the destination in a single
// transaction, so it ends as a complete copy or unchanged. Returns the SQLite result code.
int copyDatabase(sqlite3* from, sqlite3* to)
{
    sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        return sqlite3_errcode(to);
    const int stepped = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    return stepped == SQLITE_DONE ? finished : stepped;
}

std::optional<BackupInfo::Kind> kindOf(const QString& fileName)
{
    if (!fileName.endsWith(Suffix))
        return std::nullopt;
    if (fileName.startsWith(DailyPrefix))
        return BackupInfo::Kind::Daily;
    if (fileName.startsWith(BeforeRestorePrefix))
        return BackupInfo::Kind::BeforeRestore;
    return std::nullopt;
}

void countContent(BackupInfo& info)
{
    try {
        const auto db = Database::open(info.path, Database::Mode::ReadOnly);
        const auto count = [&db](const char* table) {
            QSqlQuery query = db->prepare(
                QStringLiteral("SELECT COUNT(*) FROM %1").arg(QString::fromLatin1(table)));
            db->exec(query);
            return query.next() ? query.value(0).toInt() : 0;
        };
        info.freelancers = count("freelancers");
        info.shifts = count("shifts");
    } catch (const StorageError& error) {
        info.problem = error.message();
    }
}

} // namespace

BackupStore::BackupStore(QString folder, int keep) : m_folder(std::move(folder)), m_keep(keep) {}

QString BackupStore::folderFor(const QString& backupsRoot, const QString& databasePath)
{
    const QFileInfo file(databasePath);
    const QString canonical = file.canonicalFilePath();
    const QString fullPath = canonical.isEmpty() ? file.absoluteFilePath() : canonical;
    const QByteArray hash =
        QCryptographicHash::hash(fullPath.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    return QDir(backupsRoot)
        .filePath(file.completeBaseName() + QLatin1Char('-') + QString::fromLatin1(hash));
}

QString BackupStore::defaultRoot()
{
    // Named here rather than taken from AppDataLocation, which follows the asking program's
    // name: the CLI must find the copies the GUI made.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("Shiftlane/Shiftlane/backups"));
}

std::optional<BackupInfo> BackupStore::backUpDaily(Database& db, const QDateTime& now)
{
    const QString fileName = DailyPrefix + now.date().toString(Qt::ISODate) + Suffix;
    if (QFileInfo::exists(QDir(m_folder).filePath(fileName)))
        return std::nullopt;
    BackupInfo info = copyTo(db, fileName, BackupInfo::Kind::Daily, now);
    prune(BackupInfo::Kind::Daily, m_keep);
    return info;
}

QList<BackupInfo> BackupStore::list() const
{
    QList<BackupInfo> backups = filesOf(std::nullopt);
    for (BackupInfo& info : backups)
        countContent(info);
    return backups;
}

BackupInfo BackupStore::restore(Database& db, const QString& backupPath, const QDateTime& now)
{
    // Refuse a copy that is not a sound Shiftlane file before touching anything.
    try {
        Database::open(backupPath, Database::Mode::ReadOnly);
    } catch (const StorageError& error) {
        throw StorageError(error.kind(),
                           tr("The backup cannot be restored: %1 Nothing was changed in %2.")
                               .arg(error.message(), shown(db.path())));
    }
    RawConnection source(backupPath, SQLITE_OPEN_READONLY);
    if (!source.isOpen())
        throw StorageError(StorageError::Kind::Failed,
                           tr("The backup %1 cannot be read: %2. Nothing was changed in %3.")
                               .arg(shown(backupPath), source.error(), shown(db.path())));

    BackupInfo before = copyTo(
        db, BeforeRestorePrefix + now.toString(QStringLiteral("yyyy-MM-ddTHH-mm-ss")) + Suffix,
        BackupInfo::Kind::BeforeRestore, now);
    prune(BackupInfo::Kind::BeforeRestore, m_keep);

    const int status = copyDatabase(source.handle(), handleOf(db));
    if (status != SQLITE_OK) {
        const QString reason = QString::fromUtf8(sqlite3_errstr(status));
        if (status == SQLITE_BUSY || status == SQLITE_LOCKED)
            throw StorageError(StorageError::Kind::Busy,
                               tr("%1 is busy: another Shiftlane window or program is writing to "
                                  "it. Nothing was restored; try again in a moment.")
                                   .arg(shown(db.path())));
        throw StorageError(StorageError::Kind::Failed,
                           tr("Restoring %1 from %2 failed (%3). Nothing was changed.")
                               .arg(shown(db.path()), shown(backupPath), reason));
    }
    return before;
}

BackupInfo BackupStore::copyTo(Database& db, const QString& fileName, BackupInfo::Kind kind,
                               const QDateTime& now)
{
    if (!QDir().mkpath(m_folder))
        throw StorageError(StorageError::Kind::Failed,
                           tr("The backup folder %1 cannot be created.").arg(shown(m_folder)));
    const QString path = QDir(m_folder).filePath(fileName);
    // Written under another name and renamed when complete, so a copy in the folder is never
    // half a file (the app may be killed half-way).
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    {
        RawConnection copy(partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        int status = copy.isOpen() ? copyDatabase(handleOf(db), copy.handle()) : SQLITE_CANTOPEN;
        // One self-contained file, without a -wal beside it.
        if (status == SQLITE_OK)
            status = sqlite3_exec(copy.handle(), "PRAGMA journal_mode=DELETE", nullptr, nullptr,
                                  nullptr);
        if (status != SQLITE_OK) {
            const QString reason =
                copy.isOpen() ? copy.error() : QString::fromUtf8(sqlite3_errstr(status));
            QFile::remove(partial);
            throw StorageError(StorageError::Kind::Failed,
                               tr("The backup of %1 could not be written to %2: %3.")
                                   .arg(shown(db.path()), shown(path), reason));
        }
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        throw StorageError(
            StorageError::Kind::Failed,
            tr("The backup of %1 could not be saved as %2.").arg(shown(db.path()), shown(path)));
    }
    BackupInfo info;
    info.path = path;
    info.kind = kind;
    info.made = now;
    info.bytes = QFileInfo(path).size();
    countContent(info);
    return info;
}

void BackupStore::prune(BackupInfo::Kind kind, int keep)
{
    const QList<BackupInfo> copies = filesOf(kind);
    for (qsizetype i = keep; i < copies.size(); ++i)
        QFile::remove(copies[i].path);
}

QList<BackupInfo> BackupStore::filesOf(std::optional<BackupInfo::Kind> kind) const
{
    QList<BackupInfo> found;
    const QFileInfoList files =
        QDir(m_folder).entryInfoList({QStringLiteral("*") + Suffix}, QDir::Files);
    for (const QFileInfo& file : files) {
        const auto fileKind = kindOf(file.fileName());
        if (!fileKind || (kind && *kind != *fileKind))
            continue;
        BackupInfo info;
        info.path = file.absoluteFilePath();
        info.kind = *fileKind;
        info.bytes = file.size();
        // The name carries the day (and time) of the copy; the file's time can be changed by
        // copying the folder elsewhere.
        const QString stamp = file.completeBaseName().mid(
            *fileKind == BackupInfo::Kind::Daily ? DailyPrefix.size() : BeforeRestorePrefix.size());
        info.made = *fileKind == BackupInfo::Kind::Daily
                        ? QDateTime(QDate::fromString(stamp, Qt::ISODate), QTime(0, 0))
                        : QDateTime::fromString(stamp, QStringLiteral("yyyy-MM-ddTHH-mm-ss"));
        if (!info.made.isValid())
            continue; // not one of ours
        found.append(info);
    }
    std::sort(found.begin(), found.end(),
              [](const BackupInfo& a, const BackupInfo& b) { return a.made > b.made; });
    return found;
}

} // namespace shiftlane
