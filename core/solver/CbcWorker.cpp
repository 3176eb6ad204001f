#include "solver/CbcWorker.h"

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

bool waitFor(int fd, short events, Clock::time_point deadline)
{
    for (;;) {
        const int wait = millisecondsLeft(deadline);
        if (wait == 0)
            return false;
        pollfd entry{fd, events, 0};
        const int ready = ::poll(&entry, 1, wait);
        if (ready > 0)
            return true;
        if (ready < 0 && errno != EINTR)
            return false;
    }
}

bool sendAll(int fd, const std::string& bytes, Clock::time_point deadline)
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
        if (sent < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) && waitFor(fd, POLLOUT, deadline))
            continue;
        return false;
    }
    return true;
}

// Everything up to the worker's end of the stream.
bool receiveAll(int fd, std::string& bytes, Clock::time_point deadline)
{
    char buffer[1 << 16];
    for (;;) {
        const ssize_t got = ::recv(fd, buffer, sizeof buffer, 0);
        if (got > 0) {
            bytes.append(buffer, static_cast<std::size_t>(got));
            continue;
        }
        if (got == 0)
            return true;
        if (errno == EINTR)
            continue;
        if ((errno == EAGAIN || errno == EWOULDBLOCK) && waitFor(fd, POLLIN, deadline))
            continue;
        return false;
    }
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

std::optional<CbcAnswer> solveInWorker(const std::string& worker, const CbcJob& job,
                                       double deadlineSeconds)
{
    if (worker.empty())
        return std::nullopt;
    // One socket both ways; close-on-exec, so that a worker started meanwhile by another
    // thread does not hold this one's end open.
    int ends[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, ends) != 0)
        return std::nullopt;
    const int ours = ends[0];
    const int theirs = ends[1];
    SpawnActions actions;
    ::posix_spawn_file_actions_adddup2(actions.get(), theirs, STDIN_FILENO);
    ::posix_spawn_file_actions_adddup2(actions.get(), theirs, STDOUT_FILENO);
    std::string program = worker;
    char* arguments[] = {program.data(), nullptr};
    pid_t child = 0;
    const int spawned =
        ::posix_spawn(&child, worker.c_str(), actions.get(), nullptr, arguments, environ);
    ::close(theirs);
    if (spawned != 0) {
        ::close(ours);
        return std::nullopt;
    }

    const auto deadline = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                             std::chrono::duration<double>(deadlineSeconds));
    std::string reply;
    const bool exchanged = ::fcntl(ours, F_SETFL, O_NONBLOCK) == 0 &&
                           sendAll(ours, encodeJob(job), deadline) &&
                           ::shutdown(ours, SHUT_WR) == 0 && receiveAll(ours, reply, deadline);
    ::close(ours);
    if (!exchanged)
        ::kill(child, SIGKILL);
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    if (!exchanged || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return std::nullopt;
    return decodeAnswer(reply, job.columns);
}

} // namespace shiftlane::solver
