#include "solver/MipProgram.h"

#include "solver/RulePenalties.h"

#include <algorithm>
#include <climits>
#include <initializer_list>
#include <numeric>
#include <string_view>
#include <unordered_map>

namespace shiftlane::solver {

namespace {

// Cells without columns (pinned off, forbidden, fixed by a neighbourhood) and the days before
// day 0 that a carry-in tells about are constants, so rows carry one.
struct Linear
{
    std::vector<MipTerm> terms;
    std::int64_t constant = 0;

    void add(const Linear& other, std::int64_t factor)
    {
        for (const MipTerm& term : other.terms)
            terms.push_back({term.column, term.coefficient * factor});
        constant += other.constant * factor;
    }
};

std::int64_t floorDivide(std::int64_t a, std::int64_t b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

std::string indexed(std::string_view prefix, std::initializer_list<int> indexes)
{
    std::string name(prefix);
    for (int index : indexes) {
        name += '_';
        name += std::to_string(index);
    }
    return name;
}

class MipBuilder
{
public:
    // Without `roster` the whole model; with it, the neighbourhood of `free` cells.
    MipBuilder(const Model& model, const Roster* roster, const std::vector<char>* free)
        : model_(model), roster_(roster), free_(free)
    {}

    MipProgram build()
    {
        program_.error = unsupported();
        if (!program_.error.empty())
            return std::move(program_);
        for (int e = 0; e < model_.employeeCount(); ++e) {
            if (!hasFreeCell(e)) {
                constantEmployee(e);
                continue;
            }
            cells(e);
            successions(e);
            totals(e);
            maxRuns(e);
            minRuns(e, true, model_.employee(e).minConsecutiveWork, "minWork");
            minRuns(e, false, model_.employee(e).minConsecutiveOff, "minOff");
            weekends(e);
        }
        cover();
        if (program_.columns.empty())
            column("zero", 0, 0, false, 0); // an LP needs a column
        program_.objectiveOffset = offset_;
        return std::move(program_);
    }

private:
    bool neighbourhood() const { return roster_ != nullptr; }

    // Slack columns are exact only when the minimisation pushes them down to the breach.
    std::string unsupported() const
    {
        for (int b = 0; b < model_.bucketCount(); ++b)
            if (model_.bucket(b).underWeight < 0 || model_.bucket(b).overWeight < 0)
                return "cover bucket " + std::to_string(b) + " has a negative weight";
        for (int e = 0; e < model_.employeeCount(); ++e) {
            const EmployeeRules& rules = model_.employee(e);
            if (rules.softMinutesWeight < 0)
                return "employee " + rules.id + " has a negative soft minutes weight";
            if (rules.softMinutesWeight > 0 && rules.softMinMinutes > rules.softMaxMinutes)
                return "employee " + rules.id + " has a soft minutes range with min above max";
        }
        return {};
    }

    int column(std::string name, double lower, double upper, bool integer, double start)
    {
        MipColumn c;
        c.name = std::move(name);
        c.lower = lower;
        c.upper = upper;
        c.integer = integer;
        c.start = start;
        program_.columns.push_back(std::move(c));
        return static_cast<int>(program_.columns.size()) - 1;
    }

    // Columns of cells, worked days and weekends are made on first use and found by key.
    enum Kind : std::uint64_t
    {
        kCell = 1,
        kWorked = 2,
        kWeekend = 3
    };
    static std::uint64_t key(Kind kind, int a, int b, int c)
    {
        return kind | static_cast<std::uint64_t>(a) << 4 | static_cast<std::uint64_t>(b) << 24 |
               static_cast<std::uint64_t>(c) << 44;
    }

    bool fixedCell(int e, int d) const
    {
        return neighbourhood() && (model_.pinned(e, d) != Model::kNotPinned ||
                                   (*free_)[static_cast<std::size_t>(e) * model_.days() + d] == 0);
    }

    bool hasFreeCell(int e) const
    {
        if (!neighbourhood())
            return true;
        for (int d = 0; d < model_.days(); ++d)
            if (!fixedCell(e, d))
                return true;
        return false;
    }

    int valueOf(int e, int d) const { return roster_->at(e, d); }

    bool blocked(int e, int d, int t) const
    {
        return model_.cellForbidden(e, d, t) ||
               (d == 0 && model_.successionForbidden(e, model_.employee(e).carryIn.lastShift, t));
    }

    // A pinned cell keeps a column for its type even when that type is blocked, so that the
    // whole program is infeasible exactly when the scorer counts the pin as a hard breach.
    bool hasVariable(int e, int d, int t) const
    {
        if (fixedCell(e, d))
            return false;
        const int pinned = model_.pinned(e, d);
        return pinned == Model::kNotPinned ? !blocked(e, d, t) : pinned == t;
    }

    int x(int e, int d, int t)
    {
        const auto [found, added] =
            columnOf_.emplace(key(kCell, e, d, t), static_cast<int>(program_.columns.size()));
        if (added) {
            const double start = neighbourhood() && valueOf(e, d) == t ? 1 : 0;
            column(indexed("x", {e, d, t}), 0, 1, true, start);
            MipColumn& c = program_.columns.back();
            c.employee = e;
            c.day = d;
            c.type = t;
        }
        return found->second;
    }

    int w(int e, int d)
    {
        const auto [found, added] =
            columnOf_.emplace(key(kWorked, e, d, 0), static_cast<int>(program_.columns.size()));
        if (added)
            column(indexed("w", {e, d}), 0, 1, true,
                   neighbourhood() && valueOf(e, d) != kOff ? 1 : 0);
        return found->second;
    }

    // 1 when the cell holds type t: its column, or a constant.
    Linear isType(int e, int d, int t)
    {
        Linear cell;
        if (hasVariable(e, d, t))
            cell.terms.push_back({x(e, d, t), 1});
        else if (fixedCell(e, d) && valueOf(e, d) == t)
            cell.constant = 1;
        return cell;
    }

    // The first day whose working status is known: a carry-in of k days adds the k days and
    // the day before them, which has the other status (the scorer treats the carried-in run
    // as closed on both sides); without one, day 0.
    int firstKnownDay(int e) const
    {
        const CarryIn& carry = model_.employee(e).carryIn;
        return carry.known() ? -(std::max(carry.workedDays, carry.daysOff) + 1) : 0;
    }

    // 1 when employee e works on day d (d >= firstKnownDay(e)): w_E_D when the cell has a
    // choice of types (see cells()), else its one x or a constant.
    Linear working(int e, int d)
    {
        Linear sum;
        if (d < 0) {
            const bool carriedWork = model_.employee(e).carryIn.workedDays > 0;
            const bool carriedStatus = d == firstKnownDay(e) ? !carriedWork : carriedWork;
            sum.constant = carriedStatus ? 1 : 0;
            return sum;
        }
        if (fixedCell(e, d)) {
            sum.constant = valueOf(e, d) != kOff ? 1 : 0;
            return sum;
        }
        sum = shifts(e, d);
        return sum.terms.size() > 1 ? Linear{{{w(e, d), 1}}, 0} : sum;
    }

    // The sum of the cell's x.
    Linear shifts(int e, int d)
    {
        Linear sum;
        for (int t = 0; t < model_.shiftTypeCount(); ++t)
            if (hasVariable(e, d, t))
                sum.terms.push_back({x(e, d, t), 1});
        return sum;
    }

    Linear status(int e, int d, bool workingRun)
    {
        if (workingRun)
            return working(e, d);
        Linear off;
        off.constant = 1;
        off.add(working(e, d), -1);
        return off;
    }

    Linear minutes(int e, int firstDay, int lastDay)
    {
        Linear sum;
        for (int d = firstDay; d <= lastDay; ++d) {
            if (fixedCell(e, d)) {
                sum.constant += model_.minutesOf(valueOf(e, d));
                continue;
            }
            for (int t = 0; t < model_.shiftTypeCount(); ++t)
                if (hasVariable(e, d, t) && model_.shiftType(t).minutes != 0)
                    sum.terms.push_back({x(e, d, t), model_.shiftType(t).minutes});
        }
        return sum;
    }

    void row(const std::string& name, Linear lhs, RowSense sense, std::int64_t rhs)
    {
        rhs -= lhs.constant;
        if (lhs.terms.empty()) {
            // A neighbourhood cannot change what a row of constants costs: leave it out.
            if (neighbourhood())
                return;
            const bool holds = sense == RowSense::AtMost    ? 0 <= rhs
                               : sense == RowSense::AtLeast ? 0 >= rhs
                                                            : rhs == 0;
            if (holds)
                return;
            // A row needs a column; one fixed at 0 keeps the breach (and the infeasibility).
            if (zero_ < 0)
                zero_ = column("zero", 0, 0, false, 0);
            lhs.terms.push_back({zero_, 1});
        }
        program_.rows.push_back({name, std::move(lhs.terms), sense, rhs});
    }

    // An employee without a free cell: what their cells cost, and their soft minutes.
    void constantEmployee(int e)
    {
        int worked = 0;
        for (int d = 0; d < model_.days(); ++d) {
            offset_ += model_.cellCost(e, d, valueOf(e, d));
            worked += model_.minutesOf(valueOf(e, d));
        }
        offset_ += penalty::minutesSoft(model_.employee(e), worked);
    }

    void cells(int e)
    {
        for (int d = 0; d < model_.days(); ++d) {
            if (fixedCell(e, d)) {
                offset_ += model_.cellCost(e, d, valueOf(e, d));
                continue;
            }
            const std::int64_t offCost = model_.cellCost(e, d, kOff);
            offset_ += offCost;
            Linear cell = shifts(e, d);
            for (int t = 0; t < model_.shiftTypeCount(); ++t) {
                if (!hasVariable(e, d, t))
                    continue;
                // Every x goes into the objective, with 0 too: cbc warns about a column that
                // appears nowhere else.
                MipColumn& c = program_.columns[x(e, d, t)];
                c.objective = static_cast<double>(model_.cellCost(e, d, t) - offCost);
                if (model_.pinned(e, d) == t) {
                    c.lower = 1;
                    if (blocked(e, d, t))
                        row(indexed("blocked", {e, d}), working(e, d), RowSense::AtMost, 0);
                }
            }
            // A binary w = the sum of the x: at most one type per cell, and the column the
            // run and weekend rules read. Branching on it (is the day worked?) is what gets
            // cbc to prove Instance2 in 1.5 s instead of 11 s.
            if (cell.terms.size() > 1) {
                cell.terms.push_back({w(e, d), -1});
                row(indexed("cell", {e, d}), std::move(cell), RowSense::Equal, 0);
            }
        }
    }

    // One row per shift and day: with at most one type per cell, the shift and all the types
    // it forbids on the next day sum to at most 1.
    void successions(int e)
    {
        for (int d = 0; d + 1 < model_.days(); ++d)
            for (int s = 0; s < model_.shiftTypeCount(); ++s) {
                Linear pair = isType(e, d, s);
                if (pair.terms.empty() && pair.constant == 0)
                    continue;
                const std::size_t before = pair.terms.size();
                const std::int64_t constantBefore = pair.constant;
                for (int t = 0; t < model_.shiftTypeCount(); ++t)
                    if (model_.successionForbidden(e, s, t))
                        pair.add(isType(e, d + 1, t), 1);
                if (pair.terms.size() == before && pair.constant == constantBefore)
                    continue;
                row(indexed("succession", {e, d, s}), std::move(pair), RowSense::AtMost, 1);
            }
    }

    void totals(int e)
    {
        const EmployeeRules& rules = model_.employee(e);
        const int lastDay = model_.days() - 1;
        for (int t = 0; t < model_.shiftTypeCount(); ++t) {
            const int limit = model_.maxShiftsOfType(e, t);
            if (limit >= model_.days())
                continue;
            Linear count;
            for (int d = 0; d <= lastDay; ++d)
                count.add(isType(e, d, t), 1);
            row(indexed("typeLimit", {e, t}), std::move(count), RowSense::AtMost, limit);
        }
        // Minutes outside the range cost hard units (started hours); any breach is one.
        minutesRange(indexed("minutes", {e}), minutes(e, 0, lastDay), rules.minMinutes,
                     rules.maxMinutes);
        for (int i = 0; i < static_cast<int>(rules.minutesWindows.size()); ++i) {
            const MinutesWindow& window = rules.minutesWindows[i];
            minutesRange(indexed("window", {e, i}), minutes(e, window.firstDay, window.lastDay),
                         window.minMinutes, window.maxMinutes);
        }
        if (rules.softMinutesWeight == 0)
            return;
        const Linear total = minutes(e, 0, lastDay);
        if (total.terms.empty()) {
            offset_ += penalty::minutesSoft(rules, static_cast<int>(total.constant));
            return;
        }
        auto worked = static_cast<double>(total.constant);
        for (const MipTerm& term : total.terms)
            worked += program_.columns[term.column].start * static_cast<double>(term.coefficient);
        if (rules.softMinMinutes > 0) {
            const int below = column(indexed("softBelow", {e}), 0, 1e30, false,
                                     std::max(0.0, rules.softMinMinutes - worked));
            program_.columns[below].objective = rules.softMinutesWeight;
            Linear lhs = total;
            lhs.terms.push_back({below, 1});
            row(indexed("softMin", {e}), std::move(lhs), RowSense::AtLeast, rules.softMinMinutes);
        }
        if (rules.softMaxMinutes < INT_MAX) {
            const int above = column(indexed("softAbove", {e}), 0, 1e30, false,
                                     std::max(0.0, worked - rules.softMaxMinutes));
            program_.columns[above].objective = rules.softMinutesWeight;
            Linear lhs = total;
            lhs.terms.push_back({above, -1});
            row(indexed("softMax", {e}), std::move(lhs), RowSense::AtMost, rules.softMaxMinutes);
        }
    }

    // In units of the gcd of the shift lengths, with the limits rounded inwards: the same
    // rosters, a tighter relaxation (e.g. 1200..2160 minutes of 480-minute shifts is 3..4
    // shifts, not 2.5..4.5), which makes cbc's proof several times faster on Instance2.
    void minutesRange(const std::string& name, Linear sum, std::int64_t min, std::int64_t max)
    {
        std::int64_t unit = sum.constant;
        for (const MipTerm& term : sum.terms)
            unit = std::gcd(unit, term.coefficient);
        if (unit > 1) {
            for (MipTerm& term : sum.terms)
                term.coefficient /= unit;
            sum.constant /= unit;
            min = min > 0 ? (min + unit - 1) / unit : 0;
            max = max < INT_MAX ? floorDivide(max, unit) : INT_MAX;
        }
        if (min > 0)
            row(name + "_min", sum, RowSense::AtLeast, min);
        if (max < INT_MAX)
            row(name + "_max", std::move(sum), RowSense::AtMost, max);
    }

    // No max + 1 consecutive working days that include a day of the horizon. Windows wholly
    // before day 0 are left out: the scorer counts only the days a run adds to a carry-in.
    // A max below 0 breaks on every worked day, as 0 does.
    void maxRuns(int e)
    {
        const std::int64_t max = std::max(0, model_.employee(e).maxConsecutiveWork);
        const int first = firstKnownDay(e);
        for (std::int64_t last = std::max<std::int64_t>(0, first + max); last < model_.days();
             ++last) {
            Linear window;
            for (auto d = static_cast<int>(last - max); d <= last; ++d)
                window.add(working(e, d), 1);
            row(indexed("maxWork", {e, static_cast<int>(last)}), std::move(window),
                RowSense::AtMost, max);
        }
    }

    // A run of fewer than `min` days of one status is a breach only when a known day of the
    // other status lies on both sides (the scorer's reading, shared/bench/FORMAT.md rules 6
    // and 7). So a run that starts on `start` after a known day of the other status goes on
    // to every day start + j (j < min) inside the horizon: one row per (start, j), never
    // weaker in the relaxation than one row per forbidden pattern.
    void minRuns(int e, bool workingRun, int min, const char* prefix)
    {
        const int days = model_.days();
        for (int start = firstKnownDay(e) + 1; start < days; ++start) {
            Linear begins = status(e, start, workingRun);
            begins.add(status(e, start - 1, workingRun), -1);
            if (begins.terms.empty() && begins.constant <= 0)
                continue; // no run can start here (days of one status, known or fixed)
            for (int later = std::max(0, start + 1); later < days && later - start < min; ++later) {
                Linear lhs = begins;
                lhs.add(status(e, later, workingRun), -1);
                row(indexed(prefix, {e, later, later - start}), std::move(lhs), RowSense::AtMost,
                    0);
            }
        }
    }

    // weekend_E_W >= each day's working status; only the limit reads it, so it may be 1 on an
    // unworked weekend, which only makes the limit harder to meet and never helps.
    void weekends(int e)
    {
        const int max = model_.employee(e).maxWeekends;
        if (max >= model_.weekendCount())
            return;
        Linear count;
        for (int g = 0; g < model_.weekendCount(); ++g) {
            const std::vector<int>& days = model_.weekendDays(g);
            bool anyFree = false;
            bool anyWorked = false;
            for (int d : days) {
                anyFree = anyFree || !fixedCell(e, d);
                anyWorked = anyWorked || (neighbourhood() && valueOf(e, d) != kOff);
            }
            if (!anyFree) {
                count.constant += anyWorked ? 1 : 0;
                continue;
            }
            const int weekend = column(indexed("weekend", {e, g}), 0, 1, true, anyWorked ? 1 : 0);
            count.terms.push_back({weekend, 1});
            for (int d : days) {
                Linear day = working(e, d);
                day.terms.push_back({weekend, -1});
                row(indexed("weekendDay", {e, g, d}), std::move(day), RowSense::AtMost, 0);
            }
        }
        row(indexed("maxWeekends", {e}), std::move(count), RowSense::AtMost, max);
    }

    void cover()
    {
        std::vector<Linear> counts(model_.bucketCount());
        for (int e = 0; e < model_.employeeCount(); ++e)
            for (int d = 0; d < model_.days(); ++d) {
                if (fixedCell(e, d)) {
                    if (valueOf(e, d) != kOff)
                        for (int b : model_.fills(d, valueOf(e, d)))
                            ++counts[b].constant;
                    continue;
                }
                for (int t = 0; t < model_.shiftTypeCount(); ++t)
                    if (hasVariable(e, d, t)) {
                        const int cell = x(e, d, t);
                        for (int b : model_.fills(d, t))
                            counts[b].terms.push_back({cell, 1});
                    }
            }
        for (int b = 0; b < model_.bucketCount(); ++b) {
            const CoverBucket& bucket = model_.bucket(b);
            if (neighbourhood() && counts[b].terms.empty()) {
                offset_ += penalty::cover(bucket, static_cast<int>(counts[b].constant));
                continue;
            }
            auto count = static_cast<double>(counts[b].constant);
            for (const MipTerm& term : counts[b].terms)
                count += program_.columns[term.column].start;
            const double required = bucket.required;
            const int under =
                column(indexed("under", {b}), 0, 1e30, false, std::max(0.0, required - count));
            const int over =
                column(indexed("over", {b}), 0, 1e30, false, std::max(0.0, count - required));
            program_.columns[under].objective = bucket.underWeight;
            program_.columns[over].objective = bucket.overWeight;
            counts[b].terms.push_back({under, 1});
            counts[b].terms.push_back({over, -1});
            row(indexed("cover", {b}), std::move(counts[b]), RowSense::Equal, bucket.required);
        }
    }

    const Model& model_;
    const Roster* roster_;
    const std::vector<char>* free_;
    MipProgram program_;
    std::unordered_map<std::uint64_t, int> columnOf_;
    std::int64_t offset_ = 0;
    int zero_ = -1;
};

} // namespace

MipProgram buildMipProgram(const Model& model)
{
    return MipBuilder(model, nullptr, nullptr).build();
}

MipProgram buildMipNeighbourhood(const Model& model, const Roster& roster,
                                 const std::vector<char>& free)
{
    return MipBuilder(model, &roster, &free).build();
}

} // namespace shiftlane::solver
