#include "TestInstances.h"

#include "solver/FullScorer.h"

#include <QFile>
#include <QTemporaryDir>

using namespace shiftlane::solver;
using namespace shiftlane::solver::test;

namespace {

QString instanceText(int number)
{
    QFile file(instancePath(number));
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    return QString::fromUtf8(file.readAll());
}

// Instance1 with its (1-based) line `lineNumber` replaced: a broken copy made on the spot.
QString instance1WithLine(int lineNumber, const QString& replacement)
{
    QStringList lines = instanceText(1).split(QLatin1Char('\n'));
    lines[lineNumber - 1] = replacement;
    return lines.join(QLatin1Char('\n'));
}

std::string errorOf(const QString& text)
{
    const BenchmarkParseResult parsed = parseBenchmarkText(text);
    CHECK_FALSE(parsed.model.has_value());
    return parsed.error.toStdString();
}

} // namespace

TEST_CASE("Every benchmark instance parses with the sizes of best_known.tsv", "[benchmark]")
{
    QFile table(QStringLiteral(SHIFTLANE_SHARED_DIR "/bench/best_known.tsv"));
    REQUIRE(table.open(QIODevice::ReadOnly | QIODevice::Text));
    table.readLine(); // header
    int checked = 0;
    while (!table.atEnd()) {
        const QStringList row =
            QString::fromUtf8(table.readLine()).trimmed().split(QLatin1Char('\t'));
        const int number = row[0].mid(QStringLiteral("Instance").size()).toInt();
        const Model model = loadInstance(number);
        INFO(row[0].toStdString());
        CHECK(model.days() == row[1].toInt());
        CHECK(model.employeeCount() == row[2].toInt());
        CHECK(model.shiftTypeCount() == row[3].toInt());
        CHECK(model.weekendCount() == model.days() / 7);
        ++checked;
    }
    CHECK(checked == kInstanceCount);
}

TEST_CASE("Instance1 is read as the format describes", "[benchmark]")
{
    const Model model = loadInstance(1);
    REQUIRE(model.shiftTypeCount() == 1);
    CHECK(model.shiftType(0).id == "D");
    CHECK(model.shiftType(0).minutes == 480);
    CHECK(model.employee(0).id == "A");
    CHECK(model.employee(0).maxMinutes == 4320);
    CHECK(model.employee(0).minMinutes == 3360);
    CHECK(model.employee(0).maxConsecutiveWork == 5);
    CHECK(model.employee(0).minConsecutiveWork == 2);
    CHECK(model.employee(0).minConsecutiveOff == 2);
    CHECK(model.employee(0).maxWeekends == 1);
    CHECK(model.maxShiftsOfType(0, 0) == 14);
    CHECK(model.cellForbidden(0, 0, 0)); // A,0 in SECTION_DAYS_OFF
    CHECK_FALSE(model.cellForbidden(0, 1, 0));
    CHECK(model.cellCost(0, 2, kOff) == 2); // on-request A,2,D,2 unmet when off
    CHECK(model.cellCost(0, 2, 0) == 0);
    CHECK(model.cellCost(2, 12, 0) == 1); // off-request C,12,D,1 met when working
    CHECK(model.bucketCount() == 14);
    CHECK(model.bucket(model.fills(1, 0).at(0)).required == 7);
    CHECK(model.weekendDays(1) == std::vector<int>{12, 13});

    // Everyone off: all on-requests unmet (37) and all 71 required shifts missing at 100;
    // every employee is 3360 minutes = 56 hours short.
    const Score allOff = fullScore(model, Roster(model.employeeCount(), model.days()));
    CHECK(allOff.soft == 37 + 7100);
    CHECK(allOff.hard == 8 * 56);
}

TEST_CASE("Instances with several shift types read successions and type limits", "[benchmark]")
{
    const Model model = loadInstance(24);
    int a4 = -1, a1 = -1, a6 = -1;
    for (int t = 0; t < model.shiftTypeCount(); ++t) {
        if (model.shiftType(t).id == "a1")
            a1 = t;
        if (model.shiftType(t).id == "a4")
            a4 = t;
        if (model.shiftType(t).id == "a6")
            a6 = t;
    }
    REQUIRE(a1 >= 0);
    REQUIRE(a4 >= 0);
    CHECK(model.successionForbidden(0, a4, a1));
    CHECK_FALSE(model.successionForbidden(0, a1, a4));
    CHECK(model.maxShiftsOfType(0, a6) == 0);
    CHECK(model.shiftType(a4).minutes == 720);
}

