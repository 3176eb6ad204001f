#include "schedule/CoverAtOnce.h"

#include <unordered_map>

namespace shiftlane {

namespace {

class Matching
{
public:
    Matching(const std::vector<int>& required, const std::vector<std::vector<int>>& candidates)
        : required_(required), holders_(required.size()), seen_(required.size(), 0)
    {
        std::unordered_map<int, int> local;
        for (std::size_t demand = 0; demand < candidates.size(); ++demand) {
            if (required[demand] <= 0)
                continue;
            for (const int person : candidates[demand]) {
                const auto [found, added] = local.emplace(person, int(reach_.size()));
                if (added)
                    reach_.emplace_back();
                reach_[std::size_t(found->second)].push_back(int(demand));
            }
        }
    }

    int solve()
    {
        int matched = 0;
        for (int person = 0; person < int(reach_.size()); ++person) {
            ++stamp_;
            matched += place(person) ? 1 : 0;
        }
        return matched;
    }

private:
    // Finds `person` a demand with room, moving people already placed along the way.
    bool place(int person)
    {
        for (const int demand : reach_[std::size_t(person)]) {
            if (seen_[std::size_t(demand)] == stamp_)
                continue;
            seen_[std::size_t(demand)] = stamp_;
            std::vector<int>& holders = holders_[std::size_t(demand)];
            if (int(holders.size()) < required_[std::size_t(demand)]) {
                holders.push_back(person);
                return true;
            }
            for (int& holder : holders)
                if (place(holder)) {
                    holder = person;
                    return true;
                }
        }
        return false;
    }

    const std::vector<int>& required_;
    std::vector<std::vector<int>> reach_;   // per person: the demands they could fill
    std::vector<std::vector<int>> holders_; // per demand: the people placed there
    std::vector<int> seen_;                 // per demand: the search that last visited it
    int stamp_ = 0;
};

} // namespace

int coverAtOnce(const std::vector<int>& required, const std::vector<std::vector<int>>& candidates)
{
    return Matching(required, candidates).solve();
}

} // namespace shiftlane
