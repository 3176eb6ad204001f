// Per-employee forbidden successions, minutes windows and carry-in history: hand-checked
// cases, and the scorers, the explanation and the row planner agreeing on generated models.

#include "solver/CellDomain.h"
#include "solver/Explanation.h"
#include "solver/FullScorer.h"
#include "solver/IncrementalScorer.h"
#include "solver/RowPlanner.h"
#include "solver/Solver.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

using namespace shiftlane::solver;

namespace {

constexpr int kEarly = 0;
constexpr int kLate = 1;

bool has(const std::vector<Violation>& violations, RuleKind kind, int employee, int first, int last)
{
    return std::any_of(violations.begin(), violations.end(), [&](const Violation& v) {
        return v.kind == kind && v.employee == employee && v.firstDay == first && v.lastDay == last;
    });
}

// A model with every feature on: three shift types, global and per-employee successions,
// weekly minutes windows (max, and a min on some), carry-ins of every kind, run and weekend
// limits, and one bucket per (day, type). With perTypeLimits false the row planner is exact.
Model generatedModel(std::uint32_t seed, bool perTypeLimits)
{
    std::mt19937 random(seed);
    const int days = 21;
    const int employees = 8;
    std::vector<ShiftType> types = {{"E", 480}, {"L", 480}, {"N", 600}};
    std::vector<EmployeeRules> rules(employees);
    for (int e = 0; e < employees; ++e) {
        EmployeeRules& r = rules[e];
        r.id = "P" + std::to_string(e);
        if (perTypeLimits)
            r.maxShiftsPerType = {10, 8, static_cast<int>(random() % 5)};
        r.maxMinutes = 7200 + static_cast<int>(random() % 3) * 480;
        r.minMinutes = 3000;
        r.minConsecutiveWork = 2;
        r.maxConsecutiveWork = 4 + static_cast<int>(random() % 2);
        r.minConsecutiveOff = 1 + static_cast<int>(random() % 2);
        r.maxWeekends = 2;
        for (int week = 0; week < 3; ++week)
            r.minutesWindows.push_back({7 * week, 7 * week + 6,
                                        2400 + static_cast<int>(random() % 3) * 240,
                                        week == 1 ? 1440 : 0});
        if (e % 4 == 1)
            r.minutesWindows.push_back({3, 12, 3400, 0}); // overlapping the weeks
        switch (e % 4) {
        case 0: // nothing known before day 0
            break;
        case 1:
            r.carryIn = {static_cast<int>(1 + random() % 5), 0, 2};
            break;
        case 2:
            r.carryIn = {0, static_cast<int>(1 + random() % 2), kOff};
            break;
        default:
            r.carryIn = {1, 0, kOff}; // worked, but a shift the model does not know
            break;
        }
    }
    Model model(days, types, rules);
    model.forbidSuccession(2, 0); // N → E
    for (int e = 0; e < employees; e += 2) {
        model.forbidSuccessionFor(e, 1, 0); // L → E for half the team
        if (e % 4 == 0)
            model.forbidSuccessionFor(e, 2, 1); // N → L for a quarter
    }
    std::vector<std::vector<int>> weekends;
    for (int week = 0; week < 3; ++week)
        weekends.push_back({7 * week + 5, 7 * week + 6});
    model.setWeekends(weekends);
    for (int d = 0; d < days; ++d)
        for (int t = 0; t < 3; ++t) {
            const int bucket = model.addBucket({2, 100, 10 + t, d});
            model.addFill(d, t, bucket);
        }
    for (int e = 0; e < employees; ++e)
        for (int d = 0; d < days; ++d)
            if (random() % 9 == 0)
                model.addCellCost(e, d, static_cast<int>(random() % 3), 5);
    return model;
}

Roster randomRoster(const Model& model, std::mt19937& random)
{
    Roster roster(model.employeeCount(), model.days());
    for (int e = 0; e < model.employeeCount(); ++e)
        for (int d = 0; d < model.days(); ++d)
            roster.set(e, d,
                       random() % 2 ? static_cast<int>(random() % model.shiftTypeCount()) : kOff);
    return roster;
}

} // namespace

