// "Nothing lost": runs the real shiftlane-cli on a demo file and SIGKILLs it at random moments in
// the middle of a solve and of a big import, then checks what a user would find when they next
// open the file: SQLite's integrity check says ok, and the file holds exactly one of the two
// committed states -- the one from before the command, or the one the command writes when it
// runs to the end (both runs are deterministic, so that state is known). The moments come from
// a seeded generator; the seed is printed, and SHIFTLANE_KILL_SEED=N repeats a run.
#include "CliRun.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <signal.h>

#include <chrono>
#include <iostream>
#include <random>
#include <thread>

namespace {

void copyDatabase(const QString& from, const QString& to)
{
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(to + QLatin1String(suffix));
    REQUIRE(QFile::copy(from, to));
}

struct FileState
{
    QString integrity;
    QByteArray fingerprint; // of every row of every table, whatever their order on disk
};

// When a write happened (the calendar revision's time): a second run of the same command writes
// the same state at another second, so these columns are left out of the comparison.
bool isWallClockOfWrite(const QString& column)
{
    return column == QLatin1String("modified_utc") || column == QLatin1String("cancelled_utc");
}

// Opens the file as the next Shiftlane would (recovering from the killed writer's WAL), checks
// every page, and hashes the content.
FileState inspect(const QString& path)
{
    static int connections = 0;
    const QString name = QStringLiteral("inspect-%1").arg(++connections);
    FileState state;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("PRAGMA integrity_check")));
        while (query.next())
            state.integrity += query.value(0).toString();
        QStringList tables;
        REQUIRE(query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                          "ORDER BY name")));
        while (query.next())
            tables << query.value(0).toString();
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QString& table : tables) {
            REQUIRE(query.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)));
            QStringList rows;
            while (query.next()) {
                QStringList cells;
                for (int i = 0; i < query.record().count(); ++i)
                    if (!isWallClockOfWrite(query.record().fieldName(i)))
                        cells << query.value(i).toString();
                rows << cells.join(QChar(0x1f));
            }
            rows.sort();
            hash.addData(table.toUtf8() + '\n' + rows.join(QChar(0x1e)).toUtf8() + '\n');
        }
        state.fingerprint = hash.result().toHex();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return state;
}

std::mt19937_64 seededGenerator()
{
    std::uint64_t seed = std::random_device()();
    if (const QByteArray given = qgetenv("SHIFTLANE_KILL_SEED"); !given.isEmpty())
        seed = given.toULongLong();
    std::cout << "kill test seed: " << seed << " (SHIFTLANE_KILL_SEED=" << seed
              << " repeats these kill moments)" << std::endl;
    return std::mt19937_64(seed);
}

struct Scenario
{
    QString original; // the file before the command
    QString work;     // a copy the command runs on
    QStringList args; // with %DB% for the work file
};

QStringList argumentsFor(const Scenario& scenario)
{
    QStringList args = scenario.args;
    args.replaceInStrings(QStringLiteral("%DB%"), scenario.work);
    return args;
}

