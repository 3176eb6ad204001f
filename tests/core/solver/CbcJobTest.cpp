#include "CoverJob.h"

#include "solver/CbcJob.h"

#include <catch2/catch.hpp>

using namespace shiftlane::solver;

namespace {

CbcJob smallJob()
{
    CbcJob job = test::coverJob();
    job.maxNodes = 50;
    job.maxSeconds = 3.5;
    job.wallClockSeconds = true;
    return job;
}

} // namespace

TEST_CASE("A job and an answer come back as they were sent", "[cbc]")
{
    const CbcJob job = smallJob();
    const std::optional<CbcJob> back = decodeJob(encodeJob(job));
    REQUIRE(back);
    CHECK(back->columns == 3);
    CHECK(back->rows == 2);
    CHECK(back->columnStart == job.columnStart);
    CHECK(back->rowIndex == job.rowIndex);
    CHECK(back->objective == job.objective);
    CHECK(back->rowUpper == job.rowUpper);
    CHECK(back->startValues == job.startValues);
    CHECK(back->maxNodes == 50);
    CHECK(back->maxSeconds == 3.5);
    CHECK(back->wallClockSeconds);

    CbcAnswer answer;
    answer.provenOptimal = true;
    answer.iterations = 12;
    answer.nodes = 3;
    answer.solution = {0, 1, 0};
    const std::optional<CbcAnswer> answered = decodeAnswer(encodeAnswer(answer), 3);
    REQUIRE(answered);
    CHECK(answered->provenOptimal);
    CHECK(answered->iterations == 12);
    CHECK(answered->solution == answer.solution);
    // No solution is an answer too.
    const std::optional<CbcAnswer> none = decodeAnswer(encodeAnswer(CbcAnswer{}), 3);
    REQUIRE(none);
    CHECK(none->solution.empty());
}

TEST_CASE("A cut short, padded or inconsistent job or answer is refused", "[cbc]")
{
    const std::string bytes = encodeJob(smallJob());
    for (std::size_t length = 0; length < bytes.size(); ++length)
        CHECK_FALSE(decodeJob(std::string_view(bytes).substr(0, length)));
    CHECK_FALSE(decodeJob(bytes + '\0'));

    CbcJob rowOutOfRange = smallJob();
    rowOutOfRange.rowIndex[3] = 2;
    CHECK_FALSE(decodeJob(encodeJob(rowOutOfRange)));
    CbcJob offsetsBackwards = smallJob();
    offsetsBackwards.columnStart = {0, 3, 1, 4};
    CHECK_FALSE(decodeJob(encodeJob(offsetsBackwards)));
    CbcJob startMissing = smallJob();
    startMissing.startValues.pop_back();
    CHECK_FALSE(decodeJob(encodeJob(startMissing)));

    CbcAnswer answer;
    answer.solution = {0, 1, 0};
    const std::string answerBytes = encodeAnswer(answer);
    CHECK_FALSE(decodeAnswer(answerBytes, 4)); // not one value per column
    CHECK_FALSE(decodeAnswer(answerBytes.substr(0, answerBytes.size() - 1), 3));
    // A job is not an answer.
    CHECK_FALSE(decodeAnswer(bytes, 3));
}
