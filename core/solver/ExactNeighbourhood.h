#pragma once

#include "solver/Model.h"

#include <cstdint>
#include <vector>

namespace shiftlane::solver {

// What cbc may spend on one neighbourhood. Nodes keep runs deterministic; the seconds are a
// safety net (a cancel or the time limit must not wait for a large branch and bound).
struct ExactLimits
{
    int maxNodes = 100;
    double maxSeconds = 2.0;
};

struct ExactOutcome
{
    enum class Status
    {
        Unavailable, // built without cbc's library
        Unsupported, // the model has a feature the program cannot express (MipProgram::error)
        NoSolution,  // cbc found no roster within the limits (or the rows cannot all hold)
        Solved,      // `roster` holds cbc's best roster (which may be the one it started from)
        Failed,      // cbc's process died (an assertion in Clp) or could not be started
    };
    Status status = Status::Unavailable;
    bool provenOptimal = false;
    // cbc's effort, deterministic for a given program and limits: simplex iterations, nodes.
    std::int64_t iterations = 0;
    std::int64_t nodes = 0;
    int columns = 0;
    int rows = 0;
};

// Whether this build can solve neighbourhoods exactly (it was linked with cbc's library).
bool exactNeighbourhoodsAvailable();

// Re-solves the cells with free[employee * days + day] != 0 of `roster` by branch and cut
// (cbc's library), every other cell fixed: the best roster of the neighbourhood that keeps
// every hard rule the free cells touch, with the soft score as the objective. Starts from
// `roster` itself, so when that keeps the hard rules the result is never worse. On Solved the
// free cells of `roster` hold the result; otherwise `roster` is unchanged.
ExactOutcome solveNeighbourhood(const Model& model, const std::vector<char>& free,
                                const ExactLimits& limits, Roster& roster);

} // namespace shiftlane::solver
