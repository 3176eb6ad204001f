#pragma once

#include "report/ScheduleReport.h"

#include <QList>
#include <QSizeF>

namespace shiftlane {

// Sizes of the printed reports in points (1/72 inch). The painter draws with exactly these,
// so the page breaks decided here are the ones on paper, whatever fonts are installed.
struct ReportMetrics
{
    // Every page
    double pageHeaderHeight = 38; // title and subtitle
    double pageFooterHeight = 16; // page number
    // Team schedule
    double legendHeight = 14;
    double columnHeaderHeight = 24;
    double nameColumnWidth = 118;
    double totalsColumnWidth = 100;
    double minDayColumnWidth = 74;
    int maxDaysPerPage = 7;      // one week across
    double shiftSlotHeight = 22; // one shift block: its times, its skill
    double rowPadding = 4;
    double totalsLineHeight = 10;
    // A freelancer's sheet
    double sheetTableHeaderHeight = 18;
    double sheetLineHeight = 16;
    double sheetSummaryHeight = 58;
    // Coverage
    double chartLegendHeight = 16;
    double chartPanelMinHeight = 150;
    double chartPanelMinWidth = 230;
    double unmetTableHeaderHeight = 18;
    double unmetLineHeight = 13;
};

// A vertical block of a page made of items of one height (a row's shift slots, lines of a
// list). Packing keeps a band on one page whenever it fits on a page at all, and splits one
// that does not only between items, so no item is ever cut at a page edge.
struct Band
{
    int items = 1;
    double itemHeight = 0;
    double padding = 0; // once per piece of the band on a page

    double height(int itemCount) const { return padding + itemCount * itemHeight; }
};

struct BandSlice
{
    int band = 0;
    int firstItem = 0;
    int items = 0;
    double height = 0;
    friend bool operator==(const BandSlice&, const BandSlice&) = default;
};

// Packs bands top to bottom into pages pageHeight high; every page holds at least one slice.
QList<QList<BandSlice>> packBands(const QList<Band>& bands, double pageHeight);

// What a document holds; the team schedule is optional only in the GUI's choice.
struct ReportContents
{
    bool teamSchedule = true;
    bool perFreelancer = false;
    bool coverage = false;
    bool isEmpty() const { return !teamSchedule && !perFreelancer && !coverage; }
};

// Every page of a report document, decided before anything is drawn: which rows and days,
// which freelancer, which chart panels, which list lines go on each page.
class ReportLayout
{
public:
    enum class Section
    {
        TeamSchedule,
        FreelancerSheet,
        CoverageChart,
        UnmetList
    };
    struct Page
    {
        Section section = Section::TeamSchedule;
        int index = 0; // into the section's own list below
    };

    // Team schedule: bands are the report's rows, then one band of per-day totals.
    struct TeamPage
    {
        int firstDay = 0; // of the period
        int dayCount = 0;
        QList<BandSlice> slices;
    };
    // A freelancer's sheet: bands are their shifts (one line each; a "no shifts" line when
    // they have none), then the summary.
    struct SheetPage
    {
        int sheet = 0;
        int part = 0; // 0-based page of this freelancer's sheet
        int parts = 1;
        QList<BandSlice> slices;
    };
    struct ChartPage
    {
        int firstDay = 0;
        int dayCount = 0;
        QList<Id> skills; // one panel each, row by row
        int columns = 1;
        int rows = 1;
    };
    // Unmet demand: one band per UnmetInterval (one "all covered" line when there is none).
    struct UnmetPage
    {
        QList<BandSlice> slices;
    };

    ReportLayout(const ScheduleReport& report, QSizeF pageSizePoints,
                 const ReportContents& contents, const ReportMetrics& metrics = {});

    const ReportMetrics& metrics() const { return m_metrics; }
    QSizeF pageSize() const { return m_size; }
    const QList<Page>& pages() const { return m_pages; }
    int pageCount() const { return int(m_pages.size()); }

    const QList<TeamPage>& teamPages() const { return m_team; }
    int daysPerPage() const { return m_daysPerPage; }
    double dayColumnWidth() const { return m_dayWidth; }
    int totalsBand() const { return m_totalsBand; }
    // Lines of the per-day totals band: one per skill that anyone works on a day of the
    // chunk, then freelancers in all, then open shifts.
    QList<Id> totalsSkills(int firstDay, int dayCount) const;

    const QList<SheetPage>& sheetPages() const { return m_sheets; }
    const QList<ChartPage>& chartPages() const { return m_charts; }
    const QList<UnmetPage>& unmetPages() const { return m_unmet; }

    // Height left for bands on a page of each section.
    double teamBandArea() const;
    double sheetBandArea() const;
    double unmetBandArea() const;

private:
    void layOutTeam();
    void layOutSheets();
    void layOutCoverage();

    const ScheduleReport& m_report;
    QSizeF m_size;
    ReportMetrics m_metrics;
    QList<Page> m_pages;
    QList<TeamPage> m_team;
    QList<SheetPage> m_sheets;
    QList<ChartPage> m_charts;
    QList<UnmetPage> m_unmet;
    int m_daysPerPage = 7;
    double m_dayWidth = 0;
    int m_totalsBand = 0;
};

} // namespace shiftlane
