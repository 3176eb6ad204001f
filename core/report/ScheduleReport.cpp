#include "report/ScheduleReport.h"

#include "report/Pay.h"
#include "schedule/PlanningModel.h"
#include "time/ZoneSchedule.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>
#include <vector>

namespace shiftlane {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ScheduleReport", text);
}

QString hhmm(int minuteOfDay)
{
    return QStringLiteral("%1:%2")
        .arg(minuteOfDay / 60, 2, 10, QLatin1Char('0'))
        .arg(minuteOfDay % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

qint64 ScheduleRow::paidMinutesOn(int firstDay, int dayCount) const
{
    qint64 minutes = 0;
    for (int d = firstDay; d < firstDay + dayCount && d < days.size(); ++d)
        for (const ReportShift& shift : days[d])
            minutes += shift.paidMinutes;
    return minutes;
}

int ScheduleRow::mostShiftsOnADay(int firstDay, int dayCount) const
{
    qsizetype most = 1;
    for (int d = firstDay; d < firstDay + dayCount && d < days.size(); ++d)
        most = std::max(most, days[d].size());
    return int(most);
}

QString ScheduleReport::timeRange(const WallClock& clock, qint64 startUtc, qint64 endUtc)
{
    // A shift that ends at midnight ends on its own day, at 24:00.
    const qint64 days = clock.localDay(startUtc).daysTo(clock.localDay(endUtc - 1));
    int endMinute = clock.localMinuteOfDay(endUtc);
    if (endMinute == 0 && endUtc > startUtc)
        endMinute = MinutesPerDay;
    QString text =
        QStringLiteral("%1–%2").arg(hhmm(clock.localMinuteOfDay(startUtc)), hhmm(endMinute));
    if (days > 0)
        text += QStringLiteral(" +%1").arg(days);
    return text;
}

QString ScheduleReport::hours(qint64 minutes)
{
    return tr("%1 h").arg(QLocale().toString(double(minutes) / 60.0, 'f', minutes % 60 ? 1 : 0));
}

QString ScheduleReport::money(qint64 cents, const QString& currency)
{
    return QStringLiteral("%1 %2").arg(QLocale().toString(double(cents) / 100.0, 'f', 2), currency);
}

ScheduleReport ScheduleReport::build(const ScheduleSnapshot& snapshot)
{
    ScheduleReport report;
    report.teamName = snapshot.settings.teamName;
    report.planningZone = snapshot.settings.planningTimeZone;
    report.period = snapshot.period;
    report.skills = snapshot.skills;
    const int dayCount = snapshot.period.isValid() ? snapshot.period.days() : 0;
    const PlanningCalendar calendar = snapshot.calendar();
    const WallClock& planningClock = calendar.clock();

    // The period's shifts by when they start; a day either side is in the snapshot for rules.
    QList<const Shift*> shifts;
    for (const Shift& shift : snapshot.shifts)
        if (snapshot.period.contains(calendar.dayOf(shift.start.toSecsSinceEpoch())))
            shifts.append(&shift);
    std::stable_sort(shifts.begin(), shifts.end(),
                     [](const Shift* a, const Shift* b) { return a->start < b->start; });

    QHash<Id, int> rowOf;
    std::vector<ZoneSchedule> zones;
    for (const Freelancer& f : snapshot.freelancers) {
        rowOf.insert(f.id, int(report.rows.size()));
        zones.emplace_back(f, snapshot.availability.value(f.id));
        ScheduleRow row;
        row.freelancerId = f.id;
        row.name = f.name;
        row.timeZone = f.timeZone;
        row.currency = f.currency;
        row.days.resize(dayCount);
        report.rows.append(row);

        FreelancerSheet sheet;
        sheet.freelancerId = f.id;
        sheet.name = f.name;
        sheet.timeZone = f.timeZone;
        sheet.currency = f.currency;
        sheet.hourlyRateCents = f.hourlyRateCents;
        sheet.limits = f.limits;
        report.sheets.append(sheet);
    }
    ScheduleRow unassigned;
    unassigned.name = tr("Unassigned");
    unassigned.days.resize(dayCount);

    report.dayTotals.resize(dayCount);
    QList<QHash<Id, QSet<Id>>> workingBySkill(dayCount); // day -> skill -> freelancers
    QList<QSet<Id>> working(dayCount);

    for (const Shift* shift : shifts) {
        const qint64 start = shift->start.toSecsSinceEpoch();
        const qint64 end = shift->end.toSecsSinceEpoch();
        const QDate day = calendar.dayOf(start);
        const int d = int(snapshot.period.first.daysTo(day));
        ReportShift entry;
        entry.shiftId = shift->id;
        entry.skillId = shift->skillId;
        entry.times = timeRange(planningClock, start, end);
        entry.paidMinutes = shift->paidMinutes();
        entry.pinned = shift->pinned;

        const auto row = shift->freelancerId ? rowOf.find(*shift->freelancerId) : rowOf.end();
        if (row == rowOf.end()) {
            // Unassigned, or assigned to someone the snapshot no longer has: an open shift.
            unassigned.days[d].append(entry);
            unassigned.paidMinutes += entry.paidMinutes;
            ++report.dayTotals[d].unassignedShifts;
            continue;
        }
        const Freelancer& f = snapshot.freelancers[*row];
        entry.payCents = payCents(f, entry.paidMinutes);
        ScheduleRow& r = report.rows[*row];
        r.days[d].append(entry);
        r.paidMinutes += entry.paidMinutes;
        r.payCents += entry.payCents;
        workingBySkill[d][shift->skillId].insert(f.id);
        working[d].insert(f.id);

        // Their own clock where they are when the shift starts (travel included).
        const WallClock& theirClock = zones[std::size_t(*row)].clockAt(start);
        SheetShift line;
        line.localDay = theirClock.localDay(start);
        line.localTimes = timeRange(theirClock, start, end);
        line.planningDay = day;
        line.planningTimes = entry.times;
        line.zone = zones[std::size_t(*row)].zoneIdAt(start);
        line.skillId = shift->skillId;
        line.paidMinutes = entry.paidMinutes;
        line.payCents = entry.payCents;
        FreelancerSheet& sheet = report.sheets[*row];
        sheet.shifts.append(line);
        sheet.paidMinutes += line.paidMinutes;
        sheet.payCents += line.payCents;

        report.paidMinutes += entry.paidMinutes;
        report.payByCurrency[f.currency] += entry.payCents;
    }
    if (unassigned.paidMinutes > 0 ||
        std::any_of(unassigned.days.begin(), unassigned.days.end(),
                    [](const QList<ReportShift>& day) { return !day.isEmpty(); }))
        report.rows.append(unassigned);

    for (int d = 0; d < dayCount; ++d) {
        DayTotals& totals = report.dayTotals[d];
        totals.freelancers = int(working[d].size());
        for (const Skill& s : snapshot.skills)
            if (const int n = int(workingBySkill[d].value(s.id).size()); n > 0)
                totals.bySkill.append({s.id, n});
    }

    // Why an interval is short: the solver's model knows what no schedule could meet; the rest
    // the schedule could meet with freelancers it does not use.
    std::map<std::tuple<Id, QDate, int>, QString> cannotBeMet;
    {
        const PlanningModel planning(snapshot, PlanningModel::Mode::FillFromScratch);
        for (const PlanningModel::Unmeetable& u : planning.unmeetable())
            for (int i = u.firstInterval; i <= u.lastInterval; ++i)
                cannotBeMet.emplace(std::tuple{u.skillId, u.day, i}, u.reason);
    }
    const auto whyShort = [&](Id skill, QDate day, int interval) {
        const auto found = cannotBeMet.find({skill, day, interval});
        if (found != cannotBeMet.end())
            return found->second;
        const Skill* s = snapshot.skill(skill);
        return tr("freelancers with %1 are available then but not scheduled")
            .arg(s ? s->name : tr("(deleted skill)"));
    };

    // Coverage: the same figures the coverage dock and the solver report.
    const Coverage coverage(snapshot);
    report.intervalMinutes = coverage.intervalMinutes();
    for (int d = 0; d < dayCount; ++d) {
        const QDate day = snapshot.period.first.addDays(d);
        for (const Id skill : coverage.skillsOn(day)) {
            if (!report.coveredSkills.contains(skill))
                report.coveredSkills.append(skill);
            const QList<CoverageInterval> intervals = coverage.ofDay(day, skill);
            report.coverage.append({skill, day, CoverageTotals::of(intervals)});
            for (int i = 0; i < intervals.size(); ++i) {
                const int missing = intervals[i].shortfall();
                if (missing == 0)
                    continue;
                const QString reason = whyShort(skill, day, i);
                if (!report.unmet.isEmpty()) {
                    UnmetInterval& last = report.unmet.last();
                    if (last.day == day && last.skillId == skill && last.lastInterval == i - 1 &&
                        last.reason == reason) {
                        last.lastInterval = i;
                        last.mostMissing = std::max(last.mostMissing, missing);
                        last.missingTotal += missing;
                        continue;
                    }
                }
                report.unmet.append({day, skill, i, i, missing, missing, reason});
            }
        }
    }
    // The chart's panels in the skills' own order.
    QList<Id> ordered;
    for (const Skill& s : snapshot.skills)
        if (report.coveredSkills.contains(s.id))
            ordered.append(s.id);
    for (const Id skill : report.coveredSkills)
        if (!ordered.contains(skill))
            ordered.append(skill);
    report.coveredSkills = ordered;
    return report;
}

const Skill* ScheduleReport::skill(Id id) const
{
    for (const Skill& s : skills)
        if (s.id == id)
            return &s;
    return nullptr;
}

const SkillDayCoverage* ScheduleReport::coverageOf(Id skillId, QDate day) const
{
    for (const SkillDayCoverage& c : coverage)
        if (c.skillId == skillId && c.day == day)
            return &c;
    return nullptr;
}

QString ScheduleReport::intervalTimes(int firstInterval, int lastInterval) const
{
    return QStringLiteral("%1–%2").arg(hhmm(firstInterval * intervalMinutes),
                                       hhmm((lastInterval + 1) * intervalMinutes));
}

QString ScheduleReport::title() const
{
    return teamName.isEmpty() ? tr("Team schedule") : tr("Team schedule — %1").arg(teamName);
}

QString ScheduleReport::subtitle() const
{
    const QLocale locale;
    const QString format = QStringLiteral("ddd d MMM yyyy");
    return tr("%1 to %2 · times in the planning time zone %3")
        .arg(locale.toString(period.first, format), locale.toString(period.last, format),
             QString::fromUtf8(planningZone));
}

QString ScheduleReport::totalPay() const
{
    QStringList parts;
    for (auto it = payByCurrency.cbegin(); it != payByCurrency.cend(); ++it)
        parts.append(money(it.value(), it.key()));
    return parts.isEmpty() ? money(0, QStringLiteral("EUR")) : parts.join(QStringLiteral(" + "));
}

} // namespace shiftlane
