#pragma once

#include <climits>
#include <cstdint>
#include <string>
#include <vector>

namespace shiftlane::solver {

// The value of a cell that holds no shift.
inline constexpr int kOff = -1;

struct ShiftType
{
    std::string id;
    int minutes = 0;
};

// A hard limit on the minutes worked in the days [firstDay, lastDay] (e.g. one calendar week).
// Like the horizon total, each started hour outside [minMinutes, maxMinutes] is one hard unit.
struct MinutesWindow
{
    int firstDay = 0;
    int lastDay = 0;
    int maxMinutes = INT_MAX;
    int minMinutes = 0;
};

// What happened just before day 0, so that run and succession rules hold across the start of
// the horizon. Without it (the default) the days before day 0 are unknown: runs touching day 0
// are not checked against the min rules and their max is checked on the days inside only.
struct CarryIn
{
    int workedDays = 0;   // consecutive working days ending on day -1 (0: day -1 was off)
    int daysOff = 0;      // consecutive days off ending on day -1 (0: day -1 was worked)
    int lastShift = kOff; // shift type worked on day -1; kOff when off or not a model type
    bool known() const { return workedDays > 0 || daysOff > 0; }
};

// Limits of one employee over the whole horizon. The defaults limit nothing.
struct EmployeeRules
{
    std::string id;
    std::vector<int> maxShiftsPerType; // one entry per shift type; empty = no limit
    int minMinutes = 0;
    int maxMinutes = INT_MAX;
    int minConsecutiveWork = 0; // checked only on runs with a day off on both sides
    int maxConsecutiveWork = INT_MAX;
    int minConsecutiveOff = 0; // checked only on runs with a working day on both sides
    int maxWeekends = INT_MAX;
    // Soft target range of paid minutes (the app's fairness term): every minute outside
    // [softMinMinutes, softMaxMinutes] costs softMinutesWeight.
    int softMinMinutes = 0;
    int softMaxMinutes = INT_MAX;
    int softMinutesWeight = 0;
    // Hard minutes limits over parts of the horizon (weeks, ...); they may overlap.
    std::vector<MinutesWindow> minutesWindows;
    CarryIn carryIn;
};

// A demand: how many assignments should fill it, and what each missing or surplus one costs.
struct CoverBucket
{
    int required = 0;
    int underWeight = 0;
    int overWeight = 0;
    int day = -1; // only for explanations: the day the demand belongs to
};

// The flat rostering model: employees × days, each cell one shift type or off. Everything the
// app or the benchmark knows is translated into these terms; the engine knows nothing else.
// Build it with the setters, then hand it (const) to the scorers and the search.
class Model
{
public:
    Model(int days, std::vector<ShiftType> shiftTypes, std::vector<EmployeeRules> employees);

    int days() const { return days_; }
    int employeeCount() const { return static_cast<int>(employees_.size()); }
    int shiftTypeCount() const { return static_cast<int>(shiftTypes_.size()); }
    const ShiftType& shiftType(int t) const { return shiftTypes_[t]; }
    const EmployeeRules& employee(int e) const { return employees_[e]; }
    int bucketCount() const { return static_cast<int>(buckets_.size()); }
    const CoverBucket& bucket(int b) const { return buckets_[b]; }

    // --- building ---------------------------------------------------------------------------
    // Type `next` may not be worked on the day after type `first`, for every employee.
    void forbidSuccession(int first, int next);
    // The same for one employee only (on top of the global ones): e.g. a longer rest.
    void forbidSuccessionFor(int employee, int first, int next);
    int addBucket(const CoverBucket& bucket);
    // Working type t on day d fills bucket b (a shift may fill several buckets, on several days).
    void addFill(int day, int type, int bucket);
    void forbidCell(int employee, int day, int type);
    // Adds `cost` to choosing `choice` (a type or kOff) in a cell.
    void addCellCost(int employee, int day, int choice, std::int64_t cost);
    void pin(int employee, int day, int choice);
    // Each group is a set of days that counts as one working weekend if any of them is worked.
    void setWeekends(std::vector<std::vector<int>> groups);

