// shiftlane-cli restore: replaces a database file by one of its backups, after copying the
// current state aside.
#include "commands/RestoreCommand.h"

#include "storage/BackupStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>

namespace shiftlane::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("RestoreCommand", text);
}

} // namespace

QString RestoreCommand::name() const
{
    return QStringLiteral("restore");
}

QString RestoreCommand::summary() const
{
    return tr("Restore a database file from one of its backups (the current state is kept).");
}

void RestoreCommand::configure(QCommandLineParser& parser) const
{
    parser.addOptions({
        {QStringLiteral("db"), tr("The database file to restore."), tr("FILE")},
        {QStringLiteral("from"), tr("The backup to restore, as `backups` lists it."), tr("BACKUP")},
        {QStringLiteral("backups"),
         tr("The backups folder (default: the app's, %1).").arg(BackupStore::defaultRoot()),
         tr("DIR")},
    });
}

int RestoreCommand::run(const QCommandLineParser& parser, CliOutput& io) const
{
    if (!requireOption(parser, QStringLiteral("db"), io) ||
        !requireOption(parser, QStringLiteral("from"), io))
        return ExitUsage;
    const QString root = parser.isSet(QStringLiteral("backups"))
                             ? parser.value(QStringLiteral("backups"))
                             : BackupStore::defaultRoot();
    auto db = openDatabase(parser.value(QStringLiteral("db")), Database::Mode::ReadWrite, io);
    if (!db)
        return ExitBadInput;
    try {
        BackupStore store(BackupStore::folderFor(root, db->path()));
        const BackupInfo before =
            store.restore(*db, parser.value(QStringLiteral("from")), QDateTime::currentDateTime());
        const QString path = db->path();
        db.reset();
        // The copy may be at an older schema: open it as the app would, which migrates it.
        db = Database::open(path);
        io.out << tr("Restored %1 from %2. The state it replaced is in %3.")
                      .arg(QDir::toNativeSeparators(path),
                           QDir::toNativeSeparators(parser.value(QStringLiteral("from"))),
                           QDir::toNativeSeparators(before.path))
               << Qt::endl;
    } catch (const StorageError& error) {
        io.err << error.message() << Qt::endl;
        return ExitBadInput;
    }
    return ExitOk;
}

} // namespace shiftlane::cli
