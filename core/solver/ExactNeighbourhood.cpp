#include "solver/ExactNeighbourhood.h"

#include "solver/MipProgram.h"

namespace shiftlane::solver {

bool exactNeighbourhoodsAvailable()
{
    return !defaultCbcWorker().empty();
}

ExactOutcome solveNeighbourhood(const Model& model, const std::vector<char>& free,
                                const ExactLimits& limits, CbcWorkerProcess& worker, Roster& roster,
                                const std::function<bool()>& abandon)
{
    ExactOutcome outcome;
    if (worker.executable().empty())
        return outcome;
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
    CbcJob job;
    job.columns = columns;
    job.rows = rows;
    job.maxNodes = limits.maxNodes;
    job.maxSeconds = limits.maxSeconds;
    job.wallClockSeconds = limits.wallClockSeconds;
    std::vector<std::int64_t>& start = job.columnStart;
    start.assign(static_cast<std::size_t>(columns) + 1, 0);
    for (const MipRow& row : program.rows)
        for (const MipTerm& term : row.terms)
            ++start[static_cast<std::size_t>(term.column) + 1];
    for (int c = 0; c < columns; ++c)
        start[c + 1] += start[c];
    job.rowIndex.resize(static_cast<std::size_t>(start[columns]));
    job.value.resize(job.rowIndex.size());
    std::vector<std::int64_t> fill(start.begin(), start.end() - 1);
    job.rowLower.resize(rows);
    job.rowUpper.resize(rows);
    for (int r = 0; r < rows; ++r) {
        const MipRow& row = program.rows[r];
        for (const MipTerm& term : row.terms) {
            const auto at = static_cast<std::size_t>(fill[term.column]++);
            job.rowIndex[at] = r;
            job.value[at] = static_cast<double>(term.coefficient);
        }
        const auto rhs = static_cast<double>(row.rhs);
        job.rowLower[r] = row.sense == RowSense::AtMost ? -1e30 : rhs;
        job.rowUpper[r] = row.sense == RowSense::AtLeast ? 1e30 : rhs;
    }
    job.columnLower.resize(columns);
    job.columnUpper.resize(columns);
    job.objective.resize(columns);
    for (int c = 0; c < columns; ++c) {
        const MipColumn& column = program.columns[c];
        job.columnLower[c] = column.lower;
        job.columnUpper[c] = column.upper;
        job.objective[c] = column.objective;
        if (column.integer) {
            job.integerColumns.push_back(c);
            job.startValues.push_back(column.start);
        }
    }

    const std::optional<CbcAnswer> answer =
        worker.solve(job, limits.maxSeconds + limits.graceSeconds, abandon);
    if (!answer) {
        outcome.status =
            abandon && abandon() ? ExactOutcome::Status::Abandoned : ExactOutcome::Status::Failed;
        return outcome;
    }
    outcome.iterations = answer->iterations;
    outcome.nodes = answer->nodes;
    if (answer->solution.empty()) {
        outcome.status = ExactOutcome::Status::NoSolution;
        return outcome;
    }
    const std::vector<double>& solution = answer->solution;
    outcome.provenOptimal = answer->provenOptimal;
    outcome.status = ExactOutcome::Status::Solved;
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

} // namespace shiftlane::solver
