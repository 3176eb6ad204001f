#include "solver/ExactNeighbourhood.h"

#include "solver/MipProgram.h"

#ifdef SHIFTLANE_HAVE_CBC
#include <Cbc_C_Interface.h>

#include <cerrno>
#include <cstdint>
#include <memory>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
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

struct CbcDeleter
{
    void operator()(Cbc_Model* model) const { Cbc_deleteModel(model); }
};

// What a solve in the child process sends back, ahead of the solution's values.
struct ChildReport
{
    std::int32_t hasSolution = 0;
    std::int32_t provenOptimal = 0;
    std::int64_t iterations = 0;
    std::int64_t nodes = 0;
};

bool writeAll(int fd, const void* data, std::size_t size)
{
    const char* bytes = static_cast<const char*>(data);
    while (size > 0) {
        const ssize_t written = ::write(fd, bytes, size);
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return false;
        bytes += written;
        size -= static_cast<std::size_t>(written);
    }
    return true;
}

// Reads up to `size` bytes; fewer only at the end of the stream (the child stopped early).
std::size_t readAll(int fd, void* data, std::size_t size)
{
    char* bytes = static_cast<char*>(data);
    std::size_t done = 0;
    while (done < size) {
        const ssize_t got = ::read(fd, bytes + done, size - done);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break;
        done += static_cast<std::size_t>(got);
    }
    return done;
}

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

    // cbc runs in a child process. Debian's Clp keeps its assertions, and one of them
    // (ClpNonLinearCost, lower <= upper) fires now and then on a sound program: in-process it
    // would abort the whole application, search and window with it. A child that dies only
    // costs this neighbourhood. cbc also keeps state in statics, which children do not share.
    auto solveInChild = [&](int fd) {
        const rlimit noCore{0, 0};
        ::setrlimit(RLIMIT_CORE, &noCore);
        const std::unique_ptr<Cbc_Model, CbcDeleter> cbc(Cbc_newModel());
        Cbc_loadProblem(cbc.get(), columns, rows, start.data(), index.data(), value.data(),
                        columnLower.data(), columnUpper.data(), objective.data(), rowLower.data(),
                        rowUpper.data());
        for (int c : startColumns)
            Cbc_setInteger(cbc.get(), c);
        Cbc_setLogLevel(cbc.get(), 0);
        // With cbc's preprocessing that assertion fired far more often (on Instance14), and
        // the neighbourhoods are small enough that preprocessing costs more than it saves.
        Cbc_setParameter(cbc.get(), "preprocess", "off");
        Cbc_setMaximumNodes(cbc.get(), limits.maxNodes);
        Cbc_setMaximumSeconds(cbc.get(), limits.maxSeconds);
        Cbc_setMIPStartI(cbc.get(), static_cast<int>(startColumns.size()), startColumns.data(),
                         startValues.data());
        Cbc_solve(cbc.get());
        ChildReport report;
        report.iterations = Cbc_getIterationCount(cbc.get());
        report.nodes = Cbc_getNodeCount(cbc.get());
        const double* solution = Cbc_bestSolution(cbc.get());
        report.hasSolution = solution != nullptr ? 1 : 0;
        report.provenOptimal = Cbc_isProvenOptimal(cbc.get());
        const bool sent =
            writeAll(fd, &report, sizeof report) &&
            (solution == nullptr ||
             writeAll(fd, solution, sizeof(double) * static_cast<std::size_t>(columns)));
        return sent ? 0 : 1;
    };

    // A second search thread forking meanwhile hands its child a copy of this pipe's write
    // end too; the read below then waits for that child as well, at most its maxSeconds.
    int pipeEnds[2];
    if (::pipe2(pipeEnds, O_CLOEXEC) != 0) {
        outcome.status = ExactOutcome::Status::Failed;
        return outcome;
    }
    const pid_t child = ::fork();
    if (child == 0) {
        ::close(pipeEnds[0]);
        // _exit: the parent's atexit handlers and buffered output are the parent's.
        ::_exit(solveInChild(pipeEnds[1]));
    }
    ::close(pipeEnds[1]);
    if (child < 0) {
        ::close(pipeEnds[0]);
        outcome.status = ExactOutcome::Status::Failed;
        return outcome;
    }
    ChildReport report;
    std::vector<double> solution;
    bool complete = readAll(pipeEnds[0], &report, sizeof report) == sizeof report;
    if (complete && report.hasSolution != 0) {
        solution.resize(static_cast<std::size_t>(columns));
        const std::size_t bytes = sizeof(double) * solution.size();
        complete = readAll(pipeEnds[0], solution.data(), bytes) == bytes;
    }
    ::close(pipeEnds[0]);
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    if (!complete || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        outcome.status = ExactOutcome::Status::Failed;
        return outcome;
    }
    outcome.iterations = report.iterations;
    outcome.nodes = report.nodes;
    if (report.hasSolution == 0) {
        outcome.status = ExactOutcome::Status::NoSolution;
        return outcome;
    }
    outcome.status = ExactOutcome::Status::Solved;
    outcome.provenOptimal = report.provenOptimal != 0;
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
