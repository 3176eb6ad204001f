#include "solver/Model.h"

#include <algorithm>
#include <stdexcept>

namespace shiftlane::solver {

Model::Model(int days, std::vector<ShiftType> shiftTypes, std::vector<EmployeeRules> employees)
    : days_(days), typeCount_(static_cast<int>(shiftTypes.size())),
      shiftTypes_(std::move(shiftTypes)), employees_(std::move(employees))
{
    if (days_ <= 0)
        throw std::invalid_argument("a model needs at least one day");
    for (auto& rules : employees_)
        if (!rules.maxShiftsPerType.empty() &&
            static_cast<int>(rules.maxShiftsPerType.size()) != typeCount_)
            throw std::invalid_argument("maxShiftsPerType needs one entry per shift type");
    forbiddenSuccession_.assign(static_cast<std::size_t>(typeCount_) * typeCount_, 0);
    fills_.resize(static_cast<std::size_t>(days_) * typeCount_);
    const std::size_t cellChoices =
        static_cast<std::size_t>(employeeCount()) * days_ * (typeCount_ + 1);
    forbidden_.assign(cellChoices, 0);
    cost_.assign(cellChoices, 0);
    pinned_.assign(static_cast<std::size_t>(employeeCount()) * days_, kNotPinned);
    weekendOfDay_.assign(days_, -1);
}

void Model::forbidSuccession(int first, int next)
{
    forbiddenSuccession_[first * typeCount_ + next] = 1;
}

int Model::addBucket(const CoverBucket& bucket)
{
    buckets_.push_back(bucket);
    return bucketCount() - 1;
}

void Model::addFill(int day, int type, int bucket)
{
    auto& list = fills_[day * typeCount_ + type];
    // The incremental scorer relies on a bucket appearing at most once per list.
    if (std::find(list.begin(), list.end(), bucket) == list.end())
        list.push_back(bucket);
}

void Model::forbidCell(int employee, int day, int type)
{
    forbidden_[cellChoiceIndex(employee, day, type)] = 1;
}

void Model::addCellCost(int employee, int day, int choice, std::int64_t cost)
{
    cost_[cellChoiceIndex(employee, day, choice)] += cost;
}

void Model::pin(int employee, int day, int choice)
{
    pinned_[employee * days_ + day] = choice;
}

void Model::setWeekends(std::vector<std::vector<int>> groups)
{
    weekends_ = std::move(groups);
    weekendOfDay_.assign(days_, -1);
    for (int w = 0; w < weekendCount(); ++w)
        for (int day : weekends_[w]) {
            if (weekendOfDay_[day] != -1)
                throw std::invalid_argument("a day belongs to two weekends");
            weekendOfDay_[day] = w;
        }
}

Roster pinnedRoster(const Model& model)
{
    Roster roster(model.employeeCount(), model.days());
    for (int e = 0; e < model.employeeCount(); ++e)
        for (int d = 0; d < model.days(); ++d)
            if (model.pinned(e, d) != Model::kNotPinned)
                roster.set(e, d, model.pinned(e, d));
    return roster;
}

} // namespace shiftlane::solver
