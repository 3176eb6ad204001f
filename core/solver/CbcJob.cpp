#include "solver/CbcJob.h"

#include <cstring>
#include <type_traits>

namespace shiftlane::solver {

namespace {

constexpr std::uint32_t kJobTag = 0x4a43'4c53;    // "SLCJ"
constexpr std::uint32_t kAnswerTag = 0x4143'4c53; // "SLCA"

// Far above any neighbourhood; keeps a damaged size from asking for gigabytes.
constexpr std::int64_t kMostEntries = std::int64_t{1} << 28;

class Writer
{
public:
    template <typename T> void put(const T& value)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        bytes_.append(reinterpret_cast<const char*>(&value), sizeof value);
    }
    template <typename T> void putVector(const std::vector<T>& values)
    {
        put(static_cast<std::int64_t>(values.size()));
        if (!values.empty())
            bytes_.append(reinterpret_cast<const char*>(values.data()), sizeof(T) * values.size());
    }
    std::string take() { return std::move(bytes_); }

private:
    std::string bytes_;
};

class Reader
{
public:
    explicit Reader(std::string_view bytes) : rest_(bytes) {}

    template <typename T> bool get(T& value)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        if (rest_.size() < sizeof value)
            return false;
        std::memcpy(&value, rest_.data(), sizeof value);
        rest_.remove_prefix(sizeof value);
        return true;
    }
    // The vector's length comes first and must be `expected` (or anything when negative).
    template <typename T> bool getVector(std::vector<T>& values, std::int64_t expected)
    {
        std::int64_t size = 0;
        if (!get(size) || size < 0 || size > kMostEntries || (expected >= 0 && size != expected))
            return false;
        const std::size_t bytes = sizeof(T) * static_cast<std::size_t>(size);
        if (rest_.size() < bytes)
            return false;
        values.resize(static_cast<std::size_t>(size));
        if (bytes > 0) // an empty vector's data() may be null, which memcpy must not get
            std::memcpy(values.data(), rest_.data(), bytes);
        rest_.remove_prefix(bytes);
        return true;
    }
    bool atEnd() const { return rest_.empty(); }

private:
    std::string_view rest_;
};

bool offsetsAgree(const CbcJob& job)
{
    if (job.columnStart.front() != 0 ||
        job.columnStart.back() != static_cast<std::int64_t>(job.rowIndex.size()))
        return false;
    for (std::size_t c = 1; c < job.columnStart.size(); ++c)
        if (job.columnStart[c] < job.columnStart[c - 1])
            return false;
    for (std::int32_t row : job.rowIndex)
        if (row < 0 || row >= job.rows)
            return false;
    for (std::int32_t column : job.integerColumns)
        if (column < 0 || column >= job.columns)
            return false;
    return true;
}

} // namespace

std::string encodeJob(const CbcJob& job)
{
    Writer out;
    out.put(kJobTag);
    out.put(static_cast<std::int32_t>(job.columns));
    out.put(static_cast<std::int32_t>(job.rows));
    out.put(job.maxNodes);
    out.put(job.maxSeconds);
    out.put(static_cast<std::uint8_t>(job.wallClockSeconds ? 1 : 0));
    out.putVector(job.columnStart);
    out.putVector(job.rowIndex);
    out.putVector(job.value);
    out.putVector(job.columnLower);
    out.putVector(job.columnUpper);
    out.putVector(job.objective);
    out.putVector(job.rowLower);
    out.putVector(job.rowUpper);
    out.putVector(job.integerColumns);
    out.putVector(job.startValues);
    return out.take();
}

std::optional<CbcJob> decodeJob(std::string_view bytes)
{
    Reader in(bytes);
    CbcJob job;
    std::uint32_t tag = 0;
    std::int32_t columns = 0;
    std::int32_t rows = 0;
    std::uint8_t wallClock = 0;
    if (!in.get(tag) || tag != kJobTag || !in.get(columns) || !in.get(rows) ||
        !in.get(job.maxNodes) || !in.get(job.maxSeconds) || !in.get(wallClock) || columns < 0 ||
        rows < 0 || wallClock > 1)
        return std::nullopt;
    job.wallClockSeconds = wallClock == 1;
    job.columns = columns;
    job.rows = rows;
    const bool whole =
        in.getVector(job.columnStart, std::int64_t{columns} + 1) &&
        in.getVector(job.rowIndex, -1) &&
        in.getVector(job.value, static_cast<std::int64_t>(job.rowIndex.size())) &&
        in.getVector(job.columnLower, columns) && in.getVector(job.columnUpper, columns) &&
        in.getVector(job.objective, columns) && in.getVector(job.rowLower, rows) &&
        in.getVector(job.rowUpper, rows) && in.getVector(job.integerColumns, -1) &&
        in.getVector(job.startValues, static_cast<std::int64_t>(job.integerColumns.size())) &&
        in.atEnd();
    if (!whole || !offsetsAgree(job))
        return std::nullopt;
    return job;
}

std::string encodeAnswer(const CbcAnswer& answer)
{
    Writer out;
    out.put(kAnswerTag);
    out.put(static_cast<std::int32_t>(answer.provenOptimal ? 1 : 0));
    out.put(answer.iterations);
    out.put(answer.nodes);
    out.putVector(answer.solution);
    return out.take();
}

std::optional<CbcAnswer> decodeAnswer(std::string_view bytes, int columns)
{
    Reader in(bytes);
    CbcAnswer answer;
    std::uint32_t tag = 0;
    std::int32_t provenOptimal = 0;
    if (!in.get(tag) || tag != kAnswerTag || !in.get(provenOptimal) || !in.get(answer.iterations) ||
        !in.get(answer.nodes) || !in.getVector(answer.solution, -1) || !in.atEnd())
        return std::nullopt;
    if (!answer.solution.empty() && answer.solution.size() != static_cast<std::size_t>(columns))
        return std::nullopt;
    answer.provenOptimal = provenOptimal != 0;
    return answer;
}

std::string frameMessage(const std::string& message)
{
    Writer out;
    out.put(static_cast<std::uint64_t>(message.size()));
    return out.take() + message;
}

} // namespace shiftlane::solver
