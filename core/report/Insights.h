#pragma once

#include "schedule/ScheduleSnapshot.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace shiftlane {

// A calendar week of the team (from PlanningSettings::weekStart), clipped to the period.
struct InsightWeek
{
    QDate first;
    QDate last;
    friend bool operator==(const InsightWeek&, const InsightWeek&) = default;
};

// One freelancer's period. A shift counts in the period (and in a week) when its planning day,
// the day it starts on in the planning zone, does.
struct FreelancerInsight
{
    Id freelancerId = NoId;
    QString name;
    QString currency;
    qint64 paidMinutes = 0; // scheduled, unpaid breaks left out
    qint64 minMinutes = 0;  // the contract's weekly minimum and maximum for the period's length
    qint64 maxMinutes = 0;
    qint64 payCents = 0;
    qint64 minPayCents = 0; // the hourly rate times the minimum and maximum
    qint64 maxPayCents = 0;
    QList<qint64> weeklyPayCents; // one entry per Insights::weeks
    // How much the weekly pay swings: standard deviation over mean of weeklyPayCents (0 steady,
    // 1 as much swing as pay). Empty with fewer than two weeks or no pay: nothing to compare.
    std::optional<double> payVariation;
    // Shift time (start to end) and the part of it inside the freelancer's preferred windows.
    qint64 shiftMinutes = 0;
    qint64 preferredShiftMinutes = 0;
    // What they asked for: the time of the period they said they can work (available or
    // preferred), and the preferred part of it; time off taken out.
    qint64 availableMinutes = 0;
    qint64 preferredMinutes = 0;

    // preferredShiftMinutes / shiftMinutes; empty without shifts.
    std::optional<double> preferredShare() const;
};

// Demand met per day of one skill: covered / demanded freelancer-intervals, where covered counts
// scheduled freelancers up to the demand interval by interval (a surplus at 10:00 does not make
// up for a gap at 18:00).
struct SkillCoverageInsight
{
    Id skillId = NoId;
    QString name;
    QString color;
    QList<qint64> demanded; // one entry per day of the period
    QList<qint64> covered;

    // covered / demanded of the day as a fraction; empty on a day without demand.
    std::optional<double> share(int dayIndex) const;
};

// What the schedule costs per week, in one currency (freelancers may be paid in several).
struct WeeklyCost
{
    QString currency;
    QList<qint64> cents; // one entry per Insights::weeks
};

// The figures of the insights dashboard, computed from a period's snapshot without any widget:
// hours and pay against contracts, week-to-week pay and its variability (a gig worker's income
// risk), coverage per skill and day, cost per week, preferred hours honoured, and hours asked
// for against hours got. The dashboard draws exactly these numbers.
class Insights
{
public:
    static Insights compute(const ScheduleSnapshot& snapshot);

    PlanningPeriod period;
    QList<InsightWeek> weeks;
    QList<FreelancerInsight> freelancers; // in the snapshot's order (by name)
    QList<SkillCoverageInsight> coverage; // skills with demand in the period, snapshot order
    QList<WeeklyCost> costPerWeek;        // by currency code

    // The team's share of shift time inside preferred windows; empty without shifts.
    std::optional<double> preferredShare() const;
    const FreelancerInsight* freelancer(Id id) const;
};

// Standard deviation (population: the weeks are all there is) divided by the mean; empty for
// fewer than two values or a mean of zero.
std::optional<double> coefficientOfVariation(const QList<qint64>& values);

} // namespace shiftlane
