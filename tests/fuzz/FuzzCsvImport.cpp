// libFuzzer target: the CSV imports (io/TeamCsv.h) on arbitrary bytes, each input read both as
// a freelancers file and as an availability file against a small demo team. A refused file must
// say why, on a line of the file; an accepted one must export again as CSV that imports without
// a problem (what import wrote is data the app can read back). Every import runs inside a
// transaction that is rolled back, so each input starts from the same team.
#include "demo/DemoTeam.h"
#include "io/TeamCsv.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

QTemporaryDir* workDir = nullptr;
shiftlane::Database* team = nullptr;

[[noreturn]] void fail(const char* what, const QString& detail = {})
{
    std::fprintf(stderr, "%s %s\n", what, qPrintable(detail));
    std::abort();
}

using Import = shiftlane::csv::ImportReport (*)(shiftlane::Database&, const QByteArray&);
using Export = QByteArray (*)(shiftlane::Database&);

void check(const QByteArray& bytes, Import import, Export exportAgain)
{
    team->begin();
    try {
        const shiftlane::csv::ImportReport report = import(*team, bytes);
        for (const shiftlane::csv::Problem& problem : report.problems)
            if (problem.message.isEmpty() || problem.line < 0)
                fail("a problem without a reason or with a negative line:", problem.toString());
        if (report.succeeded()) {
            const QByteArray exported = exportAgain(*team);
            const shiftlane::csv::ImportReport again = import(*team, exported);
            if (!again.succeeded())
                fail("an accepted import does not export to CSV that imports again:",
                     again.problems.first().toString());
        }
    } catch (const shiftlane::StorageError& error) {
        // The database refused a write: allowed (it names the reason), but the parse got there.
        if (error.message().isEmpty())
            fail("a storage error without a message");
    }
    team->rollback();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    // QSqlDatabase finds its SQLite driver through the application's plugin loader.
    static QCoreApplication app(*argc, *argv);
    workDir = new QTemporaryDir(); // NOLINT: lives for the whole fuzzing run
    if (!workDir->isValid())
        fail("cannot create a temporary folder");
    try {
        // NOLINTNEXTLINE: lives for the whole fuzzing run
        team = shiftlane::Database::create(workDir->filePath(QStringLiteral("team.shiftlane")))
                   .release();
        shiftlane::DemoOptions options;
        options.freelancers = 6; // names the seeds use: see corpus/csv
        options.weeks = 1;
        options.start = QDate(2026, 3, 2);
        shiftlane::writeDemoTeam(*team, options);
    } catch (const shiftlane::StorageError& error) {
        fail("cannot create the demo team:", error.message());
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    check(bytes, shiftlane::csv::importFreelancers, shiftlane::csv::exportFreelancers);
    check(bytes, shiftlane::csv::importAvailability, shiftlane::csv::exportAvailability);
    return 0;
}
