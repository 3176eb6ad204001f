#include "report/ReportLayout.h"

#include "demo/DemoTeam.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace shiftlane;

namespace {

// A report of `people` freelancers with one shift every day of `weeks` weeks, two skills.
ScheduleReport uniformReport(int people, int weeks)
{
    ScheduleReport report;
    report.period = {QDate(2026, 11, 30), QDate(2026, 11, 30).addDays(7 * weeks - 1)};
    report.skills = {{1, QStringLiteral("Phone"), QStringLiteral("#1f77b4")},
                     {2, QStringLiteral("Chat"), QStringLiteral("#ff7f0e")}};
    const int days = report.period.days();
    for (int p = 0; p < people; ++p) {
        ScheduleRow row;
        row.freelancerId = p + 1;
        row.name = QStringLiteral("Freelancer %1").arg(p + 1);
        row.days.resize(days);
        for (int d = 0; d < days; ++d)
            row.days[d].append({1, 1 + p % 2, QStringLiteral("09:00–17:00"), 480, 0, false});
        report.rows.append(row);
        report.sheets.append({p + 1, row.name, "UTC", QStringLiteral("EUR"), 0, {}, {}, 0, 0});
    }
    report.dayTotals.resize(days);
    for (DayTotals& totals : report.dayTotals)
        totals.bySkill = {{1, (people + 1) / 2}, {2, people / 2}};
    return report;
}

// 800 × 600 points; the default metrics leave 600-38-14-24-16 = 508 points for rows of 26
// (a 22-point shift slot and 4 of padding): 19 rows a page. The per-day totals band is
// 4 + 10 × (2 skills + 2) = 44 points.
const QSizeF Page(800, 600);

int teamPages(int people, int weeks)
{
    const ScheduleReport report = uniformReport(people, weeks);
    return ReportLayout(report, Page, {}).pageCount();
}

} // namespace

TEST_CASE("packBands keeps a band on one page and starts a new page when it does not fit")
{
    const QList<Band> bands{{1, 30, 0}, {2, 30, 0}, {1, 30, 0}};
    const auto pages = packBands(bands, 100);
    REQUIRE(pages.size() == 2);
    CHECK(pages[0] == QList<BandSlice>{{0, 0, 1, 30}, {1, 0, 2, 60}});
    CHECK(pages[1] == QList<BandSlice>{{2, 0, 1, 30}});

    // 30 + 70 does not fit in 90: the second band moves whole to the next page.
    const auto moved = packBands({{1, 30, 0}, {7, 10, 0}}, 90);
    REQUIRE(moved.size() == 2);
    CHECK(moved[1] == QList<BandSlice>{{1, 0, 7, 70}});
}

TEST_CASE("packBands splits a band taller than a page between items, never inside one")
{
    // 25 items of 10 with 5 of padding per piece on pages of 100: 9 items a page.
    const auto pages = packBands({{1, 50, 0}, {25, 10, 5}}, 100);
    REQUIRE(pages.size() == 4);
    CHECK(pages[0] == QList<BandSlice>{{0, 0, 1, 50}, {1, 0, 4, 45}});
    CHECK(pages[1] == QList<BandSlice>{{1, 4, 9, 95}});
    CHECK(pages[2] == QList<BandSlice>{{1, 13, 9, 95}});
    CHECK(pages[3] == QList<BandSlice>{{1, 22, 3, 35}});
    // An item taller than the page still gets a page of its own rather than vanishing.
    CHECK(packBands({{1, 150, 0}}, 100).size() == 1);
}

TEST_CASE("The team schedule pages grow with the team and with the weeks")
{
    // 20 rows: 19 on the first page, 1 and the totals on the second.
    CHECK(teamPages(20, 1) == 2);
    CHECK(teamPages(20, 4) == 8);
    // 200 rows: 10 pages of 19, then 10 rows (260) and the totals (44) on an 11th.
    CHECK(teamPages(200, 1) == 11);
    CHECK(teamPages(200, 4) == 44);
    // 18 rows and the totals do not fit together (468 + 44 > 508): the totals get a page.
    CHECK(teamPages(18, 1) == 2);
    CHECK(teamPages(17, 1) == 1);
}

TEST_CASE("Each team page holds a week of days, and every row once per week, in order")
{
    const ScheduleReport report = uniformReport(45, 2);
    const ReportLayout layout(report, Page, {});
    CHECK(layout.daysPerPage() == 7);
    CHECK(layout.dayColumnWidth() == Approx((800 - 118 - 100) / 7.0));
    QList<int> seen;
    for (const ReportLayout::TeamPage& page : layout.teamPages()) {
        CHECK(page.dayCount == 7);
        double height = 0;
        for (const BandSlice& slice : page.slices) {
            height += slice.height;
            if (page.firstDay == 0)
                seen.append(slice.band);
        }
        CHECK(height <= layout.teamBandArea());
    }
    CHECK(layout.teamPages().constLast().firstDay == 7);
    QList<int> expected;
    for (int band = 0; band <= 45; ++band)
        expected.append(band);
    CHECK(seen == expected); // 45 rows, then the totals band (45)
    CHECK(layout.totalsBand() == 45);
    CHECK(layout.totalsSkills(0, 7) == QList<Id>{1, 2});
}

