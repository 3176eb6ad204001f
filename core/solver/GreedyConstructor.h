#pragma once

#include "solver/CellDomain.h"
#include "solver/IncrementalScorer.h"
#include "solver/Random.h"

#include <cstdint>
#include <vector>

namespace shiftlane::solver {

// Fills missing cover, scarcest demand first: the (day, type) whose shortage has the fewest
// free employees able to take it is served first, each time by the employee whose assignment
// costs least under the weighted score (hard × hardWeight + soft). It stops where no further
// assignment pays. Used for the first roster and to recreate what a ruin move removed.
class GreedyConstructor
{
public:
    GreedyConstructor(const Model& model, const CellDomain& domain, std::int64_t hardWeight)
        : model_(model), domain_(domain), hardWeight_(hardWeight)
    {}

    // Serves the days [firstDay, lastDay] with the given employees (all when empty).
    // With `random`, ties between equally good employees are broken at random.
    void fill(IncrementalScorer& scorer, int firstDay, int lastDay,
              const std::vector<int>& employees, Random* random = nullptr) const;

private:
    std::int64_t coverGainOfOneMore(const IncrementalScorer& scorer, int day, int type) const;

    const Model& model_;
    const CellDomain& domain_;
    std::int64_t hardWeight_;
};

} // namespace shiftlane::solver
