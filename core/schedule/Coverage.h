#pragma once

#include "schedule/ScheduleSnapshot.h"

#include <QDate>
#include <QList>

#include <algorithm>
#include <map>
#include <utility>
#include <vector>

namespace shiftlane {

// Demand against scheduled headcount in one demand interval of a planning day.
struct CoverageInterval
{
    int interval = 0;  // counted from the day's midnight in the planning zone
    int demanded = 0;  // freelancers the demand asks for
    int scheduled = 0; // assigned shifts of the skill whose wall-clock times overlap it

    int shortfall() const { return std::max(0, demanded - scheduled); }
    int surplus() const { return std::max(0, scheduled - demanded); }
    friend bool operator==(const CoverageInterval&, const CoverageInterval&) = default;
};

// Sums over the intervals of a day, in freelancer-intervals.
struct CoverageTotals
{
    qint64 demanded = 0;
    qint64 scheduled = 0;
    qint64 covered = 0; // scheduled up to the demand, interval by interval
    qint64 shortfall = 0;
    qint64 surplus = 0;

    static CoverageTotals of(const QList<CoverageInterval>& intervals);
    friend bool operator==(const CoverageTotals&, const CoverageTotals&) = default;
};

// Coverage of a snapshot per skill, planning day and demand interval: the demanded headcount
// (DemandInterval) against the ASSIGNED shifts of that skill that span the interval. A day has
// MinutesPerDay / intervalMinutes intervals numbered from its midnight, on DST days too. A
// shift covers interval k of day D if its wall-clock times in the planning zone overlap k: it
// spills past midnight into the next day, and across a DST change it follows the clock on the
// wall, not start + length: 00:00-04:00 covers the intervals 00:00-04:00 on a 23-hour day too
// (the skipped hour included, so demand typed there is not short), and on a 25-hour day the
// hour that happens twice counts each freelancer once. For shifts that do not cross a DST
// change this is exactly what PlanningModel fills.
//
// Days outside the snapshot's period (and its day either side) are as complete as the
// snapshot is: it holds demand only for the period.
class Coverage
{
public:
    static constexpr Id AllSkills = NoId;

    explicit Coverage(const ScheduleSnapshot& snapshot);

    int intervalMinutes() const { return m_step; }
    int intervalsPerDay() const { return m_intervalsPerDay; }

    // One entry per interval of the day, in order (interval i at index i). AllSkills adds up
    // every skill.
    QList<CoverageInterval> ofDay(QDate day, Id skillId = AllSkills) const;
    // The skills, in the snapshot's order, with demand or a scheduled shift on the day.
    QList<Id> skillsOn(QDate day) const;

private:
    using Key = std::pair<Id, qint64>; // (skill, julian day)
    void addShift(const Shift& shift, const WallClock& clock);

    int m_step = 30;
    int m_intervalsPerDay = 48;
    QList<Id> m_skillOrder;
    std::map<Key, std::vector<int>> m_demand;
    std::map<Key, std::vector<int>> m_scheduled;
};

} // namespace shiftlane
