#pragma once

#include "solver/Model.h"

#include <span>
#include <vector>

namespace shiftlane::solver {

// The values the search may give each cell: off and every shift type the cell does not forbid
// and the employee may work at all (limit above 0). Pinned cells have no values: the search
// never touches them. Forbidden values are left out rather than penalised because no good
// roster uses them, and leaving them out makes every move the search tries a sensible one.
class CellDomain
{
public:
    explicit CellDomain(const Model& model);

    bool movable(int employee, int day) const
    {
        const int cell = employee * days_ + day;
        return start_[cell + 1] > start_[cell];
    }
    bool allows(int employee, int day, int choice) const
    {
        return allowed_[(employee * days_ + day) * (types_ + 1) + choice + 1] != 0;
    }
    std::span<const int> choices(int employee, int day) const
    {
        const int cell = employee * days_ + day;
        return {values_.data() + start_[cell], values_.data() + start_[cell + 1]};
    }

private:
    int days_;
    int types_;
    std::vector<char> allowed_;
    // Every cell's choices in one array (cell c's at values_[start_[c]] to values_[start_[c+1]]):
    // the search reads them at random cells, and one vector per cell costs a cache miss more
    // on a 364-day roster.
    std::vector<int> start_;
    std::vector<int> values_;
};

} // namespace shiftlane::solver
