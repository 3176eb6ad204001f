#pragma once

#include "schedule/ScheduleSnapshot.h"
#include "time/AvailabilityExpander.h"

#include <QHash>
#include <QList>
#include <QString>

#include <map>

namespace shiftlane {

// A hard rule a placed shift breaks, in words a team lead reads in a tooltip.
struct RuleBreak
{
    enum class Rule
    {
        MissingSkill,
        TimeOff,
        Unavailable,
        Overlap,
        Rest,
        ShiftsPerDay,
        WeeklyHours,
        ConsecutiveDays,
    };
    Rule rule;
    QString message;
    friend bool operator==(const RuleBreak&, const RuleBreak&) = default;
};

// Checks assigned shifts against their freelancer's skills, availability, time off and
// contract limits. Works on the snapshot's shifts; check() also answers for a shift that
// is not placed yet (the drop target of a drag), as if it replaced the shift of its id.
class RuleChecker
{
public:
    explicit RuleChecker(const ScheduleSnapshot& snapshot);

    QList<RuleBreak> check(const Shift& candidate) const;
    // Call after the snapshot's shifts changed (an edit); availability stays cached.
    void shiftsChanged();
    // A freelancer's availability around the snapshot's window, expanded once.
    const QList<AvailabilitySpan>& spansOf(Id freelancerId) const;
    // Every assigned shift of the snapshot's period that breaks a rule.
    QHash<Id, QList<RuleBreak>> checkAll() const;

private:
    QList<const Shift*> shiftsOf(Id freelancerId, const Shift& replacing) const;
    const ZoneSchedule& zonesOf(const Freelancer& freelancer) const;
    QString localRange(const WallClock& clock, const UtcInterval& span) const;
    QString planningTime(qint64 utc) const;

    const ScheduleSnapshot& m_snapshot;
    PlanningCalendar m_calendar;
    QHash<Id, const Freelancer*> m_freelancers;
    QHash<Id, QList<const Shift*>> m_byFreelancer; // sorted by start
    mutable std::map<Id, QList<AvailabilitySpan>> m_spans;
    mutable std::map<Id, ZoneSchedule> m_zones;
    QHash<Id, QDate> m_dayOf; // planning day each shift starts on
};

} // namespace shiftlane
