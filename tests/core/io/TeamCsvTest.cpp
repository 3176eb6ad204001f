// CSV reading and writing, and freelancer / availability import that never half-imports.
#include "io/TeamCsv.h"
#include "io/Csv.h"
#include "storage/Repositories.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace shiftlane;
using namespace shiftlane::csv;

namespace {

struct TestDb
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db = Database::create(dir.filePath(QStringLiteral("t.shiftlane")));
};

QByteArray lines(std::initializer_list<const char*> rows)
{
    QByteArray bytes;
    for (const char* row : rows)
        bytes += QByteArray(row) + '\n';
    return bytes;
}

const QByteArray FreelancerHeader =
    "name,email,phone,time_zone,skills,hourly_rate,currency,min_hours_per_week,"
    "max_hours_per_week,max_shifts_per_day,max_consecutive_days,min_consecutive_days_off,"
    "min_rest_hours,max_working_weekends";

QStringList problemTexts(const ImportReport& report)
{
    QStringList texts;
    for (const Problem& p : report.problems)
        texts << p.toString();
    return texts;
}

bool hasProblem(const ImportReport& report, int line, const QString& column,
                const QString& messagePart)
{
    for (const Problem& p : report.problems)
        if (p.line == line && p.column == column && p.message.contains(messagePart))
            return true;
    return false;
}

std::optional<Freelancer> byName(Database& db, const QString& name)
{
    for (const Freelancer& f : FreelancerRepository(db).all())
        if (f.name == name)
            return f;
    return std::nullopt;
}

QStringList skillNamesOf(Database& db, const Freelancer& f)
{
    QStringList names;
    for (const Skill& s : SkillRepository(db).all())
        if (f.hasSkill(s.id))
            names << s.name;
    return names;
}

} // namespace

