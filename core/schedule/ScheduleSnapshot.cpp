#include "schedule/ScheduleSnapshot.h"

namespace shiftlane {

ScheduleSnapshot ScheduleSnapshot::load(Database& db, const PlanningPeriod& period)
{
    ScheduleSnapshot snapshot;
    snapshot.period = period;
    snapshot.settings = SettingsRepository(db).load();
    snapshot.skills = SkillRepository(db).all();
    snapshot.freelancers = FreelancerRepository(db).all();
    snapshot.templates = TemplateRepository(db).all();
    snapshot.availability = AvailabilityRepository(db).all();
    snapshot.demand = DemandRepository(db).between(period.first, period.last);
    snapshot.shifts = ScheduleRepository(db).overlapping(snapshot.window());
    snapshot.history = ScheduleRepository(db).overlapping(
        snapshot.calendar().days(period.first.addDays(-HistoryDays), period.first.addDays(-1)));
    return snapshot;
}

UtcInterval ScheduleSnapshot::window() const
{
    return calendar().days(period.first.addDays(-1), period.last.addDays(1));
}

const Freelancer* ScheduleSnapshot::freelancer(Id id) const
{
    for (const Freelancer& f : freelancers)
        if (f.id == id)
            return &f;
    return nullptr;
}

const Skill* ScheduleSnapshot::skill(Id id) const
{
    for (const Skill& s : skills)
        if (s.id == id)
            return &s;
    return nullptr;
}

const ShiftTemplate* ScheduleSnapshot::shiftTemplate(Id id) const
{
    for (const ShiftTemplate& t : templates)
        if (t.id == id)
            return &t;
    return nullptr;
}

} // namespace shiftlane