TEST_CASE("A narrow page takes fewer days across: a period of ten days ends on a short page")
{
    ScheduleReport report = uniformReport(3, 2);
    report.period.last = report.period.first.addDays(9);
    const ReportLayout portrait(report, QSizeF(560, 800), {});
    CHECK(portrait.daysPerPage() == 4); // (560 - 218) / 74
    QList<int> widths;
    for (const auto& page : portrait.teamPages())
        widths.append(page.dayCount);
    CHECK(widths == QList<int>{4, 4, 2});

    const ReportLayout landscape(report, Page, {});
    widths.clear();
    for (const auto& page : landscape.teamPages())
        widths.append(page.dayCount);
    CHECK(widths == QList<int>{7, 3});
}

TEST_CASE("A row with more shifts a day is taller, and the unassigned row splits if it must")
{
    ScheduleReport report = uniformReport(2, 1);
    report.rows[1].days[3].append(report.rows[1].days[3][0]);
    ScheduleRow open;
    open.name = QStringLiteral("Unassigned");
    open.days.resize(7);
    for (int i = 0; i < 40; ++i) // 40 open shifts on one day: 40 × 22 + 4 > 508
        open.days[2].append({1, 1, QStringLiteral("09:00–17:00"), 480, 0, false});
    report.rows.append(open);

    const ReportLayout layout(report, Page, {});
    const auto& pages = layout.teamPages();
    REQUIRE(pages.size() == 3);
    CHECK(pages[0].slices[1] == BandSlice{1, 0, 2, 48});
    // The rest of page 1 (508 - 26 - 48) holds 19 slots of the open row, page 2 the other
    // 21, and the totals no longer fit beside them.
    CHECK(pages[0].slices[2] == BandSlice{2, 0, 19, 4 + 19 * 22});
    CHECK(pages[1].slices[0] == BandSlice{2, 19, 21, 4 + 21 * 22});
    CHECK(pages[2].slices[0].band == layout.totalsBand());
}

TEST_CASE("One sheet page per freelancer, more when their shifts do not fit on one")
{
    ScheduleReport report = uniformReport(5, 1);
    for (int i = 0; i < 40; ++i)
        report.sheets[2].shifts.append(SheetShift());
    ReportContents contents;
    contents.teamSchedule = false;
    contents.perFreelancer = true;
    const ReportLayout layout(report, Page, contents);
    // 600-38-18-16 = 528 points: 33 lines of 16; 40 lines and the 58-point summary take two.
    CHECK(layout.sheetBandArea() == Approx(528));
    CHECK(layout.pageCount() == 6);
    CHECK(layout.sheetPages()[2].sheet == 2);
    CHECK(layout.sheetPages()[2].parts == 2);
    CHECK(layout.sheetPages()[3].part == 1);
    CHECK(layout.sheetPages()[4].sheet == 3);
    for (const auto& page : layout.pages())
        CHECK(page.section == ReportLayout::Section::FreelancerSheet);
}

TEST_CASE("Coverage: a chart page per week, then the unmet list")
{
    ScheduleReport report = uniformReport(2, 2);
    report.coveredSkills = {1, 2};
    for (int i = 0; i < 50; ++i)
        report.unmet.append({report.period.first, 1, i % 48, i % 48, 1, 1, QString()});
    ReportContents contents;
    contents.teamSchedule = false;
    contents.coverage = true;
    const ReportLayout layout(report, Page, contents);
    REQUIRE(layout.chartPages().size() == 2);
    CHECK(layout.chartPages()[0].skills == QList<Id>{1, 2});
    CHECK(layout.chartPages()[0].columns == 2);
    CHECK(layout.chartPages()[0].rows == 1);
    CHECK(layout.chartPages()[1].firstDay == 7);
    // 600-38-18-16 = 528 points: 40 lines of 13 a page.
    REQUIRE(layout.unmetPages().size() == 2);
    CHECK(layout.unmetPages()[0].slices.size() == 40);
    CHECK(layout.pageCount() == 4);
    CHECK(layout.pages().last().section == ReportLayout::Section::UnmetList);
}

TEST_CASE("The demo team at 200 freelancers lays out with nothing over an edge")
{
    QTemporaryDir dir;
    auto db = Database::create(dir.filePath(QStringLiteral("big.shiftlane")));
    DemoOptions options;
    options.freelancers = 200;
    options.weeks = 2; // four take the demo generator seconds; the layout is per week anyway
    options.start = QDate(2026, 11, 30);
    writeDemoTeam(*db, options);
    const ScheduleSnapshot snapshot =
        ScheduleSnapshot::load(*db, {options.start, options.start.addDays(13)});
    const ScheduleReport report = ScheduleReport::build(snapshot);
    REQUIRE(report.rows.size() >= 200);

    const QSizeF a4Landscape(841.89 - 2 * 28.35, 595.28 - 2 * 28.35);
    const ReportLayout layout(report, a4Landscape, {true, true, true});
    int rowsSeen = 0;
    for (const auto& page : layout.teamPages()) {
        double height = 0;
        for (const BandSlice& slice : page.slices) {
            height += slice.height;
            if (slice.band != layout.totalsBand() && slice.firstItem == 0)
                ++rowsSeen;
        }
        CHECK(height <= layout.teamBandArea());
    }
    CHECK(rowsSeen == 2 * report.rows.size()); // every row once in each of the two weeks
    CHECK(layout.teamPages().size() >= 2 * 10);
    CHECK(layout.sheetPages().size() >= 200);
    CHECK(layout.chartPages().size() >= 2);
    CHECK(layout.pageCount() == layout.teamPages().size() + layout.sheetPages().size() +
                                    layout.chartPages().size() + layout.unmetPages().size());
}
