#pragma once

#include "solver/Explanation.h"
#include "solver/LocalSearch.h"
#include "solver/Model.h"
#include "solver/Score.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>

namespace shiftlane::solver {

struct SolverOptions
{
    double timeLimitSeconds = 10.0;
    std::uint64_t seed = 1;
    int threads = 1;
    // Moves per thread; 0 = until the time limit. With a move limit (and a generous time
    // limit) a run is reproducible move for move for a given seed and thread count; with only
    // a time limit the trajectory is the same until its last epoch, whose length is fitted to
    // the time left at the speed measured (SearchParameters::lastEpochStretch).
    std::int64_t maxMovesPerThread = 0;
    // Where to start instead of the greedy roster (the app's current schedule); pinned cells
    // are forced to their pinned value.
    std::optional<Roster> warmStart;
    double progressIntervalSeconds = 0.5;
    SearchParameters search;
};

struct SolverProgress
{
    Score best;
    double elapsedSeconds = 0;
    std::int64_t moves = 0; // all threads
    double movesPerSecond = 0;
};

struct SolverResult
{
    Roster roster;
    Score score;
    double elapsedSeconds = 0;
    double firstFeasibleSeconds = -1; // -1: never feasible
    std::int64_t moves = 0;
    double movesPerSecond = 0;
    // Neighbourhoods re-solved by branch and cut (0 when built without cbc's library), and
    // how many of them improved the roster they were applied to.
    std::int64_t exactNeighbourhoods = 0;
    std::int64_t exactImprovements = 0;
    std::int64_t exactFailures = 0; // the cbc worker died, hung or could not start
    bool cancelled = false;
};

using ProgressCallback = std::function<void(const SolverProgress&)>;

// The moves of an epoch that starts `remainingSeconds` before the deadline, after `movesSoFar`
// moves in `searchSeconds` of search: `epochMoves`, unless fewer than `stretch` epochs' worth
// of moves are left at that speed; then all those left (see
// SearchParameters::lastEpochStretch; stretch 0: always `epochMoves`).
std::int64_t fittedEpochMoves(std::int64_t epochMoves, double stretch, std::int64_t movesSoFar,
                              double searchSeconds, double remainingSeconds);

// Builds a greedy roster, then improves it by local search until the time limit, the move
// limit or the cancel flag. `progress` is called from one thread at most every
// progressIntervalSeconds (and once at the end); `cancel` may be set from any thread.
SolverResult solve(const Model& model, const SolverOptions& options,
                   const ProgressCallback& progress = {},
                   const std::atomic<bool>* cancel = nullptr);

} // namespace shiftlane::solver
