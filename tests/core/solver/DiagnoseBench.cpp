// A hidden diagnostic ([.diag]): reads SHIFTLANE_DIAG_INSTANCE (a number) and
// SHIFTLANE_DIAG_SOLUTION (a solution file written by solve-instance) and prints the hard
// rules the solution breaks, by kind, the soft cost by kind, and what holds the cover back
// (minutes left, weekends worked on one day, short demand by weekday and type). Not run by default.
// With SHIFTLANE_DIAG_REPLAN set, it first plans the whole row of each employee who breaks a hard
// rule (RowPlanner) and prints what that row's plan would do to the score, and how long it took.

#include "TestInstances.h"

#include "solver/CellDomain.h"
#include "solver/ExactNeighbourhood.h"
#include "solver/Explanation.h"
#include "solver/FullScorer.h"
#include "solver/IncrementalScorer.h"
#include "solver/Random.h"
#include "solver/RowPlanner.h"

#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <climits>
#include <cstdlib>
#include <iostream>
#include <map>
#include <string>

using namespace shiftlane::solver;
using namespace shiftlane::solver::test;

namespace {

// The weight of a hard unit the diagnostics judge plans by: the search's default
// (SearchParameters::hardWeight).
constexpr std::int64_t kHardWeight = 1000;

// How much room each employee's minutes limits leave: where demand stays short while everyone
// is at their maximum, only moving work between days can help.
void printMinutesRoom(const Model& model, const Roster& roster)
{
    int atMax = 0;
    std::int64_t room = 0;
    int shortestShift = INT_MAX;
    for (int t = 0; t < model.shiftTypeCount(); ++t)
        shortestShift = std::min(shortestShift, model.shiftType(t).minutes);
    for (int e = 0; e < model.employeeCount(); ++e) {
        int minutes = 0;
        for (int d = 0; d < model.days(); ++d)
            minutes += model.minutesOf(roster.at(e, d));
        const int left = model.employee(e).maxMinutes - minutes;
        if (left < shortestShift)
            ++atMax;
        else
            room += left;
    }
    std::cout << "employees within a shortest shift of their max minutes: " << atMax << " of "
              << model.employeeCount() << "; minutes left by the others: " << room << "\n";
}

int daysWorked(const Roster& roster, int employee, const std::vector<int>& days)
{
    int worked = 0;
    for (int d : days)
        worked += roster.at(employee, d) != kOff ? 1 : 0;
    return worked;
}

// A weekend counts once whether one or both of its days are worked, so where weekend demand
// stays short a weekend worked on one day only wastes half of it.
void printWeekendUse(const Model& model, const Roster& roster)
{
    int worked = 0;
    int half = 0;
    int allowed = 0;
    for (int e = 0; e < model.employeeCount(); ++e) {
        allowed += std::min(model.employee(e).maxWeekends, model.weekendCount());
        for (int w = 0; w < model.weekendCount(); ++w) {
            const int days = daysWorked(roster, e, model.weekendDays(w));
            worked += days > 0 ? 1 : 0;
            half += days > 0 && days < static_cast<int>(model.weekendDays(w).size()) ? 1 : 0;
        }
    }
    std::cout << "weekends worked: " << worked << " of " << allowed
              << " allowed; on one day only: " << half << "\n";
}

bool isShort(const Model& model, const IncrementalScorer& scorer, int day, int type)
{
    for (int b : model.fills(day, type))
        if (scorer.bucketCount(b) < model.bucket(b).required)
            return true;
    return false;
}

bool workedOnOneDay(const Model& model, const Roster& roster, int employee, int weekend)
{
    const std::vector<int>& days = model.weekendDays(weekend);
    const int worked = daysWorked(roster, employee, days);
    return worked > 0 && worked < static_cast<int>(days.size());
}

std::int64_t weighted(const IncrementalScorer& scorer)
{
    return weightedValue(scorer.score(), kHardWeight);
}

// Plans the four weeks of `employee`'s row around `day` (RowPlanner) and applies the plan;
// returns the cells it replaced, for undoPlan.
struct AppliedPlan
{
    int employee;
    int first;
    std::vector<int> old;
};

// Plans days first..last of `employee`'s row (RowPlanner) and applies the plan.
AppliedPlan applyPlan(RowPlanner& planner, IncrementalScorer& scorer, int employee, int first,
                      int last)
{
    std::vector<int> values;
    planner.plan(scorer, employee, first, last, values);
    AppliedPlan applied{employee, first, {}};
    for (int d = first; d <= last; ++d) {
        applied.old.push_back(scorer.at(employee, d));
        scorer.change(employee, d, values[d - first]);
    }
    return applied;
}

AppliedPlan applyFourWeekPlan(const Model& model, RowPlanner& planner, IncrementalScorer& scorer,
                              int employee, int day)
{
    const int first = std::clamp(day - 13, 0, std::max(0, model.days() - 28));
    const int last = std::min(model.days() - 1, first + 27);
    return applyPlan(planner, scorer, employee, first, last);
}

void undoPlan(IncrementalScorer& scorer, const AppliedPlan& applied)
{
    for (std::size_t i = 0; i < applied.old.size(); ++i)
        scorer.change(applied.employee, applied.first + static_cast<int>(i), applied.old[i]);
}

// For each weekend worked on one day whose other day is short of a type the employee may work:
// which hard rules taking that shift alone breaks, and whether a plan of four weeks of the row
// around it (RowPlanner) does better. With SHIFTLANE_DIAG_APPLY set the better plans are kept,
// one after the other, and the score after them printed.
void printHalfWeekends(const Model& model, const Roster& roster)
{
    const CellDomain domain(model);
    IncrementalScorer scorer(model, roster);
    RowPlanner planner(model, domain, kHardWeight);
    const bool apply = std::getenv("SHIFTLANE_DIAG_APPLY") != nullptr;
    std::map<int, int> breaksByKind;
    int candidates = 0;
    int completable = 0;
    int plannable = 0;
    std::int64_t planGain = 0;
    for (int e = 0; e < model.employeeCount(); ++e)
        for (int w = 0; w < model.weekendCount(); ++w) {
            if (!workedOnOneDay(model, scorer.roster(), e, w))
                continue;
            for (int d : model.weekendDays(w))
                for (int t = 0; t < model.shiftTypeCount(); ++t) {
                    if (scorer.at(e, d) != kOff || !domain.allows(e, d, t) ||
                        !isShort(model, scorer, d, t))
                        continue;
                    ++candidates;
                    Roster changed = scorer.roster();
                    changed.set(e, d, t);
                    int broken = 0;
                    for (const Violation& v : explain(model, changed))
                        if (isHard(v.kind) && v.employee == e) {
                            ++breaksByKind[static_cast<int>(v.kind)];
                            ++broken;
                        }
                    completable += broken == 0 ? 1 : 0;
                    const std::int64_t before = weighted(scorer);
                    const AppliedPlan plan = applyFourWeekPlan(model, planner, scorer, e, d);
                    const std::int64_t after = weighted(scorer);
                    if (after < before) {
                        ++plannable;
                        planGain += before - after;
                        if (apply)
                            continue;
                    }
                    undoPlan(scorer, plan);
                }
        }
    std::cout << "half weekends' free day x short type: " << candidates
              << ", taking it breaks no hard rule: " << completable
              << "; a plan of four weeks of that row improves: " << plannable << " (by " << planGain
              << " in all)\n";
    for (const auto& [kind, count] : breaksByKind)
        std::cout << "  breaks kind " << kind << ": " << count << "\n";
    if (apply)
        std::cout << "after the plans: hard=" << scorer.score().hard
                  << " soft=" << scorer.score().soft << ", planner work " << planner.work() << "\n";
}

// For each weekend worked on one day: whether a chain fills its free day. Someone working a
// type on that day that the employee may work moves to a short type there, and a plan of four
// weeks of the employee's row (RowPlanner) then takes the type they left, or does better. The
// half weekends whose free day is short only in types the employee may not work are reached so.
void printWeekendChains(const Model& model, const Roster& roster)
{
    const CellDomain domain(model);
    IncrementalScorer scorer(model, roster);
    RowPlanner planner(model, domain, kHardWeight);
    const bool apply = std::getenv("SHIFTLANE_DIAG_APPLY") != nullptr;
    int chains = 0;
    int improving = 0;
    std::int64_t gain = 0;
    for (int e = 0; e < model.employeeCount(); ++e)
        for (int w = 0; w < model.weekendCount(); ++w) {
            if (!workedOnOneDay(model, scorer.roster(), e, w))
                continue;
            for (int d : model.weekendDays(w)) {
                if (scorer.at(e, d) != kOff)
                    continue;
                bool improved = false;
                for (int c = 0; c < model.employeeCount() && !improved; ++c) {
                    const int y = scorer.at(c, d);
                    if (c == e || y == kOff || !domain.allows(e, d, y))
                        continue;
                    for (int x = 0; x < model.shiftTypeCount() && !improved; ++x) {
                        if (x == y || !domain.allows(c, d, x) || !isShort(model, scorer, d, x))
                            continue;
                        ++chains;
                        const std::int64_t before = weighted(scorer);
                        scorer.change(c, d, x);
                        const AppliedPlan plan = applyFourWeekPlan(model, planner, scorer, e, d);
                        const std::int64_t after = weighted(scorer);
                        if (after < before) {
                            ++improving;
                            gain += before - after;
                            improved = apply;
                            if (apply)
                                continue;
                        }
                        undoPlan(scorer, plan);
                        scorer.change(c, d, y);
                    }
                }
            }
        }
    std::cout << "half weekends' free day by a chain (someone there moves to a short type, the row "
                 "is planned): "
              << chains << " chains, improving " << improving << " (by " << gain << " in all)\n";
    if (apply)
        std::cout << "after the chains: hard=" << scorer.score().hard
                  << " soft=" << scorer.score().soft << "\n";
}

// cbc re-solves the free cells of `current` (see solveNeighbourhood) and the outcome is printed
// after `label`; the solved roster replaces `current` if `keep` and it is better. Returns the
// seconds the solve took.
double solveAndReport(const Model& model, const std::vector<char>& free, const ExactLimits& limits,
                      CbcWorkerProcess& worker, Roster& current, const std::string& label,
                      bool keep)
{
    Roster solved = current;
    const auto start = std::chrono::steady_clock::now();
    const ExactOutcome outcome = solveNeighbourhood(model, free, limits, worker, solved);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const Score before = fullScore(model, current);
    const Score after = fullScore(model, solved);
    std::cout << label << ": status " << static_cast<int>(outcome.status)
              << (outcome.provenOptimal ? " proven" : "") << " soft " << before.soft << " -> "
              << after.soft << " (hard " << after.hard << "), " << outcome.columns << " columns, "
              << outcome.nodes << " nodes, " << seconds << " s\n";
    if (keep && after.hard == 0 && after.soft < before.soft)
        current = solved;
    return seconds;
}

// With SHIFTLANE_DIAG_EXACT_ROWS=K: cbc re-solves the whole rows of K employees at a time, every
// other row fixed, for a number of random groups (SHIFTLANE_DIAG_EXACT_GROUPS, 10): whether
// neighbourhoods that span the horizon find what the search's windows of days do not.
void printWholeRowNeighbourhoods(const Model& model, const Roster& roster)
{
    const char* rows = std::getenv("SHIFTLANE_DIAG_EXACT_ROWS");
    if (rows == nullptr || !exactNeighbourhoodsAvailable())
        return;
    const int size = std::atoi(rows);
    const char* groupsText = std::getenv("SHIFTLANE_DIAG_EXACT_GROUPS");
    const int groups = groupsText != nullptr ? std::atoi(groupsText) : 10;
    const bool apply = std::getenv("SHIFTLANE_DIAG_APPLY") != nullptr;
    CbcWorkerProcess worker(defaultCbcWorker());
    ExactLimits limits;
    limits.maxNodes = 2000;
    limits.maxSeconds = 20;
    Roster current = roster;
    Random random(7);
    for (int g = 0; g < groups; ++g) {
        std::vector<char> free(static_cast<std::size_t>(model.employeeCount()) * model.days(), 0);
        std::vector<int> chosen;
        while (static_cast<int>(chosen.size()) < std::min(size, model.employeeCount())) {
            const int e = random.below(model.employeeCount());
            if (std::find(chosen.begin(), chosen.end(), e) == chosen.end())
                chosen.push_back(e);
        }
        const CellDomain domain(model);
        for (int e : chosen)
            for (int d = 0; d < model.days(); ++d)
                free[static_cast<std::size_t>(e) * model.days() + d] = domain.movable(e, d) ? 1 : 0;
        solveAndReport(model, free, limits, worker, current,
                       "whole rows of " + std::to_string(chosen.size()), apply);
    }
}

// With SHIFTLANE_DIAG_WHOLE_PLANS set: each employee's whole row planned (RowPlanner), every
// other row fixed, kept if better, pass after pass: whether whole rows reach what windows miss.
void printWholeRowPlans(const Model& model, const Roster& roster)
{
    if (std::getenv("SHIFTLANE_DIAG_WHOLE_PLANS") == nullptr)
        return;
    const CellDomain domain(model);
    IncrementalScorer scorer(model, roster);
    RowPlanner planner(model, domain, kHardWeight);
    const auto start = std::chrono::steady_clock::now();
    auto planWhole = [&](int e) {
        std::vector<int> values;
        planner.plan(scorer, e, 0, model.days() - 1, values);
        for (int d = 0; d < model.days(); ++d)
            if (domain.movable(e, d))
                scorer.change(e, d, values[d]);
    };
    for (int pass = 0; pass < 3; ++pass) {
        int improved = 0;
        for (int e = 0; e < model.employeeCount(); ++e) {
            std::vector<int> values;
            planner.plan(scorer, e, 0, model.days() - 1, values);
            const std::int64_t before = weighted(scorer);
            std::vector<int> old;
            for (int d = 0; d < model.days(); ++d) {
                old.push_back(scorer.at(e, d));
                if (domain.movable(e, d))
                    scorer.change(e, d, values[d]);
            }
            if (weighted(scorer) < before) {
                ++improved;
                continue;
            }
            for (int d = 0; d < model.days(); ++d)
                scorer.change(e, d, old[d]);
        }
        std::cout << "whole-row plans, pass " << pass << ": " << improved << " rows improved, soft "
                  << scorer.score().soft << " hard " << scorer.score().hard << ", "
                  << std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count()
                  << " s, work " << planner.work() << "\n";
    }
    // Pairs: the second row cleared, the first planned, then the second.
    Random random(11);
    int pairsImproved = 0;
    const int pairs = std::getenv("SHIFTLANE_DIAG_WHOLE_PAIRS") != nullptr
                          ? std::atoi(std::getenv("SHIFTLANE_DIAG_WHOLE_PAIRS"))
                          : 0;
    for (int i = 0; i < pairs; ++i) {
        const int e = random.below(model.employeeCount());
        const int f = random.below(model.employeeCount());
        if (e == f)
            continue;
        const std::int64_t before = weighted(scorer);
        const Roster saved = scorer.roster();
        for (int d = 0; d < model.days(); ++d)
            if (domain.movable(f, d))
                scorer.change(f, d, kOff);
        planWhole(e);
        planWhole(f);
        if (weighted(scorer) < before) {
            ++pairsImproved;
            continue;
        }
        for (int d = 0; d < model.days(); ++d) {
            scorer.change(e, d, saved.at(e, d));
            scorer.change(f, d, saved.at(f, d));
        }
        if ((i + 1) % 200 == 0)
            std::cout
                << "pairs " << i + 1 << ": improved " << pairsImproved << ", soft "
                << scorer.score().soft << ", "
                << std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count()
                << " s\n";
    }
}

// With SHIFTLANE_DIAG_EXACT_SLICE=K: cbc re-solves K days for everyone (every other day fixed),
// slices starting at each day in turn that holds a demand left short (K-1 days before it at
// most): whether a short slice of the whole team's days finds what rows of few employees miss.
void printSliceNeighbourhoods(const Model& model, const Roster& roster)
{
    const char* daysText = std::getenv("SHIFTLANE_DIAG_EXACT_SLICE");
    if (daysText == nullptr || !exactNeighbourhoodsAvailable())
        return;
    const int length = std::atoi(daysText);
    const bool apply = std::getenv("SHIFTLANE_DIAG_APPLY") != nullptr;
    CbcWorkerProcess worker(defaultCbcWorker());
    ExactLimits limits;
    limits.maxNodes = 2000;
    limits.maxSeconds = 10;
    const CellDomain domain(model);
    Roster current = roster;
    double total = 0;
    for (int first = 0; first + length <= model.days(); first += 1) {
        IncrementalScorer scorer(model, current);
        bool shortThere = false;
        for (int d = first; d < first + length && !shortThere; ++d)
            for (int t = 0; t < model.shiftTypeCount() && !shortThere; ++t)
                shortThere = isShort(model, scorer, d, t);
        if (!shortThere)
            continue;
        std::vector<char> free(static_cast<std::size_t>(model.employeeCount()) * model.days(), 0);
        for (int e = 0; e < model.employeeCount(); ++e)
            for (int d = first; d < first + length; ++d)
                free[static_cast<std::size_t>(e) * model.days() + d] = domain.movable(e, d) ? 1 : 0;
        total += solveAndReport(
            model, free, limits, worker, current,
            "slice " + std::to_string(first) + "-" + std::to_string(first + length - 1), apply);
    }
    std::cout << "slices: " << total << " s of cbc, soft " << fullScore(model, current).soft
              << "\n";
}

// Each demand left short: by weekday and type (against the surplus there), and whether one
// employee alone could fill it with a gain and no hard rule broken.
void printShortDemand(const Model& model, const Roster& roster)
{
    IncrementalScorer scorer(model, roster);
    std::map<std::pair<int, int>, int> shortByWeekdayType;
    std::map<std::pair<int, int>, int> overByWeekdayType;
    int fillableAlone = 0;
    int shortUnits = 0;
    for (const Violation& v : explain(model, roster)) {
        if (v.kind != RuleKind::CoverUnder && v.kind != RuleKind::CoverOver)
            continue;
        const int day = model.bucket(v.bucket).day;
        int type = -1;
        for (int t = 0; t < model.shiftTypeCount() && type < 0; ++t)
            for (int b : model.fills(day, t))
                if (b == v.bucket)
                    type = t;
        auto& tally = v.kind == RuleKind::CoverUnder ? shortByWeekdayType : overByWeekdayType;
        tally[{day % 7, type}] += static_cast<int>(v.amount);
        if (v.kind != RuleKind::CoverUnder)
            continue;
        shortUnits += static_cast<int>(v.amount);
        for (int e = 0; e < model.employeeCount(); ++e) {
            const Score delta =
                roster.at(e, day) == type ? Score{1, 0} : scorer.deltaOfChange(e, day, type);
            if (delta.hard <= 0 && delta.soft < 0) {
                ++fillableAlone;
                break;
            }
        }
    }
    std::cout << "short demands one change fills with a gain: " << fillableAlone << " (of "
              << shortUnits << " units short)\n";
    for (const auto& [key, units] : shortByWeekdayType)
        std::cout << "  short weekday " << key.first << " type " << key.second << ": " << units
                  << " (over there: " << overByWeekdayType[key] << ")\n";
    for (const auto& [key, units] : overByWeekdayType)
        std::cout << "  over weekday " << key.first << " type " << key.second << ": " << units
                  << "\n";
}

// With SHIFTLANE_DIAG_PLAN_COST: what one row plan costs (state-days, milliseconds) and how often
// it improves, by window length, on random rows and windows of the roster.
void printPlanCost(const Model& model, const Roster& roster)
{
    if (std::getenv("SHIFTLANE_DIAG_PLAN_COST") == nullptr)
        return;
    const CellDomain domain(model);
    RowPlanner planner(model, domain, kHardWeight);
    IncrementalScorer scorer(model, roster);
    Random random(7);
    for (const int length : {7, 14, 28, 56, 84}) {
        if (length > model.days())
            continue;
        const int plans = 40;
        int improving = 0;
        const std::int64_t workBefore = planner.work();
        const auto start = std::chrono::steady_clock::now();
        for (int i = 0; i < plans; ++i) {
            const int e = random.below(model.employeeCount());
            const int first = random.below(model.days() - length + 1);
            const std::int64_t before = weighted(scorer);
            const AppliedPlan applied = applyPlan(planner, scorer, e, first, first + length - 1);
            const std::int64_t after = weighted(scorer);
            undoPlan(scorer, applied);
            if (after < before)
                ++improving;
        }
        const double ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count();
        std::cout << "plans of " << length << " days: " << (planner.work() - workBefore) / plans
                  << " state-days, " << ms / plans << " ms each, improving " << improving << " of "
                  << plans << "\n";
    }
    for (const int length : {28, 84}) {
        IncrementalScorer copy(model, roster);
        const auto start = std::chrono::steady_clock::now();
        const std::int64_t workBefore = planner.work();
        planner.improveAllRows(copy, length, std::int64_t{1} << 40);
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::cout << "one pass of " << length << "-day plans over every row: soft "
                  << scorer.score().soft << " -> " << copy.score().soft << " (hard "
                  << copy.score().hard << ") in " << seconds << " s, "
                  << planner.work() - workBefore << " state-days\n";
    }
}

} // namespace

