// shiftlane-cbc-worker: solves the exact neighbourhoods of one search thread with cbc.
// The solver starts one per search thread (see core/solver/CbcWorker.h); it is not meant to be
// run by hand. Standard input: CbcJobs; standard output: a CbcAnswer for each.

#include "solver/CbcJob.h"
#include "solver/CbcRun.h"

#include <cerrno>
#include <cstdio>
#include <string>

#include <sys/resource.h>
#include <unistd.h>

namespace {

// Reads exactly `size` bytes. Returns 0 on success, 1 at the end of the stream before any byte
// (the solver is done with this worker), -1 on an error or a stream cut short.
int readExactly(int fd, char* bytes, std::size_t size)
{
    std::size_t done = 0;
    while (done < size) {
        const ssize_t got = ::read(fd, bytes + done, size - done);
        if (got > 0)
            done += static_cast<std::size_t>(got);
        else if (got == 0)
            return done == 0 ? 1 : -1;
        else if (errno != EINTR)
            return -1;
    }
    return 0;
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
    using namespace shiftlane::solver;
    // An abort in Clp is an expected way for this process to end: no core file for it.
    const rlimit noCore{0, 0};
    ::setrlimit(RLIMIT_CORE, &noCore);
    // One job after another, each behind its length, until the solver closes the stream.
    for (;;) {
        std::uint64_t length = 0;
        const int header =
            readExactly(STDIN_FILENO, reinterpret_cast<char*>(&length), sizeof length);
        if (header == 1)
            return 0;
        std::string input;
        if (header == 0 && length <= kMostMessageBytes) {
            input.resize(static_cast<std::size_t>(length));
            if (readExactly(STDIN_FILENO, input.data(), input.size()) != 0)
                input.clear();
        }
        const std::optional<CbcJob> job = decodeJob(input);
        if (!job) {
            std::fprintf(stderr, "shiftlane-cbc-worker: standard input does not hold one whole "
                                 "job; this program is started by Shiftlane's solver\n");
            return 2;
        }
        if (!writeAll(STDOUT_FILENO, frameMessage(encodeAnswer(runCbc(*job))))) {
            std::perror("shiftlane-cbc-worker: writing the answer");
            return 1;
        }
    }
}
