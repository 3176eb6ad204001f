#include "solver/CbcRun.h"

#include <Cbc_C_Interface.h>

#include <memory>

namespace shiftlane::solver {

namespace {

struct CbcDeleter
{
    void operator()(Cbc_Model* model) const { Cbc_deleteModel(model); }
};

} // namespace

CbcAnswer runCbc(const CbcJob& job)
{
    const std::vector<CoinBigIndex> start(job.columnStart.begin(), job.columnStart.end());
    const std::unique_ptr<Cbc_Model, CbcDeleter> cbc(Cbc_newModel());
    Cbc_loadProblem(cbc.get(), job.columns, job.rows, start.data(), job.rowIndex.data(),
                    job.value.data(), job.columnLower.data(), job.columnUpper.data(),
                    job.objective.data(), job.rowLower.data(), job.rowUpper.data());
    for (int column : job.integerColumns)
        Cbc_setInteger(cbc.get(), column);
    Cbc_setLogLevel(cbc.get(), 0);
    // With cbc's preprocessing the assertion above fired far more often (on Instance14), and
    // the neighbourhoods are small enough that preprocessing costs more than it saves.
    Cbc_setParameter(cbc.get(), "preprocess", "off");
    Cbc_setMaximumNodes(cbc.get(), job.maxNodes);
    Cbc_setMaximumSeconds(cbc.get(), job.maxSeconds);
    if (job.wallClockSeconds)
        Cbc_setParameter(cbc.get(), "timeMode", "elapsed");
    Cbc_setMIPStartI(cbc.get(), static_cast<int>(job.integerColumns.size()),
                     job.integerColumns.data(), job.startValues.data());
    Cbc_solve(cbc.get());

    CbcAnswer answer;
    answer.iterations = Cbc_getIterationCount(cbc.get());
    answer.nodes = Cbc_getNodeCount(cbc.get());
    answer.provenOptimal = Cbc_isProvenOptimal(cbc.get()) != 0;
    if (const double* solution = Cbc_bestSolution(cbc.get()))
        answer.solution.assign(solution, solution + job.columns);
    return answer;
}

} // namespace shiftlane::solver
