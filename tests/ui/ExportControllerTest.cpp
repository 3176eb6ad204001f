// File → Export: the schedule CSV and a freelancer's calendar, written off the GUI thread.
#include "export/ExportController.h"
#include "MainWindow.h"
#include "demo/DemoTeam.h"
#include "export/ExportJob.h"
#include "io/Csv.h"
#include "io/ScheduleCsv.h"
#include "storage/Repositories.h"

#include "../core/io/StrictICalendar.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>

using namespace shiftlane;

namespace {

const QDate Monday(2026, 11, 30);

QByteArray contents(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

struct OpenDemo
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("demo.shiftlane"));
    ui::MainWindow window;

    OpenDemo()
    {
        {
            auto db = Database::create(path);
            DemoOptions options;
            options.start = Monday;
            options.freelancers = 12;
            writeDemoTeam(*db, options);
        }
        REQUIRE_FALSE(window.openFile(path).has_value());
    }

    // Runs an export started by start() to its end; returns the error (empty on success).
    QString run(const std::function<bool()>& start)
    {
        QSignalSpy done(window.exports(), &ui::ExportController::finished);
        REQUIRE(start());
        REQUIRE(done.wait(20000));
        return done.at(0).at(0).toString();
    }
};

} // namespace

TEST_CASE("Export schedule as CSV writes the shown period's shifts")
{
    OpenDemo demo;
    const QString out = demo.dir.filePath(QStringLiteral("schedule.csv"));
    CHECK(demo.window.exports()->scheduleAction()->isEnabled());
    CHECK(demo.run([&] { return demo.window.exports()->exportSchedule(out); }).isEmpty());
    const csv::Table table = csv::read(contents(out));
    CHECK(table.header == csv::scheduleColumns());
    CHECK(contents(out) == csv::exportSchedule(demo.window.snapshot()));
    CHECK(table.records.size() > 50);
}

TEST_CASE("Export calendar writes a valid .ics with the file's lasting identity")
{
    OpenDemo demo;
    const ScheduleSnapshot& snapshot = demo.window.snapshot();
    const auto assigned = std::find_if(snapshot.shifts.begin(), snapshot.shifts.end(),
                                       [](const Shift& s) { return s.isAssigned(); });
    REQUIRE(assigned != snapshot.shifts.end());
    const Freelancer& who = *snapshot.freelancer(*assigned->freelancerId);
    const QString out = demo.dir.filePath(QStringLiteral("cal.ics"));
    CHECK(demo.run([&] {
                  return demo.window.exports()->exportCalendar(who.id, demo.window.period(), out);
              })
              .isEmpty());
    const strict_ics::Parsed parsed = strict_ics::parse(contents(out));
    CHECK(parsed.errors.isEmpty());
    int shifts = 0;
    const PlanningCalendar calendar = demo.window.snapshot().calendar();
    for (const Shift& s : demo.window.snapshot().shifts)
        shifts += s.freelancerId == who.id &&
                  demo.window.period().contains(calendar.dayOf(s.start.toSecsSinceEpoch()));
    REQUIRE(shifts > 0);
    CHECK(parsed.calendar.children.size() == shifts);
    const QString identity = SettingsRepository(*demo.window.database()).calendarIdentity();
    CHECK_FALSE(identity.isEmpty());
    CHECK(parsed.calendar.children.front().value("UID").contains(identity));
}

TEST_CASE("An export that cannot write its file says so and leaves no file")
{
    OpenDemo demo;
    const QString out = demo.dir.filePath(QStringLiteral("missing-folder/schedule.csv"));
    const QString error = demo.run([&] { return demo.window.exports()->exportSchedule(out); });
    CHECK(error.contains(QStringLiteral("missing-folder")));
    CHECK_FALSE(QFile::exists(out));
    CHECK(demo.window.lastError() == error);
}

TEST_CASE("An export job replaces a file only when whole, and a cancelled one writes nothing")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    {
        QFile old(path);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    const auto run = [&](ui::ExportJob& job, const std::function<void()>& whileRunning) {
        QSignalSpy done(&job, &ui::ExportJob::finished);
        job.start();
        whileRunning();
        REQUIRE(done.wait(10000));
    };

    std::atomic<bool> release{false};
    ui::ExportJob cancelled(
        [&] {
            while (!release)
                QThread::msleep(1);
            return QByteArray("new");
        },
        path);
    run(cancelled, [&] {
        cancelled.cancel();
        release = true;
    });
    CHECK(cancelled.wasCancelled());
    CHECK(cancelled.error().isEmpty());
    CHECK(contents(path) == "old");

    ui::ExportJob failing(
        []() -> QByteArray {
            throw StorageError(StorageError::Kind::Busy, QStringLiteral("the file is locked"));
        },
        path);
    run(failing, [] {});
    CHECK(failing.error() == QStringLiteral("the file is locked"));
    CHECK(contents(path) == "old");

    ui::ExportJob done([] { return QByteArray("new"); }, path);
    run(done, [] {});
    CHECK(done.error().isEmpty());
    CHECK_FALSE(done.wasCancelled());
    CHECK(contents(path) == "new");
}
