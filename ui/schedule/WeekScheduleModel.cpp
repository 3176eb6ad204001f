#include "schedule/WeekScheduleModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QTimeZone>

namespace shiftlane::ui {

WeekScheduleModel::WeekScheduleModel(QObject* parent) : QAbstractTableModel(parent) {}

void WeekScheduleModel::setSchedule(const QByteArray& planningZone, QDate weekStart,
                                    QList<Freelancer> freelancers, QList<Skill> skills,
                                    QList<Shift> shifts, std::optional<ZoneSchedule> ownClock)
{
    beginResetModel();
    m_calendar.emplace(QTimeZone(planningZone));
    m_ownClock = std::move(ownClock);
    m_weekStart = weekStart;
    m_freelancers = std::move(freelancers);
    m_skills.clear();
    for (const Skill& skill : skills)
        m_skills.insert(skill.id, skill);

    QHash<Id, int> rowOf;
    for (int row = 0; row < m_freelancers.size(); ++row)
        rowOf.insert(m_freelancers[row].id, row);
    m_cells = QList<QList<QList<Shift>>>(m_freelancers.size() + 1, QList<QList<Shift>>(Days));
    for (const Shift& shift : shifts) {
        const qint64 day = weekStart.daysTo(dayOf(shift.start.toSecsSinceEpoch()));
        if (day < 0 || day >= Days)
            continue;
        const int row =
            shift.freelancerId ? rowOf.value(*shift.freelancerId, -1) : int(m_freelancers.size());
        if (row >= 0)
            m_cells[row][day].append(shift);
    }
    endResetModel();
}

void WeekScheduleModel::setShowsUnassigned(bool shows)
{
    if (shows == m_showsUnassigned)
        return;
    beginResetModel();
    m_showsUnassigned = shows;
    endResetModel();
}

int WeekScheduleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_calendar
               ? 0
               : int(m_freelancers.size()) + (m_showsUnassigned ? 1 : 0);
}

int WeekScheduleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstDayColumn + Days;
}

qint64 WeekScheduleModel::scheduledMinutes(int row) const
{
    qint64 minutes = 0;
    for (const QList<Shift>& day : m_cells.value(row))
        for (const Shift& shift : day)
            minutes += shift.paidMinutes();
    return minutes;
}

QDate WeekScheduleModel::dayOf(qint64 utcSeconds) const
{
    return m_ownClock ? m_ownClock->localDay(utcSeconds) : m_calendar->dayOf(utcSeconds);
}

QString WeekScheduleModel::shiftLabel(const Shift& shift) const
{
    // Each end on the clock in force at that instant: a shift across a travel switch ends at
    // the time the freelancer's watch shows there.
    auto hhmm = [&](const QDateTime& at) {
        const qint64 utc = at.toSecsSinceEpoch();
        const WallClock& clock = m_ownClock ? m_ownClock->clockAt(utc) : m_calendar->clock();
        const int minute = clock.localMinuteOfDay(utc);
        return QStringLiteral("%1:%2")
            .arg(minute / 60, 2, 10, QLatin1Char('0'))
            .arg(minute % 60, 2, 10, QLatin1Char('0'));
    };
    QString label =
        tr("%1–%2 %3").arg(hhmm(shift.start), hhmm(shift.end), m_skills.value(shift.skillId).name);
    if (m_ownClock) {
        const QByteArray zone = m_ownClock->zoneIdAt(shift.start.toSecsSinceEpoch());
        if (zone != m_ownClock->homeZoneId())
            label += tr(" (%1)").arg(QString::fromUtf8(zone));
    }
    return shift.pinned ? label + tr(" (pinned)") : label;
}

QVariant WeekScheduleModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_calendar)
        return {};
    const int row = index.row();
    const int column = index.column();

    if (column >= FirstDayColumn) {
        const QList<Shift>& shifts = m_cells[row][column - FirstDayColumn];
        if (role == Qt::DisplayRole) {
            QStringList labels;
            for (const Shift& shift : shifts)
                labels << shiftLabel(shift);
            return labels.join(QLatin1Char('\n'));
        }
        if (role == Qt::BackgroundRole && !shifts.isEmpty()) {
            QColor color(m_skills.value(shifts.first().skillId).color);
            color.setAlpha(70);
            return QBrush(color);
        }
        return {};
    }

    if (isUnassignedRow(row)) {
        if (role == Qt::DisplayRole && column == NameColumn)
            return tr("Unassigned");
        return {};
    }

    const Freelancer& f = m_freelancers[row];
    if (role == Qt::DisplayRole) {
        switch (column) {
        case NameColumn:
            return f.name;
        case SkillsColumn: {
            QStringList names;
            for (Id id : f.skillIds)
                names << m_skills.value(id).name;
            return names.join(QStringLiteral(", "));
        }
        case ZoneColumn:
            return QString::fromUtf8(f.timeZone);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && column == NameColumn) {
        const qint64 minutes = scheduledMinutes(row);
        return tr("%1: %2 h scheduled this week (contract %3–%4 h)")
            .arg(f.name)
            .arg(QLocale().toString(minutes / 60.0, 'f', 1))
            .arg(f.limits.minMinutesPerWeek / 60)
            .arg(f.limits.maxMinutesPerWeek / 60);
    }
    return {};
}

QVariant WeekScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Freelancer");
    case SkillsColumn:
        return tr("Skills");
    case ZoneColumn:
        return tr("Time zone");
    default: {
        const QDate day = m_weekStart.addDays(section - FirstDayColumn);
        return QLocale().toString(day, QStringLiteral("ddd d MMM"));
    }
    }
}

} // namespace shiftlane::ui
