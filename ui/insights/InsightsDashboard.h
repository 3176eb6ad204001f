#pragma once

#include "edit/ReadScope.h"
#include "report/Insights.h"
#include "schedule/ScheduleSnapshot.h"

#include <QWidget>
#include <array>

#include <optional>

class QChart;
class QChartView;
class QLabel;

namespace shiftlane::ui {

// The Insights tab: charts of Insights (core/report), the period's hours and pay against
// contracts, week-to-week pay and its variability, preferred hours honoured, hours asked for
// against hours got, coverage per skill and day, and cost per week. It draws the core's figures
// and computes none of its own. Feed it the snapshot after every change (setSnapshot); while the
// tab is hidden it only remembers the snapshot and redraws when shown. Every chart can be saved
// as a PNG from its context menu or its button.
class InsightsDashboard : public QWidget
{
    Q_OBJECT

public:
    enum class Chart
    {
        Hours,      // hours per freelancer; bars, with min and max markers
        Pay,        // pay in the period per freelancer; bars, with min and max markers
        WeeklyPay,  // pay per freelancer per week (a bar set per week), variability line
        AskedGot,   // available, preferred and scheduled hours per freelancer
        Preferred,  // share of each freelancer's shift time in preferred hours
        Coverage,   // demand met per skill per day
        CostPerWeek // a bar set per currency
    };
    static constexpr int ChartCount = 7;

    explicit InsightsDashboard(QWidget* parent = nullptr);

    void setSnapshot(const ScheduleSnapshot& snapshot);
    // Whose figures are drawn (ReadScope::restrict): everyone's, or a freelancer's own beside
    // the team's coverage; the team's cost per week is then not shown.
    void setReadScope(const ReadScope& scope);
    // The figures drawn, computed for the latest snapshot if they are not yet.
    const Insights& insights();
    QChart* chart(Chart which) const;
    QChartView* chartView(Chart which) const;
    // Draws the chart as it is on screen into a PNG file; false when it cannot be written.
    bool saveChart(Chart which, const QString& path) const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refresh();
    void redraw();
    void drawHours();
    void drawPay();
    void drawWeeklyPay();
    void drawAskedGot();
    void drawPreferred();
    void drawCoverage();
    void drawCost();
    void chooseFileAndSave(Chart which);
    QString payUnit() const;

    std::optional<ScheduleSnapshot> m_snapshot;
    bool m_stale = false;
    ReadScope m_scope;
    Insights m_insights;
    QLabel* m_summary;
    std::array<QChartView*, ChartCount> m_views{};
};

} // namespace shiftlane::ui
