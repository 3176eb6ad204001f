#include "commands/SolveCommand.h"

#include "schedule/PlanningModel.h"
#include "schedule/RuleChecker.h"
#include "solver/FullScorer.h"
#include "solver/Solver.h"

#include <QCoreApplication>
#include <QLocale>

#include <limits>

namespace shiftlane::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SolveCommand", text);
}

void addPeriodOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("db"), tr("The database file."), tr("FILE")},
        {QStringLiteral("from"), tr("First planning day, YYYY-MM-DD."), tr("DATE")},
        {QStringLiteral("to"), tr("Last planning day, YYYY-MM-DD."), tr("DATE")},
    });
}

bool readPeriod(const QCommandLineParser& parser, PlanningPeriod& period, CliOutput& io)
{
    if (!requireOption(parser, QStringLiteral("db"), io) ||
        !requireOption(parser, QStringLiteral("from"), io) ||
        !requireOption(parser, QStringLiteral("to"), io) ||
        !dateOption(parser, QStringLiteral("from"), period.first, io) ||
        !dateOption(parser, QStringLiteral("to"), period.last, io))
        return false;
    if (!period.isValid() || period.days() > 366) {
        io.err << tr("--to must be on or after --from, at most a year later") << Qt::endl;
        return false;
    }
    return true;
}

// Soft in the weight units the rule lines below it (and the app) show, so that they add up.
QString scoreLine(const solver::Score& score)
{
    return QStringLiteral("hard=%1 soft=%2")
        .arg(score.hard)
        .arg(QLocale::c().toString(PlanningModel::softInWeightUnits(score.soft), 'f', 1));
}

void printCoverage(const PlanningModel& planning, const solver::Roster& roster, CliOutput& io)
{
    const PlanningModel::Coverage c = planning.coverage(roster);
    io.out << tr("Coverage: %1% of the demand that availability and skills allow (%2 of %3 "
                 "freelancer-intervals; %4 demanded)")
                  .arg(QLocale::c().toString(c.percentOfPossible(), 'f', 1))
                  .arg(c.covered)
                  .arg(c.possible)
                  .arg(c.demanded)
           << Qt::endl;
}

void printUnmeetable(const PlanningModel& planning, const ScheduleSnapshot& snapshot, CliOutput& io)
{
    if (planning.unmeetable().isEmpty())
        return;
    io.out << tr("Demand that cannot be met:") << Qt::endl;
    const int step = snapshot.settings.intervalMinutes;
    for (const PlanningModel::Unmeetable& u : planning.unmeetable()) {
        const Skill* skill = snapshot.skill(u.skillId);
        auto hhmm = [](int minute) {
            return QStringLiteral("%1:%2")
                .arg(minute / 60 % 24, 2, 10, QLatin1Char('0'))
                .arg(minute % 60, 2, 10, QLatin1Char('0'));
        };
        io.out << QStringLiteral("  %1 %2 %3–%4: %5 freelancer-intervals short: %6")
                      .arg(skill ? skill->name : QString(),
                           QLocale::c().toString(u.day, QStringLiteral("ddd d MMM")),
                           hhmm(u.firstInterval * step), hhmm((u.lastInterval + 1) * step))
                      .arg(u.missing)
                      .arg(u.reason)
               << Qt::endl;
    }
}

// The per-shift view of the same rules (what the timeline marks), in the freelancers' words.
void printShiftBreaks(Database& db, const PlanningPeriod& period, int limit, CliOutput& io)
{
    const ScheduleSnapshot saved = ScheduleSnapshot::load(db, period);
    const QHash<Id, QList<RuleBreak>> breaks = RuleChecker(saved).checkAll();
    io.out << tr("Shifts that break a hard rule: %1").arg(breaks.size()) << Qt::endl;
    int shown = 0;
    for (const Shift& shift : saved.shifts) {
        if (!breaks.contains(shift.id) || (limit >= 0 && shown >= limit))
            continue;
        ++shown;
        for (const RuleBreak& b : breaks.value(shift.id))
            io.out << QStringLiteral("  #%1: %2").arg(shift.id).arg(b.message) << Qt::endl;
    }
}

void printRules(const PlanningModel& planning, const solver::Roster& roster, int limit,
                CliOutput& io)
{
    const QStringList lines = planning.describe(solver::explain(planning.model(), roster));
    io.out
        << tr("Broken rules and costs (%1 in all; hard first, then by weight):").arg(lines.size())
        << Qt::endl;
    for (qsizetype i = 0; i < lines.size() && (limit < 0 || i < limit); ++i)
        io.out << QStringLiteral("  ") << lines[i] << Qt::endl;
}

} // namespace

QString SolveCommand::name() const
{
    return QStringLiteral("solve");
}

QString SolveCommand::summary() const
{
    return tr("Fill a period with the solver and save the schedule.");
}

