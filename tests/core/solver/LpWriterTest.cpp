// The LP writer against cbc (Debian's coinor-cbc): exact solves of the small benchmark
// instances must reach the proven optima with the rosters FullScorer scores the same, which
// checks the scorer's reading of the rules (shared/bench/FORMAT.md); and on a tiny model the
// LP optimum must be the brute-force optimum of FullScorer as the rules change it.

#include "TestInstances.h"

#include "CbcRun.h"

#include "solver/FullScorer.h"
#include "solver/LpWriter.h"

#include <QFile>

#include <cmath>
#include <functional>
#include <optional>

using namespace shiftlane::solver;
using namespace shiftlane::solver::test;

namespace {

// The LP optimum, checked against FullScorer on cbc's roster: feasible, and the same soft.
std::int64_t checkedOptimum(const Model& model)
{
    const CbcRun run = solveWithCbc(model);
    REQUIRE(run.solution.status == "Optimal");
    const double objective = run.solution.objective;
    REQUIRE(std::abs(objective - std::round(objective)) < 1e-6);
    const Score score = fullScore(model, run.solution.roster);
    CHECK(score.hard == 0);
    CHECK(score.soft == std::llround(objective) + run.objectiveOffset);
    return score.soft;
}

std::int64_t provenOptimum(int number)
{
    QFile file(QStringLiteral(SHIFTLANE_SHARED_DIR "/bench/best_known.tsv"));
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    const QStringList header = lines.value(0).split(QLatin1Char('\t'));
    const auto valueColumn = header.indexOf(QStringLiteral("best_known_ub"));
    const auto optimalColumn = header.indexOf(QStringLiteral("optimal"));
    REQUIRE(valueColumn >= 0);
    REQUIRE(optimalColumn >= 0);
    for (const QString& line : lines) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.value(0) != QStringLiteral("Instance%1").arg(number))
            continue;
        REQUIRE(fields.value(optimalColumn) == QStringLiteral("yes"));
        bool ok = false;
        const std::int64_t value = fields.value(valueColumn).toLongLong(&ok);
        REQUIRE(ok);
        return value;
    }
    FAIL("Instance" << number << " is not in best_known.tsv");
    return 0;
}

void checkProvenOptimum(int number)
{
    const Model model = loadInstance(number);
    const std::int64_t proven = provenOptimum(number);
    INFO("Instance" << number);
    const std::int64_t optimum = checkedOptimum(model);
    CHECK(optimum == proven);
}

// The lowest soft score of a roster with hard = 0, over every roster that keeps the pinned
// cells (the engine never changes them, so the LP fixes them).
std::optional<std::int64_t> bruteForceOptimum(const Model& model)
{
    const int cells = model.employeeCount() * model.days();
    const int values = model.shiftTypeCount() + 1;
    std::vector<int> digits(cells, 0);
    std::optional<std::int64_t> best;
    Roster roster = pinnedRoster(model);
    while (true) {
        for (int i = 0; i < cells; ++i)
            if (model.pinned(i / model.days(), i % model.days()) == Model::kNotPinned)
                roster.set(i / model.days(), i % model.days(), digits[i] - 1);
        const Score score = fullScore(model, roster);
        if (score.hard == 0 && (!best || score.soft < *best))
            best = score.soft;
        int i = 0;
        while (i < cells && ++digits[i] == values)
            digits[i++] = 0;
        if (i == cells)
            return best;
    }
}

// One week, one shift type, cover of 1 wanted on Monday, Thursday and Sunday only (10 per
// missing person, 1 per extra one), weekend = Saturday + Sunday. A may work any day and asks
// for Monday (2 if not met); B may work only on Saturday, so A alone can meet the cover.
Model smallModel(const std::function<void(EmployeeRules& a)>& rulesOfA)
{
    EmployeeRules a;
    a.id = "A";
    EmployeeRules b;
    b.id = "B";
    rulesOfA(a);
    Model model(7, {{"D", 480}}, {a, b});
    model.setWeekends({{5, 6}});
    const int required[7] = {1, 0, 0, 1, 0, 0, 1};
    for (int d = 0; d < 7; ++d)
        model.addFill(d, 0, model.addBucket({required[d], 10, 1, d}));
    for (int d = 0; d < 7; ++d)
        if (d != 5)
            model.forbidCell(1, d, 0);
    model.addCellCost(0, 0, kOff, 2);
    return model;
}

} // namespace

TEST_CASE("cbc solves the LP of Instance1 to the proven optimum, rostered as FullScorer scores it",
          "[lp][cbc]")
{
    checkProvenOptimum(1);
}

