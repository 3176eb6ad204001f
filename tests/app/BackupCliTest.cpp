// shiftlane-cli backups and restore, run as a user would.
#include "CliRun.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

QString lastWord(const QString& line)
{
    const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return words.isEmpty() ? QString() : words.last();
}

} // namespace

TEST_CASE("backups makes and lists the daily copy, and restore brings it back")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("team.shiftlane"));
    const QString backups = dir.filePath(QStringLiteral("backups"));
    REQUIRE(
        cli({QStringLiteral("demo"), QStringLiteral("--out"), db, QStringLiteral("--freelancers"),
             QStringLiteral("6"), QStringLiteral("--start"), QStringLiteral("2026-03-02")})
            .exitCode == 0);

    const CliRun none = cli({QStringLiteral("backups"), QStringLiteral("--db"), db,
                             QStringLiteral("--backups"), backups});
    CHECK(none.exitCode == 0);
    CHECK(none.out.contains(QStringLiteral("No backups")));

    const CliRun made = cli({QStringLiteral("backups"), QStringLiteral("--db"), db,
                             QStringLiteral("--backups"), backups, QStringLiteral("--make")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(made.out.contains(QStringLiteral("Made today's copy.")));
    const QStringList lines = made.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines[1].contains(QStringLiteral("daily")));
    CHECK(lines[1].contains(QStringLiteral("6 freelancers")));
    const QString copy = lastWord(lines[1]);
    CHECK(QFile::exists(copy));
    // Once a day.
    CHECK(cli({QStringLiteral("backups"), QStringLiteral("--db"), db, QStringLiteral("--backups"),
               backups, QStringLiteral("--make")})
              .out.contains(QStringLiteral("already exists")));

    // Someone is added, then the copy is restored: they are gone again.
    const QString csv = dir.filePath(QStringLiteral("new.csv"));
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("name,time_zone\nZoe Added,Europe/Lisbon\n");
    }
    REQUIRE(cli({QStringLiteral("import"), QStringLiteral("--db"), db,
                 QStringLiteral("--freelancers"), csv})
                .exitCode == 0);
    const QRegularExpression seven(QStringLiteral("Freelancers:\\s+7 "));
    CHECK(seven.match(cli({QStringLiteral("info"), QStringLiteral("--db"), db}).out).hasMatch());

    const CliRun restored =
        cli({QStringLiteral("restore"), QStringLiteral("--db"), db, QStringLiteral("--from"), copy,
             QStringLiteral("--backups"), backups});
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    CHECK(restored.out.contains(QStringLiteral("The state it replaced is in")));
    const QString info = cli({QStringLiteral("info"), QStringLiteral("--db"), db}).out;
    CHECK(QRegularExpression(QStringLiteral("Freelancers:\\s+6 ")).match(info).hasMatch());

    // The replaced state is listed too.
    const CliRun listed = cli({QStringLiteral("backups"), QStringLiteral("--db"), db,
                               QStringLiteral("--backups"), backups});
    CHECK(listed.out.contains(QStringLiteral("before a restore")));
    CHECK(listed.out.contains(QStringLiteral("7 freelancers")));
}

TEST_CASE("restore refuses a file that is not a sound Shiftlane backup")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("team.shiftlane"));
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--out"), db,
                 QStringLiteral("--freelancers"), QStringLiteral("6")})
                .exitCode == 0);
    const QString bogus = dir.filePath(QStringLiteral("bogus.shiftlane"));
    {
        QFile file(bogus);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("not a database");
    }
    const CliRun refused =
        cli({QStringLiteral("restore"), QStringLiteral("--db"), db, QStringLiteral("--from"), bogus,
             QStringLiteral("--backups"), dir.filePath(QStringLiteral("backups"))});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("cannot be restored")));
    CHECK(refused.err.contains(QStringLiteral("bogus.shiftlane")));
    CHECK(refused.err.contains(QStringLiteral("Nothing was changed")));
}
