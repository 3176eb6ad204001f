// The schedule as CSV: one row per shift in both zones, and no formula a spreadsheet would run.
#include "io/ScheduleCsv.h"

#include "io/Csv.h"

#include <catch2/catch.hpp>

using namespace shiftlane;

namespace {

QDateTime utc(QDate day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), Qt::UTC);
}

const QDate Monday(2026, 3, 2);

struct CsvTeam
{
    ScheduleSnapshot snapshot;

    CsvTeam()
    {
        snapshot.settings.planningTimeZone = "Europe/Lisbon";
        snapshot.period = {Monday, Monday.addDays(6)};
        snapshot.skills = {{1, QStringLiteral("Phone"), QStringLiteral("#123456")},
                           {2, QStringLiteral("@Chat"), QStringLiteral("#654321")}};
        snapshot.templates = {{7, QStringLiteral("-Late"), 16 * 60, 8 * 60, 30, 1, QString()}};
        addFreelancer(10, QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")"),
                      "Asia/Manila", 1850);
        addFreelancer(11, QStringLiteral("+1 Ana, \"the\" lead"), "America/Bogota", 2000);
        addFreelancer(12, QStringLiteral("\tTabby"), "Europe/Lisbon", 1000);
    }

    void addFreelancer(Id id, const QString& name, const QByteArray& zone, qint64 rate)
    {
        Freelancer f;
        f.id = id;
        f.name = name;
        f.timeZone = zone;
        f.hourlyRateCents = rate;
        f.currency = QStringLiteral("USD");
        snapshot.freelancers.append(f);
    }

    Shift& add(Id id, const QDateTime& start, const QDateTime& end, std::optional<Id> who,
               Id skill = 1)
    {
        Shift s;
        s.id = id;
        s.start = start;
        s.end = end;
        s.skillId = skill;
        s.freelancerId = who;
        snapshot.shifts.append(s);
        return snapshot.shifts.last();
    }
};

csv::Table exported(const ScheduleSnapshot& snapshot)
{
    const csv::Table table = csv::read(csv::exportSchedule(snapshot));
    REQUIRE(table.problems.isEmpty());
    REQUIRE(table.header == csv::scheduleColumns());
    return table;
}

} // namespace

TEST_CASE("Schedule CSV: one row per shift of the period, times in both zones, hours and pay")
{
    CsvTeam team;
    Shift& late = team.add(1, utc(Monday, 16), utc(Monday.addDays(1), 0), 10);
    late.templateId = 7;
    late.unpaidBreakMinutes = 30;
    late.pinned = true;
    team.add(2, utc(Monday, 9), utc(Monday, 13), std::nullopt, 2);            // open shift
    team.add(3, utc(Monday.addDays(7), 9), utc(Monday.addDays(7), 13), 11);   // after the period
    team.add(4, utc(Monday.addDays(-1), 9), utc(Monday.addDays(-1), 13), 11); // before it

    const csv::Table table = exported(team.snapshot);
    REQUIRE(table.records.size() == 2);
    const QStringList open = table.records[0].cells; // 09:00 comes before 16:00
    CHECK(open[0].isEmpty());
    CHECK(open[1] == QStringLiteral("@Chat"));
    CHECK(open[4] == QStringLiteral("2026-03-02 09:00"));
    CHECK(open[6].isEmpty());
    CHECK(open[12].isEmpty());

    const QStringList row = table.records[1].cells;
    CHECK(row == QStringList{QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")"),
                             QStringLiteral("Phone"), QStringLiteral("-Late"),
                             QStringLiteral("Europe/Lisbon"), QStringLiteral("2026-03-02 16:00"),
                             QStringLiteral("2026-03-03 00:00"), QStringLiteral("Asia/Manila"),
                             QStringLiteral("2026-03-03 00:00"), QStringLiteral("2026-03-03 08:00"),
                             QStringLiteral("7.50"), QStringLiteral("30"), QStringLiteral("18.50"),
                             QStringLiteral("138.75"), QStringLiteral("USD"),
                             QStringLiteral("yes")});
}

