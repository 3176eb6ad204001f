#include "solver/LpWriter.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <initializer_list>
#include <numeric>
#include <sstream>
#include <string_view>
#include <vector>

namespace shiftlane::solver {

namespace {

struct Term
{
    std::string variable;
    std::int64_t coefficient = 0;
};

// Cells without variables (pinned off, forbidden) and the days before day 0 that a carry-in
// tells about are constants, so rows carry one.
struct Linear
{
    std::vector<Term> terms;
    std::int64_t constant = 0;

    void add(const Linear& other, std::int64_t factor)
    {
        for (const Term& term : other.terms)
            terms.push_back({term.variable, term.coefficient * factor});
        constant += other.constant * factor;
    }
};

enum class Sense
{
    AtMost,
    AtLeast,
    Equal
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

class LpBuilder
{
public:
    explicit LpBuilder(const Model& model) : model_(model) {}

    LpProgram build()
    {
        LpProgram program;
        program.error = unsupported();
        if (!program.error.empty())
            return program;
        for (int e = 0; e < model_.employeeCount(); ++e) {
            cells(e);
            successions(e);
            totals(e);
            maxRuns(e);
            minRuns(e, true, model_.employee(e).minConsecutiveWork, "minWork");
            minRuns(e, false, model_.employee(e).minConsecutiveOff, "minOff");
            weekends(e);
        }
        cover();
        program.objectiveOffset = offset_;
        program.text = assemble();
        return program;
    }

private:
    // Slack variables are exact only when the minimisation pushes them down to the breach.
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

    bool blocked(int e, int d, int t) const
    {
        return model_.cellForbidden(e, d, t) ||
               (d == 0 && model_.successionForbidden(e, model_.employee(e).carryIn.lastShift, t));
    }

    // A pinned cell keeps a variable for its type even when that type is blocked, so that the
    // program is infeasible exactly when the scorer counts the pin as a hard breach.
    bool hasVariable(int e, int d, int t) const
    {
        const int pinned = model_.pinned(e, d);
        return pinned == Model::kNotPinned ? !blocked(e, d, t) : pinned == t;
    }

    static std::string x(int e, int d, int t) { return indexed("x", {e, d, t}); }

    // The first day whose working status is known: a carry-in of k days adds the k days and
    // the day before them, which has the other status (the scorer treats the carried-in run
    // as closed on both sides); without one, day 0.
    int firstKnownDay(int e) const
    {
        const CarryIn& carry = model_.employee(e).carryIn;
        return carry.known() ? -(std::max(carry.workedDays, carry.daysOff) + 1) : 0;
    }

    static std::string w(int e, int d) { return indexed("w", {e, d}); }

    // 1 when employee e works on day d (d >= firstKnownDay(e)): w_E_D when the cell has a
    // choice of types (see cells()), else its one x or nothing.
    Linear working(int e, int d) const
    {
        Linear sum;
        if (d < 0) {
            const bool carriedWork = model_.employee(e).carryIn.workedDays > 0;
            const bool carriedStatus = d == firstKnownDay(e) ? !carriedWork : carriedWork;
            sum.constant = carriedStatus ? 1 : 0;
            return sum;
        }
        sum = shifts(e, d);
        return sum.terms.size() > 1 ? Linear{{{w(e, d), 1}}, 0} : sum;
    }

    // The sum of the cell's x.
    Linear shifts(int e, int d) const
    {
        Linear sum;
        for (int t = 0; t < model_.shiftTypeCount(); ++t)
            if (hasVariable(e, d, t))
                sum.terms.push_back({x(e, d, t), 1});
        return sum;
    }

    Linear status(int e, int d, bool workingRun) const
    {
        if (workingRun)
            return working(e, d);
        Linear off;
        off.constant = 1;
        off.add(working(e, d), -1);
        return off;
    }

