#include "solver/GreedyConstructor.h"

#include "solver/RulePenalties.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace shiftlane::solver {

std::int64_t GreedyConstructor::coverGainOfOneMore(const IncrementalScorer& scorer, int day,
                                                   int type) const
{
    std::int64_t gain = 0;
    for (int b : model_.fills(day, type)) {
        const int count = scorer.bucketCount(b);
        gain +=
            penalty::cover(model_.bucket(b), count + 1) - penalty::cover(model_.bucket(b), count);
    }
    return gain;
}

void GreedyConstructor::fill(IncrementalScorer& scorer, int firstDay, int lastDay,
                             const std::vector<int>& employeeSet, Random* random) const
{
    std::vector<int> employees = employeeSet;
    if (employees.empty()) {
        employees.resize(model_.employeeCount());
        std::iota(employees.begin(), employees.end(), 0);
    }
    struct Demand
    {
        int day;
        int type;
        double scarcity; // free able employees per missing unit: lower is scarcer
    };
    const int types = model_.shiftTypeCount();
    for (int pass = 0; pass < 4; ++pass) {
        std::vector<Demand> demands;
        for (int d = firstDay; d <= lastDay; ++d)
            for (int t = 0; t < types; ++t) {
                if (coverGainOfOneMore(scorer, d, t) >= 0)
                    continue;
                int shortage = 0;
                for (int b : model_.fills(d, t))
                    shortage += std::max(0, model_.bucket(b).required - scorer.bucketCount(b));
                int able = 0;
                for (int e : employees)
                    able += scorer.at(e, d) == kOff && domain_.allows(e, d, t) ? 1 : 0;
                demands.push_back({d, t, static_cast<double>(able) / std::max(1, shortage)});
            }
        if (demands.empty())
            return;
        std::stable_sort(demands.begin(), demands.end(),
                         [](const Demand& a, const Demand& b) { return a.scarcity < b.scarcity; });
        bool assigned = false;
        for (const Demand& demand : demands) {
            while (coverGainOfOneMore(scorer, demand.day, demand.type) < 0) {
                const int offset = random ? random->below(static_cast<int>(employees.size())) : 0;
                int best = -1;
                std::int64_t bestValue = 0; // only improving assignments are made
                for (std::size_t i = 0; i < employees.size(); ++i) {
                    const int e = employees[(i + offset) % employees.size()];
                    if (scorer.at(e, demand.day) != kOff ||
                        !domain_.allows(e, demand.day, demand.type))
                        continue;
                    const Score delta = scorer.deltaOfChange(e, demand.day, demand.type);
                    const std::int64_t value = weightedValue(delta, hardWeight_);
                    if (value < bestValue) {
                        bestValue = value;
                        best = e;
                    }
                }
                if (best < 0)
                    break;
                scorer.change(best, demand.day, demand.type);
                assigned = true;
            }
        }
        if (!assigned)
            return;
    }
}

} // namespace shiftlane::solver
