#include "TestInstances.h"

#include "solver/CellDomain.h"
#include "solver/RowPlanner.h"

#include <random>

using namespace shiftlane::solver;
using namespace shiftlane::solver::test;

// On Instance1 every rule the planner leaves to the scorer is absent (one shift type whose
// limit is the horizon, one bucket per cell), so its plan is exact: applying it can never be
// worse than the row it replaces, which is one of the paths it chose from (the start uses
// only values the search may use: a forbidden cell is not a path the planner can keep).
TEST_CASE("A row plan is never worse than the current row where the planner is exact",
          "[solver][rowplanner]")
{
    const Model model = loadInstance(1);
    const CellDomain domain(model);
    const std::int64_t hardWeight = 1000;
    RowPlanner planner(model, domain, hardWeight);
    std::mt19937 random(5);
    Roster start(model.employeeCount(), model.days());
    for (int e = 0; e < model.employeeCount(); ++e)
        for (int d = 0; d < model.days(); ++d)
            start.set(e, d, random() % 3 && domain.allows(e, d, 0) ? 0 : kOff);
    IncrementalScorer scorer(model, start);
    std::vector<int> values;
    int worse = 0;
    int improved = 0;
    for (int trial = 0; trial < 300; ++trial) {
        const int e = static_cast<int>(random() % model.employeeCount());
        const int length = 2 + static_cast<int>(random() % (model.days() - 1));
        const int first = static_cast<int>(random() % (model.days() - length + 1));
        planner.plan(scorer, e, first, first + length - 1, values);
        const Score before = scorer.score();
        for (int i = 0; i < length; ++i)
            scorer.change(e, first + i, values[i]);
        const Score delta = scorer.score() - before;
        const std::int64_t value = delta.hard * hardWeight + delta.soft;
        worse += value > 0 ? 1 : 0;
        improved += value < 0 ? 1 : 0;
    }
    CHECK(worse == 0);
    CHECK(improved > 0);
    // Planning every row from a random start removes the rows' own broken rules.
    planner.improveAllRows(scorer, model.days(), 1'000'000'000);
    CHECK(scorer.score().hard == 0);
}
