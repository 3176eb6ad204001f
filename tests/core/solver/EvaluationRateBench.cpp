#include "TestInstances.h"

#include "solver/CellDomain.h"
#include "solver/IncrementalScorer.h"
#include "solver/Random.h"

#include <chrono>
#include <iostream>

using namespace shiftlane::solver;
using namespace shiftlane::solver::test;

// Not a test (hidden tag, never run by CI): measures single-cell move evaluations per second
// for tests/bench/run_benchmark.sh. Each evaluation is what the search does for one cell
// change: draw a cell and a value of its domain, ask the incremental scorer for the change.
// SHIFTLANE_EVALRATE_INSTANCES="22 24" measures other instances than 1-12.
TEST_CASE("Single-cell move evaluations per second", "[.][evalrate]")
{
    const std::vector<int> numbers = instanceNumbersFromEnvironment(
        "SHIFTLANE_EVALRATE_INSTANCES", {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12});
    for (const int number : numbers) {
        const Model model = loadInstance(number);
        const CellDomain domain(model);
        Random random(number);
        Roster roster(model.employeeCount(), model.days());
        for (int e = 0; e < model.employeeCount(); ++e)
            for (int d = 0; d < model.days(); ++d) {
                const auto choices = domain.choices(e, d);
                roster.set(e, d, choices[random.below(static_cast<int>(choices.size()))]);
            }
        const IncrementalScorer scorer(model, roster);
        const int evaluations = 5'000'000;
        std::int64_t checksum = 0;
        const auto start = std::chrono::steady_clock::now();
        for (int i = 0; i < evaluations; ++i) {
            const int e = random.below(model.employeeCount());
            const int d = random.below(model.days());
            const auto choices = domain.choices(e, d);
            const Score delta =
                scorer.deltaOfChange(e, d, choices[random.below(static_cast<int>(choices.size()))]);
            checksum += delta.hard + delta.soft;
        }
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::cout << "Instance" << number << "\t" << static_cast<long long>(evaluations / seconds)
                  << "\t(checksum " << checksum << ")\n";
        CHECK(seconds > 0);
    }
}
