// shiftlane-cli export: freelancers or availability as CSV that import reads back.
#include "commands/ExportCommand.h"

#include "io/TeamCsv.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace shiftlane::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ExportCommand", text);
}

} // namespace

QString ExportCommand::name() const
{
    return QStringLiteral("export");
}

QString ExportCommand::summary() const
{
    return tr("Export freelancers or availability to a CSV file (UTF-8) that import reads back.");
}

void ExportCommand::configure(QCommandLineParser& parser) const
{
    parser.addOptions({
        {QStringLiteral("db"), tr("The database file."), tr("FILE")},
        {QStringLiteral("freelancers"), tr("Write the freelancers to this CSV file."), tr("CSV")},
        {QStringLiteral("availability"), tr("Write the availability to this CSV file."), tr("CSV")},
    });
}

int ExportCommand::run(const QCommandLineParser& parser, CliOutput& io) const
{
    const bool freelancers = parser.isSet(QStringLiteral("freelancers"));
    if (!requireOption(parser, QStringLiteral("db"), io))
        return ExitUsage;
    if (freelancers == parser.isSet(QStringLiteral("availability"))) {
        io.err << tr("give exactly one of --freelancers CSV and --availability CSV") << Qt::endl;
        return ExitUsage;
    }
    auto db = openDatabase(parser.value(QStringLiteral("db")), Database::Mode::ReadOnly, io);
    if (!db)
        return ExitBadInput;
    QByteArray bytes;
    try {
        bytes = freelancers ? csv::exportFreelancers(*db) : csv::exportAvailability(*db);
    } catch (const StorageError& error) {
        io.err << error.message() << Qt::endl;
        return ExitBadInput;
    }
    const QString csvPath =
        parser.value(freelancers ? QStringLiteral("freelancers") : QStringLiteral("availability"));
    // All or nothing on disk too: an existing file is replaced only once the new one is whole.
    QSaveFile file(csvPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        io.err << tr("cannot write %1: %2").arg(csvPath, file.errorString()) << Qt::endl;
        return ExitBadInput;
    }
    // Records, not lines: a quoted value may hold line breaks.
    io.out << tr("Wrote %1 rows to %2.").arg(csv::read(bytes).records.size()).arg(csvPath)
           << Qt::endl;
    return ExitOk;
}

} // namespace shiftlane::cli
