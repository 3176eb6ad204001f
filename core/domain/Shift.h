#pragma once

#include "domain/Ids.h"
#include "domain/Validation.h"

#include <QDateTime>
#include <optional>

namespace shiftlane {

// A concrete shift: when (UTC instants), which skill, who (or nobody yet), and whether
// the solver must leave it where it is.
struct Shift
{
    Id id = NoId;
    QDateTime start; // UTC
    QDateTime end;   // UTC, after start
    Id skillId = NoId;
    std::optional<Id> templateId;
    std::optional<Id> freelancerId; // empty: unassigned
    int unpaidBreakMinutes = 0;
    bool pinned = false;

    qint64 lengthMinutes() const { return start.secsTo(end) / 60; }
    qint64 paidMinutes() const { return lengthMinutes() - unpaidBreakMinutes; }
    bool isAssigned() const { return freelancerId.has_value(); }
    bool overlaps(const Shift& other) const { return start < other.end && other.start < end; }
    ValidationErrors validate() const;
    friend bool operator==(const Shift&, const Shift&) = default;
};

} // namespace shiftlane
