#include "demand/DemandDayModel.h"

#include "staffing/DemandExpansion.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <cmath>

namespace shiftlane::ui {

namespace {

QString hhmm(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

QString number(double value)
{
    return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 1);
}

} // namespace

DemandDayModel::DemandDayModel(QObject* parent) : QAbstractTableModel(parent) {}

void DemandDayModel::setPlan(DemandPlan* plan, int intervalMinutes)
{
    beginResetModel();
    m_plan = plan;
    m_intervalMinutes = intervalMinutes > 0 ? intervalMinutes : 30;
    endResetModel();
    planChanged();
}

void DemandDayModel::setDay(DemandDay day)
{
    beginResetModel();
    m_day = day;
    endResetModel();
    planChanged();
}

bool DemandDayModel::isForecast() const
{
    return m_plan && m_plan->input == DemandInput::Forecast;
}

void DemandDayModel::planChanged()
{
    m_required = QList<int>(rowCount(), 0);
    if (m_plan && (!isForecast() || m_plan->forecast.validate().isEmpty())) {
        const DemandExpansion expansion(m_intervalMinutes);
        for (int row = 0; row < rowCount(); ++row)
            m_required[row] = expansion.requiredFor(*m_plan, valueAt(row));
    }
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

DemandCurve& DemandDayModel::curve()
{
    if (m_day.isOverride())
        return m_plan->overrides[m_day.date];
    return m_plan->weekly[size_t(m_day.weekday - 1)];
}

double DemandDayModel::valueAt(int row) const
{
    if (!m_plan)
        return 0;
    const DemandCurve* c = nullptr;
    if (m_day.isOverride()) {
        const auto it = m_plan->overrides.constFind(m_day.date);
        if (it == m_plan->overrides.constEnd())
            return 0;
        c = &*it;
    } else {
        c = &m_plan->weekly[size_t(m_day.weekday - 1)];
    }
    return row < c->size() ? (*c)[row] : 0;
}

void DemandDayModel::storeValue(int row, double value)
{
    DemandCurve& c = curve();
    if (c.size() <= row)
        c.resize(rowCount(), 0.0);
    c[row] = value;
    m_required[row] = 0;
    if (!isForecast() || m_plan->forecast.validate().isEmpty())
        m_required[row] = DemandExpansion(m_intervalMinutes).requiredFor(*m_plan, value);
    Q_EMIT dataChanged(index(row, ValueColumn), index(row, AgentsColumn));
}

QList<double> DemandDayModel::values() const
{
    QList<double> v;
    for (int row = 0; row < rowCount(); ++row)
        v.append(valueAt(row));
    return v;
}

QList<int> DemandDayModel::required() const
{
    return m_required;
}

int DemandDayModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_plan ? 0 : MinutesPerDay / m_intervalMinutes;
}

int DemandDayModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DemandDayModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_plan)
        return {};
    const int row = index.row();
    const double value = valueAt(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QStringLiteral("%1–%2").arg(hhmm(row * m_intervalMinutes),
                                               hhmm((row + 1) * m_intervalMinutes));
        case ValueColumn:
            return value > 0 ? number(value) : QString();
        case AgentsColumn:
            return m_required.value(row) > 0 ? QString::number(m_required.value(row)) : QString();
        }
        break;
    case Qt::EditRole:
        if (index.column() == ValueColumn)
            return number(value);
        if (index.column() == AgentsColumn)
            return m_required.value(row);
        break;
    case Qt::TextAlignmentRole:
        return index.column() == TimeColumn ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                            : int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == TimeColumn || index.column() == AgentsColumn)
            return QBrush(QColor(90, 90, 90));
        break;
    case Qt::FontRole:
        if (index.column() == AgentsColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == AgentsColumn && isForecast() && value > 0)
            return tr("%1 contacts with an average handle time of %2 s need %n freelancer(s) "
                      "scheduled (Erlang C, %3% within %4 s, %5% shrinkage)",
                      nullptr, m_required.value(row))
                .arg(number(value))
                .arg(m_plan->forecast.handleSeconds)
                .arg(m_plan->forecast.serviceLevel * 100)
                .arg(m_plan->forecast.answerSeconds)
                .arg(m_plan->forecast.shrinkage * 100);
        break;
    default:
        break;
    }
    return {};
}

QVariant DemandDayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Interval");
    case ValueColumn:
        return isForecast() ? tr("Contacts") : tr("Headcount");
    case AgentsColumn:
        return tr("Freelancers needed");
    }
    return {};
}

Qt::ItemFlags DemandDayModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ValueColumn && !m_readOnly)
        f |= Qt::ItemIsEditable;
    return f;
}

std::optional<double> DemandDayModel::parse(const QString& text, QString* error) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return 0.0;
    bool ok = false;
    double value = QLocale().toDouble(trimmed, &ok);
    if (!ok)
        value = QLocale::c().toDouble(trimmed, &ok);
    const bool forecast = isForecast();
    QString why;
    if (!ok || !std::isfinite(value))
        why = tr("\"%1\" is not a number").arg(trimmed);
    else if (value < 0)
        why = tr("%1 cannot be negative").arg(forecast ? tr("contacts") : tr("a headcount"));
    else if (forecast && value > 100000)
        why = tr("at most 100,000 contacts per interval");
    else if (!forecast && value > 10000)
        why = tr("at most 10,000 freelancers per interval");
    else if (!forecast && value != std::floor(value))
        why = tr("a headcount must be a whole number (type contacts in forecast mode)");
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    return forecast ? std::round(value * 10) / 10 : value; // contacts to a tenth
}

bool DemandDayModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() != ValueColumn || m_readOnly ||
        !m_plan)
        return false;
    QString error;
    const auto parsed = parse(value.toString(), &error);
    if (!parsed) {
        Q_EMIT refused(
            tr("%1: %2").arg(data(this->index(index.row(), TimeColumn)).toString(), error));
        return false;
    }
    if (*parsed == valueAt(index.row()))
        return true;
    storeValue(index.row(), *parsed);
    Q_EMIT edited();
    return true;
}

int DemandDayModel::setValues(int row, const QStringList& texts, QString* error)
{
    if (m_readOnly || !m_plan)
        return 0;
    int set = 0;
    for (const QString& text : texts) {
        if (row + set >= rowCount())
            break;
        QString why;
        const auto parsed = parse(text, &why);
        if (!parsed) {
            if (error)
                *error = tr("%1: %2").arg(data(index(row + set, TimeColumn)).toString(), why);
            break;
        }
        storeValue(row + set, *parsed);
        ++set;
    }
    if (set > 0)
        Q_EMIT edited();
    return set;
}

} // namespace shiftlane::ui
