// shiftlane-cli export-schedule: the shifts of a period as CSV for spreadsheets and payroll.
#include "commands/ExportScheduleCommand.h"

#include "commands/ExportFile.h"
#include "io/Csv.h"
#include "io/ScheduleCsv.h"

#include <QCoreApplication>

namespace shiftlane::cli {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("ExportScheduleCommand", text, nullptr, n);
}

} // namespace

QString ExportScheduleCommand::name() const
{
    return QStringLiteral("export-schedule");
}

QString ExportScheduleCommand::summary() const
{
    return tr("Export the shifts of a period as CSV (UTF-8): who, skill, times in the planning "
              "zone and the freelancer's zone, hours, pay.");
}

void ExportScheduleCommand::configure(QCommandLineParser& parser) const
{
    parser.addOptions({
        {QStringLiteral("db"), tr("The database file."), tr("FILE")},
        {QStringLiteral("from"), tr("First planning day, YYYY-MM-DD."), tr("DATE")},
        {QStringLiteral("to"), tr("Last planning day, YYYY-MM-DD."), tr("DATE")},
        {QStringLiteral("out"), tr("The CSV file to write."), tr("CSV")},
    });
}

int ExportScheduleCommand::run(const QCommandLineParser& parser, CliOutput& io) const
{
    std::optional<PlanningPeriod> period;
    if (!requireOption(parser, QStringLiteral("db"), io) ||
        !requireOption(parser, QStringLiteral("out"), io) ||
        !readPeriodOptions(parser, true, period, io))
        return ExitUsage;
    auto db = openDatabase(parser.value(QStringLiteral("db")), Database::Mode::ReadOnly, io);
    if (!db)
        return ExitBadInput;
    QByteArray bytes;
    try {
        bytes = csv::exportSchedule(ScheduleSnapshot::load(*db, *period));
    } catch (const StorageError& error) {
        io.err << error.message() << Qt::endl;
        return ExitBadInput;
    }
    const QString out = parser.value(QStringLiteral("out"));
    if (!saveWholeFile(out, bytes, io))
        return ExitBadInput;
    io.out << tr("Wrote %n shift(s) to %1.", int(csv::read(bytes).records.size())).arg(out)
           << Qt::endl;
    return ExitOk;
}

} // namespace shiftlane::cli
