// shiftlane-cli export-pdf: the printable team schedule of a period, optionally with each
// freelancer's own page and the coverage pages.
#include "commands/ExportPdfCommand.h"

#include "ReportDocument.h"
#include "schedule/ScheduleSnapshot.h"

#include <QCoreApplication>

namespace shiftlane::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ExportPdfCommand", text);
}

} // namespace

QString ExportPdfCommand::name() const
{
    return QStringLiteral("export-pdf");
}

QString ExportPdfCommand::summary() const
{
    return tr("Write the team schedule of a period as a PDF (A4 landscape), optionally with a "
              "page per freelancer and the coverage pages.");
}

void ExportPdfCommand::configure(QCommandLineParser& parser) const
{
    parser.addOptions({
        {QStringLiteral("db"), tr("The database file."), tr("FILE")},
        {QStringLiteral("from"), tr("First planning day, YYYY-MM-DD."), tr("DATE")},
        {QStringLiteral("to"), tr("Last planning day, YYYY-MM-DD."), tr("DATE")},
        {QStringLiteral("out"), tr("The PDF file to write."), tr("FILE.pdf")},
        {QStringLiteral("per-freelancer"),
         tr("Add a page per freelancer with their shifts in their own time zone.")},
        {QStringLiteral("coverage"),
         tr("Add the coverage chart (demand against scheduled, per skill and day) and the "
            "unmet demand.")},
    });
}

int ExportPdfCommand::run(const QCommandLineParser& parser, CliOutput& io) const
{
    PlanningPeriod period;
    for (const char* option : {"db", "from", "to", "out"})
        if (!requireOption(parser, QString::fromLatin1(option), io))
            return ExitUsage;
    if (!dateOption(parser, QStringLiteral("from"), period.first, io) ||
        !dateOption(parser, QStringLiteral("to"), period.last, io))
        return ExitUsage;
    if (!period.isValid() || period.days() > 366) {
        io.err << tr("--to must be on or after --from, at most a year later") << Qt::endl;
        return ExitUsage;
    }
    auto db = openDatabase(parser.value(QStringLiteral("db")), Database::Mode::ReadOnly, io);
    if (!db)
        return ExitBadInput;
    ScheduleSnapshot snapshot;
    try {
        snapshot = ScheduleSnapshot::load(*db, period);
    } catch (const StorageError& error) {
        io.err << error.message() << Qt::endl;
        return ExitBadInput;
    }

    ReportContents contents;
    contents.perFreelancer = parser.isSet(QStringLiteral("per-freelancer"));
    contents.coverage = parser.isSet(QStringLiteral("coverage"));
    const report::ReportDocument document(ScheduleReport::build(snapshot), contents);
    const QString out = parser.value(QStringLiteral("out"));
    const auto outcome = document.writePdf(out);
    if (outcome.status != report::ReportDocument::Outcome::Written) {
        io.err << outcome.error << Qt::endl;
        return ExitBadInput;
    }
    io.out << QCoreApplication::translate("ExportPdfCommand", "Wrote %n page(s) to %1.", nullptr,
                                          outcome.pages)
                  .arg(out)
           << Qt::endl;
    return ExitOk;
}

} // namespace shiftlane::cli