TEST_CASE("Diagnose a benchmark solution", "[.diag]")
{
    const char* number = std::getenv("SHIFTLANE_DIAG_INSTANCE");
    const char* path = std::getenv("SHIFTLANE_DIAG_SOLUTION");
    if (number == nullptr || path == nullptr) {
        SUCCEED("set SHIFTLANE_DIAG_INSTANCE and SHIFTLANE_DIAG_SOLUTION to diagnose");
        return;
    }
    const Model model = loadInstance(std::atoi(number));
    QFile file(QString::fromLocal8Bit(path));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QTextStream in(&file);
    Roster roster(model.employeeCount(), model.days());
    for (int e = 0; e < model.employeeCount(); ++e) {
        const QStringList tokens = in.readLine().split(QLatin1Char('\t'));
        REQUIRE(tokens.size() == model.days() + 1);
        for (int d = 0; d < model.days(); ++d)
            for (int t = 0; t < model.shiftTypeCount(); ++t)
                if (tokens[d + 1] == QString::fromStdString(model.shiftType(t).id))
                    roster.set(e, d, t);
    }

    if (std::getenv("SHIFTLANE_DIAG_REPLAN") != nullptr) {
        const CellDomain domain(model);
        RowPlanner planner(model, domain, 10000);
        IncrementalScorer scorer(model, roster);
        std::map<int, int> breached;
        for (const Violation& v : explain(model, roster))
            if (isHard(v.kind) && v.employee >= 0)
                breached[v.employee] += static_cast<int>(v.penalty);
        for (const auto& [e, units] : breached) {
            std::vector<int> values;
            const auto start = std::chrono::steady_clock::now();
            const std::int64_t workBefore = planner.work();
            planner.plan(scorer, e, 0, model.days() - 1, values);
            const double ms =
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                    .count();
            const Score before = scorer.score();
            std::vector<int> old;
            for (int d = 0; d < model.days(); ++d) {
                old.push_back(scorer.at(e, d));
                scorer.change(e, d, values[d]);
            }
            const Score after = scorer.score();
            std::cout << "replan e" << e << " hard " << before.hard << "->" << after.hard
                      << " soft " << before.soft << "->" << after.soft << " " << ms << " ms, work "
                      << planner.work() - workBefore << "\n";
            for (const Violation& v : explain(model, scorer.roster()))
                if (isHard(v.kind) && v.employee == e)
                    std::cout << "    kind " << static_cast<int>(v.kind) << " days " << v.firstDay
                              << "-" << v.lastDay << " amount " << v.amount << "\n";
            for (int d = 0; d < model.days(); ++d)
                scorer.change(e, d, old[d]);
        }
    }
    const Score score = fullScore(model, roster);
    std::cout << "hard=" << score.hard << " soft=" << score.soft << "\n";
    std::map<int, std::int64_t> byKind;
    for (const Violation& v : explain(model, roster))
        if (isHard(v.kind)) {
            byKind[static_cast<int>(v.kind)] += v.penalty;
            std::cout << "  kind " << static_cast<int>(v.kind) << " e" << v.employee << " days "
                      << v.firstDay << "-" << v.lastDay << " type " << v.shiftType << " amount "
                      << v.amount << "\n";
        }
    for (const auto& [kind, units] : byKind)
        std::cout << "kind " << kind << ": " << units << "\n";
    // The soft cost by kind, and the cover in people short and over.
    std::map<int, std::int64_t> softByKind;
    std::map<int, std::int64_t> amountByKind;
    for (const Violation& v : explain(model, roster))
        if (!isHard(v.kind)) {
            softByKind[static_cast<int>(v.kind)] += v.penalty;
            amountByKind[static_cast<int>(v.kind)] += v.amount;
        }
    for (const auto& [kind, cost] : softByKind)
        std::cout << "soft kind " << kind << ": " << cost << " (amount " << amountByKind[kind]
                  << ")\n";
    printMinutesRoom(model, roster);
    printWeekendUse(model, roster);
    printHalfWeekends(model, roster);
    printWeekendChains(model, roster);
    printWholeRowNeighbourhoods(model, roster);
    printSliceNeighbourhoods(model, roster);
    printPlanCost(model, roster);
    printWholeRowPlans(model, roster);
    printShortDemand(model, roster);
}