TEST_CASE("A forbidden succession of one employee binds only that employee", "[scorer]")
{
    Model model(2, {{"E", 480}, {"L", 480}}, {EmployeeRules{}, EmployeeRules{}});
    model.forbidSuccessionFor(0, kLate, kEarly);
    Roster roster(2, 2);
    for (int e = 0; e < 2; ++e) {
        roster.set(e, 0, kLate);
        roster.set(e, 1, kEarly);
    }
    CHECK(fullScore(model, roster) == Score{1, 0});
    const auto violations = explain(model, roster);
    CHECK(sumOf(violations) == fullScore(model, roster));
    CHECK(has(violations, RuleKind::ForbiddenSuccession, 0, 0, 1));
    CHECK(model.successionForbidden(0, kLate, kEarly));
    CHECK_FALSE(model.successionForbidden(1, kLate, kEarly));

    // A global succession added later binds everyone, including the one with their own table.
    model.forbidSuccession(kEarly, kLate);
    CHECK(model.successionForbidden(0, kEarly, kLate));
    CHECK(model.successionForbidden(1, kEarly, kLate));
    roster.set(0, 1, kLate);
    roster.set(1, 0, kEarly);
    roster.set(1, 1, kLate);
    // employee 0: L L (fine); employee 1: E L (global)
    CHECK(fullScore(model, roster) == Score{1, 0});

    IncrementalScorer scorer(model, Roster(2, 2));
    scorer.change(0, 0, kLate);
    CHECK(scorer.deltaOfChange(0, 1, kEarly) == Score{1, 0});
    scorer.change(1, 0, kLate);
    CHECK(scorer.deltaOfChange(1, 1, kEarly) == Score{0, 0});
}

TEST_CASE("Minutes windows cost one hard unit per started hour outside their range", "[scorer]")
{
    EmployeeRules rules;
    rules.minutesWindows = {{0, 6, 1000, 0}, {7, 13, INT_MAX, 960}};
    Model model(14, {{"D", 480}}, {rules});
    Roster roster(1, 14);
    for (int d : {0, 2, 4, 9}) // week 1: 1440 = 440 over (8 h); week 2: 480 = 480 under (8 h)
        roster.set(0, d, 0);
    CHECK(fullScore(model, roster) == Score{16, 0});
    const auto violations = explain(model, roster);
    CHECK(sumOf(violations) == fullScore(model, roster));
    CHECK(has(violations, RuleKind::MaxWindowMinutes, 0, 0, 6));
    CHECK(has(violations, RuleKind::MinWindowMinutes, 0, 7, 13));
    // The horizon's own total (1920 minutes) breaks nothing: only the windows are reported.
    CHECK_FALSE(has(violations, RuleKind::MaxTotalMinutes, 0, 0, 13));
    CHECK_FALSE(has(violations, RuleKind::MinTotalMinutes, 0, 0, 13));
    const auto window = std::find_if(violations.begin(), violations.end(),
                                     [](const Violation& v) { return v.firstDay == 7; });
    REQUIRE(window != violations.end());
    CHECK(window->window == 1);
    CHECK(window->amount == 480);

    IncrementalScorer scorer(model, roster);
    CHECK(scorer.windowMinutes(0, 0) == 1440);
    CHECK(scorer.deltaOfChange(0, 0, kOff) == Score{-8, 0}); // 960: inside
    CHECK(scorer.deltaOfChange(0, 1, 0) == Score{8, 0});     // 1920: 920 over, 16 h
    CHECK(scorer.deltaOfChange(0, 10, 0) == Score{-8, 0});   // week 2 reaches 960
    scorer.change(0, 10, 0);
    CHECK(scorer.score() == fullScore(model, scorer.roster()));
}

