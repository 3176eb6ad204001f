#include "people/FreelancerTableModel.h"

#include "time/ZoneSchedule.h"

#include <QLocale>
#include <QTimeZone>

namespace shiftlane::ui {

FreelancerTableModel::FreelancerTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void FreelancerTableModel::setSnapshot(const ScheduleSnapshot& snapshot)
{
    beginResetModel();
    m_rows.clear();
    const PlanningCalendar calendar = snapshot.calendar();
    QHash<Id, qint64> minutes;
    for (const Shift& shift : snapshot.shifts)
        if (shift.freelancerId &&
            snapshot.period.contains(calendar.dayOf(shift.start.toSecsSinceEpoch())))
            minutes[*shift.freelancerId] += shift.paidMinutes();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Freelancer& f : snapshot.freelancers) {
        QStringList skills;
        for (Id id : f.skillIds)
            if (const Skill* s = snapshot.skill(id))
                skills << s->name;
        const ZoneSchedule zones(f, snapshot.availability.value(f.id));
        const WallClock& clock = zones.clockAt(now.toSecsSinceEpoch());
        m_rows.append({f, skills.join(QStringLiteral(", ")), zones.zoneIdAt(now.toSecsSinceEpoch()),
                       clock.offsetSeconds(now.toSecsSinceEpoch()), minutes.value(f.id)});
    }
    endResetModel();
}

int FreelancerTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FreelancerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FreelancerTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Row& row = m_rows[index.row()];
    const Freelancer& f = row.freelancer;
    if (role == IdRole)
        return f.id;
    const QLocale locale;
    if (role == SortRole) {
        switch (index.column()) {
        case TimeZone:
            return row.offsetSeconds;
        case Rate:
            return f.hourlyRateCents;
        case ContractHours:
            return f.limits.maxMinutesPerWeek;
        case ScheduledHours:
            return row.scheduledMinutes;
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return f.name;
    case Skills:
        return row.skills;
    case TimeZone: {
        const int offset = std::abs(row.offsetSeconds) / 60;
        const QString zone = row.zoneNow == f.timeZone ? QString::fromUtf8(f.timeZone)
                                                       : tr("%1, travelling from %2")
                                                             .arg(QString::fromUtf8(row.zoneNow),
                                                                  QString::fromUtf8(f.timeZone));
        return tr("%1 (UTC%2%3:%4)")
            .arg(zone, row.offsetSeconds < 0 ? QStringLiteral("−") : QStringLiteral("+"))
            .arg(offset / 60, 2, 10, QLatin1Char('0'))
            .arg(offset % 60, 2, 10, QLatin1Char('0'));
    }
    case Rate:
        return tr("%1 %2/h").arg(locale.toString(f.hourlyRateCents / 100.0, 'f', 2), f.currency);
    case ContractHours:
        return tr("%1–%2 h/week")
            .arg(locale.toString(f.limits.minMinutesPerWeek / 60.0, 'f', 0),
                 locale.toString(f.limits.maxMinutesPerWeek / 60.0, 'f', 0));
    case ScheduledHours:
        return tr("%1 h").arg(locale.toString(row.scheduledMinutes / 60.0, 'f', 1));
    default:
        return {};
    }
}

QVariant FreelancerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Skills:
        return tr("Skills");
    case TimeZone:
        return tr("Time zone (offset now)");
    case Rate:
        return tr("Rate");
    case ContractHours:
        return tr("Contract");
    case ScheduledHours:
        return tr("Scheduled this period");
    default:
        return {};
    }
}

} // namespace shiftlane::ui