TEST_CASE("cbc solves the LP of Instance2 to the proven optimum, rostered as FullScorer scores it",
          "[lp][cbc]")
{
    checkProvenOptimum(2);
}

// Instance3 reaches its proven optimum too, but cbc needs over a minute to close the last unit
// between the relaxation (1000) and 1001, too slow for the suite.

TEST_CASE("On a small model the LP optimum follows FullScorer's min-run, weekend and carry-in "
          "reading",
          "[lp][cbc]")
{
    struct Case
    {
        const char* rules;
        std::function<void(EmployeeRules&)> apply;
        std::int64_t expected;
    };
    const std::vector<Case> cases = {
        {"no run or weekend rules: A works Mon, Thu, Sun", [](EmployeeRules&) {}, 0},
        // Thursday alone is a run closed on both sides and needs a neighbour (1 over); Monday
        // and Sunday touch the horizon's ends and are not checked.
        {"min 2 consecutive shifts", [](EmployeeRules& a) { a.minConsecutiveWork = 2; }, 1},
        // Sunday alone makes the weekend a worked one: Sunday's cover is missed.
        {"max 0 weekends", [](EmployeeRules& a) { a.maxWeekends = 0; }, 10},
        {"min 2 consecutive shifts and max 0 weekends",
         [](EmployeeRules& a) {
             a.minConsecutiveWork = 2;
             a.maxWeekends = 0;
         },
         11},
        // Tue-Wed and Fri-Sat off are two days each; nothing changes.
        {"min 2 consecutive days off", [](EmployeeRules& a) { a.minConsecutiveOff = 2; }, 0},
        // One day off carried in is a short break unless Monday is off too: Monday's cover
        // and A's wish are missed.
        {"min 2 consecutive days off after 1 day off before day 0",
         [](EmployeeRules& a) {
             a.minConsecutiveOff = 2;
             a.carryIn.daysOff = 1;
         },
         12},
    };
    for (const Case& c : cases) {
        INFO(c.rules);
        const Model model = smallModel(c.apply);
        const std::optional<std::int64_t> bruteForce = bruteForceOptimum(model);
        REQUIRE(bruteForce.has_value());
        CHECK(*bruteForce == c.expected);
        const std::int64_t optimum = checkedOptimum(model);
        CHECK(optimum == c.expected);
    }
}

TEST_CASE("On a small model the LP keeps pinned cells, and a pin on a forbidden cell leaves no "
          "roster",
          "[lp][cbc]")
{
    Model pinned = smallModel([](EmployeeRules&) {});
    pinned.pin(1, 5, 0); // B on Saturday: 1 over
    REQUIRE(bruteForceOptimum(pinned) == std::optional<std::int64_t>(1));
    const std::int64_t optimum = checkedOptimum(pinned);
    CHECK(optimum == 1);

    Model impossible = smallModel([](EmployeeRules&) {});
    impossible.pin(1, 6, 0); // B on Sunday, which B may not work
    REQUIRE_FALSE(bruteForceOptimum(impossible).has_value());
    const CbcRun run = solveWithCbc(impossible);
    CHECK(run.solution.status == "Infeasible");
}

TEST_CASE("The LP writer refuses a model it cannot write exactly", "[lp]")
{
    // A negative weight rewards breaching the cover without bound in the LP; the scorer's
    // penalty stays finite.
    Model model = smallModel([](EmployeeRules&) {});
    model.addBucket({1, 10, -1, 0});
    const LpProgram program = writeLp(model);
    CHECK(program.text.empty());
    CHECK(program.error.find("negative weight") != std::string::npos);
}

TEST_CASE("The cbc solution reader reads the x columns and rejects text that is not a solution",
          "[lp]")
{
    const Model model = smallModel([](EmployeeRules&) {});
    CHECK_FALSE(readCbcSolution(model, "").error.empty());
    CHECK_FALSE(readCbcSolution(model, "Optimal - objective value none\n").error.empty());
    CHECK_FALSE(readCbcSolution(model, "Optimal - objective value 0\n      0 x_0_9_0   1   0\n")
                    .error.empty());
    CHECK_FALSE(readCbcSolution(model, "Optimal - objective value 0\n      0 x_0_1_0   0.5   0\n")
                    .error.empty());

    const CbcSolution read =
        readCbcSolution(model, "Optimal - objective value -2.00000000\n      0 x_0_0_0   1   -2\n"
                               "      1 x_1_5_0   0   0\n      2 under_6   1   10\n");
    CHECK(read.optimal());
    CHECK(read.objective == -2);
    CHECK(read.roster.at(0, 0) == 0);
    CHECK(read.roster.at(1, 5) == kOff);
}