    // --- reading (hot paths) ------------------------------------------------------------------
    int minutesOf(int choice) const { return choice == kOff ? 0 : shiftTypes_[choice].minutes; }
    // Global and the employee's own forbidden successions.
    bool successionForbidden(int employee, int first, int next) const
    {
        return first != kOff && next != kOff &&
               forbiddenSuccession_[successionOffset_[employee] + first * typeCount_ + next];
    }
    // Employees with the same table have the same forbidden successions (0: only the global).
    int successionTable(int employee) const { return successionTable_[employee]; }
    // The minutes windows (indexes into employee(e).minutesWindows) that contain `day`.
    const int* windowsOfDayBegin(int employee, int day) const
    {
        return windowIndex_.data() + windowStart_[employee * days_ + day];
    }
    const int* windowsOfDayEnd(int employee, int day) const
    {
        return windowIndex_.data() + windowStart_[employee * days_ + day + 1];
    }
    bool hasWindows() const { return !windowIndex_.empty(); }
    const std::vector<int>& fills(int day, int type) const
    {
        return fills_[day * typeCount_ + type];
    }
    bool cellForbidden(int employee, int day, int choice) const
    {
        return choice != kOff && (cellFlags_[employee * days_ + day] & kCellForbids) != 0 &&
               forbidden_[cellChoiceIndex(employee, day, choice)];
    }
    std::int64_t cellCost(int employee, int day, int choice) const
    {
        return (cellFlags_[employee * days_ + day] & kCellCosts) != 0
                   ? cost_[cellChoiceIndex(employee, day, choice)]
                   : 0;
    }
    // kNotPinned or the fixed choice.
    static constexpr int kNotPinned = -2;
    int pinned(int employee, int day) const { return pinned_[employee * days_ + day]; }
    int maxShiftsOfType(int employee, int type) const
    {
        const auto& limits = employees_[employee].maxShiftsPerType;
        return limits.empty() ? INT_MAX : limits[type];
    }
    int weekendOfDay(int day) const { return weekendOfDay_[day]; }
    int weekendCount() const { return static_cast<int>(weekends_.size()); }
    const std::vector<int>& weekendDays(int weekend) const { return weekends_[weekend]; }

private:
    int cellChoiceIndex(int employee, int day, int choice) const
    {
        return (employee * days_ + day) * (typeCount_ + 1) + choice + 1;
    }

    int days_;
    int typeCount_;
    std::vector<ShiftType> shiftTypes_;
    std::vector<EmployeeRules> employees_;
    std::vector<char> forbiddenSuccession_; // one type × type table per succession table
    std::vector<int> successionTable_;      // per employee
    std::vector<int> successionOffset_;     // per employee: table × types × types
    std::vector<int> windowStart_;          // employee × day + 1 offsets into windowIndex_
    std::vector<int> windowIndex_;
    std::vector<CoverBucket> buckets_;
    std::vector<std::vector<int>> fills_;
    // Per cell: whether any of its choices has a cost or is forbidden. Most cells have
    // neither, and the search asks about random cells: a byte per cell stays in cache where the
    // tables per (cell, choice) below do not (14 MB of costs on a 150 x 364 roster).
    static constexpr std::uint8_t kCellCosts = 1;
    static constexpr std::uint8_t kCellForbids = 2;
    std::vector<std::uint8_t> cellFlags_;
    std::vector<char> forbidden_;
    std::vector<std::int64_t> cost_;
    std::vector<int> pinned_;
    std::vector<std::vector<int>> weekends_;
    std::vector<int> weekendOfDay_;
};

// An assignment of every cell: a shift type index or kOff.
class Roster
{
public:
    Roster() = default;
    Roster(int employees, int days)
        : employees_(employees), days_(days),
          cells_(static_cast<std::size_t>(employees) * days, static_cast<std::int16_t>(kOff))
    {}

    int employees() const { return employees_; }
    int days() const { return days_; }
    int at(int employee, int day) const { return cells_[employee * days_ + day]; }
    void set(int employee, int day, int choice)
    {
        cells_[employee * days_ + day] = static_cast<std::int16_t>(choice);
    }
    bool operator==(const Roster&) const = default;

private:
    int employees_ = 0;
    int days_ = 0;
    std::vector<std::int16_t> cells_;
};

// A roster with every pinned cell set to its pinned value and the rest off.
Roster pinnedRoster(const Model& model);

} // namespace shiftlane::solver
