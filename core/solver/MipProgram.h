#pragma once

// The model, or the part of it a neighbourhood frees, as a mixed-integer program held in
// memory: what LpWriter prints for an external solver and ExactWindow hands to cbc's library.
// Its feasible solutions are exactly the rosters with hard = 0 that keep the pinned (and, for
// a neighbourhood, the fixed) cells, and its objective plus `objectiveOffset` is their soft
// score.

#include "solver/Model.h"

#include <cstdint>
#include <string>
#include <vector>

namespace shiftlane::solver {

enum class RowSense
{
    AtMost,
    AtLeast,
    Equal
};

struct MipColumn
{
    // x_E_D_T = 1 when employee E works type T on day D (indexes into the model); the other
    // columns (w_E_D worked, weekend_E_W, under_B and over_B cover slacks, ...) follow from them.
    std::string name;
    double objective = 0;
    double lower = 0;
    double upper = 1e30; // the LP format's default: no upper bound
    bool integer = false;
    // The column's value in the roster the program was built around (neighbourhoods only,
    // slacks included): the solver's start, which keeps every row when that roster keeps
    // every hard rule, and whose objective plus the offset is that roster's soft score.
    double start = 0;
    // For x columns: the cell and type; employee -1 for every other column.
    int employee = -1;
    int day = -1;
    int type = -1;
};

struct MipTerm
{
    int column;
    std::int64_t coefficient;
};

struct MipRow
{
    std::string name;
    std::vector<MipTerm> terms;
    RowSense sense = RowSense::AtMost;
    std::int64_t rhs = 0;
};

struct MipProgram
{
    std::vector<MipColumn> columns;
    std::vector<MipRow> rows;
    std::int64_t objectiveOffset = 0; // soft score = objective + offset (an LP has no constant)
    std::string error;                // a feature of the model the program cannot express exactly
};

// The whole model: every movable cell a choice, pinned cells fixed.
MipProgram buildMipProgram(const Model& model);

// A neighbourhood of `roster`: only the cells with free[employee * days + day] != 0 are
// choices, every other cell keeps its value in `roster` and enters the rows as a constant.
// Rows left without a choice are dropped (what they cost cannot change), so the program
// covers only the rules and demands that the free cells touch. Pinned cells are never free.
MipProgram buildMipNeighbourhood(const Model& model, const Roster& roster,
                                 const std::vector<char>& free);

} // namespace shiftlane::solver
