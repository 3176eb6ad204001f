#include "solver/LocalSearch.h"

#include "SmallModels.h"
#include "solver/CellDomain.h"
#include "solver/FullScorer.h"

#include <catch2/catch.hpp>

#include <string>

using namespace shiftlane::solver;
using namespace shiftlane::solver::test;

namespace {

constexpr int kShort = 0; // 8 h
constexpr int kLong = 1;  // 12 h

// Only the moves a test names: no re-plans, no exact neighbourhoods, no other move kinds.
SearchParameters onlyTrades()
{
    SearchParameters p;
    p.swapShare = 0;
    p.blockSwapShare = 0;
    p.rowSwapShare = 0;
    p.rowPlanEffort = 0;
    p.wholeRowEffort = 0;
    p.exactEffort = 0;
    p.settlingShare = 0;
    p.tradeShare = 1;
    return p;
}

// Single-row re-plans only (no pairs, chains or long windows), and no worsening move kept.
SearchParameters onlyGreedyRowPlans()
{
    SearchParameters p = onlyTrades();
    p.tradeShare = 0;
    p.rowPlanEffort = 0.99;
    p.pairPlanShare = 0;
    p.chainPlanShare = 0;
    p.longPlanShare = 0;
    p.startTemperature = 1e-9;
    p.endTemperature = 1e-9;
    return p;
}

} // namespace

TEST_CASE("A demand left short is taken by someone at their maximum who trades a longer "
          "shift to a partner with room",
          "[solver]")
{
    // Ana may work 16 h and works 12 on Monday; Ben works 8 on Monday and cannot work on
    // Tuesday. Tuesday's short shift is covered only if Ana takes it and gives her long
    // Monday shift to Ben for his short one: taking it alone puts her 4 h over.
    std::vector<EmployeeRules> rules(2);
    rules[0].id = "Ana";
    rules[0].maxMinutes = 960;
    rules[1].id = "Ben";
    rules[1].maxMinutes = 1200;
    Model model(2, {{"S", 480}, {"L", 720}}, rules);
    for (const auto& [day, type] : {std::pair{0, kShort}, {0, kLong}, {1, kShort}})
        model.addFill(day, type, model.addBucket({1, 100, 1, day}));
    model.forbidCell(1, 1, kShort);
    model.forbidCell(1, 1, kLong);
    Roster start(2, 2);
    start.set(0, 0, kLong);
    start.set(1, 0, kShort);
    const CellDomain domain(model);
    REQUIRE(fullScore(model, start) == Score{0, 100});

    LocalSearch search(model, domain, onlyTrades(), 1, start);
    search.runEpoch(2000, [](std::int64_t) { return false; });
    const Roster best = search.bestRoster();
    CHECK(search.bestScore() == Score{0, 0});
    CHECK(fullScore(model, best) == Score{0, 0});
    CHECK(best.at(0, 1) == kShort);
    CHECK(best.at(0, 0) == kShort);
    CHECK(best.at(1, 0) == kLong);
}

TEST_CASE("A demand left short on a day everyone works is met by moving someone between the "
          "day's shifts",
          "[solver]")
{
    // Ana and Ben both work Monday's short shift, where one of them is needed; the long
    // shift nobody works is short. Nobody is off on Monday to take it (Tuesday has no demand).
    std::vector<EmployeeRules> rules(2);
    rules[0].id = "Ana";
    rules[1].id = "Ben";
    for (EmployeeRules& r : rules)
        r.maxMinutes = 720;
    Model model(2, {{"S", 480}, {"L", 720}}, rules);
    model.addFill(0, kShort, model.addBucket({1, 100, 1, 0}));
    model.addFill(0, kLong, model.addBucket({1, 100, 1, 0}));
    Roster start(2, 2);
    start.set(0, 0, kShort);
    start.set(1, 0, kShort);
    const CellDomain domain(model);
    REQUIRE(fullScore(model, start) == Score{0, 101});

    SearchParameters parameters = onlyTrades();
    parameters.tradeFromWorkingShare = 0;
    LocalSearch offOnly(model, domain, parameters, 1, start);
    offOnly.runEpoch(2000, [](std::int64_t) { return false; });
    CHECK(offOnly.bestScore() == Score{0, 101});

    parameters.tradeFromWorkingShare = 1;
    LocalSearch fromWorking(model, domain, parameters, 1, start);
    fromWorking.runEpoch(2000, [](std::int64_t) { return false; });
    const Roster best = fromWorking.bestRoster();
    CHECK(fromWorking.bestScore() == Score{0, 0});
    CHECK(fullScore(model, best) == Score{0, 0});
    CHECK(best.at(0, 0) + best.at(1, 0) == kShort + kLong);
}

