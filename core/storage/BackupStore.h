#pragma once

#include "storage/Database.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace shiftlane {

// One copy of a schedule file in a BackupStore, as the Restore dialog lists it.
struct BackupInfo
{
    enum class Kind
    {
        Daily,         // the first open of a day
        BeforeRestore, // the state a restore replaced
    };

    QString path;
    Kind kind = Kind::Daily;
    QDateTime made; // local time
    qint64 bytes = 0;
    // What it holds; -1 with `problem` set when the copy cannot be read.
    int freelancers = -1;
    int shifts = -1;
    QString problem;
};

// The automatic copies of one schedule file, in a folder of their own: one per day, made with
// SQLite's online backup API (a consistent copy even while another program writes), the newest
// `keep` daily copies kept. A restore first copies the current state aside, then replaces the
// whole file in one step. All methods throw StorageError with a message that names the files.
class BackupStore
{
public:
    static constexpr int DefaultKeep = 7;

    BackupStore(QString folder, int keep = DefaultKeep);

    // Where the copies of `databasePath` live under `backupsRoot`: a folder per file, named
    // after the file and a hash of its full path, so two "team.shiftlane" never share one.
    static QString folderFor(const QString& backupsRoot, const QString& databasePath);
    // The app's backups root: its data folder's "backups" (on Linux
    // ~/.local/share/Shiftlane/Shiftlane/backups), whichever program asks.
    static QString defaultRoot();

    const QString& folder() const { return m_folder; }

    // Makes today's copy unless there is one, then removes daily copies beyond `keep`.
    // Returns the new copy, or nothing when today's already existed.
    std::optional<BackupInfo> backUpDaily(Database& db, const QDateTime& now);

    // Every copy, newest first, with what it holds (a damaged copy says so in `problem`).
    QList<BackupInfo> list() const;

    // Replaces the content of `db` with the backup at `backupPath`, after checking that the
    // backup is a sound Shiftlane file this version can read and copying the current state
    // aside (returned; it is listed as a BeforeRestore copy). The replacement is one write:
    // a failure leaves the file as it was. Reopen the database afterwards: the restored copy
    // may be at an older schema version.
    BackupInfo restore(Database& db, const QString& backupPath, const QDateTime& now);

private:
    BackupInfo copyTo(Database& db, const QString& fileName, BackupInfo::Kind kind,
                      const QDateTime& now);
    void prune(BackupInfo::Kind kind, int keep);
    QList<BackupInfo> filesOf(std::optional<BackupInfo::Kind> kind) const;

    QString m_folder;
    int m_keep;
};

} // namespace shiftlane
