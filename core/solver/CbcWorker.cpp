#include "solver/CbcWorker.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <vector>

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace shiftlane::solver {

namespace {

using Clock = std::chrono::steady_clock;

constexpr const char* kWorkerName = "shiftlane-cbc-worker";

bool executable(const std::filesystem::path& path)
{
    return !path.empty() && ::access(path.c_str(), X_OK) == 0 &&
           std::filesystem::is_regular_file(path);
}

std::string findCbcWorker()
{
    if (const char* chosen = std::getenv("SHIFTLANE_CBC_WORKER"))
        return executable(chosen) ? std::string(chosen) : std::string();
    std::error_code error;
    const std::filesystem::path program = std::filesystem::read_symlink("/proc/self/exe", error);
    std::vector<std::filesystem::path> candidates;
    if (!error) {
        candidates.push_back(program.parent_path() / kWorkerName);
        candidates.push_back(program.parent_path() / SHIFTLANE_LIBEXEC_FROM_BINDIR / kWorkerName);
    }
#ifdef SHIFTLANE_CBC_WORKER_BUILT
    candidates.emplace_back(SHIFTLANE_CBC_WORKER_BUILT);
#endif
    for (const std::filesystem::path& candidate : candidates)
        if (executable(candidate))
            return candidate.lexically_normal().string();
    return {};
}

// Milliseconds left until `deadline` for poll(); 0 once it has passed.
int millisecondsLeft(Clock::time_point deadline)
{
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    return left > 0 ? static_cast<int>(std::min<long long>(left, 60'000)) : 0;
}

// How often a wait asks whether to give up (see CbcWorkerProcess::solve).
constexpr int kAbandonCheckMilliseconds = 100;

bool waitFor(int fd, short events, Clock::time_point deadline, const std::function<bool()>& abandon)
{
    for (;;) {
        if (abandon && abandon())
            return false;
        int wait = millisecondsLeft(deadline);
        if (wait == 0)
            return false;
        if (abandon)
            wait = std::min(wait, kAbandonCheckMilliseconds);
        pollfd entry{fd, events, 0};
        const int ready = ::poll(&entry, 1, wait);
        if (ready > 0)
            return true;
        if (ready < 0 && errno != EINTR)
            return false;
    }
}

bool sendAll(int fd, const std::string& bytes, Clock::time_point deadline,
             const std::function<bool()>& abandon)
{
    std::size_t done = 0;
    while (done < bytes.size()) {
        // MSG_NOSIGNAL: a worker that died early is an error here, not a SIGPIPE.
        const ssize_t sent = ::send(fd, bytes.data() + done, bytes.size() - done, MSG_NOSIGNAL);
        if (sent > 0) {
            done += static_cast<std::size_t>(sent);
            continue;
        }
        if (sent < 0 && errno == EINTR)
            continue;
        if (sent < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) &&
            waitFor(fd, POLLOUT, deadline, abandon))
            continue;
        return false;
    }
    return true;
}

// Exactly `size` bytes, unless the worker ends the stream or the deadline passes first.
bool receiveExactly(int fd, char* bytes, std::size_t size, Clock::time_point deadline,
                    const std::function<bool()>& abandon)
{
    std::size_t done = 0;
    while (done < size) {
        const ssize_t got = ::recv(fd, bytes + done, size - done, 0);
        if (got > 0) {
            done += static_cast<std::size_t>(got);
            continue;
        }
        if (got == 0)
            return false;
        if (errno == EINTR)
            continue;
        if ((errno == EAGAIN || errno == EWOULDBLOCK) && waitFor(fd, POLLIN, deadline, abandon))
            continue;
        return false;
    }
    return true;
}

class SpawnActions
{
public:
    SpawnActions() { ::posix_spawn_file_actions_init(&actions_); }
    ~SpawnActions() { ::posix_spawn_file_actions_destroy(&actions_); }
    SpawnActions(const SpawnActions&) = delete;
    SpawnActions& operator=(const SpawnActions&) = delete;
    posix_spawn_file_actions_t* get() { return &actions_; }

private:
    posix_spawn_file_actions_t actions_{};
};

} // namespace

const std::string& defaultCbcWorker()
{
    static const std::string worker = findCbcWorker();
    return worker;
}

CbcWorkerProcess::CbcWorkerProcess(std::string executable) : executable_(std::move(executable)) {}

CbcWorkerProcess::~CbcWorkerProcess()
{
    stop();
}

bool CbcWorkerProcess::start()
{
    // One socket both ways; close-on-exec, so that a worker started meanwhile by another
    // thread does not hold this one's end open.
    int ends[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, ends) != 0)
        return false;
    const int theirs = ends[1];
    SpawnActions actions;
    ::posix_spawn_file_actions_adddup2(actions.get(), theirs, STDIN_FILENO);
    ::posix_spawn_file_actions_adddup2(actions.get(), theirs, STDOUT_FILENO);
    std::string program = executable_;
    char* arguments[] = {program.data(), nullptr};
    pid_t child = 0;
    const int spawned =
        ::posix_spawn(&child, executable_.c_str(), actions.get(), nullptr, arguments, environ);
    ::close(theirs);
    if (spawned != 0 || ::fcntl(ends[0], F_SETFL, O_NONBLOCK) != 0) {
        ::close(ends[0]);
        if (spawned == 0)
            reap(child, true);
        return false;
    }
    socket_ = ends[0];
    pid_ = child;
    return true;
}

void CbcWorkerProcess::reap(int pid, bool kill)
{
    // Killed rather than asked: a worker holds nothing worth saving, and one that is stuck
    // would never read a request to stop.
    if (kill)
        ::kill(pid, SIGKILL);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
}

void CbcWorkerProcess::stop()
{
    if (pid_ < 0)
        return;
    ::close(socket_);
    reap(pid_, true);
    socket_ = -1;
    pid_ = -1;
}

std::optional<CbcAnswer> CbcWorkerProcess::solve(const CbcJob& job, double deadlineSeconds,
                                                 const std::function<bool()>& abandon)
{
    if (executable_.empty() || (pid_ < 0 && !start()))
        return std::nullopt;
    const auto deadline = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                             std::chrono::duration<double>(deadlineSeconds));
    const std::string request = frameMessage(encodeJob(job));
    std::uint64_t length = 0;
    std::string reply;
    bool exchanged = sendAll(socket_, request, deadline, abandon) &&
                     receiveExactly(socket_, reinterpret_cast<char*>(&length), sizeof length,
                                    deadline, abandon) &&
                     length <= kMostMessageBytes;
    if (exchanged) {
        reply.resize(static_cast<std::size_t>(length));
        exchanged = receiveExactly(socket_, reply.data(), reply.size(), deadline, abandon);
    }
    std::optional<CbcAnswer> answer;
    if (exchanged)
        answer = decodeAnswer(reply, job.columns);
    // A worker that died, hung or answered nonsense is replaced at the next job.
    if (!answer)
        stop();
    return answer;
}

std::optional<CbcAnswer> solveInWorker(const std::string& worker, const CbcJob& job,
                                       double deadlineSeconds)
{
    CbcWorkerProcess process(worker);
    return process.solve(job, deadlineSeconds);
}

} // namespace shiftlane::solver
