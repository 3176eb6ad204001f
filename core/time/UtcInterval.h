#pragma once

#include <QtGlobal>

namespace shiftlane {

// A half-open span [start, end) of UTC instants in seconds since the epoch. The solver
// and availability checks work on these: cheap to compare, free of time-zone questions.
struct UtcInterval
{
    qint64 start = 0;
    qint64 end = 0;

    qint64 seconds() const { return end - start; }
    bool isEmpty() const { return end <= start; }
    bool contains(const UtcInterval& other) const
    {
        return start <= other.start && other.end <= end;
    }
    bool overlaps(const UtcInterval& other) const { return start < other.end && other.start < end; }
    friend bool operator==(const UtcInterval&, const UtcInterval&) = default;
};

} // namespace shiftlane