TEST_CASE("A carry-in carries runs and successions across the start of the horizon", "[scorer]")
{
    EmployeeRules base;
    base.minConsecutiveWork = 2;
    base.maxConsecutiveWork = 5;
    base.minConsecutiveOff = 2;

    SECTION("four days worked before, the last a Late: Early Early on days 0-1")
    {
        EmployeeRules rules = base;
        rules.carryIn = {4, 0, kLate};
        Model model(7, {{"E", 480}, {"L", 480}}, {rules});
        model.forbidSuccession(kLate, kEarly);
        Roster roster(1, 7);
        roster.set(0, 0, kEarly);
        roster.set(0, 1, kEarly);
        // L→E into day 0, and a run of 4 + 2 = 6 days, one over 5.
        CHECK(fullScore(model, roster) == Score{2, 0});
        const auto violations = explain(model, roster);
        CHECK(sumOf(violations) == fullScore(model, roster));
        CHECK(has(violations, RuleKind::ForbiddenSuccession, 0, 0, 0));
        CHECK(has(violations, RuleKind::MaxConsecutiveWork, 0, 0, 1));
        IncrementalScorer scorer(model, roster);
        CHECK(scorer.deltaOfChange(0, 0, kLate) == Score{0, 0}); // L L, but then L→E on day 1
        CHECK(scorer.deltaOfChange(0, 1, kOff) == Score{-1, 0});
    }
    SECTION("one day worked before, day 0 off: the carried run is too short")
    {
        EmployeeRules rules = base;
        rules.carryIn = {1, 0, kEarly};
        Model model(7, {{"E", 480}, {"L", 480}}, {rules});
        Roster roster(1, 7);
        CHECK(fullScore(model, roster) == Score{1, 0});
        const auto violations = explain(model, roster);
        CHECK(sumOf(violations) == fullScore(model, roster));
        CHECK(has(violations, RuleKind::MinConsecutiveWork, 0, 0, 0));
        // Day 0 worked and day 1 off: a run of 2 with the carried day, nothing broken.
        IncrementalScorer scorer(model, roster);
        CHECK(scorer.deltaOfChange(0, 0, kEarly) == Score{-1, 0});
    }
    SECTION("one day off before, then work: the break is too short; a one-day run is checked")
    {
        EmployeeRules rules = base;
        rules.carryIn = {0, 1, kOff};
        Model model(7, {{"E", 480}, {"L", 480}}, {rules});
        Roster roster(1, 7);
        roster.set(0, 0, kEarly); // a 1-day run closed on both sides: 1 short
        CHECK(fullScore(model, roster) == Score{1 + 1, 0});
        CHECK(sumOf(explain(model, roster)) == fullScore(model, roster));
    }
    SECTION("without a carry-in the benchmark reading holds")
    {
        Model model(7, {{"E", 480}, {"L", 480}}, {base});
        Roster roster(1, 7);
        roster.set(0, 0, kEarly);
        CHECK(fullScore(model, roster) == Score{0, 0});
    }
    SECTION("a carry-in must be consistent")
    {
        EmployeeRules rules = base;
        rules.carryIn = {2, 1, kOff};
        CHECK_THROWS_AS(Model(7, {{"E", 480}}, {rules}), std::invalid_argument);
        rules.carryIn = {0, 1, kEarly};
        CHECK_THROWS_AS(Model(7, {{"E", 480}}, {rules}), std::invalid_argument);
        rules.carryIn = {};
        rules.minutesWindows = {{3, 7, 100, 0}};
        CHECK_THROWS_AS(Model(7, {{"E", 480}}, {rules}), std::invalid_argument);
    }
}

