#pragma once

#include <vector>

namespace shiftlane {

// The most of one interval's demand that the team could cover at once: each freelancer is
// one person, so they count once per interval, for one of the skills they could work then.
// required[i] is what skill demand i still needs; candidates[i] the freelancers (any ids)
// who could fill it. A maximum bipartite matching in which demand i takes up to required[i]
// freelancers, found by augmenting paths: giving each freelancer the first skill they can do
// would undercount (Ana could do Phone or Chat, Ben only Phone: both are covered only if Ana
// takes Chat).
int coverAtOnce(const std::vector<int>& required, const std::vector<std::vector<int>>& candidates);

} // namespace shiftlane
