#pragma once

#include "domain/Availability.h"

#include <QString>

namespace shiftlane {

// A short sentence saying what changed between two versions of someone's availability,
// for the audit trail: "Weekly hours changed on Mon, Tue (32 h → 36 h a week); time off
// 1 Dec–3 Dec 2026 added (Exams); travel to Asia/Dubai 8 Jun–14 Jun 2026 removed".
// Empty when nothing changed.
QString describeAvailabilityChange(const FreelancerAvailability& before,
                                   const FreelancerAvailability& after);

} // namespace shiftlane
