#include "solver/Solver.h"

#include "solver/CellDomain.h"
#include "solver/GreedyConstructor.h"
#include "solver/IncrementalScorer.h"
#include "solver/RowPlanner.h"

#include <algorithm>
#include <barrier>
#include <chrono>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace shiftlane::solver {

namespace {

using Clock = std::chrono::steady_clock;

// Moves per epoch: long enough for an annealing cycle to settle on the instance, short
// enough that threads exchange their best often.
std::int64_t epochMoves(const Model& model, const SearchParameters& parameters)
{
    const std::int64_t cells = static_cast<std::int64_t>(model.employeeCount()) * model.days();
    return std::clamp<std::int64_t>(cells * parameters.epochMovesPerCell, 200'000,
                                    std::max<std::int64_t>(parameters.epochMaxMoves, 200'000));
}

// What the threads share: the best roster (exchanged only at epoch boundaries, which keeps
// runs deterministic) and the figures for progress reports (which do not steer the search).
class SharedRun
{
public:
    SharedRun(const SolverOptions& options, const ProgressCallback& progress,
              const std::atomic<bool>* cancel)
        : options_(options), progress_(progress), cancel_(cancel), start_(Clock::now())
    {}

    double elapsed() const { return std::chrono::duration<double>(Clock::now() - start_).count(); }
    bool cancelled() const { return cancel_ && cancel_->load(std::memory_order_relaxed); }
    bool outOfTime() const { return elapsed() >= options_.timeLimitSeconds; }

    // Called by every thread every 1024 moves: records figures, reports from thread 0.
    void checkpoint(int thread, const Score& best, std::int64_t movesSinceLast)
    {
        std::lock_guard lock(mutex_);
        moves_ += movesSinceLast;
        noteBestLocked(best);
        if (thread == 0 && progress_ &&
            elapsed() - lastReport_ >= options_.progressIntervalSeconds) {
            lastReport_ = elapsed();
            progress_(progressLocked());
        }
    }

    void noteBest(const Score& best)
    {
        std::lock_guard lock(mutex_);
        noteBestLocked(best);
    }

    SolverProgress progress()
    {
        std::lock_guard lock(mutex_);
        return progressLocked();
    }
    double firstFeasibleSeconds() const { return firstFeasible_; }
    std::int64_t moves() const { return moves_; }

private:
    void noteBestLocked(const Score& best)
    {
        if (!haveBest_ || best < best_) {
            best_ = best;
            haveBest_ = true;
        }
        if (best.hard == 0 && firstFeasible_ < 0)
            firstFeasible_ = elapsed();
    }

    SolverProgress progressLocked() const
    {
        const double seconds = elapsed();
        return {best_, seconds, moves_, seconds > 0 ? static_cast<double>(moves_) / seconds : 0};
    }

    const SolverOptions& options_;
    const ProgressCallback& progress_;
    const std::atomic<bool>* cancel_;
    Clock::time_point start_;
    std::mutex mutex_;
    Score best_;
    bool haveBest_ = false;
    double firstFeasible_ = -1;
    double lastReport_ = 0;
    std::int64_t moves_ = 0;
};

// `shouldStop` ends the start's whole-row repair early (a cancel, the time limit).
Roster startingRoster(const Model& model, const SolverOptions& options, const CellDomain& domain,
                      const std::function<bool()>& shouldStop)
{
    Roster roster = pinnedRoster(model);
    if (!options.warmStart) {
        // Two starts, kept by their weighted value: the greedy by scarcity (cover first), and
        // rows built to keep their own rules (rules first). The better one is then re-planned
        // row by row.
        const std::int64_t hardWeight = options.search.hardWeight;
        RowPlanner planner(model, domain, hardWeight);
        IncrementalScorer greedy(model, roster);
        GreedyConstructor(model, domain, hardWeight).fill(greedy, 0, model.days() - 1, {});
        IncrementalScorer rows(model, roster);
        planner.constructRows(rows, options.search.constructDays);
        IncrementalScorer& chosen =
            weightedValue(rows.score(), hardWeight) < weightedValue(greedy.score(), hardWeight)
                ? rows
                : greedy;
        planner.improveAllRows(chosen, options.search.rowPlanDays, 50'000'000);
        if (options.search.wholeRowStartYield > 0)
            planner.repairWholeRows(chosen, options.search.wholeRowStartYield,
                                    options.search.wholeRowTrialRows, shouldStop);
        return chosen.roster();
    }
    for (int e = 0; e < model.employeeCount(); ++e)
        for (int d = 0; d < model.days(); ++d)
            if (model.pinned(e, d) == Model::kNotPinned)
                roster.set(e, d, options.warmStart->at(e, d));
    return roster;
}

// The descent that ends a timed search (SearchParameters::finalPassShare): passes of row
// plans over `best` (RowPlanner::descend) while they gain and time is left; `best` takes the
// result if better.
void descendByRowPlans(const Model& model, const CellDomain& domain,
                       const SearchParameters& parameters, Roster& best, Score& bestScore,
                       SharedRun& run)
{
    RowPlanner planner(model, domain, parameters.hardWeight);
    IncrementalScorer scorer(model, best);
    auto shouldStop = [&] {
        run.checkpoint(0, scorer.score(), 0);
        return run.cancelled() || run.outOfTime();
    };
    std::vector<int> lengths;
    for (const int length :
         {parameters.finalPassDays, parameters.finalPassSecondDays, parameters.finalPassThirdDays})
        if (length > 0)
            lengths.push_back(length);
    planner.descend(scorer, lengths, shouldStop);
    if (scorer.score() < bestScore) {
        bestScore = scorer.score();
        best = scorer.roster();
    }
}

} // namespace

std::int64_t fittedEpochMoves(std::int64_t epochMoves, double stretch, std::int64_t movesSoFar,
                              double searchSeconds, double remainingSeconds)
{
    if (stretch <= 0 || movesSoFar <= 0 || searchSeconds <= 0 || remainingSeconds <= 0)
        return epochMoves;
    const double movesLeft = static_cast<double>(movesSoFar) / searchSeconds * remainingSeconds;
    if (movesLeft >= stretch * static_cast<double>(epochMoves))
        return epochMoves;
    return std::max<std::int64_t>(1024, static_cast<std::int64_t>(movesLeft));
}

SolverResult solve(const Model& model, const SolverOptions& options,
                   const ProgressCallback& progress, const std::atomic<bool>* cancel)
{
    SharedRun run(options, progress, cancel);
    const CellDomain domain(model);
    const Roster start =
        startingRoster(model, options, domain, [&] { return run.cancelled() || run.outOfTime(); });
    const int threads = std::max(1, options.threads);

    std::vector<std::unique_ptr<LocalSearch>> searches;
    searches.reserve(std::size_t(threads));
    for (int i = 0; i < threads; ++i) {
        SearchParameters parameters = options.search;
        // One whole-roster solve is enough; the other threads go on searching meanwhile.
        if (i > 0)
            parameters.wholeRosterChoices = 0;
        parameters.wholeRosterMaxSeconds =
            std::min(parameters.wholeRosterMaxSeconds, options.timeLimitSeconds / 2);
        searches.push_back(std::make_unique<LocalSearch>(
            model, domain, parameters, options.seed * 0x9e3779b97f4a7c15ULL + i, start));
    }
    run.noteBest(searches[0]->bestScore());

    Roster best = start;
    Score bestScore = searches[0]->bestScore();
    bool stop = false;
    std::vector<std::int64_t> movesDone(threads, 0);
    int epoch = 0;

    // Epochs run in phases, each until `deadline`: under a time limit the search leaves the last
    // finalPassShare of its time to a descent by row plans, and goes on after it if time is left.
    const bool timed = options.maxMovesPerThread <= 0;
    const double passShare = timed ? options.search.finalPassShare : 0;
    double deadline = options.timeLimitSeconds;
    auto pastDeadline = [&] { return run.cancelled() || run.elapsed() >= deadline; };

    // Runs once per epoch with every thread waiting: deterministic exchange of the best.
    auto endOfEpoch = [&]() noexcept {
        for (int i = 0; i < threads; ++i)
            if (searches[i]->bestScore() < bestScore) {
                bestScore = searches[i]->bestScore();
                best = searches[i]->bestRoster();
            }
        ++epoch;
        const bool movesExhausted =
            options.maxMovesPerThread > 0 && movesDone[0] >= options.maxMovesPerThread;
        stop = pastDeadline() || movesExhausted;
    };
    std::barrier sync(threads, endOfEpoch);

    const std::int64_t movesPerEpoch = epochMoves(model, options.search);
    const double searchStart = run.elapsed();
    // Time spent in descents: not search time when epochs are fitted to the moves/s measured.
    double descentSeconds = 0;
    auto work = [&](int thread) {
        LocalSearch& search = *searches[thread];
        while (!stop) {
            if (epoch > 0)
                search.restartFrom(best, pastDeadline);
            std::int64_t budget = movesPerEpoch;
            if (!timed) {
                budget = std::min(budget, options.maxMovesPerThread - movesDone[thread]);
            } else {
                const double now = run.elapsed();
                budget =
                    fittedEpochMoves(budget, options.search.lastEpochStretch, movesDone[thread],
                                     now - searchStart - descentSeconds, deadline - now);
            }
            std::int64_t reported = 0;
            const std::int64_t made = search.runEpoch(budget, [&](std::int64_t soFar) {
                run.checkpoint(thread, search.bestScore(), soFar - reported);
                reported = soFar;
                return pastDeadline();
            });
            movesDone[thread] += made;
            run.checkpoint(thread, search.bestScore(), made - reported);
            sync.arrive_and_wait();
        }
    };
    auto runEpochs = [&] {
        stop = false;
        std::vector<std::thread> helpers;
        for (int i = 1; i < threads; ++i)
            helpers.emplace_back(work, i);
        work(0);
        for (auto& helper : helpers)
            helper.join();
    };

    if (passShare > 0)
        deadline -= passShare * std::max(0.0, options.timeLimitSeconds - searchStart);
    runEpochs();
    if (passShare > 0 && !run.cancelled() && !run.outOfTime()) {
        const double descentStart = run.elapsed();
        deadline = options.timeLimitSeconds;
        descendByRowPlans(model, domain, options.search, best, bestScore, run);
        descentSeconds = run.elapsed() - descentStart;
        if (!pastDeadline())
            runEpochs();
    }

    SolverResult result;
    result.roster = best;
    result.score = bestScore;
    result.elapsedSeconds = run.elapsed();
    result.firstFeasibleSeconds = run.firstFeasibleSeconds();
    result.moves = run.moves();
    result.movesPerSecond =
        result.elapsedSeconds > 0 ? static_cast<double>(result.moves) / result.elapsedSeconds : 0;
    for (const auto& search : searches) {
        result.exactNeighbourhoods += search->exactNeighbourhoods();
        result.exactImprovements += search->exactImprovements();
        result.exactFailures += search->exactFailures();
    }
    result.cancelled = run.cancelled();
    if (progress)
        progress(run.progress());
    return result;
}

} // namespace shiftlane::solver
