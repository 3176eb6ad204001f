#pragma once

#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDate>
#include <QString>
#include <QTextStream>

namespace shiftlane::cli {

// Documented in the README: scripts rely on these.
enum ExitCode : int
{
    ExitOk = 0,
    ExitBadInput = 1, // a file or value the command could not use
    ExitUsage = 2,    // the command line itself is wrong
};

// Where a command writes: results to out, problems to err.
struct CliOutput
{
    QTextStream& out;
    QTextStream& err;
};

// One sub-command of shiftlane-cli ("demo", "info", ...).
class CliCommand
{
public:
    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // A command that draws text (a PDF) needs fonts: it runs under a QGuiApplication on the
    // offscreen platform, so no display is needed.
    virtual bool needsFonts() const { return false; }
    // Declares the command's options and positional arguments.
    virtual void configure(QCommandLineParser& parser) const = 0;
    // Runs with a parser that has already accepted the command line.
    virtual int run(const QCommandLineParser& parser, CliOutput& io) const = 0;
};

// Reads a required option; on absence reports it and returns false.
bool requireOption(const QCommandLineParser& parser, const QString& option, CliOutput& io);

// Parses an integer option in [min, max]; reports what was wrong and returns false otherwise.
bool intOption(const QCommandLineParser& parser, const QString& option, int min, int max,
               int& value, CliOutput& io);

// Opens the --db file; on failure prints the reason and returns null (exit ExitBadInput).
std::unique_ptr<Database> openDatabase(const QString& path, Database::Mode mode, CliOutput& io);

// Parses an ISO date (YYYY-MM-DD) option; reports what was wrong and returns false otherwise.
bool dateOption(const QCommandLineParser& parser, const QString& option, QDate& value,
                CliOutput& io);

} // namespace shiftlane::cli
