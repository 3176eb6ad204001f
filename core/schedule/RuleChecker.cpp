#include "schedule/RuleChecker.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace shiftlane {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("RuleChecker", text);
}

QString hhmm(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

QString hours(qint64 minutes)
{
    return minutes % 60 == 0 ? QString::number(minutes / 60)
                             : QLocale::c().toString(minutes / 60.0, 'f', 1);
}

UtcInterval spanOf(const Shift& shift)
{
    return {shift.start.toSecsSinceEpoch(), shift.end.toSecsSinceEpoch()};
}

} // namespace

RuleChecker::RuleChecker(const ScheduleSnapshot& snapshot)
    : m_snapshot(snapshot), m_calendar(snapshot.calendar())
{
    for (const Freelancer& f : snapshot.freelancers)
        m_freelancers.insert(f.id, &f);
    shiftsChanged();
}

void RuleChecker::shiftsChanged()
{
    m_byFreelancer.clear();
    m_dayOf.clear();
    for (const Shift& shift : m_snapshot.shifts)
        m_dayOf.insert(shift.id, m_calendar.dayOf(shift.start.toSecsSinceEpoch()));
    for (const Shift& shift : m_snapshot.shifts)
        if (shift.freelancerId)
            m_byFreelancer[*shift.freelancerId].append(&shift);
    for (auto& list : m_byFreelancer)
        std::sort(list.begin(), list.end(),
                  [](const Shift* a, const Shift* b) { return a->start < b->start; });
}

const QList<AvailabilitySpan>& RuleChecker::spansOf(Id freelancerId) const
{
    auto found = m_spans.find(freelancerId);
    if (found == m_spans.end()) {
        const Freelancer* f = m_freelancers.value(freelancerId);
        const FreelancerAvailability a = m_snapshot.availability.value(freelancerId);
        const AvailabilityExpander expander(*f, a);
        // A margin beyond the window covers shifts dragged past its edges.
        const UtcInterval window = m_snapshot.window();
        found = m_spans
                    .emplace(freelancerId, expander.expand({window.start - qint64{2} * 86400,
                                                            window.end + qint64{2} * 86400}))
                    .first;
    }
    return found->second;
}

const ZoneSchedule& RuleChecker::zonesOf(const Freelancer& freelancer) const
{
    auto found = m_zones.find(freelancer.id);
    if (found == m_zones.end())
        found = m_zones
                    .emplace(freelancer.id,
                             ZoneSchedule(freelancer, m_snapshot.availability.value(freelancer.id)))
                    .first;
    return found->second;
}

QList<const Shift*> RuleChecker::shiftsOf(Id freelancerId, const Shift& replacing) const
{
    QList<const Shift*> shifts;
    bool inserted = false;
    for (const Shift* shift : m_byFreelancer.value(freelancerId)) {
        if (replacing.id != NoId && shift->id == replacing.id)
            continue;
        if (!inserted && replacing.start < shift->start) {
            shifts.append(&replacing);
            inserted = true;
        }
        shifts.append(shift);
    }
    if (!inserted)
        shifts.append(&replacing);
    return shifts;
}

QString RuleChecker::localRange(const WallClock& clock, const UtcInterval& span) const
{
    const QDate day = clock.localDay(span.start);
    return QStringLiteral("%1 %2–%3")
        .arg(QLocale::c().dayName(day.dayOfWeek(), QLocale::ShortFormat),
             hhmm(clock.localMinuteOfDay(span.start)), hhmm(clock.localMinuteOfDay(span.end)));
}

QString RuleChecker::planningTime(qint64 utc) const
{
    const QDate day = m_calendar.dayOf(utc);
    return QStringLiteral("%1 %2").arg(QLocale::c().dayName(day.dayOfWeek(), QLocale::ShortFormat),
                                       hhmm(m_calendar.clock().localMinuteOfDay(utc)));
}