    Linear minutes(int e, int firstDay, int lastDay) const
    {
        Linear sum;
        for (int d = firstDay; d <= lastDay; ++d)
            for (int t = 0; t < model_.shiftTypeCount(); ++t)
                if (hasVariable(e, d, t) && model_.shiftType(t).minutes != 0)
                    sum.terms.push_back({x(e, d, t), model_.shiftType(t).minutes});
        return sum;
    }

    void row(const std::string& name, Linear lhs, Sense sense, std::int64_t rhs)
    {
        rhs -= lhs.constant;
        if (lhs.terms.empty()) {
            const bool holds = sense == Sense::AtMost    ? 0 <= rhs
                               : sense == Sense::AtLeast ? 0 >= rhs
                                                         : rhs == 0;
            if (holds)
                return;
            // LP format has no constant rows; a variable fixed at 0 keeps the breach.
            lhs.terms.push_back({"zero", 1});
            needZero_ = true;
        }
        rows_ += ' ' + name + ':';
        writeTerms(rows_, lhs.terms);
        rows_ += sense == Sense::AtMost ? " <= " : sense == Sense::AtLeast ? " >= " : " = ";
        rows_ += std::to_string(rhs) + '\n';
    }

    static void writeTerms(std::string& out, const std::vector<Term>& terms)
    {
        for (std::size_t i = 0; i < terms.size(); ++i) {
            if (i > 0 && i % 8 == 0)
                out += "\n   ";
            const std::int64_t c = terms[i].coefficient;
            out += c < 0 ? " - " : " + ";
            if (c != 1 && c != -1)
                out += std::to_string(c < 0 ? -c : c) + ' ';
            out += terms[i].variable;
        }
    }

    void cells(int e)
    {
        for (int d = 0; d < model_.days(); ++d) {
            const std::int64_t offCost = model_.cellCost(e, d, kOff);
            offset_ += offCost;
            Linear cell = shifts(e, d);
            for (int t = 0; t < model_.shiftTypeCount(); ++t) {
                if (!hasVariable(e, d, t))
                    continue;
                // Every x goes into the objective, with 0 too: cbc warns about a variable
                // that appears nowhere else.
                objective_.push_back({x(e, d, t), model_.cellCost(e, d, t) - offCost});
                binaries_.push_back(x(e, d, t));
                if (model_.pinned(e, d) == t) {
                    bounds_ += ' ' + x(e, d, t) + " = 1\n";
                    if (blocked(e, d, t))
                        row(indexed("blocked", {e, d}), working(e, d), Sense::AtMost, 0);
                }
            }
            // A binary w = the sum of the x: at most one type per cell, and the variable the
            // run and weekend rules read. Branching on it (is the day worked?) is what gets
            // cbc to prove Instance2 in 1.5 s instead of 11 s.
            if (cell.terms.size() > 1) {
                binaries_.push_back(w(e, d));
                cell.terms.push_back({w(e, d), -1});
                row(indexed("cell", {e, d}), std::move(cell), Sense::Equal, 0);
            }
        }
    }

