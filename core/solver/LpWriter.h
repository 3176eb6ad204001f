#pragma once

// The model as a mixed-integer program (MipProgram) in CPLEX LP format, for an exact solve by
// an external solver (Debian's cbc command reads it): a check of the scorer's reading of the
// rules against proven optima. Its feasible solutions are exactly the rosters with hard = 0
// that keep the pinned cells (the engine never changes those), and its objective plus
// `objectiveOffset` is their soft score.

#include "solver/Model.h"

#include <cstdint>
#include <string>

namespace shiftlane::solver {

struct LpProgram
{
    std::string text;                 // empty when `error` is set
    std::int64_t objectiveOffset = 0; // soft score = LP objective + offset (LP has no constant)
    std::string error;                // a feature of the model the writer cannot express exactly
};

// x_E_D_T = 1 when employee E works type T on day D (indexes into the model); the other
// variables (w_E_D worked, weekend_E_W, under_B and over_B cover slacks, ...) follow from them.
LpProgram writeLp(const Model& model);

// What `cbc FILE.lp solve solu OUT` wrote to OUT, read back.
struct CbcSolution
{
    std::string status; // the first line's words before " - objective value": "Optimal", ...
    double objective = 0;
    Roster roster;     // the x_E_D_T that are 1; the other cells off
    std::string error; // the text is not a solution file of this model's program
    bool optimal() const { return error.empty() && status == "Optimal"; }
};

CbcSolution readCbcSolution(const Model& model, const std::string& text);

} // namespace shiftlane::solver
