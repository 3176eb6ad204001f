#pragma once

#include "domain/Demand.h"
#include "domain/Freelancer.h"
#include "domain/PlanningSettings.h"
#include "domain/Shift.h"
#include "domain/ShiftTemplate.h"
#include "domain/Skill.h"
#include "storage/Repositories.h"
#include "time/PlanningCalendar.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace shiftlane {

// Planning days [first, last] of the team's planning zone.
struct PlanningPeriod
{
    QDate first;
    QDate last;

    int days() const { return int(first.daysTo(last)) + 1; }
    bool contains(QDate day) const { return day >= first && day <= last; }
    bool isValid() const { return first.isValid() && last.isValid() && first <= last; }
};

// Everything the rule checker, the solver bridge and the views need about one period,
// read in one go. Shifts include a day either side: rest and overlap rules look there.
struct ScheduleSnapshot
{
    PlanningSettings settings;
    PlanningPeriod period;
    QList<Skill> skills;
    QList<Freelancer> freelancers;
    QList<ShiftTemplate> templates;
    QHash<Id, FreelancerAvailability> availability;
    QList<DemandInterval> demand;
    QList<Shift> shifts;
    // Shifts of the HistoryDays before the period, for runs of working days that carry in.
    QList<Shift> history;
    static constexpr int HistoryDays = 14;

    static ScheduleSnapshot load(Database& db, const PlanningPeriod& period);

    PlanningCalendar calendar() const
    {
        return PlanningCalendar(QTimeZone(settings.planningTimeZone));
    }
    // The span whose shifts the snapshot holds: the period and a day either side.
    UtcInterval window() const;
    const Freelancer* freelancer(Id id) const;
    const Skill* skill(Id id) const;
    const ShiftTemplate* shiftTemplate(Id id) const;
};

} // namespace shiftlane
