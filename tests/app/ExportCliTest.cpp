// Runs the real shiftlane-cli export-ics and export-schedule as a team lead would.
#include "CliRun.h"

#include "../core/io/StrictICalendar.h"
#include "io/Csv.h"
#include "io/ScheduleCsv.h"
#include "io/ShiftCalendar.h"
#include "storage/Repositories.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace shiftlane;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// The demo team plus two freelancers whose names share a part, with a shift each on Tuesday.
struct Team
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("team.shiftlane"));

    Team()
    {
        REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--out"), db,
                     QStringLiteral("--freelancers"), QStringLiteral("6"),
                     QStringLiteral("--start"), QStringLiteral("2026-11-30")})
                    .exitCode == 0);
        auto database = Database::open(db);
        const Id skill = SkillRepository(*database).all().front().id;
        for (const char* name : {"=HYPERLINK(\"http://x.example\")", "Ana Cruzeiro"}) {
            Freelancer f;
            f.name = QString::fromUtf8(name);
            f.timeZone = "Asia/Manila";
            f.skillIds = {skill};
            Shift s;
            s.start = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
            s.end = s.start.addSecs(4 * 3600);
            s.skillId = skill;
            s.freelancerId = FreelancerRepository(*database).add(f);
            ScheduleRepository(*database).add(s);
        }
    }
    QString path(const char* name) const { return dir.filePath(QString::fromLatin1(name)); }
    CliRun ics(const QString& who, const QStringList& more = {}) const
    {
        return cli(QStringList{QStringLiteral("export-ics"), QStringLiteral("--db"), db,
                               QStringLiteral("--freelancer"), who, QStringLiteral("--out"),
                               path("out.ics")} +
                   more);
    }
};

} // namespace

TEST_CASE("export-ics writes a valid calendar whose UIDs stay the same from export to export")
{
    Team team;
    const CliRun run = team.ics(QStringLiteral("ana cruzeiro"));
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Wrote 1 shift(s) of Ana Cruzeiro")));
    const strict_ics::Parsed first = strict_ics::parse(readFile(team.path("out.ics")));
    CHECK(first.errors.isEmpty());
    REQUIRE(first.calendar.children.size() == 1);
    CHECK(first.calendar.children[0].value("DTSTART") == QStringLiteral("20261201T090000Z"));

    REQUIRE(team.ics(QStringLiteral("Ana Cruzeiro")).exitCode == 0);
    const strict_ics::Parsed second = strict_ics::parse(readFile(team.path("out.ics")));
    CHECK(second.calendar.children.value(0).value("UID") ==
          first.calendar.children[0].value("UID"));
    CHECK(second.calendar.children.value(0).value("SEQUENCE") ==
          first.calendar.children[0].value("SEQUENCE")); // nothing changed

    // Their shift taken off them: the next export cancels it in their calendar.
    {
        auto database = Database::open(team.db);
        QString problem;
        const auto ana = findFreelancerByName(FreelancerRepository(*database).all(),
                                              QStringLiteral("Ana Cruzeiro"), problem);
        REQUIRE(ana);
        const QDateTime nine(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
        for (Shift shift : ScheduleRepository(*database).overlapping(
                 {nine.toSecsSinceEpoch(), nine.addSecs(3600).toSecsSinceEpoch()}))
            if (shift.freelancerId == ana->id) {
                shift.freelancerId.reset(); // to the Unassigned row
                ScheduleRepository(*database).update(shift);
            }
    }
    const CliRun cancelled = team.ics(QStringLiteral("Ana Cruzeiro"));
    REQUIRE(cancelled.exitCode == 0);
    CHECK(cancelled.out.contains(QStringLiteral("Wrote 0 shift(s) of Ana Cruzeiro")));
    CHECK(cancelled.out.contains(QStringLiteral("cancels 1 shift(s)")));
    const strict_ics::Parsed third = strict_ics::parse(readFile(team.path("out.ics")));
    CHECK(third.errors.isEmpty());
    REQUIRE(third.calendar.children.size() == 1);
    CHECK(third.calendar.children[0].value("UID") == first.calendar.children[0].value("UID"));
    CHECK(third.calendar.children[0].value("STATUS") == QStringLiteral("CANCELLED"));
    CHECK(third.calendar.children[0].value("SEQUENCE").toLongLong() >
          first.calendar.children[0].value("SEQUENCE").toLongLong());

    // A period without their shift gives an empty, still valid calendar.
    REQUIRE(team.ics(QStringLiteral("Cruzeiro"),
                     {QStringLiteral("--from"), QStringLiteral("2026-12-02"),
                      QStringLiteral("--to"), QStringLiteral("2026-12-06")})
                .exitCode == 0);
    const strict_ics::Parsed empty = strict_ics::parse(readFile(team.path("out.ics")));
    CHECK(empty.errors.isEmpty());
    CHECK(empty.calendar.children.isEmpty());
}

TEST_CASE("export-ics refuses an unknown or ambiguous name and a bad period")
{
    Team team;
    const CliRun unknown = team.ics(QStringLiteral("Nobody Atall"));
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("no freelancer is called \"Nobody Atall\"")));
    CHECK_FALSE(QFile::exists(team.path("out.ics")));
    const CliRun ambiguous = team.ics(QStringLiteral("a"));
    CHECK(ambiguous.exitCode == 1);
    CHECK(ambiguous.err.contains(QStringLiteral("give the whole name")));
    CHECK(team.ics(QStringLiteral("Ana"), {QStringLiteral("--from"), QStringLiteral("2026-12-02")})
              .exitCode == 2);
    CHECK(team.ics(QStringLiteral("Ana"), {QStringLiteral("--from"), QStringLiteral("2026-12-09"),
                                           QStringLiteral("--to"), QStringLiteral("2026-12-02")})
              .exitCode == 2);
}

