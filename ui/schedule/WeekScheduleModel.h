#pragma once

#include "domain/Freelancer.h"
#include "domain/Shift.h"
#include "domain/Skill.h"
#include "time/PlanningCalendar.h"
#include "time/ZoneSchedule.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

namespace shiftlane::ui {

// One week of the schedule as a table: a row per freelancer plus an "Unassigned" row at
// the end, columns Name, Skills, Time zone, then one per day holding that day's shifts (by
// the day they start on). The team lead reads days and times in the planning zone; a
// freelancer (ownClock given) reads them on their own watch: the zone in force on each date,
// travel included, and a shift away from home says where.
class WeekScheduleModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        SkillsColumn,
        ZoneColumn,
        FirstDayColumn
    };
    static constexpr int Days = 7;

    explicit WeekScheduleModel(QObject* parent = nullptr);

    void setSchedule(const QByteArray& planningZone, QDate weekStart, QList<Freelancer> freelancers,
                     QList<Skill> skills, QList<Shift> shifts,
                     std::optional<ZoneSchedule> ownClock = std::nullopt);
    QDate weekStart() const { return m_weekStart; }
    // Freelancer mode has no Unassigned row: open shifts are the team lead's to see.
    void setShowsUnassigned(bool shows);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Paid minutes per freelancer this week, for the name column's tooltip.
    qint64 scheduledMinutes(int row) const;

private:
    QString shiftLabel(const Shift& shift) const;
    bool isUnassignedRow(int row) const { return m_showsUnassigned && row == m_freelancers.size(); }

    QDate dayOf(qint64 utcSeconds) const;

    std::optional<PlanningCalendar> m_calendar;
    std::optional<ZoneSchedule> m_ownClock;
    QDate m_weekStart;
    bool m_showsUnassigned = true;
    QList<Freelancer> m_freelancers;
    QHash<Id, Skill> m_skills;
    // [row][day] -> shifts starting that day
    QList<QList<QList<Shift>>> m_cells;
};

} // namespace shiftlane::ui
