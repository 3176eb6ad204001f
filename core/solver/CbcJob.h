#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace shiftlane::solver {

// A mixed-integer program in the column-major form cbc loads, with the limits of its solve:
// what an exact neighbourhood hands to the cbc worker process (see CbcWorker.h).
struct CbcJob
{
    int columns = 0;
    int rows = 0;
    std::vector<std::int64_t> columnStart; // columns + 1 offsets into rowIndex and value
    std::vector<std::int32_t> rowIndex;
    std::vector<double> value;
    std::vector<double> columnLower;
    std::vector<double> columnUpper;
    std::vector<double> objective;
    std::vector<double> rowLower;
    std::vector<double> rowUpper;
    std::vector<std::int32_t> integerColumns;
    std::vector<double> startValues; // a MIP start, one value per integer column
    std::int32_t maxNodes = 0;
    double maxSeconds = 0;
    // maxSeconds on the wall clock instead of the worker's CPU time (cbc's timeMode elapsed).
    bool wallClockSeconds = false;
};

// What cbc made of a job.
struct CbcAnswer
{
    bool provenOptimal = false;
    // Simplex iterations and nodes: deterministic for a given job.
    std::int64_t iterations = 0;
    std::int64_t nodes = 0;
    std::vector<double> solution; // one value per column; empty when cbc found none
};

// Both sides of the pipe are the same build on the same machine: the bytes are the values as
// they lie in memory, behind a tag that tells a job from an answer and either from noise.
std::string encodeJob(const CbcJob& job);
// Empty unless `bytes` is exactly one whole job whose sizes and offsets agree with each other.
std::optional<CbcJob> decodeJob(std::string_view bytes);
std::string encodeAnswer(const CbcAnswer& answer);
// Empty unless `bytes` is exactly one whole answer with no solution or one of `columns` values.
std::optional<CbcAnswer> decodeAnswer(std::string_view bytes, int columns);

// On the worker's pipe each message goes behind its length (8 bytes, as they lie in memory).
std::string frameMessage(const std::string& message);
// The most a frame's length may say: far above any neighbourhood's job or answer.
constexpr std::uint64_t kMostMessageBytes = std::uint64_t{1} << 32;

} // namespace shiftlane::solver
