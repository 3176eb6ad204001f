#pragma once

#include "domain/Availability.h"
#include "time/UtcInterval.h"
#include "time/WallClock.h"
#include "time/ZoneSchedule.h"

#include <QList>

namespace shiftlane {

struct AvailabilitySpan
{
    UtcInterval interval;
    AvailabilityKind kind = AvailabilityKind::Available;
    friend bool operator==(const AvailabilitySpan&, const AvailabilitySpan&) = default;
};

enum class Fit
{
    Unavailable, // some part of the span is outside every window, or on time off
    Available,   // inside windows, not all of it preferred
    Preferred,   // entirely inside preferred windows
};

// What one freelancer said, turned into UTC spans for concrete dates. Windows are
// wall-clock times in the freelancer's zone and keep that wall-clock meaning on every
// date, whatever the UTC offset that week, and in the zone in force on that date (see
// ZoneSchedule: travel moves them with the person). Time off removes the whole local day; one-off
// windows add to the weekly pattern. Adjacent and overlapping windows merge, preferred
// winning over available.
class AvailabilityExpander
{
public:
    AvailabilityExpander(ZoneSchedule zones, QList<WeeklyWindow> weekly, QList<TimeOff> timeOff,
                         QList<OneOffWindow> oneOff);
    // Someone who stays at home in `zone`.
    AvailabilityExpander(const QTimeZone& zone, QList<WeeklyWindow> weekly, QList<TimeOff> timeOff,
                         QList<OneOffWindow> oneOff);
    // Everything a freelancer said, travel included: what every view and the solver use.
    AvailabilityExpander(const Freelancer& freelancer, const FreelancerAvailability& availability);

    // Sorted, non-overlapping spans meeting [range.start, range.end), clipped to it.
    QList<AvailabilitySpan> expand(const UtcInterval& range) const;

    // How well a span fits into the expanded spans (which must cover the span).
    static Fit fit(const QList<AvailabilitySpan>& spans, const UtcInterval& span);

    bool isOnTimeOff(QDate localDay) const;
    const ZoneSchedule& zones() const { return m_zones; }

private:
    ZoneSchedule m_zones;
    QList<WeeklyWindow> m_weekly;
    QList<TimeOff> m_timeOff;
    QList<OneOffWindow> m_oneOff;
};

} // namespace shiftlane
