// A hidden A/B bench ([.tune]): runs search variants one after the other on the same
// instances, so that the machine's load falls on all of them alike. Not run by default.
//
//   SHIFTLANE_TUNE_INSTANCES="5 8 13"  SHIFTLANE_TUNE_SECONDS=10  SHIFTLANE_TUNE_SEEDS="1 2"
//   SHIFTLANE_TUNE_MOVES=20000000 (a move limit per thread instead of seconds: the same runs
//   whatever the load; the CPU seconds printed then say what each variant cost)
//   SHIFTLANE_TUNE_CPU=8 (a budget of CPU seconds instead: variants whose moves cost
//   differently, e.g. more row re-plans, compared at equal work whatever the machine's load)
//   SHIFTLANE_TUNE_VARIANTS="base; accept=late,lateLength=5000; pairPlan=0.5"
//   test_core_solver "[tune]"
//
// A variant is a comma-separated list of SearchParameters fields set to values (names as
// below); "base" keeps the defaults. Prints one tab-separated line per run.

#include "TestInstances.h"

#include "solver/FullScorer.h"
#include "solver/Solver.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <map>
#include <string>
#include <thread>
#include <type_traits>
#include <variant>

using namespace shiftlane::solver;
using namespace shiftlane::solver::test;

namespace {

QString env(const char* name, const char* fallback)
{
    const char* value = std::getenv(name);
    return QString::fromLocal8Bit(value != nullptr ? value : fallback);
}

// The numeric fields a variant may set, by the name it uses for them.
using NumericField = std::variant<double SearchParameters::*, int SearchParameters::*,
                                  std::int64_t SearchParameters::*, bool SearchParameters::*>;

const std::map<std::string, NumericField>& numericFields()
{
    static const std::map<std::string, NumericField> fields = {
        {"lateLength", &SearchParameters::lateAcceptanceLength},
        {"startTemperature", &SearchParameters::startTemperature},
        {"endTemperature", &SearchParameters::endTemperature},
        {"pairPlan", &SearchParameters::pairPlanShare},
        {"chainPlan", &SearchParameters::chainPlanShare},
        {"chainPlanEpochs", &SearchParameters::chainPlanEpochs},
        {"tradeShare", &SearchParameters::tradeShare},
        {"tradeFromWorkingShare", &SearchParameters::tradeFromWorkingShare},
        {"slideShare", &SearchParameters::slideShare},
        {"wishShare", &SearchParameters::wishShare},
        {"weekendAwareTakers", &SearchParameters::weekendAwareTakers},
        {"tradeAttempts", &SearchParameters::tradeAttempts},
        {"rowPlanEffort", &SearchParameters::rowPlanEffort},
        {"settlingShare", &SearchParameters::settlingShare},
        {"settlingPlanEffort", &SearchParameters::settlingPlanEffort},
        {"constructDays", &SearchParameters::constructDays},
        {"planStatesPerMove", &SearchParameters::planStatesPerMove},
        {"repairInterval", &SearchParameters::repairInterval},
        {"repairRows", &SearchParameters::repairRows},
        {"wholeRowEffort", &SearchParameters::wholeRowEffort},
        {"rowPlanDays", &SearchParameters::rowPlanDays},
        {"longPlanShare", &SearchParameters::longPlanShare},
        {"longPlanDays", &SearchParameters::longPlanDays},
        {"swapShare", &SearchParameters::swapShare},
        {"blockSwapShare", &SearchParameters::blockSwapShare},
        {"rowSwapShare", &SearchParameters::rowSwapShare},
        {"maxBlockLength", &SearchParameters::maxBlockLength},
        {"ruinMaxDays", &SearchParameters::ruinMaxDays},
        {"ruinEmployeeShare", &SearchParameters::ruinEmployeeShare},
        {"targeted", &SearchParameters::targetedPlanShare},
        {"targetAttempts", &SearchParameters::targetAttempts},
        {"epochMovesPerCell", &SearchParameters::epochMovesPerCell},
        {"epochMaxMoves", &SearchParameters::epochMaxMoves},
        {"lastEpochStretch", &SearchParameters::lastEpochStretch},
        {"finalPassShare", &SearchParameters::finalPassShare},
        {"finalPassDays", &SearchParameters::finalPassDays},
        {"finalPassSecondDays", &SearchParameters::finalPassSecondDays},
        {"finalPassThirdDays", &SearchParameters::finalPassThirdDays},
        {"wholeRowStartYield", &SearchParameters::wholeRowStartYield},
        {"wholeRowTrialRows", &SearchParameters::wholeRowTrialRows},
        {"exactEffort", &SearchParameters::exactEffort},
        {"exactMovesPerIteration", &SearchParameters::exactMovesPerIteration},
        {"exactMovesPerCall", &SearchParameters::exactMovesPerCall},
        {"exactAtEpochStart", &SearchParameters::exactAtEpochStart},
        {"exactGroupBySkills", &SearchParameters::exactGroupBySkills},
        {"exactChoices", &SearchParameters::exactChoices},
        {"exactDays", &SearchParameters::exactDays},
        {"exactSliceShare", &SearchParameters::exactSliceShare},
        {"exactSliceDays", &SearchParameters::exactSliceDays},
        {"exactSliceChoices", &SearchParameters::exactSliceChoices},
        {"exactMaxNodes", &SearchParameters::exactMaxNodes},
        {"exactMaxSeconds", &SearchParameters::exactMaxSeconds},
        {"wholeRosterChoices", &SearchParameters::wholeRosterChoices},
        {"wholeRosterMaxNodes", &SearchParameters::wholeRosterMaxNodes},
        {"wholeRosterMaxSeconds", &SearchParameters::wholeRosterMaxSeconds},
        {"hardWeight", &SearchParameters::hardWeight},
    };
    return fields;
}

// Applies "key=value" to the parameters; false for an unknown key.
bool setParameter(SearchParameters& p, const QString& key, const QString& value)
{
    if (key == QLatin1String("accept")) {
        p.acceptance =
            value == QLatin1String("late") ? Acceptance::LateAcceptance : Acceptance::Annealing;
        return true;
    }
    const auto field = numericFields().find(key.toStdString());
    if (field == numericFields().end())
        return false;
    const double number = value.toDouble();
    std::visit(
        [&](auto member) {
            using Value = std::remove_reference_t<decltype(p.*member)>;
            if constexpr (std::is_same_v<Value, bool>)
                p.*member = number != 0;
            else
                p.*member = static_cast<Value>(number);
        },
        field->second);
    return true;
}

} // namespace