// Runs the command to its end once (the committed "after" state and how long it takes), then
// kills it at random moments across that time on fresh copies of the file.
void killRepeatedly(const Scenario& scenario, int kills, std::mt19937_64& random)
{
    const FileState before = inspect(scenario.original);
    REQUIRE(before.integrity == QStringLiteral("ok"));

    copyDatabase(scenario.original, scenario.work);
    QElapsedTimer clock;
    clock.start();
    const CliRun complete = cli(argumentsFor(scenario));
    const qint64 fullMicroseconds = clock.nsecsElapsed() / 1000;
    INFO(complete.err.toStdString());
    REQUIRE(complete.exitCode == 0);
    const FileState after = inspect(scenario.work);
    REQUIRE(after.integrity == QStringLiteral("ok"));
    REQUIRE(after.fingerprint != before.fingerprint); // the command changes something

    // From a fifth of the run (before that, the program is still loading) to just past its end.
    std::uniform_int_distribution<qint64> moment(fullMicroseconds / 5, fullMicroseconds * 21 / 20);
    int interrupted = 0;
    int sawBefore = 0;
    int sawAfter = 0;
    for (int i = 0; i < kills; ++i) {
        copyDatabase(scenario.original, scenario.work);
        const qint64 killAt = moment(random);
        QProcess process;
        process.start(QStringLiteral(SHIFTLANE_CLI), argumentsFor(scenario));
        REQUIRE(process.waitForStarted());
        std::this_thread::sleep_for(std::chrono::microseconds(killAt));
        if (process.state() == QProcess::Running) {
            REQUIRE(::kill(pid_t(process.processId()), SIGKILL) == 0);
            ++interrupted;
        }
        REQUIRE(process.waitForFinished(60000));

        const FileState found = inspect(scenario.work);
        INFO("killed after " << killAt << " µs of a " << fullMicroseconds << " µs run");
        CHECK(found.integrity == QStringLiteral("ok"));
        const bool isBefore = found.fingerprint == before.fingerprint;
        const bool isAfter = found.fingerprint == after.fingerprint;
        CHECK((isBefore || isAfter));
        sawBefore += isBefore ? 1 : 0;
        sawAfter += isAfter ? 1 : 0;
    }
    std::cout << "  " << scenario.args.first().toStdString() << ": " << interrupted << " of "
              << kills << " runs killed; the file then held the old state " << sawBefore
              << " times, the complete new one " << sawAfter << " times" << std::endl;
    // The moments reach into the run, so most runs are really interrupted.
    CHECK(interrupted >= kills / 2);
}

struct DemoFile
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("demo.shiftlane"));
    QString work = dir.filePath(QStringLiteral("work.shiftlane"));

    DemoFile()
    {
        REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--out"), path,
                     QStringLiteral("--start"), QStringLiteral("2026-03-02")})
                    .exitCode == 0);
    }
};

// A team's worth of new freelancers, plus updates of the demo's own (by name).
QByteArray bigFreelancerCsv(int rows)
{
    const char* zones[] = {"Europe/Lisbon",  "America/Bogota",   "Asia/Manila",
                           "Africa/Nairobi", "America/New_York", "Europe/Warsaw"};
    const char* skills[] = {"Phone|Chat", "Email", "Chat|Spanish", "Phone|Portuguese|Social"};
    QByteArray csv = "name,email,time_zone,skills,hourly_rate,currency,min_hours_per_week,"
                     "max_hours_per_week\n";
    for (int i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        csv += "Imported Freelancer " + n + ",person" + n + "@example.org," + zones[i % 6] + "," +
               skills[i % 4] + "," + QByteArray::number(15 + i % 10) + ".50,EUR," +
               QByteArray::number(i % 20) + "," + QByteArray::number(20 + i % 20) + "\n";
    }
    return csv;
}

} // namespace

TEST_CASE("A solve killed at any moment leaves the old schedule or the complete new one")
{
    std::mt19937_64 random = seededGenerator();
    DemoFile demo;
    // A move limit makes the run, and so the schedule it commits, the same every time.
    killRepeatedly({demo.path,
                    demo.work,
                    {QStringLiteral("solve"), QStringLiteral("--db"), QStringLiteral("%DB%"),
                     QStringLiteral("--from"), QStringLiteral("2026-03-02"), QStringLiteral("--to"),
                     QStringLiteral("2026-03-15"), QStringLiteral("--seed"), QStringLiteral("3"),
                     QStringLiteral("--moves"), QStringLiteral("100000")}},
                   6, random);
}

TEST_CASE("An import killed at any moment leaves none of it or all of it")
{
    std::mt19937_64 random = seededGenerator();
    DemoFile demo;
    const QString csv = demo.dir.filePath(QStringLiteral("big.csv"));
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bigFreelancerCsv(2500));
    }
    killRepeatedly({demo.path,
                    demo.work,
                    {QStringLiteral("import"), QStringLiteral("--db"), QStringLiteral("%DB%"),
                     QStringLiteral("--freelancers"), csv}},
                   6, random);
}