TEST_CASE("Schedule CSV: the planning zone's summer time and the freelancer's own offset")
{
    CsvTeam team;
    const QDate summer(2026, 7, 6);
    team.snapshot.period = {summer, summer.addDays(6)};
    team.add(1, utc(summer, 8), utc(summer, 12), 11); // Lisbon UTC+1, Bogota UTC-5
    const QStringList row = exported(team.snapshot).records.value(0).cells;
    REQUIRE(row.size() == 15);
    CHECK(row[4] == QStringLiteral("2026-07-06 09:00"));
    CHECK(row[5] == QStringLiteral("2026-07-06 13:00"));
    CHECK(row[7] == QStringLiteral("2026-07-06 03:00"));
    CHECK(row[8] == QStringLiteral("2026-07-06 07:00"));
    CHECK(row[12] == QStringLiteral("80.00"));
}

TEST_CASE("Schedule CSV: a travelling freelancer's times are on the clock where they are")
{
    CsvTeam team;
    // Ben (home America/Bogota) is in Asia/Dubai from Tuesday to Thursday.
    team.snapshot.availability[11].travel.append(
        {NoId, 11, Monday.addDays(1), Monday.addDays(3), QByteArray("Asia/Dubai")});
    team.add(1, utc(Monday, 12), utc(Monday, 16), 11);                      // at home
    team.add(2, utc(Monday.addDays(2), 6), utc(Monday.addDays(2), 10), 11); // in Dubai
    const csv::Table table = exported(team.snapshot);
    REQUIRE(table.records.size() == 2);
    CHECK(table.records[0].cells[6] == QStringLiteral("America/Bogota"));
    CHECK(table.records[0].cells[7] == QStringLiteral("2026-03-02 07:00"));
    CHECK(table.records[1].cells[6] == QStringLiteral("Asia/Dubai"));
    CHECK(table.records[1].cells[7] == QStringLiteral("2026-03-04 10:00"));
    CHECK(table.records[1].cells[8] == QStringLiteral("2026-03-04 14:00"));
}

TEST_CASE("Schedule CSV neutralises every cell a spreadsheet would run as a formula")
{
    CsvTeam team;
    Shift& late = team.add(1, utc(Monday, 16), utc(Monday.addDays(1), 0), 10);
    late.templateId = 7;
    team.add(2, utc(Monday, 17), utc(Monday, 21), 11, 2);
    team.add(3, utc(Monday, 18), utc(Monday, 22), 12);
    const QByteArray bytes = csv::exportSchedule(team.snapshot);
    const QString text = QString::fromUtf8(bytes);
    // In the raw file each dangerous value starts with a single quote, so a spreadsheet shows
    // text: =HYPERLINK, +1 (a sum), -Late (a negation), @Chat (a function call), a tab.
    CHECK(text.contains(
        QStringLiteral("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",")));
    CHECK(text.contains(QStringLiteral(",'-Late,")));
    CHECK(text.contains(QStringLiteral("\"'+1 Ana, \"\"the\"\" lead\"")));
    CHECK(text.contains(QStringLiteral(",'@Chat,")));
    CHECK(text.contains(QStringLiteral("'\tTabby")));
    for (const QString& line : text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts))
        for (const QString& cell : line.split(QLatin1Char(','))) {
            const QString bare = cell.startsWith(QLatin1Char('"')) ? cell.mid(1) : cell;
            CHECK_FALSE((!bare.isEmpty() && QStringLiteral("=+-@\t\r").contains(bare[0])));
        }
    // Reading the file back gives the values as they are.
    const csv::Table table = exported(team.snapshot);
    CHECK(table.records[0].cells[0].startsWith(QStringLiteral("=HYPERLINK")));
    CHECK(table.records[1].cells[0] == QStringLiteral("+1 Ana, \"the\" lead"));
}
