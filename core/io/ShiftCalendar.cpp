#include "io/ShiftCalendar.h"

#include "io/ICalendar.h"
#include "report/Pay.h"
#include "storage/CalendarRevisions.h"
#include "storage/Repositories.h"
#include "time/PlanningCalendar.h"

#include <QCoreApplication>
#include <QHash>

namespace shiftlane {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ShiftCalendar", text);
}

QString hours(qint64 minutes)
{
    return QString::number(double(minutes) / 60.0, 'f', 2);
}

QList<Shift> shiftsOf(Database& db, Id freelancerId, const std::optional<PlanningPeriod>& period,
                      const PlanningCalendar& calendar)
{
    ScheduleRepository repository(db);
    std::optional<UtcInterval> span;
    if (period)
        span = calendar.days(period->first, period->last);
    else
        span = repository.extent();
    QList<Shift> shifts;
    if (!span)
        return shifts;
    for (const Shift& shift : repository.overlapping(*span)) {
        if (shift.freelancerId != freelancerId)
            continue;
        if (period && !period->contains(calendar.dayOf(shift.start.toSecsSinceEpoch())))
            continue;
        shifts.append(shift);
    }
    return shifts;
}

} // namespace

std::optional<Freelancer> findFreelancerByName(const QList<Freelancer>& freelancers,
                                               const QString& name, QString& error)
{
    const QString wanted = name.trimmed();
    for (const Freelancer& f : freelancers)
        if (f.name == wanted)
            return f;
    QList<const Freelancer*> matches;
    for (const Freelancer& f : freelancers)
        if (f.name.compare(wanted, Qt::CaseInsensitive) == 0)
            matches.append(&f);
    if (matches.isEmpty() && !wanted.isEmpty())
        for (const Freelancer& f : freelancers)
            if (f.name.contains(wanted, Qt::CaseInsensitive))
                matches.append(&f);
    if (matches.size() == 1)
        return *matches.front();
    if (matches.isEmpty()) {
        error = tr("no freelancer is called \"%1\"").arg(wanted);
    } else {
        QStringList names;
        for (const Freelancer* f : matches)
            names << f->name;
        error = tr("\"%1\" could be any of %2; give the whole name")
                    .arg(wanted, names.join(QStringLiteral(", ")));
    }
    return std::nullopt;
}

QString ShiftCalendar::uidOf(Id shiftId, const QString& identity)
{
    return QStringLiteral("shift-%1-%2@shiftlane").arg(shiftId).arg(identity);
}

