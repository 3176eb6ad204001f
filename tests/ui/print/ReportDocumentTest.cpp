#include "ReportDocument.h"

#include "../../PdfText.h"
#include "demo/DemoTeam.h"
#include "schedule/ScheduleSnapshot.h"
#include "time/PlanningCalendar.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QLocale>
#include <QTemporaryDir>

using namespace shiftlane;
using report::ReportDocument;

namespace {

const QDate Monday(2026, 11, 30);

// `people` freelancers in Lisbon, each with one eight-hour shift every day of `weeks` weeks.
ScheduleSnapshot uniformTeam(int people, int weeks)
{
    ScheduleSnapshot snapshot;
    snapshot.settings.teamName = QStringLiteral("Night Desk");
    snapshot.settings.planningTimeZone = "Europe/Lisbon";
    snapshot.period = {Monday, Monday.addDays(7 * weeks - 1)};
    snapshot.skills = {{1, QStringLiteral("Phone"), QStringLiteral("#1f77b4")},
                       {2, QStringLiteral("Chat"), QStringLiteral("#2ca02c")}};
    Id shiftId = 1;
    for (int p = 0; p < people; ++p) {
        Freelancer f;
        f.id = 1000 + p;
        f.name = QStringLiteral("Person %1").arg(p + 1, 3, 10, QLatin1Char('0'));
        f.timeZone = "Europe/Lisbon";
        f.skillIds = {1, 2};
        f.hourlyRateCents = 1800;
        snapshot.freelancers.append(f);
        for (int d = 0; d < snapshot.period.days(); ++d) {
            Shift s;
            s.id = shiftId++;
            s.start = QDateTime(Monday.addDays(d), QTime(6 + p % 10, 0), Qt::UTC);
            s.end = s.start.addSecs(8 * 3600);
            s.skillId = 1 + p % 2;
            s.freelancerId = f.id;
            snapshot.shifts.append(s);
        }
    }
    return snapshot;
}

ReportContents teamOnly()
{
    return {};
}

int writtenPages(const ScheduleSnapshot& snapshot, const QString& path)
{
    const ReportDocument document(ScheduleReport::build(snapshot), teamOnly());
    const auto outcome = document.writePdf(path);
    REQUIRE(outcome.status == ReportDocument::Outcome::Written);
    const int pages = pdfPageCount(path);
    // What the layout decided is what was printed.
    CHECK(pages == outcome.pages);
    CHECK(pages == document.layout(ReportDocument::pdfPageLayout()).pageCount());
    return pages;
}

struct DemoFile
{
    QTemporaryDir dir;
    ScheduleSnapshot snapshot;

    explicit DemoFile(int freelancers = 12)
    {
        auto db = Database::create(dir.filePath(QStringLiteral("team.shiftlane")));
        DemoOptions options;
        options.freelancers = freelancers;
        options.weeks = 1;
        options.start = Monday;
        writeDemoTeam(*db, options);
        snapshot = ScheduleSnapshot::load(*db, {Monday, Monday.addDays(6)});
    }
    QString path(const char* name) const { return dir.filePath(QString::fromLatin1(name)); }
};

} // namespace

TEST_CASE("The team schedule PDF holds every freelancer and every shift's times as text")
{
    QLocale::setDefault(QLocale::c());
    DemoFile demo;
    const ScheduleReport report = ScheduleReport::build(demo.snapshot);
    const ReportDocument document(report, teamOnly());
    REQUIRE(document.writePdf(demo.path("team.pdf")).status == ReportDocument::Outcome::Written);
    const QString text = pdfText(demo.path("team.pdf"));

    CHECK(text.contains(QStringLiteral("Team schedule — %1").arg(demo.snapshot.settings.teamName)));
    CHECK(text.contains(QStringLiteral("Europe/Lisbon")));
    CHECK(text.contains(QStringLiteral("Mon 30 Nov 2026 to Sun 6 Dec 2026")));
    for (const Skill& skill : demo.snapshot.skills)
        CHECK(text.contains(skill.name));
    for (const Freelancer& f : demo.snapshot.freelancers)
        CHECK(text.contains(f.name));
    int shifts = 0;
    const PlanningCalendar calendar = demo.snapshot.calendar();
    for (const Shift& shift : demo.snapshot.shifts) {
        if (!demo.snapshot.period.contains(calendar.dayOf(shift.start.toSecsSinceEpoch())))
            continue;
        const QString times = ScheduleReport::timeRange(
            calendar.clock(), shift.start.toSecsSinceEpoch(), shift.end.toSecsSinceEpoch());
        CHECK(text.contains(times));
        ++shifts;
    }
    CHECK(shifts > 20);
    // Hours and pay per freelancer, and the period's pay in all.
    for (const ScheduleRow& row : report.rows)
        if (row.freelancerId != NoId && row.paidMinutes > 0)
            CHECK(text.contains(ScheduleReport::money(row.payCents, row.currency)));
    CHECK(text.contains(QStringLiteral("Pay: %1").arg(report.totalPay())));
    CHECK(text.contains(QStringLiteral("Freelancers working")));
}

