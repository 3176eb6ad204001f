// Runs the real shiftlane-cli export-pdf as a manager would, and reads the PDF back.
#include "../PdfText.h"
#include "CliRun.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

namespace {

struct Team
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("team.shiftlane"));
    QString pdf = dir.filePath(QStringLiteral("schedule.pdf"));

    Team()
    {
        REQUIRE(
            cli({QStringLiteral("demo"), QStringLiteral("--out"), db,
                 QStringLiteral("--freelancers"), QStringLiteral("8"), QStringLiteral("--weeks"),
                 QStringLiteral("1"), QStringLiteral("--start"), QStringLiteral("2026-11-30")})
                .exitCode == 0);
    }
    CliRun exportPdf(QStringList extra) const
    {
        QStringList args{
            QStringLiteral("export-pdf"), QStringLiteral("--db"),       db,
            QStringLiteral("--from"),     QStringLiteral("2026-11-30"), QStringLiteral("--to"),
            QStringLiteral("2026-12-06"), QStringLiteral("--out"),      pdf};
        return cli(args + extra);
    }
    // The freelancers' names, as export writes them (first column of the CSV).
    QStringList names() const
    {
        const QString csv = dir.filePath(QStringLiteral("people.csv"));
        REQUIRE(cli({QStringLiteral("export"), QStringLiteral("--db"), db,
                     QStringLiteral("--freelancers"), csv})
                    .exitCode == 0);
        QFile file(csv);
        REQUIRE(file.open(QIODevice::ReadOnly));
        QStringList names;
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i)
            if (!lines[i].isEmpty())
                names.append(QString::fromUtf8(lines[i].left(lines[i].indexOf(','))));
        return names;
    }
};

} // namespace

TEST_CASE("export-pdf writes the team schedule, and the flags add sheets and coverage")
{
    Team team;
    const CliRun plain = team.exportPdf({});
    REQUIRE(plain.exitCode == 0);
    const int teamPages = pdfPageCount(team.pdf);
    CHECK(plain.out.contains(QStringLiteral("Wrote %1 page").arg(teamPages)));
    const QString text = pdfText(team.pdf);
    CHECK(text.contains(QStringLiteral("Team schedule")));
    const QStringList names = team.names();
    REQUIRE(names.size() == 8);
    for (const QString& name : names)
        CHECK(text.contains(name));
    CHECK_FALSE(text.contains(QStringLiteral("Shifts for")));
    CHECK_FALSE(text.contains(QStringLiteral("Unmet demand")));

    REQUIRE(team.exportPdf({QStringLiteral("--per-freelancer")}).exitCode == 0);
    CHECK(pdfPageCount(team.pdf) == teamPages + 8); // one page more per freelancer
    const QString sheets = pdfText(team.pdf);
    for (const QString& name : names)
        CHECK(sheets.contains(QStringLiteral("Shifts for %1").arg(name)));

    REQUIRE(team.exportPdf({QStringLiteral("--coverage")}).exitCode == 0);
    CHECK(pdfPageCount(team.pdf) >= teamPages + 2); // a chart page and the unmet list
    const QString coverage = pdfText(team.pdf);
    CHECK(coverage.contains(QStringLiteral("Coverage")));
    CHECK(coverage.contains(QStringLiteral("Unmet demand")));
}

TEST_CASE("export-pdf refuses bad arguments with a clear message and writes nothing")
{
    Team team;
    const auto without = [&team](const QString& option) {
        QStringList args{QStringLiteral("export-pdf")};
        for (const auto& [name, value] : {std::pair{QStringLiteral("db"), team.db},
                                          {QStringLiteral("from"), QStringLiteral("2026-11-30")},
                                          {QStringLiteral("to"), QStringLiteral("2026-12-06")},
                                          {QStringLiteral("out"), team.pdf}})
            if (name != option)
                args << QStringLiteral("--") + name << value;
        return cli(args);
    };
    for (const QString& option : {QStringLiteral("db"), QStringLiteral("from"),
                                  QStringLiteral("to"), QStringLiteral("out")}) {
        const CliRun missing = without(option);
        CHECK(missing.exitCode == 2);
        CHECK(missing.err.contains(QStringLiteral("--") + option));
    }

    const CliRun badDate =
        cli({QStringLiteral("export-pdf"), QStringLiteral("--db"), team.db,
             QStringLiteral("--from"), QStringLiteral("30/11/2026"), QStringLiteral("--to"),
             QStringLiteral("2026-12-06"), QStringLiteral("--out"), team.pdf});
    CHECK(badDate.exitCode == 2);
    CHECK(badDate.err.contains(QStringLiteral("30/11/2026")));

    const CliRun backwards =
        cli({QStringLiteral("export-pdf"), QStringLiteral("--db"), team.db,
             QStringLiteral("--from"), QStringLiteral("2026-12-06"), QStringLiteral("--to"),
             QStringLiteral("2026-11-30"), QStringLiteral("--out"), team.pdf});
    CHECK(backwards.exitCode == 2);
    CHECK(backwards.err.contains(QStringLiteral("--to")));

    const CliRun noFile =
        cli({QStringLiteral("export-pdf"), QStringLiteral("--db"),
             team.dir.filePath(QStringLiteral("nope.shiftlane")), QStringLiteral("--from"),
             QStringLiteral("2026-11-30"), QStringLiteral("--to"), QStringLiteral("2026-12-06"),
             QStringLiteral("--out"), team.pdf});
    CHECK(noFile.exitCode == 1);
    CHECK(noFile.err.contains(QStringLiteral("nope.shiftlane")));

    const QString nowhere = team.dir.filePath(QStringLiteral("no/such/dir/x.pdf"));
    const CliRun blocked =
        cli({QStringLiteral("export-pdf"), QStringLiteral("--db"), team.db,
             QStringLiteral("--from"), QStringLiteral("2026-11-30"), QStringLiteral("--to"),
             QStringLiteral("2026-12-06"), QStringLiteral("--out"), nowhere});
    CHECK(blocked.exitCode == 1);
    CHECK(blocked.err.contains(nowhere));
    CHECK_FALSE(QFile::exists(nowhere));

    const CliRun unknown = team.exportPdf({QStringLiteral("--colour")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("colour")));
}
