#include "TestInstances.h"

#include "solver/ExactNeighbourhood.h"
#include "solver/FullScorer.h"
#include "solver/MipProgram.h"
#include "solver/Random.h"
#include "solver/Solver.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace shiftlane::solver;
using shiftlane::solver::test::loadInstance;

namespace {

// A roster that keeps every hard rule, from a short search without exact neighbourhoods.
Roster feasibleRoster(const Model& model)
{
    SolverOptions options;
    options.maxMovesPerThread = 400'000;
    options.search.exactEffort = 0;
    const SolverResult result = solve(model, options);
    REQUIRE(result.score.hard == 0);
    return result.roster;
}

// Free cells: `employees` random employees over `length` days from a random first day.
std::vector<char> randomNeighbourhood(const Model& model, Random& random, int employees, int length)
{
    std::vector<char> free(static_cast<std::size_t>(model.employeeCount()) * model.days(), 0);
    length = std::min(length, model.days());
    const int first = random.below(model.days() - length + 1);
    for (int i = 0; i < employees; ++i) {
        const int e = random.below(model.employeeCount());
        for (int d = first; d < first + length; ++d)
            free[static_cast<std::size_t>(e) * model.days() + d] = 1;
    }
    return free;
}

ExactLimits limits(int maxNodes, double maxSeconds)
{
    ExactLimits limits;
    limits.maxNodes = maxNodes;
    limits.maxSeconds = maxSeconds;
    return limits;
}

double activity(const MipProgram& program, const MipRow& row)
{
    double sum = 0;
    for (const MipTerm& term : row.terms)
        sum += program.columns[term.column].start * static_cast<double>(term.coefficient);
    return sum;
}

} // namespace

TEST_CASE("A neighbourhood's program keeps the roster it was built around feasible, at its soft "
          "score",
          "[mip]")
{
    // The roster's own values must satisfy every row and cost exactly its soft score: a row
    // that reads a fixed cell wrongly, or a cost left out, shows up as a broken row or a
    // different objective.
    for (int number : {1, 5, 8, 11, 14, 16}) {
        const Model model = loadInstance(number);
        const Roster roster = feasibleRoster(model);
        const Score score = fullScore(model, roster);
        Random random(static_cast<std::uint64_t>(number));
        for (int trial = 0; trial < 6; ++trial) {
            const std::vector<char> free =
                randomNeighbourhood(model, random, 1 + random.below(8), 1 + random.below(14));
            const MipProgram program = buildMipNeighbourhood(model, roster, free);
            INFO("Instance" << number << ", trial " << trial);
            REQUIRE(program.error.empty());
            for (const MipRow& row : program.rows) {
                INFO("row " << row.name);
                const double lhs = activity(program, row);
                const auto rhs = static_cast<double>(row.rhs);
                if (row.sense == RowSense::AtMost)
                    CHECK(lhs <= rhs + 1e-9);
                else if (row.sense == RowSense::AtLeast)
                    CHECK(lhs >= rhs - 1e-9);
                else
                    CHECK(std::abs(lhs - rhs) < 1e-9);
            }
            double objective = 0;
            for (const MipColumn& column : program.columns) {
                CHECK(column.start >= column.lower);
                CHECK(column.start <= column.upper);
                objective += column.objective * column.start;
            }
            CHECK(std::llround(objective) + program.objectiveOffset == score.soft);
        }
    }
}

TEST_CASE("A neighbourhood holds only the free cells' choices and the rows they touch", "[mip]")
{
    const Model model = loadInstance(8);
    const Roster roster = feasibleRoster(model);
    std::vector<char> free(static_cast<std::size_t>(model.employeeCount()) * model.days(), 0);
    for (int d = 3; d < 10; ++d)
        free[static_cast<std::size_t>(2) * model.days() + d] = 1;
    const MipProgram program = buildMipNeighbourhood(model, roster, free);
    const MipProgram whole = buildMipProgram(model);
    for (const MipColumn& column : program.columns)
        if (column.employee >= 0) {
            CHECK(column.employee == 2);
            CHECK(column.day >= 3);
            CHECK(column.day < 10);
        }
    CHECK(program.rows.size() * 20 < whole.rows.size());
}

TEST_CASE("Solving the whole roster as one neighbourhood reaches the proven optimum", "[mip]")
{
    if (!exactNeighbourhoodsAvailable()) {
        WARN("built without cbc's library: nothing to check");
        return;
    }
    // Instance1's proven optimum is 607 (best_known.tsv).
    const Model model = loadInstance(1);
    CbcWorkerProcess worker(defaultCbcWorker());
    Roster roster = feasibleRoster(model);
    const std::vector<char> all(static_cast<std::size_t>(model.employeeCount()) * model.days(), 1);
    const ExactOutcome outcome =
        solveNeighbourhood(model, all, limits(100'000, 600), worker, roster);
    REQUIRE(outcome.status == ExactOutcome::Status::Solved);
    CHECK(outcome.provenOptimal);
    CHECK(fullScore(model, roster) == Score{0, 607});
}

TEST_CASE("An exact neighbourhood never makes a feasible roster worse and changes only its free "
          "cells",
          "[mip]")
{
    if (!exactNeighbourhoodsAvailable()) {
        WARN("built without cbc's library: nothing to check");
        return;
    }
    // One worker for all eight neighbourhoods, as a search thread has.
    CbcWorkerProcess worker(defaultCbcWorker());
    for (int number : {5, 14}) {
        const Model model = loadInstance(number);
        const Roster start = feasibleRoster(model);
        const Score before = fullScore(model, start);
        Random random(7);
        for (int trial = 0; trial < 4; ++trial) {
            const std::vector<char> free = randomNeighbourhood(model, random, 6, 7);
            Roster roster = start;
            const ExactOutcome outcome =
                solveNeighbourhood(model, free, limits(50, 30), worker, roster);
            INFO("Instance" << number << ", trial " << trial);
            REQUIRE(outcome.status == ExactOutcome::Status::Solved);
            const Score after = fullScore(model, roster);
            CHECK(after.hard == 0);
            CHECK(after.soft <= before.soft);
            for (int e = 0; e < model.employeeCount(); ++e)
                for (int d = 0; d < model.days(); ++d)
                    if (free[static_cast<std::size_t>(e) * model.days() + d] == 0)
                        CHECK(roster.at(e, d) == start.at(e, d));
        }
    }
}
