#include "schedule/Coverage.h"

#include <QDateTime>
#include <QTimeZone>

#include <limits>

namespace shiftlane {

namespace {

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0 && (a < 0) != (b < 0)) ? 1 : 0);
}

const qint64 EpochJulianDay = QDate(1970, 1, 1).toJulianDay();

} // namespace

CoverageTotals CoverageTotals::of(const QList<CoverageInterval>& intervals)
{
    CoverageTotals totals;
    for (const CoverageInterval& i : intervals) {
        totals.demanded += i.demanded;
        totals.scheduled += i.scheduled;
        totals.covered += std::min(i.demanded, i.scheduled);
        totals.shortfall += i.shortfall();
        totals.surplus += i.surplus();
    }
    return totals;
}

Coverage::Coverage(const ScheduleSnapshot& snapshot)
    : m_step(snapshot.settings.intervalMinutes > 0 ? snapshot.settings.intervalMinutes : 30),
      m_intervalsPerDay(MinutesPerDay / m_step)
{
    for (const Skill& skill : snapshot.skills)
        m_skillOrder.append(skill.id);
    auto known = [this](Id skill) {
        if (!m_skillOrder.contains(skill))
            m_skillOrder.append(skill);
    };

    for (const DemandInterval& demand : snapshot.demand) {
        if (demand.required <= 0 || demand.interval < 0 || demand.interval >= m_intervalsPerDay)
            continue;
        known(demand.skillId);
        std::vector<int>& row = m_demand[{demand.skillId, demand.day.toJulianDay()}];
        row.resize(std::size_t(m_intervalsPerDay), 0);
        row[std::size_t(demand.interval)] += demand.required;
    }

    const WallClock clock(QTimeZone(snapshot.settings.planningTimeZone));
    for (const Shift& shift : snapshot.shifts)
        if (shift.isAssigned()) {
            known(shift.skillId);
            addShift(shift, clock);
        }
}

void Coverage::addShift(const Shift& shift, const WallClock& clock)
{
    const qint64 start = shift.start.toSecsSinceEpoch();
    const qint64 end = shift.end.toSecsSinceEpoch();
    if (end <= start)
        return;

    // Pieces of the shift with one UTC offset each: across a DST change the wall clock jumps.
    std::vector<qint64> cuts{start};
    if (clock.offsetSeconds(start) != clock.offsetSeconds(end - 1)) {
        const auto transitions =
            clock.zone().transitions(QDateTime::fromSecsSinceEpoch(start + 1, Qt::UTC),
                                     QDateTime::fromSecsSinceEpoch(end - 1, Qt::UTC));
        for (const QTimeZone::OffsetData& t : transitions) {
            const qint64 at = t.atUtc.toSecsSinceEpoch();
            if (at > start && at < end)
                cuts.push_back(at);
        }
    }
    cuts.push_back(end);

    // Intervals as wall-clock steps since 1970-01-01 00:00 local. A shift spans the readings
    // the clock skips when it springs forward (00:00-04:00 covers 01:00-02:00 on that day as
    // on any other), and covers the readings it shows twice when it falls back only once.
    const qint64 stepSeconds = qint64(m_step) * 60;
    std::vector<qint64> steps;
    qint64 previousEnd = std::numeric_limits<qint64>::max();
    for (std::size_t i = 0; i + 1 < cuts.size(); ++i) {
        const int offset = clock.offsetSeconds(cuts[i]);
        const qint64 from = std::min(cuts[i] + offset, previousEnd);
        const qint64 to = cuts[i + 1] + offset;
        previousEnd = to;
        for (qint64 k = floorDiv(from, stepSeconds); k * stepSeconds < to; ++k)
            steps.push_back(k);
    }
    std::sort(steps.begin(), steps.end());
    steps.erase(std::unique(steps.begin(), steps.end()), steps.end());

    for (const qint64 k : steps) {
        const qint64 day = floorDiv(k, m_intervalsPerDay);
        const auto interval = std::size_t(k - day * m_intervalsPerDay);
        std::vector<int>& row = m_scheduled[{shift.skillId, EpochJulianDay + day}];
        row.resize(std::size_t(m_intervalsPerDay), 0);
        ++row[interval];
    }
}

QList<CoverageInterval> Coverage::ofDay(QDate day, Id skillId) const
{
    QList<CoverageInterval> result(m_intervalsPerDay);
    for (int i = 0; i < m_intervalsPerDay; ++i)
        result[i].interval = i;
    const qint64 julian = day.toJulianDay();
    for (const Id skill : m_skillOrder) {
        if (skillId != AllSkills && skill != skillId)
            continue;
        if (auto found = m_demand.find({skill, julian}); found != m_demand.end())
            for (int i = 0; i < m_intervalsPerDay; ++i)
                result[i].demanded += found->second[std::size_t(i)];
        if (auto found = m_scheduled.find({skill, julian}); found != m_scheduled.end())
            for (int i = 0; i < m_intervalsPerDay; ++i)
                result[i].scheduled += found->second[std::size_t(i)];
    }
    return result;
}

QList<Id> Coverage::skillsOn(QDate day) const
{
    QList<Id> skills;
    const qint64 julian = day.toJulianDay();
    for (const Id skill : m_skillOrder)
        if (m_demand.count({skill, julian}) != 0 || m_scheduled.count({skill, julian}) != 0)
            skills.append(skill);
    return skills;
}

} // namespace shiftlane
