#pragma once

#include "solver/CbcJob.h"

#include <functional>
#include <optional>
#include <string>

namespace shiftlane::solver {

// The executable that solves exact neighbourhoods (app/cbc-worker): $SHIFTLANE_CBC_WORKER when
// set (empty turns exact neighbourhoods off), else the first that exists of: beside this
// program, in its installed libexec folder, in the build tree. Empty when there is none.
// Looked up once per process.
const std::string& defaultCbcWorker();

// A worker process of `executable`, started at the first job and kept for the next ones (a
// start costs tens of milliseconds: more than many a neighbourhood's solve). Jobs go to its
// standard input, answers come back on its standard output. A process of its own because cbc
// may abort (see CbcRun.h), and a fresh program because fork() without exec() is no way out
// in a process with other threads: the child could inherit a lock (malloc's, the
// sanitizer's) that a thread held at that instant and wait forever. One per search thread.
class CbcWorkerProcess
{
public:
    explicit CbcWorkerProcess(std::string executable);
    ~CbcWorkerProcess();
    CbcWorkerProcess(const CbcWorkerProcess&) = delete;
    CbcWorkerProcess& operator=(const CbcWorkerProcess&) = delete;

    const std::string& executable() const { return executable_; }
    // Empty when the worker cannot start, dies, answers nonsense, or has not answered within
    // `deadlineSeconds` (then it is killed); the next job starts a new one. `abandon`, when
    // given, is asked about ten times a second while the worker solves: once it returns true
    // the worker is killed and the answer is empty (a cancel need not wait for the solve).
    std::optional<CbcAnswer> solve(const CbcJob& job, double deadlineSeconds,
                                   const std::function<bool()>& abandon = {});

private:
    bool start();
    void stop();
    static void reap(int pid, bool kill);

    std::string executable_;
    int pid_ = -1;
    int socket_ = -1;
};

// One job in a worker process of its own, ended after it.
std::optional<CbcAnswer> solveInWorker(const std::string& worker, const CbcJob& job,
                                       double deadlineSeconds);

} // namespace shiftlane::solver
