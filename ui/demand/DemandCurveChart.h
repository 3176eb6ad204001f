#pragma once

#include <QList>
#include <QWidget>

class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;

namespace shiftlane::ui {

// The selected day's demand as a curve over the day: freelancers needed (steps, left axis)
// and, for a forecast, the contacts per interval (right axis).
class DemandCurveChart : public QWidget
{
    Q_OBJECT
public:
    explicit DemandCurveChart(QWidget* parent = nullptr);

    // One value per interval; contacts empty when the demand is typed as headcount.
    void setCurve(const QString& title, const QList<double>& contacts, const QList<int>& required,
                  int intervalMinutes);

    QChart* chart() const { return m_chart; }
    QLineSeries* contactsSeries() const { return m_contacts; }
    QLineSeries* requiredSeries() const { return m_required; }
    // The value a series draws for an interval (its step's height).
    static double valueAt(const QLineSeries* series, int interval);

private:
    QChart* m_chart;
    QChartView* m_view;
    QValueAxis* m_axisX;
    QValueAxis* m_axisAgents;
    QValueAxis* m_axisContacts;
    QLineSeries* m_contacts;
    QLineSeries* m_required;
};

} // namespace shiftlane::ui
