#include "report/ReportLayout.h"

#include <algorithm>
#include <cmath>

namespace shiftlane {

QList<QList<BandSlice>> packBands(const QList<Band>& bands, double pageHeight)
{
    QList<QList<BandSlice>> pages(1);
    double used = 0;
    auto newPage = [&] {
        pages.append(QList<BandSlice>());
        used = 0;
    };
    for (int b = 0; b < bands.size(); ++b) {
        const Band& band = bands[b];
        const int items = std::max(1, band.items);
        // Whole bands never straddle a page edge: start a fresh page if this one is too full.
        if (band.height(items) <= pageHeight && used + band.height(items) > pageHeight &&
            !pages.last().isEmpty())
            newPage();
        int next = 0;
        while (next < items) {
            int fit = band.itemHeight > 0
                          ? int(std::floor((pageHeight - used - band.padding) / band.itemHeight))
                          : items;
            if (fit < 1 && !pages.last().isEmpty()) {
                newPage();
                continue;
            }
            fit = std::clamp(fit, 1, items - next); // an item taller than a page gets its own
            const BandSlice slice{b, next, fit, band.height(fit)};
            pages.last().append(slice);
            used += slice.height;
            next += fit;
            if (next < items)
                newPage();
        }
    }
    return pages;
}

ReportLayout::ReportLayout(const ScheduleReport& report, QSizeF pageSizePoints,
                           const ReportContents& contents, const ReportMetrics& metrics)
    : m_report(report), m_size(pageSizePoints), m_metrics(metrics)
{
    if (contents.teamSchedule)
        layOutTeam();
    if (contents.perFreelancer)
        layOutSheets();
    if (contents.coverage)
        layOutCoverage();
}

double ReportLayout::teamBandArea() const
{
    return m_size.height() - m_metrics.pageHeaderHeight - m_metrics.legendHeight -
           m_metrics.columnHeaderHeight - m_metrics.pageFooterHeight;
}

double ReportLayout::sheetBandArea() const
{
    return m_size.height() - m_metrics.pageHeaderHeight - m_metrics.sheetTableHeaderHeight -
           m_metrics.pageFooterHeight;
}

double ReportLayout::unmetBandArea() const
{
    return m_size.height() - m_metrics.pageHeaderHeight - m_metrics.unmetTableHeaderHeight -
           m_metrics.pageFooterHeight;
}

QList<Id> ReportLayout::totalsSkills(int firstDay, int dayCount) const
{
    QList<Id> skills;
    for (const Skill& s : m_report.skills)
        for (int d = firstDay; d < firstDay + dayCount && d < m_report.dayTotals.size(); ++d)
            if (std::any_of(m_report.dayTotals[d].bySkill.begin(),
                            m_report.dayTotals[d].bySkill.end(),
                            [&s](const SkillHeadcount& h) { return h.skillId == s.id; })) {
                skills.append(s.id);
                break;
            }
    return skills;
}

void ReportLayout::layOutTeam()
{
    const int days = m_report.period.isValid() ? m_report.period.days() : 0;
    const double across = m_size.width() - m_metrics.nameColumnWidth - m_metrics.totalsColumnWidth;
    m_daysPerPage = std::clamp(int(std::floor(across / m_metrics.minDayColumnWidth)), 1,
                               m_metrics.maxDaysPerPage);
    m_dayWidth = across / m_daysPerPage;
    m_totalsBand = int(m_report.rows.size());

    for (int first = 0; first < days; first += m_daysPerPage) {
        const int count = std::min(m_daysPerPage, days - first);
        QList<Band> bands;
        for (const ScheduleRow& row : m_report.rows)
            bands.append({row.mostShiftsOnADay(first, count), m_metrics.shiftSlotHeight,
                          m_metrics.rowPadding});
        // Per-day totals: a line per skill worked, then freelancers and open shifts.
        bands.append({int(totalsSkills(first, count).size()) + 2, m_metrics.totalsLineHeight,
                      m_metrics.rowPadding});
        for (const QList<BandSlice>& slices : packBands(bands, teamBandArea())) {
            m_pages.append({Section::TeamSchedule, int(m_team.size())});
            m_team.append({first, count, slices});
        }
    }
}

void ReportLayout::layOutSheets()
{
    for (int s = 0; s < m_report.sheets.size(); ++s) {
        const FreelancerSheet& sheet = m_report.sheets[s];
        QList<Band> bands(std::max<qsizetype>(1, sheet.shifts.size()),
                          Band{1, m_metrics.sheetLineHeight, 0});
        bands.append({1, m_metrics.sheetSummaryHeight, 0});
        const QList<QList<BandSlice>> pages = packBands(bands, sheetBandArea());
        for (int part = 0; part < pages.size(); ++part) {
            m_pages.append({Section::FreelancerSheet, int(m_sheets.size())});
            m_sheets.append({s, part, int(pages.size()), pages[part]});
        }
    }
}

void ReportLayout::layOutCoverage()
{
    const int days = m_report.period.isValid() ? m_report.period.days() : 0;
    const double chartArea = m_size.height() - m_metrics.pageHeaderHeight -
                             m_metrics.chartLegendHeight - m_metrics.pageFooterHeight;
    const int columns = std::max(1, int(std::floor(m_size.width() / m_metrics.chartPanelMinWidth)));
    const int rows = std::max(1, int(std::floor(chartArea / m_metrics.chartPanelMinHeight)));
    const int perPage = columns * rows;
    const QList<Id>& skills = m_report.coveredSkills;
    // A week of days per chart page, like the team schedule.
    const int daysPerChart = std::max(1, m_metrics.maxDaysPerPage);
    for (int first = 0; first < days; first += daysPerChart) {
        const int count = std::min(daysPerChart, days - first);
        for (int from = 0; from < std::max<qsizetype>(1, skills.size()); from += perPage) {
            const QList<Id> panel = skills.mid(from, perPage);
            // As few panel rows as the skills need, so panels grow when there are few.
            const int used = panel.isEmpty() ? 1 : int(panel.size());
            const int panelColumns = std::min(columns, used);
            const int panelRows = (used + panelColumns - 1) / panelColumns;
            m_pages.append({Section::CoverageChart, int(m_charts.size())});
            m_charts.append({first, count, panel, panelColumns, panelRows});
        }
    }

    const QList<Band> bands(std::max<qsizetype>(1, m_report.unmet.size()),
                            Band{1, m_metrics.unmetLineHeight, 0});
    for (const QList<BandSlice>& slices : packBands(bands, unmetBandArea())) {
        m_pages.append({Section::UnmetList, int(m_unmet.size())});
        m_unmet.append({slices});
    }
}

} // namespace shiftlane