TEST_CASE("Incremental score equals the full score with successions per employee, windows "
          "and carry-ins",
          "[scorer]")
{
    for (std::uint32_t seed = 1; seed <= 6; ++seed) {
        const Model model = generatedModel(seed, seed % 2 == 0);
        std::mt19937 random(seed);
        IncrementalScorer scorer(model, randomRoster(model, random));
        std::uniform_int_distribution<int> employee(0, model.employeeCount() - 1);
        std::uniform_int_distribution<int> day(0, model.days() - 1);
        std::uniform_int_distribution<int> choice(kOff, model.shiftTypeCount() - 1);
        int mismatches = 0;
        int explanationMismatches = 0;
        for (int move = 0; move < 5000 && mismatches == 0; ++move) {
            const int e = employee(random);
            const int d = move % 4 == 0 ? 0 : day(random); // day 0 often: the carry-in
            const Score before = scorer.score();
            const int value = choice(random);
            const Score predicted = scorer.deltaOfChange(e, d, value);
            scorer.change(e, d, value);
            if (scorer.score() != before + predicted)
                ++mismatches;
            if (scorer.score() != fullScore(model, scorer.roster()))
                ++mismatches;
            if (move % 50 == 0 && sumOf(explain(model, scorer.roster())) != scorer.score())
                ++explanationMismatches;
        }
        INFO("seed " << seed);
        CHECK(mismatches == 0);
        CHECK(explanationMismatches == 0);
        CHECK(scorer.score().hard > 0); // random rosters: the rules are exercised
    }
}

// Without per-type limits and with one bucket per (day, type), the row planner models every
// rule of the row except the minutes windows: a plan is then never worse than the current row
// unless it breaks a window, which the search's scorer rejects.
TEST_CASE("The row planner keeps successions per employee and carry-ins", "[solver][rowplanner]")
{
    for (std::uint32_t seed = 1; seed <= 4; ++seed) {
        Model generated = generatedModel(seed, false);
        // The same model without windows, so that the planner is exact.
        std::vector<EmployeeRules> rules;
        for (int e = 0; e < generated.employeeCount(); ++e) {
            rules.push_back(generated.employee(e));
            rules.back().minutesWindows.clear();
        }
        std::vector<ShiftType> types;
        for (int t = 0; t < generated.shiftTypeCount(); ++t)
            types.push_back(generated.shiftType(t));
        Model model(generated.days(), types, rules);
        model.forbidSuccession(2, 0);
        for (int e = 0; e < model.employeeCount(); ++e)
            for (int a = 0; a < 3; ++a)
                for (int b = 0; b < 3; ++b)
                    if (generated.successionForbidden(e, a, b))
                        model.forbidSuccessionFor(e, a, b);
        for (int b = 0; b < generated.bucketCount(); ++b)
            model.addBucket(generated.bucket(b));
        for (int d = 0; d < model.days(); ++d)
            for (int t = 0; t < 3; ++t)
                for (int b : generated.fills(d, t))
                    model.addFill(d, t, b);

        const CellDomain domain(model);
        const std::int64_t hardWeight = 1000;
        RowPlanner planner(model, domain, hardWeight);
        std::mt19937 random(seed);
        IncrementalScorer scorer(model, randomRoster(model, random));
        std::vector<int> values;
        int worse = 0;
        int improved = 0;
        for (int trial = 0; trial < 200; ++trial) {
            const int e = static_cast<int>(random() % model.employeeCount());
            const int length = 2 + static_cast<int>(random() % (model.days() - 1));
            const int first =
                trial % 3 == 0 ? 0 : static_cast<int>(random() % (model.days() - length + 1));
            planner.plan(scorer, e, first, first + length - 1, values);
            const Score before = scorer.score();
            for (int i = 0; i < length; ++i)
                scorer.change(e, first + i, values[i]);
            const Score delta = scorer.score() - before;
            const std::int64_t value = delta.hard * hardWeight + delta.soft;
            worse += value > 0 ? 1 : 0;
            improved += value < 0 ? 1 : 0;
        }
        INFO("seed " << seed);
        CHECK(worse == 0);
        CHECK(improved > 0);
    }
}

TEST_CASE("The solver finds a roster that keeps every new rule on a generated model", "[solver]")
{
    const Model model = generatedModel(3, false);
    SolverOptions options;
    options.timeLimitSeconds = 30;
    options.maxMovesPerThread = 2'000'000;
    const SolverResult result = solve(model, options);
    CHECK(result.score.hard == 0);
    CHECK(result.score == fullScore(model, result.roster));
    CHECK(sumOf(explain(model, result.roster)) == result.score);
}
