#include "io/ScheduleCsv.h"

#include "io/Csv.h"
#include "report/Pay.h"
#include "time/ZoneSchedule.h"

#include <algorithm>
#include <map>

namespace shiftlane::csv {

namespace {

QString wallClock(const QDateTime& utc, const QTimeZone& zone)
{
    return utc.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString hours(qint64 minutes)
{
    return QString::number(double(minutes) / 60.0, 'f', 2);
}

} // namespace

QStringList scheduleColumns()
{
    return {QStringLiteral("freelancer"),
            QStringLiteral("skill"),
            QStringLiteral("template"),
            QStringLiteral("planning_time_zone"),
            QStringLiteral("start"),
            QStringLiteral("end"),
            QStringLiteral("freelancer_time_zone"),
            QStringLiteral("freelancer_start"),
            QStringLiteral("freelancer_end"),
            QStringLiteral("paid_hours"),
            QStringLiteral("unpaid_break_minutes"),
            QStringLiteral("hourly_rate"),
            QStringLiteral("pay"),
            QStringLiteral("currency"),
            QStringLiteral("pinned")};
}

QByteArray exportSchedule(const ScheduleSnapshot& snapshot)
{
    const PlanningCalendar calendar = snapshot.calendar();
    const QTimeZone planningZone(snapshot.settings.planningTimeZone);
    const QString planningZoneName = QString::fromUtf8(snapshot.settings.planningTimeZone);

    QList<const Shift*> shifts;
    for (const Shift& shift : snapshot.shifts)
        if (snapshot.period.contains(calendar.dayOf(shift.start.toSecsSinceEpoch())))
            shifts.append(&shift);
    const auto nameOf = [&](const Shift* shift) {
        const Freelancer* f =
            shift->freelancerId ? snapshot.freelancer(*shift->freelancerId) : nullptr;
        return f ? f->name : QString();
    };
    std::stable_sort(shifts.begin(), shifts.end(), [&](const Shift* a, const Shift* b) {
        if (a->start != b->start)
            return a->start < b->start;
        return nameOf(a).localeAwareCompare(nameOf(b)) < 0;
    });

    std::map<Id, ZoneSchedule> zones;
    QList<QStringList> rows{scheduleColumns()};
    for (const Shift* shift : shifts) {
        const Skill* skill = snapshot.skill(shift->skillId);
        const ShiftTemplate* shiftTemplate =
            shift->templateId ? snapshot.shiftTemplate(*shift->templateId) : nullptr;
        const Freelancer* f =
            shift->freelancerId ? snapshot.freelancer(*shift->freelancerId) : nullptr;
        QStringList row{f ? f->name : QString(),
                        skill ? skill->name : QString(),
                        shiftTemplate ? shiftTemplate->name : QString(),
                        planningZoneName,
                        wallClock(shift->start, planningZone),
                        wallClock(shift->end, planningZone)};
        if (f) {
            // The zone in force when the shift starts: home, or where they travel to.
            auto found = zones.find(f->id);
            if (found == zones.end())
                found = zones.emplace(f->id, ZoneSchedule(*f, snapshot.availability.value(f->id)))
                            .first;
            const QTimeZone& zone = found->second.clockAt(shift->start.toSecsSinceEpoch()).zone();
            row << QString::fromUtf8(zone.id()) << wallClock(shift->start, zone)
                << wallClock(shift->end, zone);
        } else {
            row << QString() << QString() << QString();
        }
        row << hours(shift->paidMinutes()) << QString::number(shift->unpaidBreakMinutes);
        if (f)
            row << decimalAmount(f->hourlyRateCents) << decimalAmount(payCents(*f, *shift))
                << f->currency;
        else
            row << QString() << QString() << QString();
        row << (shift->pinned ? QStringLiteral("yes") : QStringLiteral("no"));
        rows.append(row);
    }
    return write(rows);
}

} // namespace shiftlane::csv
