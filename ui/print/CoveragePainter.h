#pragma once

#include "ReportCanvas.h"
#include "report/ReportLayout.h"

namespace shiftlane::report {

// Paints the coverage pages: a bar chart per skill of demand against scheduled
// freelancer-hours for each day (drawn as vectors, every label real text), and the list of
// demand intervals the schedule leaves short.
class CoveragePainter
{
public:
    CoveragePainter(const ScheduleReport& report, const ReportLayout& layout);

    void paintChart(const ReportCanvas& canvas, const ReportLayout::ChartPage& page) const;
    void paintUnmet(const ReportCanvas& canvas, const ReportLayout::UnmetPage& page) const;
    QString describe(const ReportLayout::ChartPage& page) const;
    QString describe(const ReportLayout::UnmetPage& page) const;

private:
    void paintPanel(const ReportCanvas& canvas, const ReportLayout::ChartPage& page, Id skillId,
                    const QRectF& box) const;
    double hours(qint64 freelancerIntervals) const;

    const ScheduleReport& m_report;
    const ReportLayout& m_layout;
    const ReportMetrics& m_m;
};

} // namespace shiftlane::report
