#pragma once

#include "solver/Model.h"
#include "solver/Score.h"

namespace shiftlane::solver {

// Scores a roster from scratch. Slow and simple on purpose: it is the reference the
// incremental scorer and the explanation are tested against.
Score fullScore(const Model& model, const Roster& roster);

} // namespace shiftlane::solver
