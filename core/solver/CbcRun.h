#pragma once

#include "solver/CbcJob.h"

namespace shiftlane::solver {

// Solves a job with cbc's library, in this process. Only the cbc worker calls it: Debian's Clp
// keeps its assertions, and one (ClpNonLinearCost, lower <= upper) fires now and then on a
// sound program, which would abort whatever process cbc runs in.
CbcAnswer runCbc(const CbcJob& job);

} // namespace shiftlane::solver
