#pragma once

#include "solver/Model.h"
#include "solver/Score.h"

#include <vector>

namespace shiftlane::solver {

// Keeps a roster together with the sums its score depends on (shifts per type, minutes,
// worked weekends, bucket counts), so that the score change of one cell is found by looking
// only at what that cell touches: its neighbours, its runs, its buckets.
class IncrementalScorer
{
public:
    IncrementalScorer(const Model& model, const Roster& roster);

    const Model& model() const { return model_; }
    const Roster& roster() const { return roster_; }
    Score score() const { return score_; }
    int at(int employee, int day) const { return roster_.at(employee, day); }
    int bucketCount(int bucket) const { return bucketCounts_[bucket]; }
    int minutes(int employee) const { return minutes_[employee]; }
    // Minutes worked in the employee's minutes window `window` (see EmployeeRules).
    int windowMinutes(int employee, int window) const
    {
        return windowMinutes_[windowBase_[employee] + window];
    }
    int shiftsOfType(int employee, int type) const
    {
        return typeCounts_[employee * model_.shiftTypeCount() + type];
    }
    int weekendsWorked(int employee) const { return weekendsWorked_[employee]; }
    // Whether the employee works some day of the weekend that `day` is in (false off weekends).
    bool worksWeekendOf(int employee, int day) const
    {
        const int weekend = model_.weekendOfDay(day);
        return weekend >= 0 && weekendDaysWorked_[employee * model_.weekendCount() + weekend] > 0;
    }

    // How the score would change if the cell took `choice`; the roster is not touched.
    Score deltaOfChange(int employee, int day, int choice) const;
    // Sets the cell and updates the score; returns the change.
    Score change(int employee, int day, int choice);
    // Replaces the whole roster (used to restart from a best roster).
    void reset(const Roster& roster);

private:
    Score runDelta(int employee, int day, bool nowWorking) const;
    std::int64_t coverDelta(int day, int oldChoice, int newChoice) const;

    const Model& model_;
    Roster roster_;
    Score score_;
    std::vector<int> typeCounts_; // employee × type
    std::vector<int> minutes_;
    std::vector<int> weekendDaysWorked_; // employee × weekend
    std::vector<int> weekendsWorked_;
    std::vector<int> bucketCounts_;
    std::vector<int> windowBase_;    // per employee: index of its first window in windowMinutes_
    std::vector<int> windowMinutes_; // per (employee, window)
};

} // namespace shiftlane::solver