QList<RuleBreak> RuleChecker::check(const Shift& candidate) const
{
    QList<RuleBreak> breaks;
    if (!candidate.freelancerId)
        return breaks;
    const Freelancer* f = m_freelancers.value(*candidate.freelancerId);
    if (!f)
        return breaks;
    const UtcInterval span = spanOf(candidate);
    // Travel decides which zone the freelancer's own times are read in.
    const ZoneSchedule& zones = zonesOf(*f);

    if (!f->hasSkill(candidate.skillId)) {
        const Skill* skill = m_snapshot.skill(candidate.skillId);
        breaks.append({RuleBreak::Rule::MissingSkill,
                       tr("%1 does not have the skill %2")
                           .arg(f->name, skill ? skill->name : tr("(deleted skill)"))});
    }

    // Time off first: it explains the unavailability better than the hours do.
    const FreelancerAvailability availability = m_snapshot.availability.value(f->id);
    bool onTimeOff = false;
    for (const TimeOff& off : availability.timeOff) {
        if (off.covers(zones.localDay(span.start)) || off.covers(zones.localDay(span.end - 1))) {
            onTimeOff = true;
            breaks.append(
                {RuleBreak::Rule::TimeOff,
                 tr("%1 is on time off from %2 to %3%4")
                     .arg(f->name, QLocale::c().toString(off.firstDay, QStringLiteral("ddd d MMM")),
                          QLocale::c().toString(off.lastDay, QStringLiteral("ddd d MMM")),
                          off.reason.isEmpty() ? QString()
                                               : QStringLiteral(" (%1)").arg(off.reason))});
            break;
        }
    }
    if (!onTimeOff) {
        // The parts of the shift no window covers, each named in the freelancer's own time.
        qint64 covered = span.start;
        QList<UtcInterval> gaps;
        for (const AvailabilitySpan& a : spansOf(f->id)) {
            if (a.interval.end <= covered)
                continue;
            if (a.interval.start >= span.end)
                break;
            if (a.interval.start > covered)
                gaps.append({covered, std::min(a.interval.start, span.end)});
            covered = std::max(covered, a.interval.end);
            if (covered >= span.end)
                break;
        }
        if (covered < span.end)
            gaps.append({covered, span.end});
        for (const UtcInterval& gap : gaps)
            breaks.append({RuleBreak::Rule::Unavailable,
                           tr("%1 is unavailable %2 local time (%3)")
                               .arg(f->name, localRange(zones.clockAt(gap.start), gap),
                                    QString::fromUtf8(zones.zoneIdAt(gap.start)))});
    }

    const QList<const Shift*> shifts = shiftsOf(f->id, candidate);
    // Planning days of those shifts, computed once: time-zone look-ups are the costly part.
    QHash<const Shift*, QDate> days;
    for (const Shift* s : shifts)
        days.insert(s, s == &candidate ? m_calendar.dayOf(span.start) : m_dayOf.value(s->id));
    const qsizetype at = shifts.indexOf(&candidate);
    const qint64 restSeconds = qint64(f->limits.minRestHours) * 3600;
    auto describe = [&](const Shift& other) {
        return QStringLiteral("%1–%2").arg(
            planningTime(other.start.toSecsSinceEpoch()),
            hhmm(m_calendar.clock().localMinuteOfDay(other.end.toSecsSinceEpoch())));
    };
    for (qsizetype i = 0; i < shifts.size(); ++i) {
        if (i == at)
            continue;
        const Shift& other = *shifts[i];
        const UtcInterval otherSpan = spanOf(other);
        if (otherSpan.overlaps(span)) {
            breaks.append({RuleBreak::Rule::Overlap,
                           tr("overlaps %1's shift %2").arg(f->name, describe(other))});
            continue;
        }
        const qint64 gap =
            otherSpan.end <= span.start ? span.start - otherSpan.end : otherSpan.start - span.end;
        if (gap < restSeconds)
            breaks.append(
                {RuleBreak::Rule::Rest,
                 tr("only %1 h rest %2 the shift %3 (%4 needs %5 h)")
                     .arg(hours(gap / 60), otherSpan.end <= span.start ? tr("after") : tr("before"),
                          describe(other), f->name)
                     .arg(f->limits.minRestHours)});
    }

    // Limits per planning day and week, counted by the day a shift starts on.
    const QDate day = m_calendar.dayOf(span.start);
    int sameDay = 0;
    for (const Shift* s : shifts)
        sameDay += days.value(s) == day ? 1 : 0;
    if (sameDay > f->limits.maxShiftsPerDay)
        breaks.append({RuleBreak::Rule::ShiftsPerDay,
                       tr("%1 has %2 shifts on %3 (at most %4)")
                           .arg(f->name)
                           .arg(sameDay)
                           .arg(QLocale::c().toString(day, QStringLiteral("ddd d MMM")))
                           .arg(f->limits.maxShiftsPerDay)});

    const QDate weekStart =
        day.addDays(-((day.dayOfWeek() - m_snapshot.settings.weekStart + 7) % 7));
    qint64 weekMinutes = 0;
    for (const Shift* s : shifts) {
        const QDate d = days.value(s);
        if (d >= weekStart && d < weekStart.addDays(7))
            weekMinutes += s->paidMinutes();
    }
    if (weekMinutes > f->limits.maxMinutesPerWeek)
        breaks.append({RuleBreak::Rule::WeeklyHours,
                       tr("%1 works %2 h in the week of %3 (at most %4 h)")
                           .arg(f->name, hours(weekMinutes),
                                QLocale::c().toString(weekStart, QStringLiteral("d MMM")),
                                hours(f->limits.maxMinutesPerWeek))});

    // The run of consecutive working days through this shift's day.
    QSet<QDate> worked;
    for (const Shift* s : shifts)
        worked.insert(days.value(s));
    int run = 1;
    for (QDate d = day.addDays(-1); worked.contains(d); d = d.addDays(-1))
        ++run;
    for (QDate d = day.addDays(1); worked.contains(d); d = d.addDays(1))
        ++run;
    if (run > f->limits.maxConsecutiveDays)
        breaks.append(
            {RuleBreak::Rule::ConsecutiveDays, tr("%1 works %2 days in a row (at most %3)")
                                                   .arg(f->name)
                                                   .arg(run)
                                                   .arg(f->limits.maxConsecutiveDays)});
    return breaks;
}

QHash<Id, QList<RuleBreak>> RuleChecker::checkAll() const
{
    QHash<Id, QList<RuleBreak>> all;
    for (const Shift& shift : m_snapshot.shifts) {
        if (!shift.isAssigned() || !m_snapshot.period.contains(m_dayOf.value(shift.id)))
            continue;
        const QList<RuleBreak> breaks = check(shift);
        if (!breaks.isEmpty())
            all.insert(shift.id, breaks);
    }
    return all;
}

} // namespace shiftlane
