#include "SmallModels.h"
#include "TestInstances.h"

#include "solver/CellDomain.h"
#include "solver/FullScorer.h"
#include "solver/RowPlanner.h"

#include <random>

using namespace shiftlane::solver;
using namespace shiftlane::solver::test;

// On Instance1 every rule the planner leaves to the scorer is absent (one shift type whose
// limit is the horizon, one bucket per cell), so its plan is exact: applying it can never be
// worse than the row it replaces, which is one of the paths it chose from (the start uses
// only values the search may use: a forbidden cell is not a path the planner can keep).
TEST_CASE("A row plan is never worse than the current row where the planner is exact",
          "[solver][rowplanner]")
{
    const Model model = loadInstance(1);
    const CellDomain domain(model);
    const std::int64_t hardWeight = 1000;
    RowPlanner planner(model, domain, hardWeight);
    std::mt19937 random(5);
    Roster start(model.employeeCount(), model.days());
    for (int e = 0; e < model.employeeCount(); ++e)
        for (int d = 0; d < model.days(); ++d)
            start.set(e, d, random() % 3 && domain.allows(e, d, 0) ? 0 : kOff);
    IncrementalScorer scorer(model, start);
    std::vector<int> values;
    int worse = 0;
    int improved = 0;
    for (int trial = 0; trial < 300; ++trial) {
        const int e = static_cast<int>(random() % model.employeeCount());
        const int length = 2 + static_cast<int>(random() % (model.days() - 1));
        const int first = static_cast<int>(random() % (model.days() - length + 1));
        planner.plan(scorer, e, first, first + length - 1, values);
        const Score before = scorer.score();
        for (int i = 0; i < length; ++i)
            scorer.change(e, first + i, values[i]);
        const Score delta = scorer.score() - before;
        const std::int64_t value = delta.hard * hardWeight + delta.soft;
        worse += value > 0 ? 1 : 0;
        improved += value < 0 ? 1 : 0;
    }
    CHECK(worse == 0);
    CHECK(improved > 0);
    // Planning every row from a random start removes the rows' own broken rules.
    planner.improveAllRows(scorer, model.days(), 1'000'000'000);
    CHECK(scorer.score().hard == 0);
}

namespace {

// One employee over a year: two shift types of 8 h (at most 116 of each), exactly 232 shifts,
// runs of 2-5 working days, at least 2 days off in a row. The row works Monday to Friday,
// except 14 weeks at the end that start on Wednesday: the only slack of the year. Demand
// asks for type A every day, so a plan left alone would take A far beyond its limit.
struct TightYear
{
    Model model;
    Roster row;
};

TightYear tightYear(int employees = 1)
{
    const int days = 364;
    EmployeeRules rules;
    rules.id = "tight";
    rules.minMinutes = rules.maxMinutes = 232 * 480;
    rules.maxShiftsPerType = {116, 116};
    rules.minConsecutiveWork = 2;
    rules.maxConsecutiveWork = 5;
    rules.minConsecutiveOff = 2;
    rules.maxWeekends = 26;
    Model model(days, {{"A", 480}, {"B", 480}},
                std::vector<EmployeeRules>(static_cast<std::size_t>(employees), rules));
    std::vector<std::vector<int>> weekends;
    for (int week = 0; week < 52; ++week)
        weekends.push_back({7 * week + 5, 7 * week + 6});
    model.setWeekends(weekends);
    for (int d = 0; d < days; ++d) {
        const int wantA = model.addBucket({1, 10, 0, d});
        model.addFill(d, 0, wantA);
    }
    Roster row(employees, days);
    for (int e = 0; e < employees; ++e) {
        int shifts = 0;
        for (int week = 0; week < 52; ++week)
            for (int weekday = week >= 38 ? 2 : 0; weekday < 5; ++weekday)
                row.set(e, 7 * week + weekday, shifts++ < 116 ? 0 : 1);
    }
    return {std::move(model), row};
}

} // namespace

// A year is too long to track every minute count a row may reach, yet its minutes must land
// on one exact value: the whole row is planned with minutes tracked in a corridor around the
// row as it is, and shifts of a type the path overuses moved to the other type afterwards.
TEST_CASE("A whole-year row plan keeps an exact minutes total and the per-type limits",
          "[solver][rowplanner]")
{
    TightYear year = tightYear();
    const Model& model = year.model;
    REQUIRE(fullScore(model, year.row).hard == 0);
    // Week 20 loses its Wednesday (an isolated day off); week 40 gains a Tuesday of the same
    // type, so minutes and type counts stay where they were.
    const int wednesday = 7 * 20 + 2;
    const int tuesday = 7 * 40 + 1;
    year.row.set(0, tuesday, year.row.at(0, wednesday));
    year.row.set(0, wednesday, kOff);
    REQUIRE(fullScore(model, year.row).hard == 1);

    const CellDomain domain(model);
    const std::int64_t hardWeight = 1000;
    RowPlanner planner(model, domain, hardWeight);
    IncrementalScorer scorer(model, year.row);
    std::vector<int> values;
    auto applied = [&](int first, int last) {
        planner.plan(scorer, 0, first, last, values);
        IncrementalScorer trial(model, scorer.roster());
        for (int d = first; d <= last; ++d)
            trial.change(0, d, values[d - first]);
        return trial.score();
    };
    const Score whole = applied(0, model.days() - 1);
    CHECK(whole.hard == 0);
    CHECK(whole.hard * hardWeight + whole.soft <
          scorer.score().hard * hardWeight + scorer.score().soft);
}

namespace {

// Each row loses the Wednesday of week 20 (an isolated day off) and gains the Tuesday of week
// 40: minutes and type counts stay. Weeks 16-24 are pinned but for that Wednesday, so no plan
// of four weeks can give back a shift for it; only a plan that sees both weeks mends the row.
void breakRowsFarApart(TightYear& year)
{
    const int wednesday = 7 * 20 + 2;
    const int tuesday = 7 * 40 + 1;
    for (int e = 0; e < year.row.employees(); ++e) {
        year.row.set(e, tuesday, year.row.at(e, wednesday));
        year.row.set(e, wednesday, kOff);
        for (int d = 7 * 16; d < 7 * 25; ++d)
            if (d != wednesday)
                year.model.pin(e, d, year.row.at(e, d));
    }
}

} // namespace

TEST_CASE("Rows that only a whole-row plan can mend are mended at the start",
          "[solver][rowplanner]")
{
    TightYear year = tightYear(3);
    breakRowsFarApart(year);
    const Model& model = year.model;
    REQUIRE(fullScore(model, year.row).hard == 3);
    const CellDomain domain(model);
    const std::int64_t hardWeight = 1000;

    SECTION("four-week windows cannot mend them")
    {
        RowPlanner planner(model, domain, hardWeight);
        IncrementalScorer scorer(model, year.row);
        planner.improveAllRows(scorer, 28, 1'000'000'000);
        CHECK(scorer.score().hard == 3);
    }
    SECTION("whole rows mend every broken one while each plan pays for its work")
    {
        RowPlanner planner(model, domain, hardWeight);
        IncrementalScorer scorer(model, year.row);
        planner.repairWholeRows(scorer, 0.001, 1);
        CHECK(scorer.score().hard == 0);
        CHECK(scorer.score() == fullScore(model, scorer.roster()));
    }
    SECTION("the repair stops after its trial rows when plans remove too little for their work")
    {
        RowPlanner planner(model, domain, hardWeight);
        IncrementalScorer scorer(model, year.row);
        planner.repairWholeRows(scorer, 1e9, 1);
        CHECK(scorer.score().hard == 2);
    }
    SECTION("a stop (a cancel, the time limit) is obeyed between rows")
    {
        RowPlanner planner(model, domain, hardWeight);
        IncrementalScorer scorer(model, year.row);
        int rowsAllowed = 2;
        planner.repairWholeRows(scorer, 0.001, 1, [&] { return rowsAllowed-- == 0; });
        CHECK(scorer.score().hard == 1);
    }
}

TEST_CASE("A descent goes on at another window length once the first stops gaining", "[solver]")
{
    // Windows of four days never hold both weekends, so none can move Ola's two shifts from
    // the first, where nobody needs her, to the second; windows of the whole fortnight can.
    constexpr int kDays = 14;
    const Model model = weekendTooEarly(kDays);
    const CellDomain domain(model);
    RowPlanner planner(model, domain, 1000);

    IncrementalScorer fourDays(model, weekendTooEarlyStart(kDays));
    REQUIRE(fourDays.score() == Score{0, 200});
    planner.descend(fourDays, {4});
    CHECK(fourDays.score() == Score{0, 200});

    IncrementalScorer thenFortnight(model, weekendTooEarlyStart(kDays));
    planner.descend(thenFortnight, {4, kDays});
    CHECK(thenFortnight.score() == Score{0, 0});
    CHECK(fullScore(model, thenFortnight.roster()) == Score{0, 0});
    CHECK(thenFortnight.at(0, kDays - 2) == 0);
    CHECK(thenFortnight.at(0, kDays - 1) == 0);
}
