#include "solver/ExactNeighbourhood.h"

#include "solver/MipProgram.h"

#ifdef SHIFTLANE_HAVE_CBC
#include <Cbc_C_Interface.h>

#include <cstdlib>
#include <memory>
#include <mutex>
#include <sstream>
#include <string>
#endif

namespace shiftlane::solver {

#ifndef SHIFTLANE_HAVE_CBC

bool exactNeighbourhoodsAvailable()
{
    return false;
}

ExactOutcome solveNeighbourhood(const Model&, const std::vector<char>&, const ExactLimits&, Roster&)
{
    return {};
}

#else

namespace {

// cbc's solve (CbcMain1) keeps state in statics, so two solves must not overlap: the search
// threads take turns.
std::mutex& cbcMutex()
{
    static std::mutex mutex;
    return mutex;
}

struct CbcDeleter
{
    void operator()(Cbc_Model* model) const { Cbc_deleteModel(model); }
};

} // namespace

bool exactNeighbourhoodsAvailable()
{
    return true;
}

ExactOutcome solveNeighbourhood(const Model& model, const std::vector<char>& free,
                                const ExactLimits& limits, Roster& roster)
{
    ExactOutcome outcome;
    const MipProgram program = buildMipNeighbourhood(model, roster, free);
    if (!program.error.empty()) {
        outcome.status = ExactOutcome::Status::Unsupported;
        return outcome;
    }
    const int columns = static_cast<int>(program.columns.size());
    const int rows = static_cast<int>(program.rows.size());
    outcome.columns = columns;
    outcome.rows = rows;

    // Column-major (compressed sparse column) from the program's rows.
    std::vector<CoinBigIndex> start(static_cast<std::size_t>(columns) + 1, 0);
    for (const MipRow& row : program.rows)
        for (const MipTerm& term : row.terms)
            ++start[static_cast<std::size_t>(term.column) + 1];
    for (int c = 0; c < columns; ++c)
        start[c + 1] += start[c];
    std::vector<int> index(static_cast<std::size_t>(start[columns]));
    std::vector<double> value(index.size());
    std::vector<CoinBigIndex> fill(start.begin(), start.end() - 1);
    std::vector<double> rowLower(rows);
    std::vector<double> rowUpper(rows);
    for (int r = 0; r < rows; ++r) {
        const MipRow& row = program.rows[r];
        for (const MipTerm& term : row.terms) {
            const auto at = static_cast<std::size_t>(fill[term.column]++);
            index[at] = r;
            value[at] = static_cast<double>(term.coefficient);
        }
        const auto rhs = static_cast<double>(row.rhs);
        rowLower[r] = row.sense == RowSense::AtMost ? -1e30 : rhs;
        rowUpper[r] = row.sense == RowSense::AtLeast ? 1e30 : rhs;
    }
    std::vector<double> columnLower(columns);
    std::vector<double> columnUpper(columns);
    std::vector<double> objective(columns);
    std::vector<int> startColumns;
    std::vector<double> startValues;
    for (int c = 0; c < columns; ++c) {
        const MipColumn& column = program.columns[c];
        columnLower[c] = column.lower;
        columnUpper[c] = column.upper;
        objective[c] = column.objective;
        if (column.integer) {
            startColumns.push_back(c);
            startValues.push_back(column.start);
        }
    }

    std::lock_guard lock(cbcMutex());
    const std::unique_ptr<Cbc_Model, CbcDeleter> cbc(Cbc_newModel());
    Cbc_loadProblem(cbc.get(), columns, rows, start.data(), index.data(), value.data(),
                    columnLower.data(), columnUpper.data(), objective.data(), rowLower.data(),
                    rowUpper.data());
    for (int c : startColumns)
        Cbc_setInteger(cbc.get(), c);
    Cbc_setLogLevel(cbc.get(), 0);
    // Debian's Clp keeps its assertions, and with cbc's preprocessing one of them
    // (ClpNonLinearCost, lower <= upper) aborted a run on Instance14; the neighbourhoods are
    // small enough that preprocessing also costs more than it saves.
    Cbc_setParameter(cbc.get(), "preprocess", "off");
    Cbc_setMaximumNodes(cbc.get(), limits.maxNodes);
    Cbc_setMaximumSeconds(cbc.get(), limits.maxSeconds);
    Cbc_setMIPStartI(cbc.get(), static_cast<int>(startColumns.size()), startColumns.data(),
                     startValues.data());
    Cbc_solve(cbc.get());
    outcome.iterations = Cbc_getIterationCount(cbc.get());
    outcome.nodes = Cbc_getNodeCount(cbc.get());
    const double* solution = Cbc_bestSolution(cbc.get());
    if (solution == nullptr) {
        outcome.status = ExactOutcome::Status::NoSolution;
        return outcome;
    }
    outcome.status = ExactOutcome::Status::Solved;
    outcome.provenOptimal = Cbc_isProvenOptimal(cbc.get()) != 0;
    const int days = model.days();
    for (int e = 0; e < model.employeeCount(); ++e)
        for (int d = 0; d < days; ++d)
            if (free[static_cast<std::size_t>(e) * days + d] != 0 &&
                model.pinned(e, d) == Model::kNotPinned)
                roster.set(e, d, kOff);
    for (int c = 0; c < columns; ++c) {
        const MipColumn& column = program.columns[c];
        if (column.employee >= 0 && solution[c] > 0.5)
            roster.set(column.employee, column.day, column.type);
    }
    return outcome;
}

#endif

} // namespace shiftlane::solver
