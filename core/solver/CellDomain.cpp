#include "solver/CellDomain.h"

namespace shiftlane::solver {

CellDomain::CellDomain(const Model& model) : days_(model.days()), types_(model.shiftTypeCount())
{
    const int employees = model.employeeCount();
    allowed_.assign(static_cast<std::size_t>(employees) * days_ * (types_ + 1), 0);
    start_.assign(static_cast<std::size_t>(employees) * days_ + 1, 0);
    for (int e = 0; e < employees; ++e)
        for (int d = 0; d < days_; ++d) {
            start_[e * days_ + d] = static_cast<int>(values_.size());
            if (model.pinned(e, d) != Model::kNotPinned)
                continue;
            for (int choice = kOff; choice < types_; ++choice) {
                const bool usable = choice == kOff || (!model.cellForbidden(e, d, choice) &&
                                                       model.maxShiftsOfType(e, choice) > 0);
                if (!usable)
                    continue;
                allowed_[(e * days_ + d) * (types_ + 1) + choice + 1] = 1;
                values_.push_back(choice);
            }
        }
    start_.back() = static_cast<int>(values_.size());
}

} // namespace shiftlane::solver