namespace {

// A file at an older schema, opened read-only, has no revisions: its events carry what exports
// of that version carried (seconds since 2020 at the export), which the revisions that version 5
// gives such a file start above.
qint64 legacySequenceAt(const QDateTime& stamp)
{
    static const QDateTime origin(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    return std::max<qint64>(0, origin.secsTo(stamp));
}

} // namespace

ShiftCalendar::Result ShiftCalendar::build(Database& db, Id freelancerId,
                                           const std::optional<PlanningPeriod>& period,
                                           const QString& identity, const QDateTime& stamp)
{
    const PlanningSettings settings = SettingsRepository(db).load();
    const PlanningCalendar calendar{QTimeZone(settings.planningTimeZone)};
    const std::optional<Freelancer> freelancer = FreelancerRepository(db).find(freelancerId);
    QHash<Id, Skill> skills;
    for (const Skill& skill : SkillRepository(db).all())
        skills.insert(skill.id, skill);
    QHash<Id, ShiftTemplate> templates;
    for (const ShiftTemplate& t : TemplateRepository(db).all())
        templates.insert(t.id, t);
    const QList<Shift> shifts =
        freelancer ? shiftsOf(db, freelancerId, period, calendar) : QList<Shift>();

    const CalendarRevisions revisions(db);
    const bool revised = revisions.available();
    QHash<Id, CalendarRevisions::Revision> revisionOf;
    QList<CalendarRevisions::Cancellation> cancellations;
    if (freelancer && revised) {
        revisionOf = revisions.ofFreelancer(freelancerId);
        for (const CalendarRevisions::Cancellation& c : revisions.cancelledFor(freelancerId))
            if (!period || period->contains(calendar.dayOf(c.start.toSecsSinceEpoch())))
                cancellations.append(c);
    }
    const CalendarRevisions::Revision legacy{legacySequenceAt(stamp), stamp};

    ical::Writer ics;
    ics.begin("VCALENDAR");
    ics.raw("VERSION", "2.0");
    ics.raw("PRODID", "-//Shiftlane//Shiftlane schedule//EN");
    ics.raw("CALSCALE", "GREGORIAN");
    ics.raw("METHOD", "PUBLISH");
    if (freelancer)
        ics.text("X-WR-CALNAME",
                 settings.teamName.isEmpty()
                     ? tr("Shifts of %1").arg(freelancer->name)
                     : tr("Shifts of %1 (%2)").arg(freelancer->name, settings.teamName));

    const QString zoneName = QString::fromUtf8(settings.planningTimeZone);
    const auto skillOf = [&skills](Id id) {
        return skills.value(id, Skill{id, tr("Unknown skill")});
    };
    const auto withTeam = [&settings](QString summary) {
        if (!settings.teamName.isEmpty())
            summary += tr(" · %1").arg(settings.teamName);
        return summary;
    };
    for (const Shift& shift : shifts) {
        const Skill skill = skillOf(shift.skillId);
        const ShiftTemplate* shiftTemplate =
            shift.templateId && templates.contains(*shift.templateId)
                ? &templates[*shift.templateId]
                : nullptr;
        const QString summary =
            withTeam(shiftTemplate ? tr("%1 shift (%2)").arg(skill.name, shiftTemplate->name)
                                   : tr("%1 shift").arg(skill.name));

        const QTimeZone zone(settings.planningTimeZone);
        const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
        QStringList description;
        description << tr("Skill: %1").arg(skill.name);
        if (shiftTemplate)
            description << tr("Template: %1").arg(shiftTemplate->name);
        description << tr("Team time (%1): %2 to %3")
                           .arg(zoneName, shift.start.toTimeZone(zone).toString(format),
                                shift.end.toTimeZone(zone).toString(format));
        description << tr("Paid hours: %1").arg(hours(shift.paidMinutes()));
        if (shift.unpaidBreakMinutes > 0)
            description << tr("Unpaid break: %1 min").arg(shift.unpaidBreakMinutes);
        description << tr("Pay: %1 %2")
                           .arg(decimalAmount(payCents(*freelancer, shift)), freelancer->currency);
        if (shift.pinned)
            description << tr("Pinned: the solver will not move this shift");

        const CalendarRevisions::Revision revision =
            revised ? revisionOf.value(shift.id, legacy) : legacy;
        ics.begin("VEVENT");
        ics.text("UID", uidOf(shift.id, identity));
        ics.utc("DTSTAMP", stamp);
        ics.utc("DTSTART", shift.start);
        ics.utc("DTEND", shift.end);
        ics.text("SUMMARY", summary);
        ics.text("DESCRIPTION", description.join(QLatin1Char('\n')));
        ics.text("CATEGORIES", skill.name);
        ics.raw("SEQUENCE", QByteArray::number(revision.number));
        ics.utc("LAST-MODIFIED", revision.modified);
        ics.raw("STATUS", "CONFIRMED");
        ics.raw("TRANSP", "OPAQUE");
        ics.end("VEVENT");
    }
    for (const CalendarRevisions::Cancellation& cancelled : cancellations) {
        ics.begin("VEVENT");
        ics.text("UID", uidOf(cancelled.shiftId, identity));
        ics.utc("DTSTAMP", stamp);
        ics.utc("DTSTART", cancelled.start);
        ics.utc("DTEND", cancelled.end);
        ics.text("SUMMARY",
                 withTeam(tr("Cancelled: %1 shift").arg(skillOf(cancelled.skillId).name)));
        ics.text("DESCRIPTION", tr("This shift is no longer yours: it was removed from the "
                                   "schedule or given to someone else."));
        ics.raw("SEQUENCE", QByteArray::number(cancelled.revision));
        ics.utc("LAST-MODIFIED", cancelled.cancelled);
        ics.raw("STATUS", "CANCELLED");
        ics.raw("TRANSP", "TRANSPARENT");
        ics.end("VEVENT");
    }
    ics.end("VCALENDAR");
    return {ics.bytes(), int(shifts.size()), int(cancellations.size())};
}

} // namespace shiftlane
