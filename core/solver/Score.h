#pragma once

#include <compare>
#include <cstdint>

namespace shiftlane::solver {

// Lexicographic: any hard violation outweighs any soft cost.
// Hard counts units of broken hard rules: a forbidden cell, a forbidden succession, a shift
// over a type limit, a day over or under a run limit, a weekend over the limit, or a started
// hour of minutes outside the employee's range. Soft is the weighted objective.
struct Score
{
    std::int64_t hard = 0;
    std::int64_t soft = 0;

    auto operator<=>(const Score&) const = default;
    Score& operator+=(const Score& other)
    {
        hard += other.hard;
        soft += other.soft;
        return *this;
    }
    Score& operator-=(const Score& other)
    {
        hard -= other.hard;
        soft -= other.soft;
        return *this;
    }
    friend Score operator+(Score a, const Score& b) { return a += b; }
    friend Score operator-(Score a, const Score& b) { return a -= b; }
    bool feasible() const { return hard == 0; }
};

// The single value the search, the row planner and the constructors minimise: a hard unit is
// worth hardWeight of soft (SearchParameters::hardWeight).
inline std::int64_t weightedValue(const Score& score, std::int64_t hardWeight)
{
    return score.hard * hardWeight + score.soft;
}

} // namespace shiftlane::solver
