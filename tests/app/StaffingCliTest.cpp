// Runs the real shiftlane-cli staffing as a manager would.
#include "CliRun.h"

#include <catch2/catch.hpp>

#include <QProcess>

namespace {

using Run = CliRun;

QStringList classicExample(const QString& serviceLevel, const QString& shrinkage)
{
    return {QStringLiteral("staffing"),
            QStringLiteral("--contacts"),
            QStringLiteral("100"),
            QStringLiteral("--interval-minutes"),
            QStringLiteral("30"),
            QStringLiteral("--aht"),
            QStringLiteral("180"),
            QStringLiteral("--service-level"),
            serviceLevel,
            QStringLiteral("--answer-seconds"),
            QStringLiteral("20"),
            QStringLiteral("--shrinkage"),
            shrinkage};
}

} // namespace

TEST_CASE("staffing prints headcount, service level, ASA and occupancy")
{
    const Run run = cli(classicExample(QStringLiteral("0.8"), QStringLiteral("0.3")));
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Traffic:                 10.00 Erlangs")));
    CHECK(run.out.contains(QStringLiteral("Agents on the queue:     14\n")));
    CHECK(run.out.contains(QStringLiteral("Agents to schedule:      20 (after 30.0% shrinkage)")));
    CHECK(run.out.contains(QStringLiteral("88.8% answered within 20 s (target 80.0%)")));
    CHECK(run.out.contains(QStringLiteral("Average speed of answer: 7.8 s")));
    CHECK(run.out.contains(QStringLiteral("Occupancy:               71.4%")));
}

TEST_CASE("staffing takes fractions and percentages alike")
{
    const QString expected = cli(classicExample(QStringLiteral("0.8"), QStringLiteral("0.3"))).out;
    CHECK(cli(classicExample(QStringLiteral("80"), QStringLiteral("30"))).out == expected);
    CHECK(cli(classicExample(QStringLiteral("80%"), QStringLiteral("30%"))).out == expected);
    const Run help = cli({QStringLiteral("staffing"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.simplified().contains(
        QStringLiteral("a fraction (0.8) or a percentage (80 or 80%)")));
}

TEST_CASE("staffing with chat concurrency")
{
    const Run run =
        cli({QStringLiteral("staffing"), QStringLiteral("--contacts"), QStringLiteral("200"),
             QStringLiteral("--interval-minutes"), QStringLiteral("30"), QStringLiteral("--aht"),
             QStringLiteral("600"), QStringLiteral("--service-level"), QStringLiteral("80%"),
             QStringLiteral("--answer-seconds"), QStringLiteral("60"),
             QStringLiteral("--concurrency"), QStringLiteral("2")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Agents on the queue:     37\n")));
}

TEST_CASE("staffing names the option that is wrong")
{
    const Run missing =
        cli({QStringLiteral("staffing"), QStringLiteral("--contacts"), QStringLiteral("100")});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("--interval-minutes")));

    const Run malformed = cli(classicExample(QStringLiteral("most"), QStringLiteral("0")));
    CHECK(malformed.exitCode == 2);
    CHECK(malformed.err.contains(QStringLiteral("--service-level")));

    const Run impossible = cli(classicExample(QStringLiteral("100%"), QStringLiteral("100%")));
    CHECK(impossible.exitCode == 1);
    CHECK(impossible.err.contains(QStringLiteral("--service-level: must be more than 0%")));
    CHECK(impossible.err.contains(QStringLiteral("--shrinkage: must be at least 0%")));
    CHECK(impossible.out.isEmpty());
}
