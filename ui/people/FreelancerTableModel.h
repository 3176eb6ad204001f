#pragma once

#include "schedule/ScheduleSnapshot.h"

#include <QAbstractTableModel>

namespace shiftlane::ui {

// The team as a table: name, skills, time zone with its UTC offset now, rate, contract hours
// and the hours scheduled in the shown period. Sorts by the underlying numbers.
class FreelancerTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Skills,
        TimeZone,
        Rate,
        ContractHours,
        ScheduledHours,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;

    explicit FreelancerTableModel(QObject* parent = nullptr);
    void setSnapshot(const ScheduleSnapshot& snapshot);
    Id freelancerAt(int row) const { return m_rows.value(row).freelancer.id; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Freelancer freelancer;
        QString skills;
        QByteArray zoneNow; // differs from the home zone while travelling
        int offsetSeconds = 0;
        qint64 scheduledMinutes = 0;
    };
    QList<Row> m_rows;
};

} // namespace shiftlane::ui
