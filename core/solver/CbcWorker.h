#pragma once

#include "solver/CbcJob.h"

#include <optional>
#include <string>

namespace shiftlane::solver {

// The executable that solves exact neighbourhoods (app/cbc-worker): $SHIFTLANE_CBC_WORKER when
// set (empty turns exact neighbourhoods off), else the first that exists of: beside this
// program, in its installed libexec folder, in the build tree. Empty when there is none.
// Looked up once per process.
const std::string& defaultCbcWorker();

// Runs `job` in a new process of `worker`: the job goes to its standard input, the answer comes
// back on its standard output. A fresh process because cbc may abort (see CbcRun.h), and
// fork() without exec() is no way out in a process with other threads: the child could inherit
// a lock (malloc's, the sanitizer's) that a thread held at that instant and wait forever.
// Empty when the worker cannot start, dies, answers nonsense, or has not answered within
// `deadlineSeconds` (then it is killed).
std::optional<CbcAnswer> solveInWorker(const std::string& worker, const CbcJob& job,
                                       double deadlineSeconds);

} // namespace shiftlane::solver