TEST_CASE("A day off beside a run that may not grow is filled by sliding the run onto it",
          "[solver]")
{
    // Ana works Monday to Friday, five days, her longest run and all the minutes she may work.
    // Monday needs nobody, Saturday needs someone. Taking Saturday alone makes a run of six
    // and puts her a shift over; a trade finds nobody to hand Monday to (Ben works no day).
    // Giving up Monday for Saturday keeps every rule.
    std::vector<EmployeeRules> rules(2);
    rules[0].id = "Ana";
    rules[0].maxConsecutiveWork = 5;
    rules[0].maxMinutes = 5 * 480;
    rules[1].id = "Ben";
    constexpr int kDays = 7;
    Model model(kDays, {{"S", 480}}, rules);
    for (int day = 0; day < kDays; ++day) {
        model.addFill(day, kShort, model.addBucket({day == 0 || day == 6 ? 0 : 1, 100, 1, day}));
        model.forbidCell(1, day, kShort);
    }
    Roster start(2, kDays);
    for (int day = 0; day < 5; ++day)
        start.set(0, day, kShort);
    const CellDomain domain(model);
    REQUIRE(fullScore(model, start) == Score{0, 101});

    SearchParameters parameters = onlyTrades();
    LocalSearch trades(model, domain, parameters, 1, start);
    trades.runEpoch(2000, [](std::int64_t) { return false; });
    CHECK(trades.bestScore() == Score{0, 101});

    parameters.tradeShare = 0;
    parameters.slideShare = 1;
    LocalSearch slides(model, domain, parameters, 1, start);
    slides.runEpoch(2000, [](std::int64_t) { return false; });
    const Roster best = slides.bestRoster();
    CHECK(slides.bestScore() == Score{0, 0});
    CHECK(fullScore(model, best) == Score{0, 0});
    CHECK(best.at(0, 0) == kOff);
    CHECK(best.at(0, 5) == kShort);
}

TEST_CASE("A wish is met by exchanging shifts with a partner on two days", "[solver]")
{
    // Ana asked for Monday's shift, which Ben works; she works Tuesday, when Ben is off. Each
    // may work one shift and each day needs one person: only exchanging both days grants it.
    std::vector<EmployeeRules> rules(2);
    rules[0].id = "Ana";
    rules[1].id = "Ben";
    for (EmployeeRules& r : rules) {
        r.minMinutes = 480;
        r.maxMinutes = 480;
    }
    Model model(2, {{"S", 480}}, rules);
    for (int day = 0; day < 2; ++day)
        model.addFill(day, kShort, model.addBucket({1, 100, 1, day}));
    model.addCellCost(0, 0, kOff, 5);
    Roster start(2, 2);
    start.set(0, 1, kShort);
    start.set(1, 0, kShort);
    const CellDomain domain(model);
    REQUIRE(fullScore(model, start) == Score{0, 5});

    SearchParameters parameters = onlyTrades();
    LocalSearch trades(model, domain, parameters, 1, start);
    trades.runEpoch(2000, [](std::int64_t) { return false; });
    CHECK(trades.bestScore() == Score{0, 5});

    parameters.tradeShare = 0;
    parameters.wishShare = 1;
    LocalSearch exchanges(model, domain, parameters, 1, start);
    exchanges.runEpoch(2000, [](std::int64_t) { return false; });
    const Roster best = exchanges.bestRoster();
    CHECK(exchanges.bestScore() == Score{0, 0});
    CHECK(fullScore(model, best) == Score{0, 0});
    CHECK(best.at(0, 0) == kShort);
    CHECK(best.at(1, 1) == kShort);
}

TEST_CASE("A weekend day left short is offered to someone who already works that weekend",
          "[solver]")
{
    // Everyone may work one weekend. Nineteen people work the first Saturday; Zoe works the
    // second Saturday, and its Sunday needs someone. Only Zoe can take it without working a
    // second weekend, so a trade that draws its taker among everyone off that Sunday mostly
    // draws someone who cannot take it.
    constexpr int kPeople = 20;
    constexpr int kZoe = kPeople - 1;
    constexpr int kDays = 14;
    std::vector<EmployeeRules> rules(kPeople);
    for (int e = 0; e < kPeople; ++e) {
        rules[e].id = "E" + std::to_string(e);
        rules[e].maxWeekends = 1;
    }
    Model model(kDays, {{"S", 480}}, rules);
    model.setWeekends({{5, 6}, {12, 13}});
    model.addFill(5, kShort, model.addBucket({kPeople - 1, 100, 1, 5}));
    model.addFill(12, kShort, model.addBucket({1, 100, 1, 12}));
    model.addFill(13, kShort, model.addBucket({1, 100, 1, 13}));
    Roster start(kPeople, kDays);
    for (int e = 0; e < kZoe; ++e)
        start.set(e, 5, kShort);
    start.set(kZoe, 12, kShort);
    const CellDomain domain(model);
    REQUIRE(fullScore(model, start) == Score{0, 100});

    // A handful of trades per seed: enough when the draws skip those at their limit.
    const auto coveredRuns = [&](bool weekendAware) {
        SearchParameters parameters = onlyTrades();
        parameters.weekendAwareTakers = weekendAware;
        int covered = 0;
        for (std::uint64_t seed = 1; seed <= 10; ++seed) {
            LocalSearch search(model, domain, parameters, seed, start);
            search.runEpoch(3, [](std::int64_t) { return false; });
            const Roster best = search.bestRoster();
            if (search.bestScore() == Score{0, 0} && best.at(kZoe, 13) == kShort)
                ++covered;
        }
        return covered;
    };
    CHECK(coveredRuns(true) == 10);
    CHECK(coveredRuns(false) < 10);
}

