#include "schedule/PlanningModel.h"

#include "schedule/CoverAtOnce.h"
#include "time/AvailabilityExpander.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace shiftlane {

namespace {

// Soft weights are per hour of a freelancer's minimum; the engine counts that term per
// minute, so every other soft weight is scaled by the same 60 to keep their ratios.
constexpr int SoftScale = 60;

QString tr(const char* text)
{
    return QCoreApplication::translate("PlanningModel", text);
}

qint64 bucketKey(Id skill, int day, int interval)
{
    return (skill * 4096 + day) * 256 + interval;
}

QString hhmm(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60 % 24, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

PlanningModel::PlanningModel(const ScheduleSnapshot& snapshot, Mode mode)
    : m_snapshot(snapshot), m_calendar(snapshot.calendar()), m_days(snapshot.period.days()),
      m_intervalsPerDay(MinutesPerDay / snapshot.settings.intervalMinutes),
      m_model(1, {}, {}) // replaced below, once the types and rows are known
{
    for (const Freelancer& f : snapshot.freelancers)
        m_rows.append(f.id);
    addTypes();

    const ScheduleWeights& w = snapshot.settings.weights;
    std::vector<solver::ShiftType> types;
    for (const ShiftType& type : m_types) {
        const int paid = type.shiftTemplate ? type.shiftTemplate->paidMinutes()
                                            : int(type.custom->paidMinutes());
        types.push_back({type.shiftTemplate ? type.shiftTemplate->name.toStdString()
                                            : "custom-" + std::to_string(type.custom->id),
                         paid});
    }
    const double weeks = m_days / 7.0;
    std::vector<solver::EmployeeRules> employees;
    for (const Freelancer& f : snapshot.freelancers) {
        solver::EmployeeRules rules;
        rules.id = f.name.toStdString();
        rules.maxMinutes = int(std::lround(f.limits.maxMinutesPerWeek * weeks));
        rules.maxConsecutiveWork = f.limits.maxConsecutiveDays;
        rules.minConsecutiveOff = f.limits.minConsecutiveDaysOff;
        rules.maxWeekends = int(std::ceil(f.limits.maxWorkingWeekends * m_days / 28.0));
        rules.softMinMinutes = int(std::lround(f.limits.minMinutesPerWeek * weeks));
        rules.softMinutesWeight = w.fairness;
        // The contract's weekly maximum holds in every calendar week of the period (a week
        // cut by the period's edge keeps the whole maximum: its other days are not planned here).
        for (int day = 0; day < m_days;) {
            const QDate date = snapshot.period.first.addDays(day);
            const int toWeekEnd = (snapshot.settings.weekStart + 6 - date.dayOfWeek() + 7) % 7;
            const int last = std::min(m_days - 1, day + toWeekEnd);
            rules.minutesWindows.push_back({day, last, f.limits.maxMinutesPerWeek, 0});
            day = last + 1;
        }
        rules.carryIn = carryInOf(f.id);
        employees.push_back(rules);
    }
    m_model = solver::Model(m_days, std::move(types), std::move(employees));

    std::vector<std::vector<int>> weekends;
    for (int d = 0; d < m_days; ++d) {
        const int dow = snapshot.period.first.addDays(d).dayOfWeek();
        if (dow == Qt::Saturday ||
            (dow == Qt::Sunday && (d == 0 || weekends.empty() || weekends.back().back() != d - 1)))
            weekends.push_back({d});
        else if (dow == Qt::Sunday)
            weekends.back().push_back(d);
    }
    m_model.setWeekends(std::move(weekends));

    m_current = solver::Roster(int(m_rows.size()), m_days);
    placeCurrentShifts();
    addBuckets();
    addCells(mode);
    addRestSuccessions();
    findUnmeetable();
}

double PlanningModel::softInWeightUnits(std::int64_t soft)
{
    return double(soft) / SoftScale;
}

const Shift* PlanningModel::shiftInCell(int row, int day) const
{
    if (row < 0 || row >= m_rows.size() || day < 0 || day >= m_days)
        return nullptr;
    return m_cellShift.value(qint64(row) * m_days + day, nullptr);
}

solver::CarryIn PlanningModel::carryInOf(Id freelancerId) const
{
    // Days worked (by the planning day a shift starts on) in the fortnight before the period.
    QSet<int> worked; // days before the period: 1 = the day before
    for (const Shift& shift : m_snapshot.history)
        if (shift.freelancerId == freelancerId) {
            const qint64 before =
                m_calendar.dayOf(shift.start.toSecsSinceEpoch()).daysTo(m_snapshot.period.first);
            if (before >= 1 && before <= ScheduleSnapshot::HistoryDays)
                worked.insert(int(before));
        }
    solver::CarryIn carry;
    if (worked.contains(1)) {
        while (worked.contains(carry.workedDays + 1))
            ++carry.workedDays;
    } else {
        while (carry.daysOff < ScheduleSnapshot::HistoryDays && !worked.contains(carry.daysOff + 1))
            ++carry.daysOff;
    }
    // The rest after the day before's shift is bounded cell by cell (addRestSuccessions).
    return carry;
}

int PlanningModel::rowOf(Id freelancerId) const
{
    return int(m_rows.indexOf(freelancerId));
}

int PlanningModel::dayOf(const Shift& shift) const
{
    return int(m_snapshot.period.first.daysTo(m_calendar.dayOf(shift.start.toSecsSinceEpoch())));
}

void PlanningModel::addTypes()
{
    for (const ShiftTemplate& t : m_snapshot.templates)
        m_types.append({&t, nullptr, t.startMinute, t.lengthMinutes, t.skillId});
    // An assigned shift whose times are not its template's keeps its own shape.
    for (const Shift& shift : m_snapshot.shifts) {
        const int day = dayOf(shift);
        if (!shift.freelancerId || rowOf(*shift.freelancerId) < 0 || day < 0 || day >= m_days)
            continue;
        const ShiftTemplate* t =
            shift.templateId ? m_snapshot.shiftTemplate(*shift.templateId) : nullptr;
        const int start = m_calendar.clock().localMinuteOfDay(shift.start.toSecsSinceEpoch());
        if (t && t->startMinute == start && t->lengthMinutes == shift.lengthMinutes() &&
            t->unpaidBreakMinutes == shift.unpaidBreakMinutes && t->skillId == shift.skillId)
            continue;
        m_types.append({nullptr, &shift, start, int(shift.lengthMinutes()), shift.skillId});
    }
    for (int t = 0; t < m_types.size(); ++t) {
        if (m_types[t].custom)
            m_customTypesOfRow[rowOf(*m_types[t].custom->freelancerId)].append(t);
        else
            m_templateTypes.append(t);
    }
}

void PlanningModel::placeCurrentShifts()
{
    for (const Shift& shift : m_snapshot.shifts) {
        const int day = dayOf(shift);
        if (day < 0 || day >= m_days)
            continue;
        if (!shift.freelancerId || rowOf(*shift.freelancerId) < 0) {
            if (!shift.pinned)
                m_replaceable.append(&shift); // open shifts make way for the solver's
            continue;
        }
        const int row = rowOf(*shift.freelancerId);
        int type = -1;
        for (int t = 0; t < m_types.size() && type < 0; ++t) {
            const ShiftType& candidate = m_types[t];
            if (candidate.custom == &shift ||
                (candidate.shiftTemplate && shift.templateId == candidate.shiftTemplate->id &&
                 candidate.startMinute ==
                     m_calendar.clock().localMinuteOfDay(shift.start.toSecsSinceEpoch()) &&
                 candidate.lengthMinutes == shift.lengthMinutes() &&
                 candidate.shiftTemplate->unpaidBreakMinutes == shift.unpaidBreakMinutes))
                type = t;
        }
        // A second shift on one day cannot be a cell: it stays as it is.
        if (type < 0 || m_current.at(row, day) != solver::kOff)
            continue;
        m_current.set(row, day, type);
        m_cellShift.insert(qint64(row) * m_days + day, &shift);
        if (shift.pinned)
            m_model.pin(row, day, type);
        else
            m_replaceable.append(&shift);
    }
}

void PlanningModel::addBuckets()
{
    const int step = m_snapshot.settings.intervalMinutes;
    // Buckets are numbered as they are first met; the model gets them once their required
    // counts are known.
    auto bucketFor = [&](Id skill, int day, int interval) {
        const qint64 key = bucketKey(skill, day, interval);
        auto found = m_bucketIndex.constFind(key);
        if (found != m_bucketIndex.constEnd())
            return found.value();
        const int index = int(m_buckets.size());
        m_buckets.append({skill, m_snapshot.period.first.addDays(day), interval});
        m_demand.append(0);
        m_fixedCover.append(0);
        m_bucketIndex.insert(key, index);
        return index;
    };
    auto spannedIntervals = [&](int day, int startMinute, int lengthMinutes, auto&& visit) {
        for (int k = startMinute / step; k * step < startMinute + lengthMinutes; ++k) {
            const int d = day + k / m_intervalsPerDay;
            if (d >= 0 && d < m_days)
                visit(d, k % m_intervalsPerDay);
        }
    };

    for (const DemandInterval& demand : m_snapshot.demand) {
        const int day = int(m_snapshot.period.first.daysTo(demand.day));
        if (day >= 0 && day < m_days && demand.required > 0)
            m_demand[bucketFor(demand.skillId, day, demand.interval)] += demand.required;
    }
    std::vector<std::tuple<int, int, int>> fills; // (day, type, bucket)
    for (int t = 0; t < m_types.size(); ++t) {
        const ShiftType& type = m_types[t];
        for (int day = 0; day < m_days; ++day)
            spannedIntervals(day, type.startMinute, type.lengthMinutes, [&](int d, int interval) {
                fills.emplace_back(day, t, bucketFor(type.skillId, d, interval));
            });
    }
    // Assigned shifts that stay outside the cells (the day before the period, a second
    // shift on one day) still cover demand.
    for (const Shift& shift : m_snapshot.shifts) {
        if (!shift.freelancerId || rowOf(*shift.freelancerId) < 0 || isInCell(shift))
            continue;
        spannedIntervals(dayOf(shift),
                         m_calendar.clock().localMinuteOfDay(shift.start.toSecsSinceEpoch()),
                         int(shift.lengthMinutes()), [&](int d, int interval) {
                             const qint64 key = bucketKey(shift.skillId, d, interval);
                             if (m_bucketIndex.contains(key))
                                 ++m_fixedCover[m_bucketIndex.value(key)];
                         });
    }
    const ScheduleWeights& w = m_snapshot.settings.weights;
    for (int b = 0; b < m_buckets.size(); ++b)
        m_model.addBucket({std::max(0, m_demand[b] - m_fixedCover[b]), w.underCover * SoftScale,
                           w.overCover * SoftScale,
                           int(m_snapshot.period.first.daysTo(m_buckets[b].day))});
    for (const auto& [day, type, bucket] : fills)
        m_model.addFill(day, type, bucket);
}

bool PlanningModel::isInCell(const Shift& shift) const
{
    const int day = dayOf(shift);
    if (!shift.freelancerId || day < 0 || day >= m_days)
        return false;
    const int row = rowOf(*shift.freelancerId);
    return row >= 0 && m_cellShift.value(qint64(row) * m_days + day) == &shift;
}

void PlanningModel::addCells(Mode mode)
{
    const ScheduleWeights& w = m_snapshot.settings.weights;
    const UtcInterval window = m_snapshot.window();
    for (int row = 0; row < m_rows.size(); ++row) {
        const Freelancer& f = m_snapshot.freelancers[row];
        const FreelancerAvailability a = m_snapshot.availability.value(f.id);
        const AvailabilityExpander expander(f, a); // travel included
        const QList<AvailabilitySpan> spans = expander.expand({window.start, window.end + 86400});
        for (int day = 0; day < m_days; ++day) {
            const QDate date = m_snapshot.period.first.addDays(day);
            for (int t = 0; t < m_types.size(); ++t) {
                const ShiftType& type = m_types[t];
                if (type.custom) {
                    // A custom shift can only stay where it is (or go).
                    if (type.custom->freelancerId != f.id || dayOf(*type.custom) != day)
                        m_model.forbidCell(row, day, t);
                    continue;
                }
                const UtcInterval span{
                    m_calendar.instant(date, type.startMinute),
                    m_calendar.instant(date, type.startMinute + type.lengthMinutes)};
                const Fit fit = f.hasSkill(type.skillId) ? AvailabilityExpander::fit(spans, span)
                                                         : Fit::Unavailable;
                if (fit == Fit::Unavailable) {
                    m_model.forbidCell(row, day, t);
                    continue;
                }
                std::int64_t cost =
                    std::llround(double(f.hourlyRateCents) * type.shiftTemplate->paidMinutes() /
                                 6000.0 * w.pay * SoftScale);
                if (fit == Fit::Available)
                    cost += std::int64_t(w.notPreferred) * SoftScale;
                m_model.addCellCost(row, day, t, cost);
            }
            const int current = m_current.at(row, day);
            if (mode == Mode::KeepWhatYouCan && current != solver::kOff)
                for (int choice = solver::kOff; choice < m_types.size(); ++choice)
                    if (choice != current)
                        m_model.addCellCost(row, day, choice, std::int64_t(w.change) * SoftScale);
        }
    }
}

void PlanningModel::addRestSuccessions()
{
    auto gapBetween = [&](int a, int b) {
        return MinutesPerDay + m_types[b].startMinute -
               (m_types[a].startMinute + m_types[a].lengthMinutes);
    };
    // Pairs of templates too close for everyone are forbidden for all; the rest per
    // freelancer, by their own minimum rest.
    int shortestRest = std::numeric_limits<int>::max();
    for (const Freelancer& f : m_snapshot.freelancers)
        shortestRest = std::min(shortestRest, f.limits.minRestHours * 60);
    for (const int a : std::as_const(m_templateTypes))
        for (const int b : std::as_const(m_templateTypes)) {
            const int gap = gapBetween(a, b);
            if (gap < shortestRest) {
                m_model.forbidSuccession(a, b);
                continue;
            }
            for (int row = 0; row < m_rows.size(); ++row)
                if (gap < m_snapshot.freelancers[row].limits.minRestHours * 60)
                    m_model.forbidSuccessionFor(row, a, b);
        }
    // A custom shift's type fits only its own freelancer's cell, so a pair with one in it
    // matters for that freelancer alone, and is forbidden for all (one shared table) when it
    // is too close for them: a schedule of thousands of custom shifts would otherwise cost
    // types x types x freelancers here, and a table of types x types per freelancer.
    for (auto owned = m_customTypesOfRow.cbegin(); owned != m_customTypesOfRow.cend(); ++owned) {
        const int rest = m_snapshot.freelancers[owned.key()].limits.minRestHours * 60;
        auto forbidIfTooClose = [&](int a, int b) {
            if (gapBetween(a, b) < rest)
                m_model.forbidSuccession(a, b);
        };
        for (const int custom : owned.value()) {
            for (const int t : std::as_const(m_templateTypes)) {
                forbidIfTooClose(custom, t);
                forbidIfTooClose(t, custom);
            }
            for (const int other : owned.value())
                forbidIfTooClose(custom, other);
        }
    }

    // Shifts just outside the period bound the first and last day per freelancer.
    for (const Shift& shift : m_snapshot.shifts) {
        if (!shift.freelancerId || rowOf(*shift.freelancerId) < 0)
            continue;
        const int row = rowOf(*shift.freelancerId);
        const int day = dayOf(shift);
        const qint64 rest = qint64(m_snapshot.freelancers[row].limits.minRestHours) * 3600;
        for (int t = 0; t < m_types.size(); ++t) {
            if (m_types[t].custom)
                continue;
            for (int d : {0, m_days - 1}) {
                if ((d == 0 && day != -1) || (d == m_days - 1 && day != m_days))
                    continue;
                const QDate date = m_snapshot.period.first.addDays(d);
                const qint64 start = m_calendar.instant(date, m_types[t].startMinute);
                const qint64 end =
                    m_calendar.instant(date, m_types[t].startMinute + m_types[t].lengthMinutes);
                const bool tooClose = day == -1 ? start - shift.end.toSecsSinceEpoch() < rest
                                                : shift.start.toSecsSinceEpoch() - end < rest;
                if (tooClose)
                    m_model.forbidCell(row, d, t);
            }
        }
    }
}

void PlanningModel::findUnmeetable()
{
    // Which buckets some type fills at all, and who could fill each. A custom shift's type
    // is allowed in its own cell only, so each row is checked against the templates and its
    // own custom types.
    QList<bool> anyType(m_buckets.size(), false);
    for (int day = 0; day < m_days; ++day)
        for (int t = 0; t < m_types.size(); ++t)
            for (int b : m_model.fills(day, t))
                anyType[b] = true;
    std::vector<std::vector<int>> candidates(std::size_t(m_buckets.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        QList<bool> reachable(m_buckets.size(), false);
        auto markIfAllowed = [&](int day, int t) {
            const bool allowed = m_model.pinned(row, day) == t ||
                                 (m_model.pinned(row, day) == solver::Model::kNotPinned &&
                                  !m_model.cellForbidden(row, day, t));
            if (allowed)
                for (int b : m_model.fills(day, t))
                    reachable[b] = true;
        };
        for (int day = 0; day < m_days; ++day) {
            for (const int t : std::as_const(m_templateTypes))
                markIfAllowed(day, t);
        }
        for (const int t : m_customTypesOfRow.value(row))
            markIfAllowed(dayOf(*m_types[t].custom), t);
        for (int b = 0; b < m_buckets.size(); ++b)
            if (reachable[b])
                candidates[std::size_t(b)].push_back(row);
    }
    QList<int> capacity(m_buckets.size(), 0);
    for (int b = 0; b < m_buckets.size(); ++b)
        capacity[b] = int(candidates[std::size_t(b)].size());
    m_capacity = capacity;
    m_possible = possibleCover(candidates);

    for (int b = 0; b < m_buckets.size(); ++b) {
        const int missing = m_model.bucket(b).required - capacity[b];
        if (missing <= 0)
            continue;
        const Id skill = m_buckets[b].skillId;
        const bool someoneHasSkill =
            std::any_of(m_snapshot.freelancers.begin(), m_snapshot.freelancers.end(),
                        [&](const Freelancer& f) { return f.hasSkill(skill); });
        const Skill* s = m_snapshot.skill(skill);
        const QString name = s ? s->name : tr("(deleted skill)");
        const QString reason =
            !someoneHasSkill   ? tr("nobody in the team has the skill %1").arg(name)
            : !anyType[b]      ? tr("no shift template for %1 covers this time").arg(name)
            : capacity[b] == 0 ? tr("nobody with %1 is available then").arg(name)
                               : tr("not enough freelancers with %1 are available").arg(name);
        if (!m_unmeetable.isEmpty()) {
            Unmeetable& last = m_unmeetable.last();
            if (last.skillId == skill && last.day == m_buckets[b].day &&
                last.lastInterval + 1 == m_buckets[b].interval && last.reason == reason) {
                last.lastInterval = m_buckets[b].interval;
                last.missing += missing;
                continue;
            }
        }
        m_unmeetable.append({skill, m_buckets[b].day, m_buckets[b].interval, m_buckets[b].interval,
                             missing, reason});
    }
    std::sort(m_unmeetable.begin(), m_unmeetable.end(),
              [](const Unmeetable& a, const Unmeetable& b) {
                  return std::tie(a.day, a.skillId, a.firstInterval) <
                         std::tie(b.day, b.skillId, b.firstInterval);
              });
}

qint64 PlanningModel::possibleCover(const std::vector<std::vector<int>>& candidates) const
{
    // The buckets of each (day, interval), all skills together.
    QHash<qint64, std::vector<int>> slots;
    for (int b = 0; b < m_buckets.size(); ++b)
        slots[qint64(m_snapshot.period.first.daysTo(m_buckets[b].day)) * m_intervalsPerDay +
              m_buckets[b].interval]
            .push_back(b);
    qint64 possible = 0;
    for (const std::vector<int>& buckets : std::as_const(slots)) {
        std::vector<int> required;
        std::vector<std::vector<int>> who;
        for (const int b : buckets) {
            // Shifts outside the model cover what they cover whoever else is free.
            possible += std::min(m_demand[b], m_fixedCover[b]);
            required.push_back(std::max(0, m_demand[b] - m_fixedCover[b]));
            who.push_back(candidates[std::size_t(b)]);
        }
        possible += coverAtOnce(required, who);
    }
    return possible;
}

solver::SearchParameters PlanningModel::searchParameters() const
{
    const ScheduleWeights& w = m_snapshot.settings.weights;
    std::size_t maxFills = 1;
    for (int day = 0; day < m_days; ++day)
        for (int t = 0; t < m_types.size(); ++t)
            maxFills = std::max(maxFills, m_model.fills(day, t).size());
    std::int64_t maxCellCost = 0;
    for (int row = 0; row < m_rows.size(); ++row)
        for (int day = 0; day < m_days; ++day)
            for (int choice = solver::kOff; choice < m_types.size(); ++choice)
                maxCellCost = std::max(maxCellCost, m_model.cellCost(row, day, choice));
    std::int64_t longest = 0;
    for (const ShiftType& type : m_types)
        longest = std::max<std::int64_t>(longest, type.lengthMinutes);
    // A move changes at most two cells.
    const std::int64_t swing =
        2 *
        (maxCellCost + std::int64_t(maxFills) * std::max(w.underCover, w.overCover) * SoftScale +
         longest * w.fairness);
    solver::SearchParameters parameters;
    parameters.hardWeight = std::max<std::int64_t>(parameters.hardWeight, swing + 1);
    const double unit = SoftScale * std::max(1, std::min(w.underCover, w.notPreferred));
    parameters.startTemperature *= unit;
    parameters.endTemperature *= unit;
    return parameters;
}

ShiftChange PlanningModel::changeTo(const solver::Roster& roster, const QString& name) const
{
    QList<Shift> before;
    for (const Shift* shift : m_replaceable)
        before.append(*shift);
    QList<Shift> after;
    QList<const Shift*> reusable = m_replaceable;
    for (int row = 0; row < m_rows.size(); ++row)
        for (int day = 0; day < m_days; ++day) {
            const int t = roster.at(row, day);
            if (t == solver::kOff || m_model.pinned(row, day) == t)
                continue;
            const ShiftType& type = m_types[t];
            if (type.custom) {
                if (!type.custom->pinned)
                    after.append(*type.custom);
                continue;
            }
            const QDate date = m_snapshot.period.first.addDays(day);
            Shift shift;
            shift.start =
                QDateTime::fromSecsSinceEpoch(m_calendar.instant(date, type.startMinute), Qt::UTC);
            shift.end = QDateTime::fromSecsSinceEpoch(
                m_calendar.instant(date, type.startMinute + type.lengthMinutes), Qt::UTC);
            shift.skillId = type.skillId;
            shift.templateId = type.shiftTemplate->id;
            shift.unpaidBreakMinutes = type.shiftTemplate->unpaidBreakMinutes;
            shift.freelancerId = m_rows[row];
            // Keep the id of an identical shift so that unchanged assignments stay untouched.
            for (qsizetype i = 0; i < reusable.size(); ++i) {
                const Shift& old = *reusable[i];
                if (old.start == shift.start && old.end == shift.end &&
                    old.templateId == shift.templateId && old.freelancerId == shift.freelancerId) {
                    shift.id = old.id;
                    reusable.removeAt(i);
                    break;
                }
            }
            after.append(shift);
        }
    return ShiftChange(name, before, after);
}

PlanningModel::Coverage PlanningModel::coverage(const solver::Roster& roster) const
{
    QList<int> covered(m_buckets.size(), 0);
    for (int row = 0; row < m_rows.size(); ++row)
        for (int day = 0; day < m_days; ++day)
            if (const int t = roster.at(row, day); t != solver::kOff)
                for (int b : m_model.fills(day, t))
                    ++covered[b];
    Coverage result;
    result.possible = m_possible;
    for (int b = 0; b < m_buckets.size(); ++b) {
        const int demand = m_demand[b];
        result.demanded += demand;
        result.covered += std::min(demand, covered[b] + m_fixedCover[b]);
    }
    return result;
}

QString PlanningModel::dayName(QDate day) const
{
    return QLocale::c().toString(day, QStringLiteral("ddd d MMM"));
}

QString PlanningModel::intervalRange(int first, int last) const
{
    const int step = m_snapshot.settings.intervalMinutes;
    return QStringLiteral("%1–%2").arg(hhmm(first * step), hhmm((last + 1) * step));
}

QStringList PlanningModel::describe(const std::vector<solver::Violation>& violations) const
{
    std::vector<solver::Violation> sorted = violations;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const solver::Violation& a, const solver::Violation& b) {
                         if (solver::isHard(a.kind) != solver::isHard(b.kind))
                             return solver::isHard(a.kind);
                         return a.penalty > b.penalty;
                     });
    QStringList lines;
    for (const solver::Violation& v : sorted) {
        const QString who = v.employee >= 0 ? m_snapshot.freelancers[v.employee].name : QString();
        const QDate first = m_snapshot.period.first.addDays(std::max(0, v.firstDay));
        const QDate last = m_snapshot.period.first.addDays(std::max(0, v.lastDay));
        const QString type = v.shiftType >= 0
                                 ? QString::fromStdString(m_model.shiftType(v.shiftType).id)
                                 : QString();
        const QString weight = solver::isHard(v.kind)
                                   ? tr("hard")
                                   : QLocale::c().toString(softInWeightUnits(v.penalty), 'f', 1);
        QString text;
        switch (v.kind) {
        case solver::RuleKind::ForbiddenShift:
            text = tr("%1 cannot work %2 on %3 (unavailable, missing skill or too little rest)")
                       .arg(who, type, dayName(first));
            break;
        case solver::RuleKind::ForbiddenSuccession:
            // Reported on one day: the period's first day, after a shift worked before it.
            text = v.firstDay == v.lastDay
                       ? tr("%1: %2 on %3 comes too soon after their last shift before the "
                            "period")
                             .arg(who, type, dayName(first))
                       : tr("%1: %2 on %3 leaves too little rest before the next day's shift")
                             .arg(who, type, dayName(first));
            break;
        case solver::RuleKind::MaxShiftsOfType:
            text = tr("%1 works %2 %3 times too many").arg(who, type).arg(v.amount);
            break;
        case solver::RuleKind::MinTotalMinutes:
            text =
                tr("%1 is %2 h under the minimum hours").arg(who).arg(v.amount / 60.0, 0, 'f', 1);
            break;
        case solver::RuleKind::MaxTotalMinutes:
            text = tr("%1 is %2 h over the maximum hours").arg(who).arg(v.amount / 60.0, 0, 'f', 1);
            break;
        case solver::RuleKind::MinWindowMinutes:
            text = tr("%1 is %2 h under the minimum hours of the week %3 to %4")
                       .arg(who)
                       .arg(v.amount / 60.0, 0, 'f', 1)
                       .arg(dayName(first), dayName(last));
            break;
        case solver::RuleKind::MaxWindowMinutes:
            text = tr("%1 is %2 h over the weekly maximum in the week %3 to %4")
                       .arg(who)
                       .arg(v.amount / 60.0, 0, 'f', 1)
                       .arg(dayName(first), dayName(last));
            break;
        case solver::RuleKind::MaxConsecutiveWork:
            text = tr("%1 works too many days in a row, %2 to %3")
                       .arg(who, dayName(first), dayName(last));
            break;
        case solver::RuleKind::MinConsecutiveWork:
            text = tr("%1 works too few days in a row, %2 to %3")
                       .arg(who, dayName(first), dayName(last));
            break;
        case solver::RuleKind::MinConsecutiveOff:
            text = tr("%1 has too short a break, %2 to %3").arg(who, dayName(first), dayName(last));
            break;
        case solver::RuleKind::MaxWeekends:
            text = tr("%1 works %2 weekend(s) too many").arg(who).arg(v.amount);
            break;
        case solver::RuleKind::CellWish:
            text = tr("%1: %2 on %3 (pay, hours outside their preferred ones, or a moved "
                      "assignment)")
                       .arg(who, type, dayName(first));
            break;
        case solver::RuleKind::SoftMinutesOutOfRange:
            text = tr("%1 is scheduled %2 h below the hours they count on")
                       .arg(who)
                       .arg(v.amount / 60.0, 0, 'f', 1);
            break;
        case solver::RuleKind::CoverUnder:
        case solver::RuleKind::CoverOver: {
            const Bucket& b = m_buckets[v.bucket];
            const Skill* s = m_snapshot.skill(b.skillId);
            text = (v.kind == solver::RuleKind::CoverUnder ? tr("%1 %2 %3: %4 short")
                                                           : tr("%1 %2 %3: %4 too many"))
                       .arg(s ? s->name : QString(), dayName(b.day),
                            intervalRange(b.interval, b.interval))
                       .arg(v.amount);
            break;
        }
        }
        lines << QStringLiteral("[%1] %2").arg(weight, text);
    }
    return lines;
}

} // namespace shiftlane
