// shiftlane-cli export-ics: one freelancer's shifts as an iCalendar file for their calendar.
#include "commands/ExportIcsCommand.h"

#include "commands/ExportFile.h"
#include "io/ShiftCalendar.h"
#include "storage/Repositories.h"

#include <QCoreApplication>

namespace shiftlane::cli {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("ExportIcsCommand", text, nullptr, n);
}

// Event UIDs need the file's calendar identity, made on the first export: open for writing, and
// fall back to reading a read-only file that already has one.
std::unique_ptr<Database> openForCalendar(const QString& path, QString& identity, CliOutput& io)
{
    try {
        auto db = Database::open(path, Database::Mode::ReadWrite);
        identity = SettingsRepository(*db).ensureCalendarIdentity();
        return db;
    } catch (const StorageError& error) {
        if (error.kind() != StorageError::Kind::ReadOnly) {
            io.err << error.message() << Qt::endl;
            return nullptr;
        }
    }
    auto db = openDatabase(path, Database::Mode::ReadOnly, io);
    if (!db)
        return nullptr;
    try {
        identity = SettingsRepository(*db).calendarIdentity();
    } catch (const StorageError& error) {
        io.err << error.message() << Qt::endl;
        return nullptr;
    }
    if (identity.isEmpty()) {
        io.err << tr("%1 is read-only and no calendar has been exported from it yet: the first "
                     "export stores the id that keeps calendar events the same from one export "
                     "to the next. Make the file writable once.")
                      .arg(path)
               << Qt::endl;
        return nullptr;
    }
    return db;
}

} // namespace

QString ExportIcsCommand::name() const
{
    return QStringLiteral("export-ics");
}

QString ExportIcsCommand::summary() const
{
    return tr("Export one freelancer's shifts as an iCalendar (.ics) file for their calendar.");
}

void ExportIcsCommand::configure(QCommandLineParser& parser) const
{
    parser.addOptions({
        {QStringLiteral("db"), tr("The database file."), tr("FILE")},
        {QStringLiteral("freelancer"),
         tr("The freelancer's name (ignoring case; a unique part of it is enough)."), tr("NAME")},
        {QStringLiteral("out"), tr("The .ics file to write."), tr("FILE")},
        {QStringLiteral("from"), tr("First planning day, YYYY-MM-DD (default: all shifts)."),
         tr("DATE")},
        {QStringLiteral("to"), tr("Last planning day, YYYY-MM-DD."), tr("DATE")},
    });
}

int ExportIcsCommand::run(const QCommandLineParser& parser, CliOutput& io) const
{
    std::optional<PlanningPeriod> period;
    if (!requireOption(parser, QStringLiteral("db"), io) ||
        !requireOption(parser, QStringLiteral("freelancer"), io) ||
        !requireOption(parser, QStringLiteral("out"), io) ||
        !readPeriodOptions(parser, false, period, io))
        return ExitUsage;
    QString identity;
    auto db = openForCalendar(parser.value(QStringLiteral("db")), identity, io);
    if (!db)
        return ExitBadInput;
    ShiftCalendar::Result calendar;
    QString name;
    try {
        QString problem;
        const auto freelancer = findFreelancerByName(
            FreelancerRepository(*db).all(), parser.value(QStringLiteral("freelancer")), problem);
        if (!freelancer) {
            io.err << problem << Qt::endl;
            return ExitBadInput;
        }
        name = freelancer->name;
        calendar = ShiftCalendar::build(*db, freelancer->id, period, identity,
                                        QDateTime::currentDateTimeUtc());
    } catch (const StorageError& error) {
        io.err << error.message() << Qt::endl;
        return ExitBadInput;
    }
    const QString out = parser.value(QStringLiteral("out"));
    if (!saveWholeFile(out, calendar.ics, io))
        return ExitBadInput;
    io.out << tr("Wrote %n shift(s) of %1 to %2.", calendar.events).arg(name, out) << Qt::endl;
    if (calendar.cancelled > 0)
        io.out << tr("It also cancels %n shift(s) that are no longer theirs (deleted or given to "
                     "someone else), so their calendar drops them.",
                     calendar.cancelled)
               << Qt::endl;
    return ExitOk;
}

} // namespace shiftlane::cli
