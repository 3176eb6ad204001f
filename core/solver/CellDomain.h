#pragma once

#include "solver/Model.h"

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

    bool movable(int employee, int day) const { return !choices(employee, day).empty(); }
    bool allows(int employee, int day, int choice) const
    {
        return allowed_[(employee * days_ + day) * (types_ + 1) + choice + 1] != 0;
    }
    const std::vector<int>& choices(int employee, int day) const
    {
        return choices_[employee * days_ + day];
    }

private:
    int days_;
    int types_;
    std::vector<char> allowed_;
    std::vector<std::vector<int>> choices_;
};

} // namespace shiftlane::solver
