// shiftlane-cli import: freelancers or availability from CSV, all rows or none.
#include "commands/ImportCommand.h"

#include "edit/ImportEdits.h"
#include "io/TeamCsv.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace shiftlane::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ImportCommand", text);
}

} // namespace

QString ImportCommand::name() const
{
    return QStringLiteral("import");
}

QString ImportCommand::summary() const
{
    return tr("Import freelancers or availability from a CSV file (all rows or none).");
}

void ImportCommand::configure(QCommandLineParser& parser) const
{
    parser.addOptions({
        {QStringLiteral("db"), tr("The database file."), tr("FILE")},
        {QStringLiteral("freelancers"),
         tr("CSV of freelancers; adds new names, updates existing ones (names match ignoring "
            "case)."),
         tr("CSV")},
        {QStringLiteral("availability"),
         tr("CSV of availability; replaces the availability of every freelancer it names."),
         tr("CSV")},
    });
}

int ImportCommand::run(const QCommandLineParser& parser, CliOutput& io) const
{
    const bool freelancers = parser.isSet(QStringLiteral("freelancers"));
    if (!requireOption(parser, QStringLiteral("db"), io))
        return ExitUsage;
    if (freelancers == parser.isSet(QStringLiteral("availability"))) {
        io.err << tr("give exactly one of --freelancers CSV and --availability CSV") << Qt::endl;
        return ExitUsage;
    }
    const QString csvPath =
        parser.value(freelancers ? QStringLiteral("freelancers") : QStringLiteral("availability"));
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly)) {
        io.err << tr("cannot read %1: %2").arg(csvPath, file.errorString()) << Qt::endl;
        return ExitBadInput;
    }
    const QByteArray bytes = file.readAll();

    auto db = openDatabase(parser.value(QStringLiteral("db")), Database::Mode::ReadWrite, io);
    if (!db)
        return ExitBadInput;
    // The same undoable import the GUI runs (every row checked before one transaction; the
    // availability audit says the team lead imported it), applied at once.
    csv::ImportReport report;
    try {
        CsvImport import = CsvImport::prepare(*db, Actor::teamLead(),
                                              freelancers ? CsvImport::Kind::Freelancers
                                                          : CsvImport::Kind::Availability,
                                              bytes, QFileInfo(csvPath).fileName());
        report = import.report();
        if (!import.hasProblems())
            import.apply(*db);
    } catch (const StorageError& error) {
        io.err << error.message() << Qt::endl << tr("Nothing was imported.") << Qt::endl;
        return ExitBadInput;
    }
    if (!report.succeeded()) {
        for (const csv::Problem& problem : report.problems)
            io.err << csvPath << QStringLiteral(": ") << problem.toString() << Qt::endl;
        io.err << QCoreApplication::translate("ImportCommand",
                                              "Nothing was imported: %n problem(s) in %1.", nullptr,
                                              int(report.problems.size()))
                      .arg(csvPath)
               << Qt::endl;
        return ExitBadInput;
    }
    if (freelancers) {
        io.out << tr("Imported %1 rows: %2 freelancers added, %3 updated.")
                      .arg(report.rows)
                      .arg(report.added)
                      .arg(report.updated);
        if (!report.newSkills.isEmpty())
            io.out << QLatin1Char(' ')
                   << tr("New skills: %1.").arg(report.newSkills.join(QStringLiteral(", ")));
    } else {
        io.out << tr("Imported %1 rows: %2 entries added, the availability of %3 freelancers "
                     "replaced.")
                      .arg(report.rows)
                      .arg(report.added)
                      .arg(report.updated);
    }
    io.out << Qt::endl;
    return ExitOk;
}

} // namespace shiftlane::cli
