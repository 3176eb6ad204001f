// shiftlane-cbc-worker: solves one exact neighbourhood of the search with cbc and exits.
// The solver starts one per neighbourhood (see core/solver/CbcWorker.h); it is not meant to be
// run by hand. Standard input: one CbcJob; standard output: one CbcAnswer.

#include "solver/CbcJob.h"
#include "solver/CbcRun.h"

#include <cerrno>
#include <cstdio>
#include <string>

#include <sys/resource.h>
#include <unistd.h>

namespace {

bool readToEnd(int fd, std::string& bytes)
{
    char buffer[1 << 16];
    for (;;) {
        const ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got > 0)
            bytes.append(buffer, static_cast<std::size_t>(got));
        else if (got == 0)
            return true;
        else if (errno != EINTR)
            return false;
    }
}

bool writeAll(int fd, const std::string& bytes)
{
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t written = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (written > 0)
            done += static_cast<std::size_t>(written);
        else if (written < 0 && errno != EINTR)
            return false;
    }
    return true;
}

} // namespace

int main()
{
    // An abort in Clp is an expected way for this process to end: no core file for it.
    const rlimit noCore{0, 0};
    ::setrlimit(RLIMIT_CORE, &noCore);
    std::string input;
    if (!readToEnd(STDIN_FILENO, input)) {
        std::perror("shiftlane-cbc-worker: reading the job");
        return 2;
    }
    const std::optional<shiftlane::solver::CbcJob> job = shiftlane::solver::decodeJob(input);
    if (!job) {
        std::fprintf(stderr,
                     "shiftlane-cbc-worker: standard input (%zu bytes) is not one whole "
                     "job; this program is started by Shiftlane's solver\n",
                     input.size());
        return 2;
    }
    if (!writeAll(STDOUT_FILENO, encodeAnswer(shiftlane::solver::runCbc(*job)))) {
        std::perror("shiftlane-cbc-worker: writing the answer");
        return 1;
    }
    return 0;
}
