// shiftlane-cli demo: writes a realistic demo team to a new file.
#include "commands/DemoCommand.h"

#include "demo/DemoTeam.h"

#include <QCoreApplication>
#include <QFile>

#include <limits>

namespace shiftlane::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("DemoCommand", text);
}

QDate nextMonday()
{
    const QDate today = QDate::currentDate();
    return today.addDays(8 - today.dayOfWeek());
}

} // namespace

QString DemoCommand::name() const
{
    return QStringLiteral("demo");
}

QString DemoCommand::summary() const
{
    return tr("Write a demo team (freelancers, availability, demand, a draft schedule) to a new "
              "file.");
}

void DemoCommand::configure(QCommandLineParser& parser) const
{
    parser.addOptions({
        {QStringLiteral("out"), tr("The new database file (must not exist)."), tr("FILE")},
        {QStringLiteral("freelancers"), tr("How many freelancers (default 40)."), tr("N")},
        {QStringLiteral("weeks"), tr("How many weeks of demand (default 2)."), tr("W")},
        {QStringLiteral("start"), tr("First day, YYYY-MM-DD (default: next Monday)."), tr("DATE")},
        {QStringLiteral("seed"),
         tr("Random seed; the same arguments give the same file "
            "(default 1)."),
         tr("S")},
    });
}

int DemoCommand::run(const QCommandLineParser& parser, CliOutput& io) const
{
    DemoOptions options;
    options.start = nextMonday();
    int seed = 1;
    if (!requireOption(parser, QStringLiteral("out"), io) ||
        !intOption(parser, QStringLiteral("freelancers"), 1, 2000, options.freelancers, io) ||
        !intOption(parser, QStringLiteral("weeks"), 1, 26, options.weeks, io) ||
        !intOption(parser, QStringLiteral("seed"), 0, std::numeric_limits<int>::max(), seed, io) ||
        !dateOption(parser, QStringLiteral("start"), options.start, io))
        return ExitUsage;
    options.seed = quint64(seed);

    const QString path = parser.value(QStringLiteral("out"));
    bool created = false;
    try {
        auto db = Database::create(path);
        created = true;
        writeDemoTeam(*db, options);
    } catch (const StorageError& error) {
        io.err << error.message() << Qt::endl;
        if (created) // only ever remove the file this run made: it is of no use half-written
            QFile::remove(path);
        return ExitBadInput;
    }
    io.out << tr("Wrote %1 freelancers and %2 weeks from %3 to %4")
                  .arg(options.freelancers)
                  .arg(options.weeks)
                  .arg(options.start.toString(Qt::ISODate), path)
           << Qt::endl;
    return ExitOk;
}

} // namespace shiftlane::cli
