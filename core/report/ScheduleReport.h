#pragma once

#include "schedule/Coverage.h"
#include "schedule/ScheduleSnapshot.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace shiftlane {

// A shift as a report shows it: its times already read in the zone of the view.
struct ReportShift
{
    Id shiftId = NoId;
    Id skillId = NoId;
    QString times; // "09:00–17:00", "22:00–06:00 +1" when it ends on a later day
    qint64 paidMinutes = 0;
    qint64 payCents = 0; // 0 for an unassigned shift
    bool pinned = false;
};

// One row of the team schedule: a freelancer, or (freelancerId NoId) the unassigned shifts.
struct ScheduleRow
{
    Id freelancerId = NoId;
    QString name;
    QByteArray timeZone;
    QString currency;
    QList<QList<ReportShift>> days; // per day of the period: the shifts that start on it
    qint64 paidMinutes = 0;         // over the period
    qint64 payCents = 0;

    qint64 paidMinutesOn(int firstDay, int dayCount) const;
    // At least 1: an empty row still takes one line.
    int mostShiftsOnADay(int firstDay, int dayCount) const;
};

struct SkillHeadcount
{
    Id skillId = NoId;
    int freelancers = 0; // distinct freelancers with a shift of the skill starting that day
};

struct DayTotals
{
    QList<SkillHeadcount> bySkill; // in the report's skill order, skills with nobody left out
    int freelancers = 0;           // distinct freelancers working that day
    int unassignedShifts = 0;
};

// One of a freelancer's shifts on their own sheet: their wall clock first, the planning
// zone's beside it.
struct SheetShift
{
    QDate localDay;
    QString localTimes;
    QDate planningDay;
    QString planningTimes;
    QByteArray zone; // the zone in force when it starts: home, or where they travel
    Id skillId = NoId;
    qint64 paidMinutes = 0;
    qint64 payCents = 0;
};

struct FreelancerSheet
{
    Id freelancerId = NoId;
    QString name;
    QByteArray timeZone;
    QString currency;
    qint64 hourlyRateCents = 0;
    ContractLimits limits;
    QList<SheetShift> shifts; // by start
    qint64 paidMinutes = 0;
    qint64 payCents = 0;
};

// Demand against scheduled headcount of one skill on one day, in freelancer-intervals (the
// Coverage figures, unchanged).
struct SkillDayCoverage
{
    Id skillId = NoId;
    QDate day;
    CoverageTotals totals;
};

// A run of consecutive demand intervals of one skill and day that the schedule leaves short.
struct UnmetInterval
{
    QDate day;
    Id skillId = NoId;
    int firstInterval = 0;
    int lastInterval = 0;
    int mostMissing = 0;     // the largest shortfall of one interval in the run
    qint64 missingTotal = 0; // freelancer-intervals short over the run
    // Why: what PlanningModel finds no schedule could meet (nobody has the skill, no template
    // covers the time, nobody or too few are available), or that freelancers who could work
    // then are not scheduled. A run changes where the reason does.
    QString reason;
};

// Everything the printed reports of one period show, computed from a snapshot with the core's
// own figures (Coverage for demand against schedule, paid minutes and hourly rates for pay).
// Widget-free; the painting lives in report/.
class ScheduleReport
{
public:
    static ScheduleReport build(const ScheduleSnapshot& snapshot);

    // "09:00–17:00" as a clock on the wall in the zone shows it; "+1" when it ends a day later.
    static QString timeRange(const WallClock& clock, qint64 startUtc, qint64 endUtc);
    static QString hours(qint64 minutes); // "37.5 h"
    static QString money(qint64 cents, const QString& currency);

    QString teamName;
    QByteArray planningZone;
    PlanningPeriod period;
    int intervalMinutes = 30;
    QList<Skill> skills;
    QList<ScheduleRow> rows; // freelancers by name, then the unassigned shifts if any
    QList<DayTotals> dayTotals;
    QList<FreelancerSheet> sheets; // every freelancer, by name
    QList<SkillDayCoverage> coverage;
    QList<Id> coveredSkills; // skills with demand or shifts in the period, for the chart
    QList<UnmetInterval> unmet;
    qint64 paidMinutes = 0;
    QMap<QString, qint64> payByCurrency;

    const Skill* skill(Id id) const;
    const SkillDayCoverage* coverageOf(Id skillId, QDate day) const;
    QString intervalTimes(int firstInterval, int lastInterval) const; // "08:00–09:30"
    QString title() const;                                            // "Team schedule — <team>"
    QString subtitle() const; // the period and the planning zone
    QString totalPay() const; // "1,234.00 EUR + 56.00 USD"
};

} // namespace shiftlane
