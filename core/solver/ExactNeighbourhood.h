#pragma once

#include "solver/CbcWorker.h"
#include "solver/Model.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace shiftlane::solver {

// What cbc may spend on one neighbourhood. Nodes keep runs deterministic; the seconds are a
// safety net (a cancel or the time limit must not wait for a large branch and bound).
struct ExactLimits
{
    int maxNodes = 100;
    double maxSeconds = 2.0;
    // maxSeconds on the wall clock rather than the worker's CPU time: for a solve that is meant
    // to end on time (nodes do not bound it). On a busy machine, or under AddressSanitizer
    // whose allocator makes cbc spend most of its time in the kernel, CPU seconds run far
    // slower than the clock, and the grace below then kills a worker that had an answer.
    bool wallClockSeconds = false;
    // A worker that has not answered this long after maxSeconds is killed (it is stuck).
    double graceSeconds = 5.0;
};

struct ExactOutcome
{
    enum class Status
    {
        Unavailable, // no cbc worker (built without cbc's library, or not installed)
        Unsupported, // the model has a feature the program cannot express (MipProgram::error)
        NoSolution,  // cbc found no roster within the limits (or the rows cannot all hold)
        Solved,      // `roster` holds cbc's best roster (which may be the one it started from)
        Failed,      // the worker died (an assertion in Clp), hung, or could not be started
        Abandoned,   // `abandon` asked to stop before cbc answered (the worker was killed)
    };
    Status status = Status::Unavailable;
    bool provenOptimal = false;
    // cbc's effort, deterministic for a given program and limits: simplex iterations, nodes.
    std::int64_t iterations = 0;
    std::int64_t nodes = 0;
    int columns = 0;
    int rows = 0;
};

// Whether neighbourhoods can be solved exactly here: the default cbc worker exists.
bool exactNeighbourhoodsAvailable();

// Re-solves the cells with free[employee * days + day] != 0 of `roster` by branch and cut
// (cbc, in `worker`'s process), every other cell fixed: the best roster of the neighbourhood
// that keeps every hard rule the free cells touch, with the soft score as the objective. Starts
// from `roster` itself, so when that keeps the hard rules the result is never worse. On Solved the
// free cells of `roster` hold the result; otherwise `roster` is unchanged. `abandon` (see
// CbcWorkerProcess::solve) lets a cancel or the time limit end a long solve.
ExactOutcome solveNeighbourhood(const Model& model, const std::vector<char>& free,
                                const ExactLimits& limits, CbcWorkerProcess& worker, Roster& roster,
                                const std::function<bool()>& abandon = {});

} // namespace shiftlane::solver