void SolveCommand::configure(QCommandLineParser& parser) const
{
    addPeriodOptions(parser);
    parser.addOptions({
        {QStringLiteral("time-limit"), tr("Seconds to search (default 10)."), tr("S")},
        {QStringLiteral("seed"), tr("Random seed (default 1)."), tr("N")},
        {QStringLiteral("threads"), tr("Search threads, 1 or 2 (default 1)."), tr("T")},
        {{QStringLiteral("max-moves"), QStringLiteral("moves")},
         tr("Stop after N moves per thread (with the same seed and threads, the same result on "
            "any machine)."),
         tr("N")},
        {QStringLiteral("keep"), tr("Re-solve from the current schedule, moving as few "
                                    "assignments as it can.")},
    });
}

int SolveCommand::run(const QCommandLineParser& parser, CliOutput& io) const
{
    PlanningPeriod period;
    int timeLimit = 10;
    int seed = 1;
    int threads = 1;
    int moves = 0;
    if (!readPeriod(parser, period, io) ||
        !intOption(parser, QStringLiteral("time-limit"), 1, 24 * 3600, timeLimit, io) ||
        !intOption(parser, QStringLiteral("seed"), 0, std::numeric_limits<int>::max(), seed, io) ||
        !intOption(parser, QStringLiteral("threads"), 1, 2, threads, io) ||
        !intOption(parser, QStringLiteral("max-moves"), 1, std::numeric_limits<int>::max(), moves,
                   io))
        return ExitUsage;
    auto db = openDatabase(parser.value(QStringLiteral("db")), Database::Mode::ReadWrite, io);
    if (!db)
        return ExitBadInput;
    try {
        const ScheduleSnapshot snapshot = ScheduleSnapshot::load(*db, period);
        const PlanningModel planning(snapshot, parser.isSet(QStringLiteral("keep"))
                                                   ? PlanningModel::Mode::KeepWhatYouCan
                                                   : PlanningModel::Mode::FillFromScratch);
        io.out << tr("Solving %1 to %2: %3 freelancers, %4 shift types, %5 demand intervals")
                      .arg(period.first.toString(Qt::ISODate), period.last.toString(Qt::ISODate))
                      .arg(planning.model().employeeCount())
                      .arg(planning.model().shiftTypeCount())
                      .arg(planning.model().bucketCount())
               << Qt::endl;

        solver::SolverOptions options;
        options.timeLimitSeconds = timeLimit;
        options.seed = quint64(seed);
        options.threads = threads;
        options.maxMovesPerThread = moves; // 0 when not given: until the time limit
        options.progressIntervalSeconds = 1.0;
        options.search = planning.searchParameters();
        if (parser.isSet(QStringLiteral("keep")))
            options.warmStart = planning.current();
        const solver::SolverResult result =
            solver::solve(planning.model(), options, [&](const solver::SolverProgress& p) {
                io.err << QStringLiteral("  %1 s  best %2  %3 moves/s")
                              .arg(p.elapsedSeconds, 5, 'f', 1)
                              .arg(scoreLine(p.best))
                              .arg(qint64(p.movesPerSecond))
                       << Qt::endl;
            });

        ShiftChange change = planning.changeTo(result.roster, tr("Solve"));
        change.apply(*db);
        io.out << scoreLine(result.score) << Qt::endl;
        printCoverage(planning, result.roster, io);
        printUnmeetable(planning, snapshot, io);
        printRules(planning, result.roster, 10, io);
        printShiftBreaks(*db, period, 10, io);
        io.out << tr("Saved: %1 shifts replaced by %2 in one transaction.")
                      .arg(change.before().size())
                      .arg(change.after().size())
               << Qt::endl;
    } catch (const StorageError& error) {
        io.err << error.message() << Qt::endl;
        return ExitBadInput;
    }
    return ExitOk;
}

QString ScoreCommand::name() const
{
    return QStringLiteral("score");
}

QString ScoreCommand::summary() const
{
    return tr("Explain the score of a period's current schedule, rule by rule.");
}

void ScoreCommand::configure(QCommandLineParser& parser) const
{
    addPeriodOptions(parser);
}

int ScoreCommand::run(const QCommandLineParser& parser, CliOutput& io) const
{
    PlanningPeriod period;
    if (!readPeriod(parser, period, io))
        return ExitUsage;
    auto db = openDatabase(parser.value(QStringLiteral("db")), Database::Mode::ReadOnly, io);
    if (!db)
        return ExitBadInput;
    try {
        const ScheduleSnapshot snapshot = ScheduleSnapshot::load(*db, period);
        const PlanningModel planning(snapshot, PlanningModel::Mode::FillFromScratch);
        io.out << scoreLine(solver::fullScore(planning.model(), planning.current())) << Qt::endl;
        printCoverage(planning, planning.current(), io);
        printUnmeetable(planning, snapshot, io);
        printRules(planning, planning.current(), -1, io);
        printShiftBreaks(*db, period, -1, io);
    } catch (const StorageError& error) {
        io.err << error.message() << Qt::endl;
        return ExitBadInput;
    }
    return ExitOk;
}

} // namespace shiftlane::cli