TEST_CASE("RFC 4180: quoted commas, quotes and line breaks, and the line each record starts on")
{
    const Table table = read("\xEF\xBB\xBF"
                             "a,b,c\r\n"
                             "\"Cruz, Ana\",\"she said \"\"hi\"\"\",plain\r\n"
                             "\r\n"
                             "\"two\nlines\",,x\r\n"
                             "last,row,here");
    REQUIRE(table.problems.isEmpty());
    CHECK(table.header ==
          QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    REQUIRE(table.records.size() == 3);
    CHECK(table.records[0].line == 2);
    CHECK(table.records[0].cells == QStringList{QStringLiteral("Cruz, Ana"),
                                                QStringLiteral("she said \"hi\""),
                                                QStringLiteral("plain")});
    CHECK(table.records[1].line == 4);
    CHECK(table.records[1].cells[0] == QStringLiteral("two\nlines"));
    CHECK(table.records[1].cells[1].isEmpty());
    CHECK(table.records[2].line == 6); // counted across the line break inside the quotes
}

TEST_CASE("Malformed quoting is reported with its line")
{
    const Table stray = read("a,b\nx\"y,z\n");
    REQUIRE(stray.problems.size() == 1);
    CHECK(stray.problems[0].line == 2);
    CHECK(stray.problems[0].message.contains(QStringLiteral("double quote")));

    const Table open = read("a,b\nok,fine\n\"never closed,z\nmore\n");
    REQUIRE(open.problems.size() == 1);
    CHECK(open.problems[0].line == 3);
    CHECK(open.problems[0].message.contains(QStringLiteral("never closed")));
}

TEST_CASE("Formula cells are neutralised on export and restored on import, whatever they hold")
{
    const QStringList values{QStringLiteral("=HYPERLINK(\"http://evil\")"),
                             QStringLiteral("+351 912 345 678"),
                             QStringLiteral("-5"),
                             QStringLiteral("@SUM(A1)"),
                             QStringLiteral("'=already quoted"),
                             QStringLiteral("''+two quotes"),
                             QStringLiteral("it's fine"),
                             QStringLiteral("'plain quote"),
                             QStringLiteral("a, \"b\"\nc")};
    const QByteArray bytes = write({values, values});
    CHECK(bytes.contains("'=HYPERLINK"));
    CHECK(bytes.contains(",'+351 912 345 678,"));
    CHECK(bytes.contains(",'-5,"));
    CHECK(bytes.contains(",'@SUM(A1),"));
    CHECK(bytes.contains(",it's fine,"));
    const Table table = read(bytes);
    REQUIRE(table.problems.isEmpty());
    CHECK(table.header == values);
    REQUIRE(table.records.size() == 1);
    CHECK(table.records[0].cells == values);
}

TEST_CASE("Importing freelancers adds them, creates unknown skills and converts every column")
{
    TestDb t;
    SkillRepository(*t.db).add({NoId, QStringLiteral("Phone"), QStringLiteral("#112233")});
    const ImportReport report = importFreelancers(
        *t.db, lines({FreelancerHeader.constData(),
                      "\"Cruz, Ana\",ana@example.org,'+351 912 345 678,Europe/Lisbon,"
                      "phone|Chat,18.5,eur,20,37:30,1,5,2,11,2",
                      "Ben Okafor,,,Africa/Lagos,,,,,,,,,,"}));
    INFO(problemTexts(report).join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.succeeded());
    CHECK(report.rows == 2);
    CHECK(report.added == 2);
    CHECK(report.updated == 0);
    CHECK(report.newSkills == QStringList{QStringLiteral("Chat")});

    const auto ana = byName(*t.db, QStringLiteral("Cruz, Ana"));
    REQUIRE(ana);
    CHECK(ana->email == QStringLiteral("ana@example.org"));
    CHECK(ana->phone == QStringLiteral("+351 912 345 678"));
    CHECK(ana->timeZone == "Europe/Lisbon");
    CHECK(skillNamesOf(*t.db, *ana) ==
          QStringList{QStringLiteral("Phone"), QStringLiteral("Chat")}); // existing spelling
    CHECK(ana->hourlyRateCents == 1850);
    CHECK(ana->currency == QStringLiteral("EUR"));
    CHECK(ana->limits.minMinutesPerWeek == 20 * 60);
    CHECK(ana->limits.maxMinutesPerWeek == 37 * 60 + 30);
    CHECK(ana->limits.minConsecutiveDaysOff == 2);

    const auto ben = byName(*t.db, QStringLiteral("Ben Okafor"));
    REQUIRE(ben);
    CHECK(ben->limits == ContractLimits());
    CHECK(ben->skillIds.isEmpty());
}

TEST_CASE("A freelancer already in the database is updated by name, ignoring case")
{
    TestDb t;
    REQUIRE(importFreelancers(*t.db, lines({"name,time_zone,hourly_rate,skills",
                                            "Ana Cruz,Europe/Lisbon,18.00,Phone"}))
                .succeeded());
    const Id id = byName(*t.db, QStringLiteral("Ana Cruz"))->id;

    const ImportReport report =
        importFreelancers(*t.db, lines({"name,time_zone,hourly_rate,skills,max_hours_per_week",
                                        "  ana cruz ,America/Bogota,,,30", "New Person,UTC,10,,"}));
    REQUIRE(report.succeeded());
    CHECK(report.added == 1);
    CHECK(report.updated == 1);
    CHECK(FreelancerRepository(*t.db).all().size() == 2);
    const auto ana = byName(*t.db, QStringLiteral("ana cruz"));
    REQUIRE(ana);
    CHECK(ana->id == id);
    CHECK(ana->timeZone == "America/Bogota");
    CHECK(ana->hourlyRateCents == 1800); // empty cell: kept
    CHECK(skillNamesOf(*t.db, *ana) == QStringList{QStringLiteral("Phone")});
    CHECK(ana->limits.maxMinutesPerWeek == 30 * 60);
}

TEST_CASE("Names that differ only in case are matched exactly, never guessed")
{
    TestDb t;
    FreelancerRepository repository(*t.db);
    Freelancer ana;
    ana.name = QStringLiteral("Ana");
    ana.timeZone = "UTC";
    repository.add(ana);
    ana.name = QStringLiteral("ana");
    repository.add(ana);

    REQUIRE(importFreelancers(*t.db, lines({"name,time_zone", "ana,Europe/Lisbon"})).updated == 1);
    CHECK(byName(*t.db, QStringLiteral("ana"))->timeZone == "Europe/Lisbon");
    CHECK(byName(*t.db, QStringLiteral("Ana"))->timeZone == "UTC");

    const ImportReport ambiguous =
        importFreelancers(*t.db, lines({"name,time_zone", "ANA,Europe/Lisbon"}));
    CHECK(hasProblem(ambiguous, 2, QStringLiteral("name"), QStringLiteral("differ only in case")));
    const ImportReport windows = importAvailability(
        *t.db, lines({"freelancer,kind,day,start,end", "ANA,available,Monday,09:00,10:00"}));
    CHECK(hasProblem(windows, 2, QStringLiteral("freelancer"),
                     QStringLiteral("differ only in case")));
}

TEST_CASE("A bad freelancer file writes nothing and names every bad row, column and reason")
{
    TestDb t;
    REQUIRE(importFreelancers(*t.db, lines({"name,time_zone", "Keep Me,UTC"})).succeeded());
    const QByteArray before = exportFreelancers(*t.db);

    const ImportReport report =
        importFreelancers(*t.db, lines({FreelancerHeader.constData(),
                                        "Good One,,,Europe/Lisbon,Phone,10,EUR,,,,,,,", // 2 fine
                                        "Bad Zone,x,,Europe/Lisbo,,,,,,,,,,",           // 3
                                        "good one,,,UTC,,,,,,,,,,",              // 4 duplicate
                                        "Short,,,UTC",                           // 5 width
                                        "Money,,,UTC,,\"18,50\",EUR,40,20,,,,,", // 6 rate, min>max
                                        ",,,UTC,,,,,,,,,,",                      // 7 no name
                                        "Limits,,,UTC,,,euro,,200,0,40,,,",      // 8
                                        "Keep Me,,,Mars/Base,,,,,,,,,,"}));      // 9
    CHECK_FALSE(report.succeeded());
    CHECK(hasProblem(report, 3, QStringLiteral("time_zone"), QStringLiteral("Europe/Lisbo")));
    CHECK(hasProblem(report, 4, QStringLiteral("name"), QStringLiteral("already on line 2")));
    CHECK(hasProblem(report, 5, QString(), QStringLiteral("has 4 cells but the header has 14")));
    CHECK(hasProblem(report, 6, QStringLiteral("hourly_rate"), QStringLiteral("\"18,50\"")));
    CHECK(hasProblem(report, 6, QStringLiteral("min_hours_per_week"),
                     QStringLiteral("above the maximum")));
    CHECK(hasProblem(report, 7, QStringLiteral("name"), QStringLiteral("needs a name")));
    CHECK(hasProblem(report, 8, QStringLiteral("currency"), QStringLiteral("ISO 4217")));
    CHECK(hasProblem(report, 8, QStringLiteral("max_hours_per_week"), QStringLiteral("168")));
    CHECK(
        hasProblem(report, 8, QStringLiteral("max_shifts_per_day"), QStringLiteral("at least 1")));
    CHECK(hasProblem(report, 8, QStringLiteral("max_consecutive_days"), QStringLiteral("1 to 31")));
    CHECK(hasProblem(report, 9, QStringLiteral("time_zone"), QStringLiteral("Mars/Base")));
    for (const Problem& p : report.problems)
        CHECK(p.line != 2);
    CHECK(report.problems[0].toString().startsWith(QStringLiteral("line 3, column time_zone: ")));

    CHECK(exportFreelancers(*t.db) == before);     // nothing written, not even "Good One"
    CHECK(SkillRepository(*t.db).all().isEmpty()); // nor the skill it would have created
}

TEST_CASE("Header problems: unknown, repeated and missing columns")
{
    TestDb t;
    const ImportReport report =
        importFreelancers(*t.db, lines({"name,hourly rate,name", "Ana,10,Ana"}));
    CHECK(hasProblem(report, 1, QStringLiteral("hourly rate"), QStringLiteral("unknown column")));
    CHECK(hasProblem(report, 1, QStringLiteral("name"), QStringLiteral("appears twice")));
    CHECK(hasProblem(report, 1, QStringLiteral("time_zone"), QStringLiteral("lacks")));
    CHECK(FreelancerRepository(*t.db).all().isEmpty());
}

TEST_CASE("An empty file is refused: a header alone imports nothing, successfully")
{
    TestDb t;
    for (const QByteArray& empty :
         {QByteArray(), QByteArray("\n\r\n"), QByteArray("\xEF\xBB\xBF")}) {
        const ImportReport report = importFreelancers(*t.db, empty);
        REQUIRE(report.problems.size() == 1);
        CHECK(report.problems[0].line == 1);
        CHECK(report.problems[0].message.contains(QStringLiteral("empty")));
    }
    const ImportReport headerOnly = importFreelancers(*t.db, FreelancerHeader + "\r\n");
    CHECK(headerOnly.succeeded());
    CHECK(headerOnly.rows == 0);
}

TEST_CASE("A Latin-1 file is refused with the lines that are not UTF-8")
{
    TestDb t;
    // "José" and "Zoë" as Latin-1 bytes, as Excel's plain "CSV" saves them on Windows.
    const ImportReport report = importFreelancers(
        *t.db, "name,time_zone\nAna,UTC\nJos\xE9 Silva,Europe/Lisbon\nZo\xEB,UTC\n");
    CHECK_FALSE(report.succeeded());
    REQUIRE(report.problems.size() == 2);
    CHECK(hasProblem(report, 3, QStringLiteral("name"), QStringLiteral("not UTF-8")));
    CHECK(hasProblem(report, 4, QStringLiteral("name"), QStringLiteral("Latin-1")));
    CHECK(FreelancerRepository(*t.db).all().isEmpty());

    // A column name in another encoding is not reported as an unknown column.
    const ImportReport header = importFreelancers(*t.db, "name,time_zone,r\xE9gion\nAna,UTC,x\n");
    REQUIRE(header.problems.size() == 1);
    CHECK(header.problems[0].line == 1);
    CHECK(header.problems[0].message.contains(QStringLiteral("not UTF-8")));

    const ImportReport utf16 = importFreelancers(*t.db, "\xFF\xFEn\0a\0");
    REQUIRE(utf16.problems.size() == 1);
    CHECK(utf16.problems[0].message.contains(QStringLiteral("UTF-16")));
}

TEST_CASE("Export re-imports to the same data, awkward values included")
{
    TestDb from;
    REQUIRE(importFreelancers(
                *from.db,
                lines({FreelancerHeader.constData(),
                       "\"Cruz, \"\"Ana\"\"\",ana@example.org,'+351 1,Europe/Lisbon,Phone|Chat,"
                       "18.55,EUR,7:25,37.5,2,6,2,12,3",
                       "=cmd|' /C calc'!A0,,'-1,Asia/Manila,Spanish,0,PHP,0,0.05,1,1,0,0,0",
                       "\"Multi\nLine\",,,UTC,,1,USD,,,,,,,"}))
                .succeeded());
    const Id ana = byName(*from.db, QStringLiteral("Cruz, \"Ana\""))->id;
    AvailabilityRepository availability(*from.db);
    availability.replaceWeekly(ana,
                               {{NoId, ana, 1, 9 * 60, 13 * 60, AvailabilityKind::Preferred},
                                {NoId, ana, 7, 20 * 60, 24 * 60, AvailabilityKind::Available}});
    availability.addTimeOff({NoId, ana, QDate(2026, 12, 24), QDate(2027, 1, 2),
                             QStringLiteral("=holiday, \"family\"")});
    availability.addOneOff(
        {NoId, ana, QDate(2026, 12, 20), 10 * 60, 12 * 60, AvailabilityKind::Available});
    availability.replaceTravel(ana,
                               {{NoId, ana, QDate(2026, 6, 8), QDate(2026, 6, 14), "Asia/Dubai"},
                                {NoId, ana, QDate(2026, 7, 1), QDate(2026, 7, 1), "Asia/Tokyo"}});

    const QByteArray freelancers = exportFreelancers(*from.db);
    const QByteArray windows = exportAvailability(*from.db);
    CHECK(freelancers.contains("'=cmd"));
    CHECK(freelancers.contains("7:25,37.5,"));
    CHECK(windows.startsWith("freelancer,kind,day,start,end,until,reason,time_zone\r\n"));
    CHECK(windows.contains(",travel,2026-06-08,,,2026-06-14,,Asia/Dubai\r\n"));

    TestDb to;
    const ImportReport first = importFreelancers(*to.db, freelancers);
    INFO(problemTexts(first).join(QLatin1Char('\n')).toStdString());
    REQUIRE(first.succeeded());
    CHECK(first.added == 3);
    const ImportReport second = importAvailability(*to.db, windows);
    INFO(problemTexts(second).join(QLatin1Char('\n')).toStdString());
    REQUIRE(second.succeeded());
    CHECK(second.added == 6);
    CHECK(exportFreelancers(*to.db) == freelancers);
    CHECK(exportAvailability(*to.db) == windows);

    // And importing the same files again changes nothing (update, replace).
    REQUIRE(importFreelancers(*to.db, freelancers).updated == 3);
    REQUIRE(importAvailability(*to.db, windows).succeeded());
    CHECK(exportFreelancers(*to.db) == freelancers);
    CHECK(exportAvailability(*to.db) == windows);
}

TEST_CASE("Availability import replaces what the named freelancers said, and only theirs")
{
    TestDb t;
    REQUIRE(importFreelancers(*t.db, lines({"name,time_zone", "Ana,Europe/Lisbon", "Ben,UTC"}))
                .succeeded());
    const Id ana = byName(*t.db, QStringLiteral("Ana"))->id;
    const Id ben = byName(*t.db, QStringLiteral("Ben"))->id;
    AvailabilityRepository repository(*t.db);
    repository.replaceWeekly(ben, {{NoId, ben, 2, 60, 120, AvailabilityKind::Available}});
    repository.addTimeOff({NoId, ana, QDate(2026, 1, 1), QDate(2026, 1, 1), QString()});

    const ImportReport report = importAvailability(
        *t.db,
        lines({"freelancer,kind,day,start,end,until,reason", "ana,preferred,mon,09:00,13:00,,",
               "Ana,available,7,18:00,24:00,,", "ANA,time_off,2026-08-01,,,2026-08-14,summer"}));
    INFO(problemTexts(report).join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.succeeded());
    CHECK(report.added == 3);
    CHECK(report.updated == 1);

    const FreelancerAvailability anas = repository.forFreelancer(ana);
    REQUIRE(anas.weekly.size() == 2);
    CHECK(anas.weekly[0].dayOfWeek == 1);
    CHECK(anas.weekly[0].kind == AvailabilityKind::Preferred);
    CHECK(anas.weekly[1].endMinute == 24 * 60);
    REQUIRE(anas.timeOff.size() == 1); // the old time off is gone
    CHECK(anas.timeOff[0].firstDay == QDate(2026, 8, 1));
    CHECK(anas.timeOff[0].lastDay == QDate(2026, 8, 14));
    CHECK(anas.timeOff[0].reason == QStringLiteral("summer"));
    CHECK(repository.forFreelancer(ben).weekly.size() == 1); // not named: untouched
}

TEST_CASE("A bad availability file writes nothing and names every problem")
{
    TestDb t;
    REQUIRE(importFreelancers(*t.db, lines({"name,time_zone", "Ana,UTC"})).succeeded());
    const QByteArray before = exportAvailability(*t.db);
    const ImportReport report =
        importAvailability(*t.db, lines({"freelancer,kind,day,start,end,until,reason",
                                         "Ana,preferred,Monday,09:00,13:00,,",    // 2 fine
                                         "Nobody,available,Monday,09:00,10:00,,", // 3
                                         "Ana,available,Tuesday,14:00,09:00,,",   // 4
                                         "Ana,available,Monday,12:00,15:00,,", // 5 overlaps line 2
                                         "Ana,sometimes,Funday,9am,25:00,,",   // 6
                                         "Ana,time_off,2026-05-10,,,2026-05-01,", // 7
                                         "Ana,available,Monday,24:00,24:00,,"})); // 8
    CHECK(hasProblem(report, 3, QStringLiteral("freelancer"), QStringLiteral("\"Nobody\"")));
    CHECK(hasProblem(report, 4, QStringLiteral("end"), QStringLiteral("ends before it starts")));
    CHECK(hasProblem(report, 5, QStringLiteral("start"), QStringLiteral("line 2")));
    CHECK(hasProblem(report, 6, QStringLiteral("kind"), QStringLiteral("\"sometimes\"")));
    CHECK(hasProblem(report, 6, QStringLiteral("start"), QStringLiteral("\"9am\"")));
    CHECK(hasProblem(report, 6, QStringLiteral("end"), QStringLiteral("\"25:00\"")));
    CHECK(hasProblem(report, 7, QStringLiteral("until"), QStringLiteral("ends before")));
    CHECK(hasProblem(report, 8, QStringLiteral("start"), QStringLiteral("\"24:00\"")));
    CHECK(exportAvailability(*t.db) == before);
}

TEST_CASE("10,000 rows import whole in one transaction, and one bad row stops them all")
{
    TestDb t;
    QByteArray freelancers = FreelancerHeader + "\r\n";
    QByteArray windows = "freelancer,kind,day,start,end,until,reason\r\n";
    const char* zones[] = {"Europe/Lisbon", "America/Bogota", "Asia/Manila", "Africa/Lagos"};
    for (int i = 0; i < 10'000; ++i) {
        const QByteArray name = "Freelancer " + QByteArray::number(i);
        freelancers += name + ",f" + QByteArray::number(i) + "@example.org,," + zones[i % 4] +
                       ",Phone|Chat,15.00,EUR,10,30,1,5,1,11,2\r\n";
        windows += name + ",preferred," + QByteArray::number(i % 7 + 1) + ",08:00,12:00,,\r\n";
    }
    // Speed is a benchmark's business, not a unit test's: this checks that a large file
    // imports whole and correctly.
    const ImportReport people = importFreelancers(*t.db, freelancers);
    const ImportReport when = importAvailability(*t.db, windows);
    REQUIRE(people.succeeded());
    REQUIRE(when.succeeded());
    CHECK(people.added == 10'000);
    CHECK(when.added == 10'000);
    CHECK(FreelancerRepository(*t.db).all().size() == 10'000);

    // One bad row among 10,000: still nothing written, and that row is named.
    QByteArray oneBad = freelancers;
    oneBad.replace("Freelancer 7777,f7777@example.org,,America/Bogota",
                   "Freelancer 7777,f7777@example.org,,America/Bogata");
    oneBad.replace("Freelancer 1,", "Freelancer 1 again,"); // still valid: would be added
    const ImportReport bad = importFreelancers(*t.db, oneBad);
    REQUIRE(bad.problems.size() == 1);
    CHECK(bad.problems[0].line == 7779);
    CHECK_FALSE(byName(*t.db, QStringLiteral("Freelancer 1 again")));
}

TEST_CASE("Travel rows replace the named freelancers' travel: a file without the zone column "
          "keeps it")
{
    TestDb t;
    REQUIRE(importFreelancers(*t.db, lines({"name,time_zone", "Ana,Europe/Lisbon", "Ben,UTC"}))
                .succeeded());
    const Id ana = byName(*t.db, QStringLiteral("Ana"))->id;
    const Id ben = byName(*t.db, QStringLiteral("Ben"))->id;
    AvailabilityRepository repository(*t.db);
    repository.replaceTravel(ana,
                             {{NoId, ana, QDate(2026, 3, 1), QDate(2026, 3, 9), "Asia/Tokyo"}});
    repository.replaceTravel(ben,
                             {{NoId, ben, QDate(2026, 5, 1), QDate(2026, 5, 2), "Asia/Dubai"}});

    const ImportReport report = importAvailability(
        *t.db, lines({"freelancer,kind,day,until,time_zone,start,end",
                      "Ana,travel,2026-06-08,2026-06-14,Asia/Dubai,,",
                      "Ana,TRAVEL,2026-06-15,,America/New_York,,", // one day, right after
                      "Ana,preferred,Monday,,,09:00,17:00"}));
    INFO(problemTexts(report).join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.succeeded());
    CHECK(report.added == 3);
    CHECK(report.updated == 1);
    const FreelancerAvailability anas = repository.forFreelancer(ana);
    REQUIRE(anas.travel.size() == 2); // the March trip is gone: the file is her whole plan
    CHECK(anas.travel[0].firstDay == QDate(2026, 6, 8));
    CHECK(anas.travel[0].lastDay == QDate(2026, 6, 14));
    CHECK(anas.travel[0].timeZone == "Asia/Dubai");
    CHECK(anas.travel[1].firstDay == QDate(2026, 6, 15));
    CHECK(anas.travel[1].lastDay == QDate(2026, 6, 15));
    CHECK(anas.travel[1].timeZone == "America/New_York");
    CHECK(anas.weekly.size() == 1);
    CHECK(repository.forFreelancer(ben).travel.size() == 1); // not named: untouched

    // A file of the format before travel (no time_zone column) replaces windows and time off
    // but says nothing about travel, so Ana keeps her trips.
    const ImportReport old = importAvailability(
        *t.db, lines({"freelancer,kind,day,start,end,until,reason",
                      "Ana,available,Tuesday,10:00,12:00,,", "Ana,time_off,2026-08-03,,,,"}));
    INFO(problemTexts(old).join(QLatin1Char('\n')).toStdString());
    REQUIRE(old.succeeded());
    const FreelancerAvailability kept = repository.forFreelancer(ana);
    REQUIRE(kept.weekly.size() == 1);
    CHECK(kept.weekly[0].dayOfWeek == 2);
    CHECK(kept.timeOff.size() == 1);
    CHECK(kept.travel.size() == 2);
    CHECK(kept.travel[0].timeZone == "Asia/Dubai");

    // With the column but no travel row for her, she stays at home from now on.
    REQUIRE(importAvailability(*t.db, lines({"freelancer,kind,day,start,end,time_zone",
                                             "Ana,available,Tuesday,10:00,12:00,"}))
                .succeeded());
    CHECK(repository.forFreelancer(ana).travel.isEmpty());
}

TEST_CASE("Bad travel rows write nothing and each is named with its line, column and reason")
{
    TestDb t;
    REQUIRE(importFreelancers(*t.db, lines({"name,time_zone", "Ana,Europe/Lisbon", "Ben,UTC"}))
                .succeeded());
    const Id ana = byName(*t.db, QStringLiteral("Ana"))->id;
    AvailabilityRepository(*t.db).replaceTravel(
        ana, {{NoId, ana, QDate(2026, 3, 1), QDate(2026, 3, 9), "Asia/Tokyo"}});
    const QByteArray before = exportAvailability(*t.db);
    const ImportReport report = importAvailability(
        *t.db, lines({"freelancer,kind,day,start,end,until,reason,time_zone",
                      "Ana,travel,2026-06-08,,,2026-06-14,,Asia/Dubai",   // 2 fine
                      "Ana,travel,2026-06-14,,,2026-06-20,,Asia/Tokyo",   // 3 overlaps line 2
                      "Ana,travel,2026-07-10,,,2026-07-01,,Asia/Tokyo",   // 4 ends before it starts
                      "Ben,travel,2026-07-01,,,2026-07-03,,Mars/Olympus", // 5 unknown zone
                      "Nobody,travel,2026-07-01,,,,,Asia/Tokyo",          // 6 unknown freelancer
                      "Ben,travel,2026-08-01,,,,,",                       // 7 no zone
                      "Ben,travel,2026-09-01,08:00,,,holiday,UTC",        // 8 start, reason
                      "Ben,available,Monday,09:00,10:00,,,Asia/Tokyo",    // 9 zone on a window
                      "Ben,travel,1st of May,,,someday,,UTC",             // 10 dates
                      "Ben,travel,2026-06-13,,,2026-06-16,,Asia/Dubai"})); // 11 fine: not Ana
    INFO(problemTexts(report).join(QLatin1Char('\n')).toStdString());
    CHECK(hasProblem(report, 3, QStringLiteral("day"), QStringLiteral("line 2")));
    CHECK(hasProblem(report, 4, QStringLiteral("until"), QStringLiteral("ends before it starts")));
    CHECK(hasProblem(report, 5, QStringLiteral("time_zone"), QStringLiteral("\"Mars/Olympus\"")));
    CHECK(hasProblem(report, 6, QStringLiteral("freelancer"), QStringLiteral("\"Nobody\"")));
    CHECK(hasProblem(report, 7, QStringLiteral("time_zone"), QStringLiteral("missing")));
    CHECK(hasProblem(report, 8, QStringLiteral("start"), QStringLiteral("whole days")));
    CHECK(hasProblem(report, 8, QStringLiteral("reason"), QStringLiteral("leave it empty")));
    CHECK(hasProblem(report, 9, QStringLiteral("time_zone"), QStringLiteral("only travel rows")));
    CHECK(hasProblem(report, 10, QStringLiteral("day"), QStringLiteral("\"1st of May\"")));
    CHECK(hasProblem(report, 10, QStringLiteral("until"), QStringLiteral("\"someday\"")));
    for (const Problem& p : report.problems)
        CHECK(p.line != 2);
    for (const Problem& p : report.problems)
        CHECK(p.line != 11);
    CHECK(report.problems.size() == 10);
    CHECK(exportAvailability(*t.db) == before);

    // A travel row in a file without the zone column cannot say where to.
    const ImportReport noColumn = importAvailability(
        *t.db, lines({"freelancer,kind,day,until", "Ana,travel,2026-06-08,2026-06-14"}));
    CHECK(hasProblem(noColumn, 2, QStringLiteral("time_zone"), QStringLiteral("add a time_zone")));
    CHECK(exportAvailability(*t.db) == before);
}
