#pragma once

#include "solver/CbcJob.h"

namespace shiftlane::solver::test {

// Cover two rows at least once: x0 + x1 >= 1, x1 + x2 >= 1, x integer in [0, 1], minimise
// 3 x0 + 2 x1 + 3 x2. x1 alone (cost 2) is the optimum; the start (x0 and x2, cost 6) is not.
inline CbcJob coverJob()
{
    CbcJob job;
    job.columns = 3;
    job.rows = 2;
    job.columnStart = {0, 1, 3, 4};
    job.rowIndex = {0, 0, 1, 1};
    job.value = {1, 1, 1, 1};
    job.columnLower = {0, 0, 0};
    job.columnUpper = {1, 1, 1};
    job.objective = {3, 2, 3};
    job.rowLower = {1, 1};
    job.rowUpper = {1e30, 1e30};
    job.integerColumns = {0, 1, 2};
    job.startValues = {1, 0, 1};
    job.maxNodes = 100;
    job.maxSeconds = 10;
    return job;
}

} // namespace shiftlane::solver::test