    // One row per shift and day: with at most one type per cell, the shift and all the types
    // it forbids on the next day sum to at most 1.
    void successions(int e)
    {
        for (int d = 0; d + 1 < model_.days(); ++d)
            for (int s = 0; s < model_.shiftTypeCount(); ++s) {
                if (!hasVariable(e, d, s))
                    continue;
                Linear pair;
                for (int t = 0; t < model_.shiftTypeCount(); ++t)
                    if (model_.successionForbidden(e, s, t) && hasVariable(e, d + 1, t))
                        pair.terms.push_back({x(e, d + 1, t), 1});
                if (pair.terms.empty())
                    continue;
                pair.terms.push_back({x(e, d, s), 1});
                row(indexed("succession", {e, d, s}), std::move(pair), Sense::AtMost, 1);
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
                if (hasVariable(e, d, t))
                    count.terms.push_back({x(e, d, t), 1});
            row(indexed("typeLimit", {e, t}), std::move(count), Sense::AtMost, limit);
        }
        // Minutes outside the range cost hard units (started hours); any breach is one.
        minutesRange(indexed("minutes", {e}), minutes(e, 0, lastDay), rules.minMinutes,
                     rules.maxMinutes);
        for (int i = 0; i < static_cast<int>(rules.minutesWindows.size()); ++i) {
            const MinutesWindow& w = rules.minutesWindows[i];
            minutesRange(indexed("window", {e, i}), minutes(e, w.firstDay, w.lastDay), w.minMinutes,
                         w.maxMinutes);
        }
        if (rules.softMinutesWeight == 0)
            return;
        if (rules.softMinMinutes > 0) {
            const std::string below = indexed("softBelow", {e});
            Linear lhs = minutes(e, 0, lastDay);
            lhs.terms.push_back({below, 1});
            row(indexed("softMin", {e}), std::move(lhs), Sense::AtLeast, rules.softMinMinutes);
            objective_.push_back({below, rules.softMinutesWeight});
        }
        if (rules.softMaxMinutes < INT_MAX) {
            const std::string above = indexed("softAbove", {e});
            Linear lhs = minutes(e, 0, lastDay);
            lhs.terms.push_back({above, -1});
            row(indexed("softMax", {e}), std::move(lhs), Sense::AtMost, rules.softMaxMinutes);
            objective_.push_back({above, rules.softMinutesWeight});
        }
    }