TEST_CASE("Malformed files are rejected with the line and what was expected", "[benchmark]")
{
    using Catch::Matchers::Contains;
    CHECK_THAT(errorOf(instance1WithLine(13, QStringLiteral("A,D=14,43x0,3360,5,2,2,1"))),
               Contains("line 13") && Contains("max total minutes") && Contains("43x0"));
    CHECK_THAT(errorOf(instance1WithLine(13, QStringLiteral("A,D=14,4320,3360,5,2,2"))),
               Contains("line 13") && Contains("expected 8 comma-separated fields"));
    CHECK_THAT(errorOf(instance1WithLine(13, QStringLiteral("A,X=14,4320,3360,5,2,2,1"))),
               Contains("line 13") && Contains("shift ID") && Contains("\"X\""));
    CHECK_THAT(errorOf(instance1WithLine(59, QStringLiteral("Z,12,D,1"))),
               Contains("line 59") && Contains("employee ID") && Contains("\"Z\""));
    CHECK_THAT(errorOf(instance1WithLine(59, QStringLiteral("C,14,D,1"))),
               Contains("line 59") && Contains("day index") && Contains("from 0 to 13"));
    CHECK_THAT(errorOf(instance1WithLine(67, QStringLiteral("0,N,5,100,1"))),
               Contains("line 67") && Contains("shift ID") && Contains("\"N\""));
    CHECK_THAT(errorOf(instance1WithLine(68, QStringLiteral("0,D,5,100,1"))),
               Contains("line 68") && Contains("second one for day 0"));
    CHECK_THAT(errorOf(instance1WithLine(9, QStringLiteral("D,480,E"))),
               Contains("line 9") && Contains("\"E\""));
    CHECK_THAT(errorOf(instance1WithLine(14, QStringLiteral("A,D=14,4320,3360,5,2,2,1"))),
               Contains("line 14") && Contains("\"A\" a second time"));
    CHECK_THAT(errorOf(instance1WithLine(2, QStringLiteral("SECTION_HORIZONT"))),
               Contains("line 2") && Contains("section names"));
    // Without its header the cover lines are read as off-requests, and the first is refused.
    CHECK_THAT(errorOf(instance1WithLine(65, QStringLiteral("# no cover here"))),
               Contains("line 67") && Contains("expected 4 comma-separated fields"));
    CHECK_THAT(errorOf(QStringLiteral("# nothing yet\n14\n")),
               Contains("line 2") && Contains("section header"));

    QString withoutCover = instanceText(1);
    withoutCover.truncate(withoutCover.indexOf(QLatin1String("SECTION_COVER")));
    CHECK_THAT(errorOf(withoutCover), Contains("expected section SECTION_COVER"));
}

TEST_CASE("A file asking for a model too large for memory is refused, not allocated", "[benchmark]")
{
    using Catch::Matchers::Contains;
    // Within the limits of each number (100,000 days), but 60 employees x 10 shift types x
    // 100,000 days is 66 million choices, 36 times the largest published instance.
    QString text = QStringLiteral("SECTION_HORIZON\n100000\n\nSECTION_SHIFTS\n");
    for (int t = 0; t < 10; ++t)
        text += QStringLiteral("S%1,60,\n").arg(t);
    text += QStringLiteral("\nSECTION_STAFF\n");
    for (int e = 0; e < 60; ++e)
        text += QStringLiteral("E%1,S0=400,100000,0,400,1,1,60\n").arg(e);
    text += QStringLiteral("\nSECTION_DAYS_OFF\n\nSECTION_SHIFT_ON_REQUESTS\n\n"
                           "SECTION_SHIFT_OFF_REQUESTS\n\nSECTION_COVER\n0,S0,1,100,1\n");
    CHECK_THAT(errorOf(text), Contains("line 16") && Contains("60 employees") &&
                                  Contains("100000 days") && Contains("10 shift types"));
    // The same team over a year is read.
    text.replace(QStringLiteral("100000\n\nSECTION_SHIFTS"),
                 QStringLiteral("364\n\nSECTION_SHIFTS"));
    const BenchmarkParseResult year = parseBenchmarkText(text);
    CHECK(year.error.toStdString().empty());
    REQUIRE(year.model.has_value());
    CHECK(year.model->employeeCount() == 60);
}

TEST_CASE("A file that cannot be read is reported", "[benchmark]")
{
    const BenchmarkParseResult parsed =
        parseBenchmarkFile(QStringLiteral(SHIFTLANE_TEST_DATA_DIR "/no-such-file.txt"));
    CHECK_FALSE(parsed.model.has_value());
    CHECK_THAT(parsed.error.toStdString(), Catch::Matchers::Contains("no-such-file.txt"));
}

TEST_CASE("The solution writer puts one line per employee, a token per day", "[benchmark]")
{
    const Model model = loadInstance(1);
    Roster roster(model.employeeCount(), model.days());
    roster.set(0, 1, 0);
    roster.set(7, 13, 0);
    const QStringList lines = formatSolution(model, roster).split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 9); // 8 employees and the final newline
    CHECK(lines[0] == QStringLiteral("A\t-\tD\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-"));
    CHECK(lines[7].endsWith(QStringLiteral("\t-\tD")));
    CHECK(lines[7].count(QLatin1Char('\t')) == 14);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("solution.txt"));
    QString error;
    REQUIRE(writeSolutionFile(path, model, roster, &error));
    QFile written(path);
    REQUIRE(written.open(QIODevice::ReadOnly | QIODevice::Text));
    CHECK(QString::fromUtf8(written.readAll()) == formatSolution(model, roster));
}
