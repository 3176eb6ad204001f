#pragma once

#include "domain/Demand.h"

#include <QAbstractTableModel>
#include <QDate>

#include <optional>

namespace shiftlane::ui {

// Which day of a demand plan is shown: a weekday of the weekly pattern, or an override date.
struct DemandDay
{
    int weekday = 1; // 1 = Monday; used when `date` is null
    QDate date;      // an override of this date
    bool isOverride() const { return date.isValid(); }
    friend bool operator==(const DemandDay&, const DemandDay&) = default;
};

// One day of a skill's demand plan, a row per interval: the time, the value typed (contacts
// for a forecast, else headcount) and the freelancers it needs, recomputed with Erlang C as
// soon as a value or a forecast parameter changes. It edits the draft plan the panel owns;
// nothing is saved until the panel saves the plan as one edit.
class DemandDayModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        ValueColumn,
        AgentsColumn,
        ColumnCount
    };

    explicit DemandDayModel(QObject* parent = nullptr);

    // The plan stays owned by the caller and must outlive its use here.
    void setPlan(DemandPlan* plan, int intervalMinutes);
    void setDay(DemandDay day);
    // The plan's input or forecast parameters changed: every required number may change.
    void planChanged();
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    const DemandDay& day() const { return m_day; }
    int intervalMinutes() const { return m_intervalMinutes; }
    // The day's values and the freelancers each needs, one entry per interval.
    QList<double> values() const;
    QList<int> required() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // Sets consecutive intervals from `row` (pasting a column from a spreadsheet). Returns the
    // number set; stops at the first text that is not a valid value (and says why in `error`).
    int setValues(int row, const QStringList& texts, QString* error = nullptr);
    // Parses what a user typed: a number in the user's or the C locale, at least 0, whole in
    // headcount mode. Returns nullopt with the reason otherwise.
    std::optional<double> parse(const QString& text, QString* error) const;

Q_SIGNALS:
    // A value of the plan changed (typed or pasted).
    void edited();
    // A typed value was refused, with the reason.
    void refused(const QString& message);

private:
    DemandCurve& curve();
    double valueAt(int row) const;
    void storeValue(int row, double value);
    bool isForecast() const;

    DemandPlan* m_plan = nullptr;
    int m_intervalMinutes = 30;
    DemandDay m_day;
    bool m_readOnly = false;
    QList<int> m_required; // cached per row, refreshed on every change
};

} // namespace shiftlane::ui
