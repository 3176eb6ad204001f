#pragma once

#include "solver/CellDomain.h"
#include "solver/IncrementalScorer.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace shiftlane::solver {

// Re-plans one employee's days [first, last] exactly while everyone else stays fixed: a
// shortest path over the days whose states carry what the employee's own rules need (the last
// shift's succession class, the current run and whether it touches day 0, the weekend in
// progress, weekends and minutes used). Each cell costs its own cost plus the marginal cover
// cost of adding this employee to the buckets it fills; broken own rules cost hardWeight per
// unit, so the path minimises the same weighted value as the search. Exact for the row's
// runs, successions, weekends and minutes. Per-type limits with room for some but not all of
// the window's days are priced: each type a plan overuses costs more per shift and the path
// is searched again, a few times, keeping the plan of least true value. Buckets filled by two
// of the employee's own cells and minutes windows are left to the scorer, which judges the
// plan the search applies.
//
// Windows too long to track every minute count (a whole year's row) track minutes within a
// corridor around the row as it is: the plan may do more or less work than the row by then,
// by up to a few shifts on any day, and ends on exact minutes. A price on minutes (searched
// for) covers rows further from their range than that. On such windows the per-type limits
// are kept first by moving shifts of an overused type to a type of the same length on the
// same day, cheapest first, then by prices.
class RowPlanner
{
public:
    RowPlanner(const Model& model, const CellDomain& domain, std::int64_t hardWeight);

    // The longest window (up to maxLength) whose exact state space stays under the work
    // budget; longer windows are planned with minutes priced instead of tracked.
    int affordableLength(int employee, int maxLength) const;
    // Fills `values` with the plan for days first..last.
    // With `prorate`, the row's horizon limits (minutes, weekends, shifts per type) are
    // scaled to the days 0..last, for building rows from day 0 on (see constructRows).
    void plan(const IncrementalScorer& scorer, int employee, int first, int last,
              std::vector<int>& values, bool prorate = false);
    // State-days visited so far: the planner's effort, in a unit independent of the machine.
    std::int64_t work() const { return work_; }

    // One pass over all employees, window after window, keeping each plan that lowers the
    // weighted value: turns a rough roster into one whose rows keep their own rules.
    // Stops once `workBudget` state-days are spent (see work()), or when `shouldStop` (asked
    // before each plan) says so.
    void improveAllRows(IncrementalScorer& scorer, int maxLength, std::int64_t workBudget,
                        const std::function<bool()>& shouldStop = {});
    // Passes of improveAllRows at the first window length while a pass gains, then at the next,
    // round after round until a round of all the lengths gains nothing: windows of another length
    // (other bounds, more or fewer days) find plans that converged ones do not. `shouldStop` is
    // asked before each plan.
    void descend(IncrementalScorer& scorer, const std::vector<int>& windowLengths,
                 const std::function<bool()>& shouldStop = {});
    // Re-plans the whole row of each employee who breaks a hard rule, keeping each plan that
    // does not raise the weighted value, pass after pass while a pass removes hard units. Stops as
    // soon as the plans, after the first `trialRows`, have removed fewer than
    // `minUnitsPerMillionStates` hard units per million state-days: where whole rows are what
    // the rules need (a minutes band a shift or two wide over a year), each plan mends dozens
    // of units, and where they are not, the search mends them for less. `shouldStop` is asked
    // before each row.
    void repairWholeRows(IncrementalScorer& scorer, double minUnitsPerMillionStates, int trialRows,
                         const std::function<bool()>& shouldStop = {});
    // Builds every row from day 0 on, window after window, each row planned against the cover
    // the rows before it left, with the horizon limits prorated: rows that keep their own rules
    // from the start, for the search to fix the cover. Replaces the roster's movable cells.
    void constructRows(IncrementalScorer& scorer, int maxLength);

private:
    struct Dimensions
    {
        int runCap;
        int weekendCap;
        int minuteUnits;
        std::int64_t states;
    };
    Dimensions dimensions(int employee, int length, int weekendCap) const;
    struct Window;
    Window describeWindow(const IncrementalScorer& scorer, int employee, int first, int last,
                          bool prorate) const;
    std::int64_t minutesValue(const Window& window, int minutes) const;
    // Sets the employee's days from `first` on to `values` (planned for them); takes them back
    // if the weighted value rose.
    void keepIfNotWorse(IncrementalScorer& scorer, int employee, int first,
                        const std::vector<int>& values) const;
    // How a path counts minutes: slots > 1 tracks them exactly, slot m after day i standing
    // for floor[i] + m minute units (floor empty: 0); one slot prices them instead.
    struct MinuteTrack
    {
        int slots = 1;
        std::vector<int> floor;
    };
    std::int64_t solvePath(const Window& window, double minutePrice, const MinuteTrack& track,
                           std::vector<int>& values);
    // One plan under the current typePrice_; returns its value without partial type limits.
    std::int64_t planPriced(const Window& window, std::vector<int>& values);
    // Minute units either side of the row a corridor path may stray (0: not affordable).
    int corridorHalfWidth(const Window& window) const;
    std::int64_t mendTypeCounts(const Window& window, std::vector<int>& plan,
                                std::vector<int>& used) const;
    std::int64_t followCorridor(const Window& window, int halfWidth, std::vector<int>& values);

    const Model& model_;
    const CellDomain& domain_;
    std::int64_t hardWeight_;
    int minuteUnit_; // gcd of all shift lengths
    // Types whose forbidden successors (for one employee) are the same are one class to the
    // path. Employees with the same succession table share a class set.
    struct ClassSet
    {
        std::vector<int> classOf;                   // per type
        std::vector<std::vector<char>> forbidsNext; // per class (0 = off): per type
        int unknownWork = 0; // class of a carried-in working day -1 of no model type
    };
    std::vector<ClassSet> classSets_;
    std::vector<int> classSetOf_; // per employee
    std::int64_t work_ = 0;
    // Per type: a price per shift, raised while a plan uses more of the type than its room.
    std::vector<std::int64_t> typePrice_;
    // Buffers reused between calls.
    std::vector<std::int64_t> current_;
    std::vector<std::int64_t> next_;
    std::vector<std::int32_t> predecessor_;
    std::vector<std::int16_t> predecessorValue_;
    struct MinuteRange
    {
        int lo;
        int hi;
    };
    std::vector<MinuteRange> reachable_;
    std::vector<MinuteRange> nextReachable_;
};

} // namespace shiftlane::solver
