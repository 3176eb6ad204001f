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
    successionTable_.assign(employees_.size(), 0);
    successionOffset_.assign(employees_.size(), 0);
    windowStart_.assign(employees_.size() * days_ + 1, 0);
    for (int e = 0; e < employeeCount(); ++e) {
        const EmployeeRules& rules = employees_[e];
        const CarryIn& carry = rules.carryIn;
        if (carry.workedDays < 0 || carry.daysOff < 0 ||
            (carry.workedDays > 0 && carry.daysOff > 0))
            throw std::invalid_argument("carryIn: worked days and days off cannot both be set");
        if (carry.lastShift < kOff || carry.lastShift >= typeCount_ ||
            (carry.lastShift != kOff && carry.workedDays == 0))
            throw std::invalid_argument("carryIn: a last shift needs a worked day -1");
        for (const MinutesWindow& w : rules.minutesWindows)
            if (w.firstDay < 0 || w.lastDay >= days_ || w.firstDay > w.lastDay)
                throw std::invalid_argument("a minutes window must lie inside the horizon");
    }
    // Windows per (employee, day), flattened: windowIndex_[windowStart_[e*days+d] ...].
    for (int e = 0; e < employeeCount(); ++e)
        for (int d = 0; d < days_; ++d) {
            const auto& windows = employees_[e].minutesWindows;
            for (int i = 0; i < static_cast<int>(windows.size()); ++i)
                if (windows[i].firstDay <= d && d <= windows[i].lastDay)
                    windowIndex_.push_back(i);
            windowStart_[e * days_ + d + 1] = static_cast<int>(windowIndex_.size());
        }
    fills_.resize(static_cast<std::size_t>(days_) * typeCount_);
    const std::size_t cellChoices =
        static_cast<std::size_t>(employeeCount()) * days_ * (typeCount_ + 1);
    cellFlags_.assign(static_cast<std::size_t>(employeeCount()) * days_, 0);
    forbidden_.assign(cellChoices, 0);
    cost_.assign(cellChoices, 0);
    pinned_.assign(static_cast<std::size_t>(employeeCount()) * days_, kNotPinned);
    weekendOfDay_.assign(days_, -1);
}

void Model::forbidSuccession(int first, int next)
{
    // Every table holds the global successions too, so that a look-up reads one table.
    const std::size_t tableSize = static_cast<std::size_t>(typeCount_) * typeCount_;
    for (std::size_t offset = 0; offset < forbiddenSuccession_.size(); offset += tableSize)
        forbiddenSuccession_[offset + static_cast<std::size_t>(first) * typeCount_ + next] = 1;
}

void Model::forbidSuccessionFor(int employee, int first, int next)
{
    const std::size_t tableSize = static_cast<std::size_t>(typeCount_) * typeCount_;
    if (successionTable_[employee] == 0) {
        // The employee's own table starts as a copy of the global one.
        const int table = static_cast<int>(forbiddenSuccession_.size() / tableSize);
        forbiddenSuccession_.insert(forbiddenSuccession_.end(), forbiddenSuccession_.begin(),
                                    forbiddenSuccession_.begin() +
                                        static_cast<std::ptrdiff_t>(tableSize));
        successionTable_[employee] = table;
        successionOffset_[employee] = static_cast<int>(table * tableSize);
    }
    forbiddenSuccession_[successionOffset_[employee] + first * typeCount_ + next] = 1;
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
    cellFlags_[employee * days_ + day] |= kCellForbids;
}

void Model::addCellCost(int employee, int day, int choice, std::int64_t cost)
{
    cost_[cellChoiceIndex(employee, day, choice)] += cost;
    cellFlags_[employee * days_ + day] |= kCellCosts;
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