    // In units of the gcd of the shift lengths, with the limits rounded inwards: the same
    // rosters, a tighter relaxation (e.g. 1200..2160 minutes of 480-minute shifts is 3..4
    // shifts, not 2.5..4.5), which makes cbc's proof several times faster on Instance2.
    void minutesRange(const std::string& name, Linear sum, std::int64_t min, std::int64_t max)
    {
        std::int64_t unit = 0;
        for (const Term& term : sum.terms)
            unit = std::gcd(unit, term.coefficient);
        if (unit > 1) {
            for (Term& term : sum.terms)
                term.coefficient /= unit;
            min = min > 0 ? (min + unit - 1) / unit : 0;
            max = max < INT_MAX ? floorDivide(max, unit) : INT_MAX;
        }
        if (min > 0)
            row(name + "_min", sum, Sense::AtLeast, min);
        if (max < INT_MAX)
            row(name + "_max", std::move(sum), Sense::AtMost, max);
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
            row(indexed("maxWork", {e, static_cast<int>(last)}), std::move(window), Sense::AtMost,
                max);
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
                continue; // no run can start here (days before day 0 of one status)
            for (int later = std::max(0, start + 1); later < days && later - start < min; ++later) {
                Linear lhs = begins;
                lhs.add(status(e, later, workingRun), -1);
                row(indexed(prefix, {e, later, later - start}), std::move(lhs), Sense::AtMost, 0);
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
        for (int w = 0; w < model_.weekendCount(); ++w) {
            const std::string weekend = indexed("weekend", {e, w});
            binaries_.push_back(weekend);
            count.terms.push_back({weekend, 1});
            for (int d : model_.weekendDays(w)) {
                Linear day = working(e, d);
                day.terms.push_back({weekend, -1});
                row(indexed("weekendDay", {e, w, d}), std::move(day), Sense::AtMost, 0);
            }
        }
        row(indexed("maxWeekends", {e}), std::move(count), Sense::AtMost, max);
    }

    void cover()
    {
        std::vector<Linear> counts(model_.bucketCount());
        for (int e = 0; e < model_.employeeCount(); ++e)
            for (int d = 0; d < model_.days(); ++d)
                for (int t = 0; t < model_.shiftTypeCount(); ++t)
                    if (hasVariable(e, d, t))
                        for (int b : model_.fills(d, t))
                            counts[b].terms.push_back({x(e, d, t), 1});
        for (int b = 0; b < model_.bucketCount(); ++b) {
            const CoverBucket& bucket = model_.bucket(b);
            const std::string under = indexed("under", {b});
            const std::string over = indexed("over", {b});
            counts[b].terms.push_back({under, 1});
            counts[b].terms.push_back({over, -1});
            row(indexed("cover", {b}), std::move(counts[b]), Sense::Equal, bucket.required);
            objective_.push_back({under, bucket.underWeight});
            objective_.push_back({over, bucket.overWeight});
        }
    }

    std::string assemble()
    {
        if (objective_.empty()) {
            objective_.push_back({"zero", 0});
            needZero_ = true;
        }
        if (needZero_)
            bounds_ += " zero = 0\n";
        std::string text = "\\ Shiftlane model: " + std::to_string(model_.employeeCount()) +
                           " employees, " + std::to_string(model_.days()) + " days, " +
                           std::to_string(model_.shiftTypeCount()) +
                           " shift types; soft score = objective + " + std::to_string(offset_) +
                           "\nMinimize\n obj:";
        writeTerms(text, objective_);
        text += "\nSubject To\n" + rows_ + "Bounds\n" + bounds_ + "Binaries\n";
        for (std::size_t i = 0; i < binaries_.size(); ++i)
            text += (i % 8 == 0 ? (i > 0 ? "\n " : " ") : " ") + binaries_[i];
        text += "\nEnd\n";
        return text;
    }

    const Model& model_;
    std::vector<Term> objective_;
    std::string rows_;
    std::string bounds_;
    std::vector<std::string> binaries_;
    std::int64_t offset_ = 0;
    bool needZero_ = false;
};

// "x_E_D_T" into its three indexes; false for any other name.
bool parseCellVariable(const std::string& name, int (&indexes)[3])
{
    if (name.rfind("x_", 0) != 0)
        return false;
    std::istringstream in(name.substr(2));
    char separator1 = 0;
    char separator2 = 0;
    in >> indexes[0] >> separator1 >> indexes[1] >> separator2 >> indexes[2];
    return in && in.peek() == std::char_traits<char>::eof() && separator1 == '_' &&
           separator2 == '_';
}

} // namespace

LpProgram writeLp(const Model& model)
{
    return LpBuilder(model).build();
}

CbcSolution readCbcSolution(const Model& model, const std::string& text)
{
    CbcSolution solution;
    solution.roster = Roster(model.employeeCount(), model.days());
    std::istringstream lines(text);
    std::string line;
    std::getline(lines, line);
    const std::string marker = " - objective value ";
    const std::size_t at = line.find(marker);
    if (at == std::string::npos) {
        solution.error =
            "expected 'STATUS - objective value N' on the first line, found '" + line + "'";
        return solution;
    }
    solution.status = line.substr(0, at);
    if (!(std::istringstream(line.substr(at + marker.size())) >> solution.objective)) {
        solution.error = "expected a number after 'objective value', found '" + line + "'";
        return solution;
    }
    while (std::getline(lines, line)) {
        // A column line: "[**] index name value reduced-cost"; "**" marks an infeasibility.
        std::istringstream fields(line);
        std::string index;
        std::string name;
        double value = 0;
        fields >> index;
        if (index == "**")
            fields >> index;
        if (index.empty())
            continue;
        if (!(fields >> name >> value)) {
            solution.error = "expected 'index name value', found '" + line + "'";
            return solution;
        }
        int cell[3] = {};
        if (!parseCellVariable(name, cell))
            continue;
        const auto [e, d, t] = cell;
        if (e < 0 || e >= model.employeeCount() || d < 0 || d >= model.days() || t < 0 ||
            t >= model.shiftTypeCount()) {
            solution.error = "the variable " + name + " names no cell and type of the model";
            return solution;
        }
        if (std::abs(value - std::round(value)) > 1e-6 || value < -1e-6 || value > 1 + 1e-6) {
            solution.error = name + " = " + std::to_string(value) + " is not 0 or 1";
            return solution;
        }
        if (value < 0.5)
            continue;
        if (solution.roster.at(e, d) != kOff) {
            solution.error = name + " is a second type in its cell";
            return solution;
        }
        solution.roster.set(e, d, t);
    }
    return solution;
}

} // namespace shiftlane::solver
