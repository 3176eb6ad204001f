#include "SolveInstanceCommand.h"

#include "solver/BenchmarkFormat.h"
#include "solver/Solver.h"

#include <QCoreApplication>

#include <climits>

namespace shiftlane::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SolveInstanceCommand", text);
}

QString describe(const solver::Score& score)
{
    return QStringLiteral("hard=%1 soft=%2").arg(score.hard).arg(score.soft);
}

} // namespace

QString SolveInstanceCommand::name() const
{
    return QStringLiteral("solve-instance");
}

QString SolveInstanceCommand::summary() const
{
    return tr("Solve a shift-scheduling benchmark instance file");
}

void SolveInstanceCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The instance, in the benchmark's "
                                                            "text format."));
    parser.addOption(
        {QStringLiteral("time-limit"), tr("Seconds to search (default 10)."), QStringLiteral("S")});
    parser.addOption(
        {QStringLiteral("seed"), tr("Seed of the search (default 1)."), QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("threads"), tr("Parallel searches (default 1)."), QStringLiteral("T")});
    parser.addOption({QStringLiteral("max-moves"),
                      tr("Stop after this many moves per thread: a run that repeats exactly."),
                      QStringLiteral("M")});
    parser.addOption({QStringLiteral("out"),
                      tr("Write the solution here (one line per employee, a tab-separated "
                         "shift ID or - per day)."),
                      QStringLiteral("SOLUTION")});
}

int SolveInstanceCommand::run(const QCommandLineParser& parser, CliOutput& io) const
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        io.err << tr("expected exactly one instance FILE") << Qt::endl;
        return ExitUsage;
    }
    solver::SolverOptions options;
    if (parser.isSet(QStringLiteral("time-limit"))) {
        bool ok = false;
        options.timeLimitSeconds = parser.value(QStringLiteral("time-limit")).toDouble(&ok);
        if (!ok || options.timeLimitSeconds <= 0 || options.timeLimitSeconds > 86400) {
            io.err << tr("--time-limit must be a number of seconds above 0, not \"%1\"")
                          .arg(parser.value(QStringLiteral("time-limit")))
                   << Qt::endl;
            return ExitUsage;
        }
    }
    int seed = 1;
    int threads = 1;
    int maxMoves = 0;
    if (!intOption(parser, QStringLiteral("seed"), 0, INT_MAX, seed, io) ||
        !intOption(parser, QStringLiteral("threads"), 1, 64, threads, io) ||
        !intOption(parser, QStringLiteral("max-moves"), 1, INT_MAX, maxMoves, io))
        return ExitUsage;
    options.seed = static_cast<std::uint64_t>(seed);
    options.threads = threads;
    options.maxMovesPerThread = maxMoves;
    if (maxMoves > 0 && !parser.isSet(QStringLiteral("time-limit")))
        options.timeLimitSeconds = 86400;

    const solver::BenchmarkParseResult parsed = solver::parseBenchmarkFile(files[0]);
    if (!parsed.model) {
        io.err << files[0] << QStringLiteral(": ") << parsed.error << Qt::endl;
        return ExitBadInput;
    }
    const solver::Model& model = *parsed.model;
    io.err << tr("%1 employees, %2 days, %3 shift types")
                  .arg(model.employeeCount())
                  .arg(model.days())
                  .arg(model.shiftTypeCount())
           << Qt::endl;

    const solver::SolverResult result =
        solver::solve(model, options, [&io](const solver::SolverProgress& progress) {
            io.err << QStringLiteral("%1 s  best %2  %3 moves/s")
                          .arg(progress.elapsedSeconds, 0, 'f', 1)
                          .arg(describe(progress.best))
                          .arg(progress.movesPerSecond, 0, 'f', 0)
                   << Qt::endl;
        });
    // A machine-readable summary for tests/bench/run_benchmark.sh.
    io.err << QStringLiteral("summary: elapsed_s=%1 first_feasible_s=%2 moves_per_s=%3 "
                             "exact_neighbourhoods=%4 exact_improvements=%5 exact_failures=%6")
                  .arg(result.elapsedSeconds, 0, 'f', 2)
                  .arg(result.firstFeasibleSeconds, 0, 'f', 2)
                  .arg(result.movesPerSecond, 0, 'f', 0)
                  .arg(result.exactNeighbourhoods)
                  .arg(result.exactImprovements)
                  .arg(result.exactFailures)
           << Qt::endl;

    if (parser.isSet(QStringLiteral("out"))) {
        QString error;
        if (!solver::writeSolutionFile(parser.value(QStringLiteral("out")), model, result.roster,
                                       &error)) {
            io.err << error << Qt::endl;
            return ExitBadInput;
        }
    }
    io.out << describe(result.score) << Qt::endl;
    return ExitOk;
}

} // namespace shiftlane::cli
