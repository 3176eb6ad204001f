// Measures how long the exports a manager starts take on teams of growing size: the team
// schedule PDF (and the whole report: every freelancer's page and the coverage pages), one
// freelancer's calendar and every freelancer's calendar as iCalendar, and the schedule CSV.
// Prints a table; no assertion (speed is measured here, never asserted in a unit test).
//
//   bench_export [FREELANCERS...]   (default: 50 100 200), each for 1 and 4 weeks
#include "ReportDocument.h"
#include "demo/DemoTeam.h"
#include "io/ScheduleCsv.h"
#include "io/ShiftCalendar.h"
#include "report/ScheduleReport.h"
#include "schedule/ScheduleSnapshot.h"
#include "storage/Repositories.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace shiftlane;

namespace {

constexpr int Rounds = 3;

double ms(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The median of a few runs of `work`, in milliseconds.
double medianMs(const std::function<void()>& work)
{
    std::vector<double> times;
    for (int round = 0; round < Rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(ms(timer));
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

struct Row
{
    int freelancers = 0;
    int weeks = 0;
    qint64 shifts = 0;
    double teamPdf = 0;
    int teamPages = 0;
    double fullPdf = 0;
    int fullPages = 0;
    double oneIcs = 0;
    double allIcs = 0;
    double csv = 0;
    qint64 pdfKb = 0;
};

Row measure(const QTemporaryDir& dir, int freelancers, int weeks)
{
    const QString path =
        dir.filePath(QStringLiteral("bench-%1-%2.shiftlane").arg(freelancers).arg(weeks));
    const QDate start(2026, 11, 30);
    {
        auto db = Database::create(path);
        DemoOptions options;
        options.freelancers = freelancers;
        options.weeks = weeks;
        options.start = start;
        writeDemoTeam(*db, options);
        SettingsRepository(*db).ensureCalendarIdentity();
    }
    auto db = Database::open(path, Database::Mode::ReadOnly);
    const PlanningPeriod period{start, start.addDays(7 * weeks - 1)};
    const QList<Freelancer> team = FreelancerRepository(*db).all();
    const QString identity = SettingsRepository(*db).calendarIdentity();
    const QDateTime stamp = QDateTime::currentDateTimeUtc();

    Row row;
    row.freelancers = freelancers;
    row.weeks = weeks;
    row.shifts = ScheduleSnapshot::load(*db, period).shifts.size();
    const QString pdf = dir.filePath(QStringLiteral("bench.pdf"));
    // What the CLI and the GUI do for an export: load the period, build the report, paint.
    const auto writePdf = [&](const ReportContents& contents, int& pages) {
        const ScheduleSnapshot snapshot = ScheduleSnapshot::load(*db, period);
        const report::ReportDocument document(ScheduleReport::build(snapshot), contents);
        const auto outcome = document.writePdf(pdf);
        if (outcome.status != report::ReportDocument::Outcome::Written) {
            std::fprintf(stderr, "%s\n", qPrintable(outcome.error));
            std::exit(1);
        }
        pages = outcome.pages;
    };
    row.teamPdf = medianMs([&] { writePdf({true, false, false}, row.teamPages); });
    row.pdfKb = QFileInfo(pdf).size() / 1024;
    row.fullPdf = medianMs([&] { writePdf({true, true, true}, row.fullPages); });
    row.oneIcs =
        medianMs([&] { ShiftCalendar::build(*db, team.front().id, period, identity, stamp); });
    row.allIcs = medianMs([&] {
        for (const Freelancer& f : team)
            ShiftCalendar::build(*db, f.id, period, identity, stamp);
    });
    row.csv = medianMs([&] { csv::exportSchedule(ScheduleSnapshot::load(*db, period)); });
    return row;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    std::vector<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes.push_back(std::atoi(argv[i]));
    if (sizes.empty())
        sizes = {50, 100, 200};

    QTemporaryDir dir;
    std::printf("| freelancers | weeks | shifts | team PDF ms (pages, KiB) | whole report PDF ms "
                "(pages) | ICS one freelancer ms | ICS every freelancer ms | CSV ms |\n");
    std::printf("|---|---|---|---|---|---|---|---|\n");
    for (const int freelancers : sizes)
        for (const int weeks : {1, 4}) {
            const Row r = measure(dir, freelancers, weeks);
            std::printf("| %d | %d | %lld | %.0f (%d, %lld) | %.0f (%d) | %.1f | %.0f | %.1f |\n",
                        r.freelancers, r.weeks, static_cast<long long>(r.shifts), r.teamPdf,
                        r.teamPages, static_cast<long long>(r.pdfKb), r.fullPdf, r.fullPages,
                        r.oneIcs, r.allIcs, r.csv);
            std::fflush(stdout);
        }
    return 0;
}
