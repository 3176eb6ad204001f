#include "TestInstances.h"

#include "solver/Explanation.h"
#include "solver/FullScorer.h"
#include "solver/IncrementalScorer.h"

#include <algorithm>
#include <random>

using namespace shiftlane::solver;
using namespace shiftlane::solver::test;

namespace {

// One employee, one week: Early and Late, Late may not be followed by Early.
Model weekModel()
{
    EmployeeRules rules;
    rules.id = "X";
    rules.maxShiftsPerType = {7, 0};
    rules.maxMinutes = 2000;
    rules.minConsecutiveWork = 2;
    rules.maxConsecutiveWork = 3;
    rules.minConsecutiveOff = 2;
    rules.maxWeekends = 0;
    Model model(7, {{"E", 480}, {"L", 480}}, {rules});
    model.forbidSuccession(1, 0);
    model.setWeekends({{5, 6}});
    return model;
}

Roster randomRoster(const Model& model, std::mt19937& random)
{
    Roster roster(model.employeeCount(), model.days());
    std::uniform_int_distribution<int> type(0, model.shiftTypeCount() - 1);
    for (int e = 0; e < model.employeeCount(); ++e)
        for (int d = 0; d < model.days(); ++d)
            roster.set(e, d, random() % 2 ? type(random) : kOff);
    return roster;
}

} // namespace

TEST_CASE("The full scorer counts each hard rule in its unit", "[scorer]")
{
    const Model model = weekModel();
    Roster roster(1, 7);
    // L E E E - E -: L→E succession, L over its limit of 0, a 4-day run over 3, a 1-day
    // enclosed break under 2, a 1-day enclosed run under 2, a worked weekend over 0, and
    // 2400 minutes = 400 over 2000, i.e. 7 started hours.
    const int pattern[7] = {1, 0, 0, 0, kOff, 0, kOff};
    for (int d = 0; d < 7; ++d)
        roster.set(0, d, pattern[d]);
    CHECK(fullScore(model, roster) == Score{1 + 1 + 1 + 1 + 1 + 1 + 7, 0});

    const std::vector<Violation> violations = explain(model, roster);
    CHECK(sumOf(violations) == fullScore(model, roster));
    auto has = [&](RuleKind kind, int first, int last) {
        return std::any_of(violations.begin(), violations.end(), [&](const Violation& v) {
            return v.kind == kind && v.firstDay == first && v.lastDay == last;
        });
    };
    CHECK(has(RuleKind::ForbiddenSuccession, 0, 1));
    CHECK(has(RuleKind::MaxConsecutiveWork, 0, 3));
    CHECK(has(RuleKind::MinConsecutiveOff, 4, 4));
    CHECK(has(RuleKind::MinConsecutiveWork, 5, 5));
    CHECK(has(RuleKind::MaxWeekends, 5, 5));
    CHECK(has(RuleKind::MaxTotalMinutes, 0, 6));
    CHECK(has(RuleKind::MaxShiftsOfType, 0, 6));
}

TEST_CASE("Short runs touching the horizon's ends are not checked", "[scorer]")
{
    const Model model = weekModel();
    Roster roster(1, 7);
    roster.set(0, 0, 0); // a 1-day run at the start, then 5 days off, then a 1-day run
    roster.set(0, 6, 0);
    CHECK(fullScore(model, roster).hard == 1); // only the worked weekend
}

TEST_CASE("Cover counts under and over with their weights", "[scorer]")
{
    Model model(2, {{"D", 480}}, {EmployeeRules{}, EmployeeRules{}, EmployeeRules{}});
    // A shift on day 0 fills a bucket of day 0 and one of day 1 (a night spilling over).
    const int today = model.addBucket({2, 10, 1, 0});
    const int tomorrow = model.addBucket({1, 10, 3, 1});
    model.addFill(0, 0, today);
    model.addFill(0, 0, tomorrow);
    Roster roster(3, 2);
    CHECK(fullScore(model, roster).soft == 2 * 10 + 10);
    roster.set(0, 0, 0);
    roster.set(1, 0, 0);
    roster.set(2, 0, 0);
    CHECK(fullScore(model, roster).soft == 1 + 2 * 3);

    IncrementalScorer scorer(model, Roster(3, 2));
    scorer.change(0, 0, 0);
    scorer.change(1, 0, 0);
    scorer.change(2, 0, 0);
    CHECK(scorer.score() == fullScore(model, roster));
}

TEST_CASE("Incremental score equals the full score after every random move, on every "
          "instance",
          "[scorer][benchmark]")
{
    for (int number = 1; number <= kInstanceCount; ++number) {
        const Model model = loadInstance(number);
        std::mt19937 random(number);
        IncrementalScorer scorer(model, randomRoster(model, random));
        std::uniform_int_distribution<int> employee(0, model.employeeCount() - 1);
        std::uniform_int_distribution<int> day(0, model.days() - 1);
        std::uniform_int_distribution<int> choice(kOff, model.shiftTypeCount() - 1);
        const int moves = 2000;
        int mismatches = 0;
        for (int move = 0; move < moves && mismatches == 0; ++move) {
            const int e = employee(random);
            const int d = day(random);
            const Score before = scorer.score();
            if (move % 3 == 0) {
                // a swap of two employees' cells on one day, as the search does it
                const int other = employee(random);
                const int mine = scorer.at(e, d);
                scorer.change(e, d, scorer.at(other, d));
                scorer.change(other, d, mine);
            } else {
                const int value = choice(random);
                const Score predicted = scorer.deltaOfChange(e, d, value);
                scorer.change(e, d, value);
                if (scorer.score() != before + predicted)
                    ++mismatches;
            }
            if (scorer.score() != fullScore(model, scorer.roster()))
                ++mismatches;
        }
        INFO("Instance" << number);
        CHECK(mismatches == 0);
    }
}

TEST_CASE("The explanation sums to the score on every instance", "[scorer][benchmark]")
{
    for (int number = 1; number <= kInstanceCount; ++number) {
        const Model model = loadInstance(number);
        std::mt19937 random(100 + number);
        const Roster roster = randomRoster(model, random);
        const Score score = fullScore(model, roster);
        const std::vector<Violation> violations = explain(model, roster);
        INFO("Instance" << number);
        CHECK(sumOf(violations) == score);
        CHECK(score.hard > 0); // a random roster breaks hard rules: the list is not trivial
        const bool eachNamesItsSubject =
            std::all_of(violations.begin(), violations.end(),
                        [](const Violation& v) { return (v.employee >= 0) != (v.bucket >= 0); });
        CHECK(eachNamesItsSubject);
    }
}
