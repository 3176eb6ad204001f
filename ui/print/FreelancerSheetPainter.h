#pragma once

#include "ReportCanvas.h"
#include "report/ReportLayout.h"

namespace shiftlane::report {

// Paints a page of one freelancer's own sheet: their shifts in their own time zone, the
// planning zone's times in small print beside each, and their hours and pay for the period
// (per week against their contract) at the end.
class FreelancerSheetPainter
{
public:
    FreelancerSheetPainter(const ScheduleReport& report, const ReportLayout& layout);

    void paint(const ReportCanvas& canvas, const ReportLayout::SheetPage& page) const;
    QString describe(const ReportLayout::SheetPage& page) const;

private:
    struct Columns
    {
        double date, times, skill, hours, pay, planning, end;
    };
    Columns columns() const;
    void paintShiftLine(const ReportCanvas& canvas, const FreelancerSheet& sheet, int line,
                        double top) const;
    void paintSummary(const ReportCanvas& canvas, const FreelancerSheet& sheet, double top) const;

    const ScheduleReport& m_report;
    const ReportLayout& m_layout;
    const ReportMetrics& m_m;
};

} // namespace shiftlane::report
