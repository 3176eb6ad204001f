#pragma once

#include "ReportCanvas.h"
#include "report/ReportLayout.h"

namespace shiftlane::report {

// Paints one page of the team schedule: the title block, the skill legend, the header row
// (freelancer, one column per day, totals), the page's rows with every shift as a block in
// its skill's colour with its times, and the per-day headcount when the page holds it.
class TeamSchedulePainter
{
public:
    TeamSchedulePainter(const ScheduleReport& report, const ReportLayout& layout);

    void paint(const ReportCanvas& canvas, const ReportLayout::TeamPage& page) const;
    // What the page holds, for its footer: "Days 1–7 of 28 · rows 1–19 of 201".
    QString describe(const ReportLayout::TeamPage& page) const;

private:
    void paintLegend(const ReportCanvas& canvas, double top) const;
    void paintColumnHeader(const ReportCanvas& canvas, const ReportLayout::TeamPage& page,
                           double top) const;
    void paintRow(const ReportCanvas& canvas, const ReportLayout::TeamPage& page,
                  const BandSlice& slice, double top) const;
    void paintShift(const ReportCanvas& canvas, const ReportShift& shift, const QRectF& slot) const;
    void paintTotals(const ReportCanvas& canvas, const ReportLayout::TeamPage& page,
                     const BandSlice& slice, double top) const;
    double dayX(int column) const;
    double totalsX(const ReportLayout::TeamPage& page) const;
    QColor skillColor(Id skillId) const;

    const ScheduleReport& m_report;
    const ReportLayout& m_layout;
    const ReportMetrics& m_m;
};

} // namespace shiftlane::report
