// Runs the real shiftlane-cli import and export as a team lead would.
#include "CliRun.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace {

using Run = CliRun;

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

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
    }
    QString path(const char* name) const { return dir.filePath(QString::fromLatin1(name)); }
    Run run(const char* command, const char* what, const QString& csv) const
    {
        return cli({QString::fromLatin1(command), QStringLiteral("--db"), db,
                    QStringLiteral("--") + QString::fromLatin1(what), csv});
    }
};

} // namespace

TEST_CASE("export then import into another file gives the same freelancers and availability")
{
    Team from;
    const Run people = from.run("export", "freelancers", from.path("people.csv"));
    REQUIRE(people.exitCode == 0);
    CHECK(people.out.contains(QStringLiteral("Wrote 6 rows")));
    REQUIRE(from.run("export", "availability", from.path("windows.csv")).exitCode == 0);
    CHECK(readFile(from.path("people.csv")).startsWith("name,email,phone,time_zone,skills,"));

    // A reason with a line break is one row, not two.
    Team other;
    writeFile(other.path("off.csv"),
              "freelancer,kind,day,until,reason\n"
              "Catalina Cruz,time_off,2026-12-24,2026-12-26,\"family,\nin Manila\"\n");
    const Run off = other.run("import", "availability", other.path("off.csv"));
    INFO(off.err.toStdString());
    REQUIRE(off.exitCode == 0);
    const Run exported = other.run("export", "availability", other.path("out.csv"));
    const QByteArray out = readFile(other.path("out.csv"));
    CHECK(out.contains("\"family,\nin Manila\""));
    const qsizetype lines = out.count('\n');
    CHECK(exported.out.contains(QStringLiteral("Wrote %1 rows").arg(lines - 2))); // header, break

    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.shiftlane"));
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--out"), empty,
                 QStringLiteral("--freelancers"), QStringLiteral("1")})
                .exitCode == 0);
    const Run imported = cli({QStringLiteral("import"), QStringLiteral("--db"), empty,
                              QStringLiteral("--freelancers"), from.path("people.csv")});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.startsWith(QStringLiteral("Imported 6 rows: ")));
    const Run windows = cli({QStringLiteral("import"), QStringLiteral("--db"), empty,
                             QStringLiteral("--availability"), from.path("windows.csv")});
    INFO(windows.err.toStdString());
    REQUIRE(windows.exitCode == 0);
    CHECK(windows.out.contains(QStringLiteral("the availability of 6 freelancers replaced")));

    // The demo's own freelancer (if not among the six) stays; the six are identical.
    REQUIRE(cli({QStringLiteral("export"), QStringLiteral("--db"), empty,
                 QStringLiteral("--availability"), dir.filePath(QStringLiteral("again.csv"))})
                .exitCode == 0);
    const QByteArray again = readFile(dir.filePath(QStringLiteral("again.csv")));
    for (const QByteArray& line : readFile(from.path("windows.csv")).split('\n'))
        CHECK(again.contains(line));
}

TEST_CASE("import of a bad file exits 1, lists every problem and writes nothing")
{
    Team team;
    REQUIRE(team.run("export", "freelancers", team.path("before.csv")).exitCode == 0);
    writeFile(team.path("bad.csv"), "name,time_zone,hourly_rate\n"
                                    "New Person,Europe/Lisbon,12\n"
                                    "Bad Zone,Europe/Lisbo,12\n"
                                    "new person,UTC,abc\n");
    const Run bad = team.run("import", "freelancers", team.path("bad.csv"));
    CHECK(bad.exitCode == 1);
    CHECK(bad.out.isEmpty());
    CHECK(bad.err.contains(QStringLiteral("bad.csv: line 3, column time_zone: unknown time zone")));
    CHECK(bad.err.contains(QStringLiteral("bad.csv: line 4, column name: \"new person\" is "
                                          "already on line 2")));
    CHECK(bad.err.contains(QStringLiteral("bad.csv: line 4, column hourly_rate: \"abc\"")));
    CHECK(bad.err.contains(QStringLiteral("Nothing was imported: 3 problem(s)")));

    REQUIRE(team.run("export", "freelancers", team.path("after.csv")).exitCode == 0);
    CHECK(readFile(team.path("after.csv")) == readFile(team.path("before.csv")));
}