TEST_CASE("A demand left short that only a busy employee may take is met by a chain", "[solver]")
{
    // Xena works the early shift and is the only one allowed the late one, which is short;
    // Yuri may only work the early shift, already covered. Xena moving alone leaves the early
    // shift short (and she asked for it), Yuri working alone doubles it: only both together
    // help.
    constexpr int kEarly = 0;
    constexpr int kLate = 1;
    std::vector<EmployeeRules> rules(2);
    rules[0].id = "Xena";
    rules[1].id = "Yuri";
    Model model(1, {{"E", 480}, {"L", 480}}, rules);
    model.addFill(0, kEarly, model.addBucket({1, 100, 50, 0}));
    model.addFill(0, kLate, model.addBucket({1, 100, 50, 0}));
    model.addCellCost(0, 0, kLate, 1);
    model.forbidCell(1, 0, kLate);
    Roster start(2, 1);
    start.set(0, 0, kEarly);
    const CellDomain domain(model);
    REQUIRE(fullScore(model, start) == Score{0, 100});

    SearchParameters parameters = onlyGreedyRowPlans();
    LocalSearch withoutChains(model, domain, parameters, 1, start);
    withoutChains.runEpoch(500, [](std::int64_t) { return false; });
    CHECK(withoutChains.bestScore() == Score{0, 100});

    parameters.chainPlanShare = 1;
    LocalSearch withChains(model, domain, parameters, 1, start);
    withChains.runEpoch(500, [](std::int64_t) { return false; });
    const Roster best = withChains.bestRoster();
    CHECK(withChains.bestScore() == Score{0, 1});
    CHECK(fullScore(model, best) == Score{0, 1});
    CHECK(best.at(0, 0) == kLate);
    CHECK(best.at(1, 0) == kEarly);
}

TEST_CASE("A re-plan over a long window moves a weekend further than the usual window reaches",
          "[solver]")
{
    // Ola may work one weekend and exactly two shifts in eight weeks. She works the first
    // weekend, where nobody is needed; the last weekend needs one person a day. Her weekend can
    // move only in one plan that spans both weekends: 49 days apart, more than a usual window.
    constexpr int kDay = 0;
    constexpr int kDays = 56;
    const Model model = weekendTooEarly(kDays);
    const Roster start = weekendTooEarlyStart(kDays);
    const CellDomain domain(model);
    REQUIRE(fullScore(model, start) == Score{0, 200});

    SearchParameters parameters = onlyGreedyRowPlans();
    parameters.rowPlanDays = 28;
    LocalSearch usualWindows(model, domain, parameters, 1, start);
    usualWindows.runEpoch(500, [](std::int64_t) { return false; });
    CHECK(usualWindows.bestScore() == Score{0, 200});

    parameters.longPlanShare = 0.5;
    parameters.longPlanDays = kDays;
    LocalSearch longWindows(model, domain, parameters, 1, start);
    longWindows.runEpoch(500, [](std::int64_t) { return false; });
    const Roster best = longWindows.bestRoster();
    CHECK(longWindows.bestScore() == Score{0, 0});
    CHECK(fullScore(model, best) == Score{0, 0});
    CHECK(best.at(0, kDays - 2) == kDay);
    CHECK(best.at(0, kDays - 1) == kDay);
}

TEST_CASE("The end of an epoch settles with re-plans what its single moves left", "[solver]")
{
    // Ola must work exactly two shifts, on one weekend. She works Saturday and Sunday of the
    // first week, where nobody is needed; the second week's weekend needs her. No single
    // change keeps her two shifts, and this search makes no re-plans until its settling part.
    constexpr int kDay = 0;
    constexpr int kDays = 14;
    const Model model = weekendTooEarly(kDays);
    const Roster start = weekendTooEarlyStart(kDays);
    const CellDomain domain(model);
    REQUIRE(fullScore(model, start) == Score{0, 200});

    SearchParameters parameters = onlyGreedyRowPlans();
    parameters.rowPlanEffort = 0;
    parameters.settlingShare = 0;
    LocalSearch withoutSettling(model, domain, parameters, 1, start);
    withoutSettling.runEpoch(500, [](std::int64_t) { return false; });
    CHECK(withoutSettling.bestScore() == Score{0, 200});

    parameters.settlingShare = 0.2;
    parameters.settlingPlanEffort = 0.9;
    LocalSearch settling(model, domain, parameters, 1, start);
    settling.runEpoch(500, [](std::int64_t) { return false; });
    const Roster best = settling.bestRoster();
    CHECK(settling.bestScore() == Score{0, 0});
    CHECK(fullScore(model, best) == Score{0, 0});
    CHECK(best.at(0, kDays - 2) == kDay);
    CHECK(best.at(0, kDays - 1) == kDay);
}