TEST_CASE("Compare search variants on benchmark instances", "[.tune]")
{
    const QStringList instances =
        env("SHIFTLANE_TUNE_INSTANCES", "5").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QStringList seeds =
        env("SHIFTLANE_TUNE_SEEDS", "1").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const double seconds = env("SHIFTLANE_TUNE_SECONDS", "5").toDouble();
    const int threads = env("SHIFTLANE_TUNE_THREADS", "1").toInt();
    const std::int64_t moves = env("SHIFTLANE_TUNE_MOVES", "0").toLongLong();
    const double cpuBudget = env("SHIFTLANE_TUNE_CPU", "0").toDouble();
    const QStringList variants =
        env("SHIFTLANE_TUNE_VARIANTS", "base").split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString& instance : instances) {
        const Model model = loadInstance(instance.toInt());
        for (const QString& seed : seeds)
            for (const QString& variant : variants) {
                SolverOptions options;
                options.timeLimitSeconds = seconds;
                options.seed = seed.toULongLong();
                options.threads = threads;
                options.maxMovesPerThread = moves;
                if (moves > 0 || cpuBudget > 0)
                    options.timeLimitSeconds = 86400;
                for (const QString& item : variant.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                    const QStringList pair = item.trimmed().split(QLatin1Char('='));
                    if (pair.size() == 2)
                        REQUIRE(setParameter(options.search, pair[0], pair[1]));
                }
                const std::clock_t cpuStart = std::clock();
                auto cpuSoFar = [&] {
                    return static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC;
                };
                // The process's CPU time, watched from a thread that itself sleeps: the
                // search is cancelled once it has had its budget.
                std::atomic<bool> cancel = false;
                std::atomic<bool> finished = false;
                std::thread watcher;
                if (cpuBudget > 0)
                    watcher = std::thread([&] {
                        while (!finished && cpuSoFar() < cpuBudget)
                            std::this_thread::sleep_for(std::chrono::milliseconds(5));
                        cancel = true;
                    });
                // CPU seconds at the first report (the start's cost, nearly) and at the first
                // report of a roster that keeps every hard rule: unlike firstFeasibleSeconds,
                // these do not grow when the machine is busy with something else.
                options.progressIntervalSeconds = 0.02;
                double startCpu = -1;
                std::int64_t startHard = -1;
                double feasibleCpu = -1;
                const auto progress = [&](const SolverProgress& p) {
                    if (startCpu < 0) {
                        startCpu = cpuSoFar();
                        startHard = p.best.hard;
                    }
                    if (feasibleCpu < 0 && p.best.hard == 0)
                        feasibleCpu = cpuSoFar();
                };
                const SolverResult result = solve(model, options, progress, &cancel);
                finished = true;
                if (watcher.joinable())
                    watcher.join();
                const double cpu = cpuSoFar();
                CHECK(result.score == fullScore(model, result.roster));
                std::cout << "Instance" << instance.toStdString() << "\tseed " << seed.toStdString()
                          << "\t" << variant.trimmed().toStdString() << "\thard "
                          << result.score.hard << "\tsoft " << result.score.soft << "\tfeasible "
                          << result.firstFeasibleSeconds << "\tmoves " << result.moves
                          << "\tmoves/s " << static_cast<std::int64_t>(result.movesPerSecond)
                          << "\tcpu s " << cpu << "\twall s " << result.elapsedSeconds
                          << "\tstart cpu s " << startCpu << "\tstart hard " << startHard
                          << "\tfeasible cpu s " << feasibleCpu << std::endl;
            }
    }
}
