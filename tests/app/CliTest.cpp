// Runs the real shiftlane-cli binary as a user would.
#include "CliRun.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <cmath>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

using Run = CliRun;

} // namespace

TEST_CASE("The tool answers --version and --help, and no command is a usage error")
{
    CHECK(cli({QStringLiteral("--version")}).out.startsWith(QStringLiteral("shiftlane-cli ")));
    const Run help = cli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("demo")));
    CHECK(help.out.contains(QStringLiteral("info")));
    CHECK(cli({}).exitCode == 2);
    const Run unknown = cli({QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("frobnicate")));
}

TEST_CASE("Each command has its own --help")
{
    const Run help = cli({QStringLiteral("info"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("shiftlane-cli info")));
    CHECK(help.out.contains(QStringLiteral("--db")));
}

TEST_CASE("demo writes a file that info describes")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.shiftlane"));
    const Run demo =
        cli({QStringLiteral("demo"), QStringLiteral("--out"), path, QStringLiteral("--start"),
             QStringLiteral("2026-11-30"), QStringLiteral("--freelancers"), QStringLiteral("25")});
    REQUIRE(demo.exitCode == 0);
    const Run info = cli({QStringLiteral("info"), QStringLiteral("--db"), path});
    CHECK(info.exitCode == 0);
    // A new file is made at the newest schema.
    CHECK(info.out.contains(
        QStringLiteral("Schema version:    %1").arg(shiftlane::Database::CurrentSchemaVersion)));
    CHECK(info.out.contains(QStringLiteral("Europe/Lisbon")));
    CHECK(info.out.contains(QStringLiteral("25 in 6 time zones")));
    CHECK(info.out.contains(QStringLiteral("from 2026-11-30 to 2026-12-13")));
}

TEST_CASE("demo refuses to overwrite and rejects bad numbers")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keep.shiftlane"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("precious");
    file.close();
    const Run overwrite = cli({QStringLiteral("demo"), QStringLiteral("--out"), path});
    CHECK(overwrite.exitCode == 1);
    CHECK(overwrite.err.contains(QStringLiteral("already exists")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == "precious");

    const Run weeks = cli({QStringLiteral("demo"), QStringLiteral("--out"),
                           dir.filePath(QStringLiteral("x.shiftlane")), QStringLiteral("--weeks"),
                           QStringLiteral("many")});
    CHECK(weeks.exitCode == 2);
    CHECK(weeks.err.contains(QStringLiteral("--weeks")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.shiftlane"))));
}

TEST_CASE("info refuses what is not a Shiftlane database with a clear message")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.shiftlane"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("these are my notes, not a schedule\n");
    file.close();
    const Run info = cli({QStringLiteral("info"), QStringLiteral("--db"), path});
    CHECK(info.exitCode == 1);
    CHECK(info.err.contains(QStringLiteral("notes.shiftlane is not a Shiftlane database")));
    CHECK(info.out.isEmpty());
    CHECK(cli({QStringLiteral("info")}).exitCode == 2);
}

TEST_CASE("solve fills a period of the demo and score explains the result")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("team.shiftlane"));
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--out"), path, QStringLiteral("--start"),
                 QStringLiteral("2026-11-30"), QStringLiteral("--freelancers"),
                 QStringLiteral("15"), QStringLiteral("--weeks"), QStringLiteral("1")})
                .exitCode == 0);
    const QStringList period{QStringLiteral("--db"),   path,
                             QStringLiteral("--from"), QStringLiteral("2026-11-30"),
                             QStringLiteral("--to"),   QStringLiteral("2026-12-06")};
    const Run solve = cli(
        QStringList{QStringLiteral("solve"), QStringLiteral("--time-limit"), QStringLiteral("2")} +
        period);
    REQUIRE(solve.exitCode == 0);
    CHECK(solve.out.contains(QStringLiteral("hard=0 soft=")));
    CHECK(solve.out.contains(QStringLiteral("Coverage: ")));
    CHECK(solve.out.contains(QStringLiteral("in one transaction")));

    // The saved schedule scores what the solver reported.
    const QString reported = solve.out.section(QLatin1Char('\n'), 1, 1);
    const Run score = cli(QStringList{QStringLiteral("score")} + period);
    CHECK(score.exitCode == 0);
    CHECK(score.out.section(QLatin1Char('\n'), 0, 0) == reported);
    CHECK(score.out.contains(QStringLiteral("Broken rules and costs")));

    // The total is in the units of the rule lines: the soft ones add up to it (each line is
    // rounded to a tenth).
    const QRegularExpression total(QStringLiteral("^hard=0 soft=([0-9.]+)$"),
                                   QRegularExpression::MultilineOption);
    const QRegularExpressionMatch totalMatch = total.match(score.out);
    REQUIRE(totalMatch.hasMatch());
    const double soft = totalMatch.captured(1).toDouble();
    double sum = 0;
    int lines = 0;
    QRegularExpressionMatchIterator weights =
        QRegularExpression(QStringLiteral("^  \\[([0-9.]+)\\] "),
                           QRegularExpression::MultilineOption)
            .globalMatch(score.out);
    while (weights.hasNext()) {
        sum += weights.next().captured(1).toDouble();
        ++lines;
    }
    REQUIRE(lines > 0);
    CHECK(soft > 0);
    CHECK(std::abs(sum - soft) <= 0.05 * lines + 0.05);

    // --max-moves (the name solve-instance uses; --moves is the same) bounds the search by
    // work, not time: the same seed gives the same schedule again.
    const QStringList bounded = QStringList{QStringLiteral("solve"), QStringLiteral("--max-moves"),
                                            QStringLiteral("200000"),
                                            QStringLiteral("--time-limit"), QStringLiteral("60")} +
                                period;
    const Run first = cli(bounded);
    const Run second = cli(QStringList(bounded).replaceInStrings(QStringLiteral("--max-moves"),
                                                                 QStringLiteral("--moves")));
    REQUIRE(first.exitCode == 0);
    REQUIRE(second.exitCode == 0);
    CHECK(first.out.section(QLatin1Char('\n'), 1, 1) ==
          second.out.section(QLatin1Char('\n'), 1, 1));

    const Run backwards =
        cli({QStringLiteral("solve"), QStringLiteral("--db"), path, QStringLiteral("--from"),
             QStringLiteral("2026-12-06"), QStringLiteral("--to"), QStringLiteral("2026-11-30")});
    CHECK(backwards.exitCode == 2);
}