TEST_CASE("The team schedule's page count grows with the team and with the weeks")
{
    QTemporaryDir dir;
    // A4 landscape less 10 mm margins leaves 538.6 points; the title, legend, header row and
    // footer take 92, so 446.6 remain for rows of 26 points: 17 a page. The per-day totals
    // (two skills, freelancers working, open shifts) take 44.
    const int small1 = writtenPages(uniformTeam(20, 1), dir.filePath(QStringLiteral("a.pdf")));
    const int small4 = writtenPages(uniformTeam(20, 4), dir.filePath(QStringLiteral("b.pdf")));
    const int large1 = writtenPages(uniformTeam(200, 1), dir.filePath(QStringLiteral("c.pdf")));
    const int large4 = writtenPages(uniformTeam(200, 4), dir.filePath(QStringLiteral("d.pdf")));
    CHECK(small1 == 2);  // 17 rows, then 3 and the totals
    CHECK(small4 == 8);  // the same for each of four weeks
    CHECK(large1 == 12); // 11 pages of 17 rows, then 13 rows (338) and the totals (44)
    CHECK(large4 == 48);

    // Every row's shift is on the page that names the row: the last freelancer of the big team
    // is on the last page of each week, with its times.
    const QString lastPage = pdfText(dir.filePath(QStringLiteral("d.pdf")), 48, 48);
    CHECK(lastPage.contains(QStringLiteral("Person 200")));
    CHECK(lastPage.contains(QStringLiteral("15:00–23:00")));
    CHECK(lastPage.contains(QStringLiteral("Days 22–28 of 28")));
    CHECK(lastPage.contains(QStringLiteral("Page 48 of 48")));
    const QString firstPage = pdfText(dir.filePath(QStringLiteral("d.pdf")), 1, 1);
    CHECK(firstPage.contains(QStringLiteral("Person 017")));
    CHECK_FALSE(firstPage.contains(QStringLiteral("Person 018")));
}

TEST_CASE("A freelancer's page shows their shifts on their own clock, the planning zone's too")
{
    QLocale::setDefault(QLocale::c());
    ScheduleSnapshot snapshot = uniformTeam(2, 1);
    snapshot.freelancers[0].name = QStringLiteral("Sofia Ruffini"); // "fi", "ffi": no ligatures
    snapshot.freelancers[1].name = QStringLiteral("Ben Reyes");
    snapshot.freelancers[1].timeZone = "America/Bogota"; // five hours behind Lisbon in December
    snapshot.freelancers[1].currency = QStringLiteral("USD");
    // On Wednesday Ben is in Dubai, four hours ahead of Lisbon.
    snapshot.availability[snapshot.freelancers[1].id].travel = {
        {1, snapshot.freelancers[1].id, Monday.addDays(2), Monday.addDays(2), "Asia/Dubai"}};
    QTemporaryDir dir;
    ReportContents contents;
    contents.teamSchedule = false;
    contents.perFreelancer = true;
    const ReportDocument document(ScheduleReport::build(snapshot), contents);
    const QString path = dir.filePath(QStringLiteral("people.pdf"));
    REQUIRE(document.writePdf(path).status == ReportDocument::Outcome::Written);
    REQUIRE(pdfPageCount(path) == 2); // one page each

    // Person 002's shifts are 07:00-15:00 in Lisbon: 02:00-10:00 for Ben in Bogotá.
    const QString ben = pdfText(path, 2, 2);
    CHECK(ben.contains(QStringLiteral("Shifts for Ben Reyes")));
    CHECK(ben.contains(QStringLiteral("America/Bogota")));
    CHECK(ben.contains(QStringLiteral("02:00–10:00")));
    CHECK(ben.contains(QStringLiteral("Mon 30 Nov 07:00–15:00"))); // the planning zone's
    CHECK(ben.contains(QStringLiteral("11:00–19:00 Asia/Dubai")));
    CHECK(ben.contains(QStringLiteral("Total for the period: 56 h paid, %1")
                           .arg(ScheduleReport::money(56 * 1800, QStringLiteral("USD")))));
    const QString person1 = pdfText(path, 1, 1);
    CHECK(person1.contains(QStringLiteral("Shifts for Sofia Ruffini")));
    CHECK(person1.contains(QStringLiteral("06:00–14:00")));
    CHECK_FALSE(person1.contains(QStringLiteral("Ben Reyes")));
}