TEST_CASE("export-ics reads a read-only file once it has a calendar identity")
{
    Team team;
    QFile::setPermissions(team.db, QFile::ReadOwner | QFile::ReadUser);
    const CliRun refused = team.ics(QStringLiteral("Ana Cruzeiro"));
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("read-only")));
    QFile::setPermissions(team.db, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser);
    REQUIRE(team.ics(QStringLiteral("Ana Cruzeiro")).exitCode == 0);
    const QByteArray writable = readFile(team.path("out.ics"));
    QFile::setPermissions(team.db, QFile::ReadOwner | QFile::ReadUser);
    const CliRun readOnly = team.ics(QStringLiteral("Ana Cruzeiro"));
    CHECK(readOnly.exitCode == 0);
    CHECK(
        strict_ics::parse(readFile(team.path("out.ics"))).calendar.children.value(0).value("UID") ==
        strict_ics::parse(writable).calendar.children.value(0).value("UID"));
}

TEST_CASE("export-schedule writes the period's shifts as CSV with formulas neutralised")
{
    Team team;
    const QString out = team.path("schedule.csv");
    const CliRun run =
        cli({QStringLiteral("export-schedule"), QStringLiteral("--db"), team.db,
             QStringLiteral("--from"), QStringLiteral("2026-11-30"), QStringLiteral("--to"),
             QStringLiteral("2026-12-13"), QStringLiteral("--out"), out});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QByteArray bytes = readFile(out);
    const csv::Table table = csv::read(bytes);
    CHECK(table.header == csv::scheduleColumns());
    CHECK(run.out.contains(QStringLiteral("Wrote %1 shift(s)").arg(table.records.size())));
    CHECK(bytes.contains("\"'=HYPERLINK(\"\"http://x.example\"\")\""));
    bool found = false;
    for (const csv::Record& r : table.records)
        if (r.cells[0] == QStringLiteral("Ana Cruzeiro")) {
            found = true;
            CHECK(r.cells[6] == QStringLiteral("Asia/Manila"));
            CHECK(r.cells[7] == QStringLiteral("2026-12-01 17:00"));
        }
    CHECK(found);
    CHECK(cli({QStringLiteral("export-schedule"), QStringLiteral("--db"), team.db,
               QStringLiteral("--out"), out})
              .exitCode == 2);
}
