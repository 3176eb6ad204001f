#include "CoverJob.h"

#include "solver/CbcWorker.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>
#include <vector>

using namespace shiftlane::solver;
using shiftlane::solver::test::coverJob;

namespace {

// A stand-in worker: a shell script with the given body.
std::string scriptWorker(const QTemporaryDir& dir, const char* body)
{
    const QString path = dir.filePath(QStringLiteral("worker.sh"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\n");
    file.write(body);
    file.close();
    REQUIRE(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                QFileDevice::ExeOwner));
    return path.toStdString();
}

} // namespace

TEST_CASE("The cbc worker solves a job in its own process", "[cbc]")
{
    if (defaultCbcWorker().empty()) {
        WARN("built without cbc's library: no worker to check");
        return;
    }
    const std::optional<CbcAnswer> answer = solveInWorker(defaultCbcWorker(), coverJob(), 30);
    REQUIRE(answer);
    CHECK(answer->provenOptimal);
    CHECK(answer->solution == std::vector<double>{0, 1, 0});
}

TEST_CASE("One worker process serves job after job", "[cbc]")
{
    if (defaultCbcWorker().empty()) {
        WARN("built without cbc's library: no worker to check");
        return;
    }
    CbcWorkerProcess worker(defaultCbcWorker());
    CbcJob job = coverJob();
    for (int round = 0; round < 3; ++round) {
        const std::optional<CbcAnswer> answer = worker.solve(job, 30);
        REQUIRE(answer);
        CHECK(answer->solution == std::vector<double>{0, 1, 0});
    }
    // Now x1 costs more than x0 and x2 together.
    job.objective = {1, 5, 1};
    const std::optional<CbcAnswer> answer = worker.solve(job, 30);
    REQUIRE(answer);
    CHECK(answer->solution == std::vector<double>{1, 0, 1});
}

TEST_CASE("Workers started from several threads while others allocate all answer", "[cbc]")
{
    if (defaultCbcWorker().empty()) {
        WARN("built without cbc's library: no worker to check");
        return;
    }
    // With fork() and no exec(), a child could inherit the allocator's lock from a thread busy
    // in malloc at that instant and wait forever: the search's two threads and the GUI thread
    // are such threads. This run would then hang (and hit the test's timeout).
    std::atomic<bool> stop{false};
    std::thread allocator([&stop] {
        while (!stop.load())
            std::make_unique<std::vector<int>>(1000, 7).reset();
    });
    std::atomic<int> answered{0};
    std::vector<std::thread> searches;
    for (int t = 0; t < 2; ++t)
        searches.emplace_back([&answered] {
            for (int i = 0; i < 10; ++i)
                if (const auto answer = solveInWorker(defaultCbcWorker(), coverJob(), 30);
                    answer && answer->solution == std::vector<double>{0, 1, 0})
                    ++answered;
        });
    for (std::thread& search : searches)
        search.join();
    stop = true;
    allocator.join();
    CHECK(answered.load() == 20);
}

TEST_CASE("A worker that is missing, dies, answers nonsense or hangs gives no answer", "[cbc]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    CHECK_FALSE(solveInWorker("", coverJob(), 5));
    CHECK_FALSE(
        solveInWorker(dir.filePath(QStringLiteral("no-such-worker")).toStdString(), coverJob(), 5));
    CHECK_FALSE(solveInWorker(scriptWorker(dir, "kill -ABRT $$\n"), coverJob(), 5));
    CHECK_FALSE(solveInWorker(scriptWorker(dir, "head -c 8 >/dev/null; echo nonsense-nonsense\n"),
                              coverJob(), 5));
    // One that reads nothing and never answers is killed at the deadline.
    const auto before = std::chrono::steady_clock::now();
    CHECK_FALSE(solveInWorker(scriptWorker(dir, "exec sleep 60\n"), coverJob(), 0.5));
    CHECK(std::chrono::steady_clock::now() - before < std::chrono::seconds(30));
}

TEST_CASE("A worker is killed as soon as the caller abandons the job", "[cbc]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    CbcWorkerProcess worker(scriptWorker(dir, "exec sleep 60\n"));
    std::atomic<int> asked{0};
    const auto before = std::chrono::steady_clock::now();
    // The deadline alone would let it run for a minute; the third question gives up.
    const auto answer = worker.solve(coverJob(), 60, [&] { return ++asked >= 3; });
    CHECK_FALSE(answer);
    CHECK(asked == 3);
    CHECK(std::chrono::steady_clock::now() - before < std::chrono::seconds(30));
    // The next job starts a fresh worker and is asked again from the beginning.
    asked = 0;
    CHECK_FALSE(worker.solve(coverJob(), 60, [&] { return ++asked >= 1; }));
    CHECK(asked == 1);
}