TEST_CASE("The coverage pages chart each skill's demand and list the unmet intervals")
{
    QLocale::setDefault(QLocale::c());
    ScheduleSnapshot snapshot = uniformTeam(2, 1);
    for (int i = 16; i < 34; ++i) // Phone 08:00-17:00 on Monday, two people
        snapshot.demand.append({1, Monday, i, 2});
    QTemporaryDir dir;
    ReportContents contents;
    contents.teamSchedule = false;
    contents.coverage = true;
    const ReportDocument document(ScheduleReport::build(snapshot), contents);
    const QString path = dir.filePath(QStringLiteral("coverage.pdf"));
    REQUIRE(document.writePdf(path).status == ReportDocument::Outcome::Written);
    REQUIRE(pdfPageCount(path) == 2);

    const QString chart = pdfText(path, 1, 1);
    CHECK(chart.contains(QStringLiteral("Coverage — Night Desk")));
    CHECK(chart.contains(QStringLiteral("Phone")));
    CHECK(chart.contains(QStringLiteral("Chat"))); // shifts without demand still show
    // Person 001 works Phone 06:00-14:00: 6 of the 9 hours once, none twice; 6 of 18 h.
    CHECK(chart.contains(QStringLiteral("33% of 18 h covered · 12 h short")));
    const QString list = pdfText(path, 2, 2);
    CHECK(list.contains(QStringLiteral("Unmet demand")));
    CHECK(list.contains(QStringLiteral("Mon 30 Nov 2026")));
    // Person 001's own shift is the only Phone work anyone can do until 14:00 (nobody stated
    // any availability), and no shift reaches later than that.
    CHECK(list.contains(QStringLiteral("08:00–14:00")));
    CHECK(list.contains(QStringLiteral("not enough freelancers with Phone are available")));
    CHECK(list.contains(QStringLiteral("14:00–17:00")));
    CHECK(list.contains(QStringLiteral("no shift template for Phone covers this time")));
}

TEST_CASE("The unmet list says why each run could not be met")
{
    QLocale::setDefault(QLocale::c());
    ScheduleSnapshot snapshot = uniformTeam(0, 1);
    snapshot.skills.append({3, QStringLiteral("French"), QStringLiteral("#9467bd")});
    Freelancer ana;
    ana.id = 1;
    ana.name = QStringLiteral("Ana Cruz");
    ana.timeZone = "Europe/Lisbon";
    ana.skillIds = {1};
    snapshot.freelancers = {ana};
    // Ana can work Mondays 08:00-16:00; a Phone template covers that day.
    snapshot.availability[ana.id].weekly = {
        {NoId, ana.id, 1, 8 * 60, 16 * 60, AvailabilityKind::Available}};
    ShiftTemplate day;
    day.id = 1;
    day.name = QStringLiteral("Day");
    day.startMinute = 8 * 60;
    day.lengthMinutes = 8 * 60;
    day.skillId = 1;
    snapshot.templates = {day};
    for (int i = 18; i < 20; ++i) // Phone 09:00-10:00: Ana could, nobody is scheduled
        snapshot.demand.append({1, Monday, i, 1});
    for (int i = 20; i < 22; ++i) // French 10:00-11:00: nobody speaks it
        snapshot.demand.append({3, Monday, i, 1});
    for (int i = 40; i < 42; ++i) // Phone 20:00-21:00: no template reaches it
        snapshot.demand.append({1, Monday, i, 1});

    QTemporaryDir dir;
    ReportContents contents;
    contents.teamSchedule = false;
    contents.coverage = true;
    const ReportDocument document(ScheduleReport::build(snapshot), contents);
    const QString path = dir.filePath(QStringLiteral("why.pdf"));
    REQUIRE(document.writePdf(path).status == ReportDocument::Outcome::Written);
    const QString list = pdfText(path, pdfPageCount(path), pdfPageCount(path));
    INFO(list.toStdString());
    CHECK(list.contains(QStringLiteral("Most missing"))); // not elided
    CHECK(list.contains(QStringLiteral("Freelancer-hours short")));
    CHECK(list.contains(QStringLiteral("Why")));
    CHECK(list.contains(QStringLiteral("freelancers with Phone are available then but not "
                                       "scheduled")));
    CHECK(list.contains(QStringLiteral("nobody in the team has the skill French")));
    CHECK(list.contains(QStringLiteral("no shift template for Phone covers this time")));
}

TEST_CASE("A cancelled or failed export leaves the file that was there")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.pdf"));
    {
        QFile old(path);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("the previous export");
    }
    const ReportDocument document(ScheduleReport::build(uniformTeam(60, 2)), teamOnly());
    std::atomic<bool> cancel{false};
    QList<int> progress;
    const auto outcome = document.writePdf(
        path,
        [&](int done, int count) {
            progress.append(done);
            CHECK(count == 8);
            if (done == 2)
                cancel = true;
        },
        &cancel);
    CHECK(outcome.status == ReportDocument::Outcome::Cancelled);
    CHECK(progress == QList<int>{1, 2});
    QFile old(path);
    REQUIRE(old.open(QIODevice::ReadOnly));
    CHECK(old.readAll() == "the previous export");

    const auto failed = document.writePdf(dir.filePath(QStringLiteral("missing/dir/x.pdf")));
    CHECK(failed.status == ReportDocument::Outcome::Failed);
    CHECK(failed.error.contains(QStringLiteral("missing/dir/x.pdf")));
}
