#include "TestInstances.h"

#include "solver/CellDomain.h"
#include "solver/IncrementalScorer.h"
#include "solver/Random.h"
#include "solver/RowPlanner.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <iostream>

using namespace shiftlane::solver;
using namespace shiftlane::solver::test;

// Not a test (hidden tag, never run by CI): measures the row planner's speed, in planner
// state-days per second, on windows of the lengths the search plans (28 and 84 days, and whole
// rows), for the instances in SHIFTLANE_PLANRATE_INSTANCES (default: 8, 19, 22, 24). The rows
// are first built as the solver's start builds them, so that plans meet rosters like the
// search's. The checksum of the plans tells a faster planner that plans the same from one that
// plans differently.
TEST_CASE("Row planner state-days per second", "[.][planrate]")
{
    const std::vector<int> numbers =
        instanceNumbersFromEnvironment("SHIFTLANE_PLANRATE_INSTANCES", {8, 19, 22, 24});
    constexpr std::int64_t kHardWeight = 1000;
    for (const int number : numbers) {
        const Model model = loadInstance(number);
        const CellDomain domain(model);
        IncrementalScorer scorer(model, Roster(model.employeeCount(), model.days()));
        RowPlanner(model, domain, kHardWeight).constructRows(scorer, 7);
        std::vector<int> lengths;
        for (const int length : {28, 84, model.days()})
            if (length <= model.days() &&
                std::find(lengths.begin(), lengths.end(), length) == lengths.end())
                lengths.push_back(length);
        for (const int length : lengths) {
            RowPlanner planner(model, domain, kHardWeight);
            Random random(static_cast<std::uint64_t>(number) * 1000 + length);
            std::vector<int> values;
            std::uint64_t checksum = 0;
            // A fixed number of plans, so that the checksum compares; fewer of the long ones.
            const int plans = std::max(10, 4000 / length);
            const auto start = std::chrono::steady_clock::now();
            for (int p = 0; p < plans; ++p) {
                const int employee = random.below(model.employeeCount());
                const int first = random.below(model.days() - length + 1);
                planner.plan(scorer, employee, first, first + length - 1, values);
                for (int i = 0; i < length; ++i)
                    checksum = checksum * 31 +
                               static_cast<std::uint64_t>(values[static_cast<std::size_t>(i)] + 1);
            }
            const double seconds =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            std::cout << "Instance" << number << "\t" << length << " days\t" << plans << " plans\t"
                      << static_cast<long long>(static_cast<double>(planner.work()) / seconds)
                      << " state-days/s\t" << seconds * 1000 / plans << " ms/plan\t(checksum "
                      << checksum << ")\n";
            CHECK(planner.work() > 0);
        }
    }
}
