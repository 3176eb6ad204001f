#pragma once

#include "solver/Model.h"
#include "solver/Score.h"

#include <cstdint>
#include <vector>

namespace shiftlane::solver {

enum class RuleKind
{
    ForbiddenShift,        // hard: a shift on a cell that forbids it (day off, missing skill)
    ForbiddenSuccession,   // hard: shift on day d followed by a forbidden shift on d + 1
    MaxShiftsOfType,       // hard
    MinTotalMinutes,       // hard: minutes over the whole horizon
    MaxTotalMinutes,       // hard: minutes over the whole horizon
    MinWindowMinutes,      // hard: minutes in a window (`window`; days = the window's days)
    MaxWindowMinutes,      // hard: minutes in a window (`window`; days = the window's days)
    MaxConsecutiveWork,    // hard
    MinConsecutiveWork,    // hard
    MinConsecutiveOff,     // hard
    MaxWeekends,           // hard
    CellWish,              // soft: the cost of the chosen value of a cell (requests, pay, ...)
    SoftMinutesOutOfRange, // soft: fairness, minutes outside the soft range
    CoverUnder,            // soft
    CoverOver,             // soft
};

bool isHard(RuleKind kind);

// One broken rule. `penalty` is what it adds to the score (to hard or soft per its kind);
// `amount` is the size of the breach in the rule's own unit (shifts, days, minutes, people).
struct Violation
{
    RuleKind kind;
    int employee = -1; // -1 for cover
    int firstDay = -1;
    int lastDay = -1;
    int shiftType = -1; // for per-type rules and cells
    int bucket = -1;    // for cover
    std::int64_t amount = 0;
    std::int64_t penalty = 0;
    // For Min/MaxWindowMinutes: the index of the broken window in the employee's
    // EmployeeRules::minutesWindows; -1 otherwise.
    int window = -1;
};

// Rules broken across the start of the horizon (with a carry-in) are reported on day 0: a
// ForbiddenSuccession with firstDay == lastDay == 0 is day -1's shift followed by day 0's, and
// a MinConsecutiveWork/Off run reported from day 0 includes the carried-in days (amount says
// how many days are missing).
// Every broken rule of a roster; the penalties sum to fullScore(model, roster).
std::vector<Violation> explain(const Model& model, const Roster& roster);

Score sumOf(const std::vector<Violation>& violations);

// The employees some hard rule of theirs is broken for, in the order explain() first names
// them.
std::vector<int> employeesBreakingHardRules(const std::vector<Violation>& violations);

} // namespace shiftlane::solver