TEST_CASE("import refuses empty and Latin-1 files, and unknown freelancers in availability")
{
    Team team;
    writeFile(team.path("empty.csv"), "");
    const Run empty = team.run("import", "freelancers", team.path("empty.csv"));
    CHECK(empty.exitCode == 1);
    CHECK(empty.err.contains(QStringLiteral("line 1: the file is empty")));

    writeFile(team.path("latin1.csv"), "name,time_zone\nJos\xE9,Europe/Lisbon\n");
    const Run latin1 = team.run("import", "freelancers", team.path("latin1.csv"));
    CHECK(latin1.exitCode == 1);
    CHECK(
        latin1.err.contains(QStringLiteral("line 2, column name: holds bytes that are not UTF-8")));

    writeFile(team.path("nobody.csv"),
              "freelancer,kind,day,start,end\nNo Such Person,preferred,Monday,09:00,12:00\n");
    const Run nobody = team.run("import", "availability", team.path("nobody.csv"));
    CHECK(nobody.exitCode == 1);
    CHECK(nobody.err.contains(QStringLiteral("no freelancer is called \"No Such Person\"")));
}

TEST_CASE("travel round-trips through export and import: a bad travel file exits 1 and lists "
          "every problem")
{
    Team team;
    writeFile(team.path("trip.csv"), "freelancer,kind,day,until,time_zone\n"
                                     "Catalina Cruz,travel,2026-12-07,2026-12-13,Asia/Dubai\n"
                                     "Catalina Cruz,travel,2026-12-20,,Europe/Lisbon\n");
    const Run trip = team.run("import", "availability", team.path("trip.csv"));
    INFO(trip.err.toStdString());
    REQUIRE(trip.exitCode == 0);
    CHECK(trip.out.contains(QStringLiteral("the availability of 1 freelancers replaced")));
    REQUIRE(team.run("export", "availability", team.path("out.csv")).exitCode == 0);
    const QByteArray out = readFile(team.path("out.csv"));
    CHECK(out.startsWith("freelancer,kind,day,start,end,until,reason,time_zone\r\n"));
    CHECK(out.contains("Catalina Cruz,travel,2026-12-07,,,2026-12-13,,Asia/Dubai\r\n"));
    CHECK(out.contains("Catalina Cruz,travel,2026-12-20,,,2026-12-20,,Europe/Lisbon\r\n"));

    writeFile(team.path("bad.csv"), "freelancer,kind,day,until,time_zone\n"
                                    "Catalina Cruz,travel,2027-01-04,2027-01-10,Asia/Tokyo\n"
                                    "Catalina Cruz,travel,2027-01-08,2027-01-12,Asia/Seoul\n"
                                    "Catalina Cruz,travel,2027-02-10,2027-02-01,Asia/Tokyo\n"
                                    "Catalina Cruz,travel,2027-03-01,,Asia/Atlantis\n"
                                    "Nobody Here,travel,2027-03-01,,UTC\n");
    const Run bad = team.run("import", "availability", team.path("bad.csv"));
    CHECK(bad.exitCode == 1);
    CHECK(bad.out.isEmpty());
    CHECK(bad.err.contains(
        QStringLiteral("bad.csv: line 3, column day: overlaps the travel on line 2")));
    CHECK(bad.err.contains(
        QStringLiteral("bad.csv: line 4, column until: the travel ends before it starts")));
    CHECK(bad.err.contains(
        QStringLiteral("bad.csv: line 5, column time_zone: unknown time zone \"Asia/Atlantis\"")));
    CHECK(bad.err.contains(
        QStringLiteral("bad.csv: line 6, column freelancer: no freelancer is called")));
    CHECK(bad.err.contains(QStringLiteral("Nothing was imported: 4 problem(s)")));
    REQUIRE(team.run("export", "availability", team.path("after.csv")).exitCode == 0);
    CHECK(readFile(team.path("after.csv")) == out);
}

TEST_CASE("import and export usage errors")
{
    Team team;
    const Run both = cli({QStringLiteral("import"), QStringLiteral("--db"), team.db,
                          QStringLiteral("--freelancers"), team.path("a.csv"),
                          QStringLiteral("--availability"), team.path("b.csv")});
    CHECK(both.exitCode == 2);
    CHECK(both.err.contains(QStringLiteral("exactly one")));
    CHECK(cli({QStringLiteral("export"), QStringLiteral("--db"), team.db}).exitCode == 2);
    CHECK(cli({QStringLiteral("import"), QStringLiteral("--freelancers"), team.path("a.csv")})
              .exitCode == 2);
    const Run missing = team.run("import", "freelancers", team.path("missing.csv"));
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("missing.csv")));
}
