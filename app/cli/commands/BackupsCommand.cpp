// shiftlane-cli backups: the automatic copies the app keeps of a file.
#include "commands/BackupsCommand.h"

#include "storage/BackupStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QLocale>

namespace shiftlane::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("BackupsCommand", text);
}

} // namespace

QString BackupsCommand::name() const
{
    return QStringLiteral("backups");
}

QString BackupsCommand::summary() const
{
    return tr("List the automatic backups of a database file, or make today's.");
}

void BackupsCommand::configure(QCommandLineParser& parser) const
{
    parser.addOptions({
        {QStringLiteral("db"), tr("The database file."), tr("FILE")},
        {QStringLiteral("backups"),
         tr("The backups folder (default: the app's, %1).").arg(BackupStore::defaultRoot()),
         tr("DIR")},
        {QStringLiteral("make"), tr("First make today's copy, unless there is one (as the app "
                                    "does when it opens the file); older ones are pruned.")},
    });
}

int BackupsCommand::run(const QCommandLineParser& parser, CliOutput& io) const
{
    if (!requireOption(parser, QStringLiteral("db"), io))
        return ExitUsage;
    const QString root = parser.isSet(QStringLiteral("backups"))
                             ? parser.value(QStringLiteral("backups"))
                             : BackupStore::defaultRoot();
    BackupStore store(BackupStore::folderFor(root, parser.value(QStringLiteral("db"))));
    if (parser.isSet(QStringLiteral("make"))) {
        auto db = openDatabase(parser.value(QStringLiteral("db")), Database::Mode::ReadOnly, io);
        if (!db)
            return ExitBadInput;
        try {
            const auto made = store.backUpDaily(*db, QDateTime::currentDateTime());
            io.out << (made ? tr("Made today's copy.") : tr("Today's copy already exists."))
                   << Qt::endl;
        } catch (const StorageError& error) {
            io.err << error.message() << Qt::endl;
            return ExitBadInput;
        }
    }
    const QList<BackupInfo> backups = store.list();
    if (backups.isEmpty()) {
        io.out << tr("No backups of %1 in %2.")
                      .arg(parser.value(QStringLiteral("db")),
                           QDir::toNativeSeparators(store.folder()))
               << Qt::endl;
        return ExitOk;
    }
    const QLocale c = QLocale::c();
    for (const BackupInfo& info : backups) {
        const QString made = info.kind == BackupInfo::Kind::Daily
                                 ? info.made.date().toString(Qt::ISODate)
                                 : info.made.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        const QString kind =
            info.kind == BackupInfo::Kind::Daily ? tr("daily") : tr("before a restore");
        const QString content =
            info.problem.isEmpty()
                ? tr("%1 freelancers, %2 shifts").arg(info.freelancers).arg(info.shifts)
                : tr("damaged: %1").arg(info.problem);
        io.out << QStringLiteral("%1  %2  %3  %4  %5")
                      .arg(made, -19)
                      .arg(kind, -16)
                      .arg(c.formattedDataSize(info.bytes), 10)
                      .arg(content, QDir::toNativeSeparators(info.path))
               << Qt::endl;
    }
    return ExitOk;
}

} // namespace shiftlane::cli
