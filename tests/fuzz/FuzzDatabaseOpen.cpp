// libFuzzer target: Database::open on arbitrary bytes. A file that is not a sound Shiftlane
// database must be refused with a StorageError; anything else (a crash, a sanitizer report, a
// different exception) is a bug. The seed corpus (tests/fuzz/corpus/database) holds small real
// databases, so mutations reach SQLite's page parser, quick_check and the migrations, not
// only the header check.
#include "storage/Database.h"
#include "storage/Repositories.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

QTemporaryDir* workDir = nullptr;

void removeFiles(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    // QSqlDatabase finds its SQLite driver through the application's plugin loader.
    static QCoreApplication app(*argc, *argv);
    workDir = new QTemporaryDir(); // NOLINT: lives for the whole fuzzing run
    if (!workDir->isValid()) {
        std::fprintf(stderr, "cannot create a temporary folder\n");
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString path = workDir->filePath(QStringLiteral("input.shiftlane"));
    removeFiles(path);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size)) !=
                static_cast<qint64>(size)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            std::abort();
        }
    }
    for (const auto mode :
         {shiftlane::Database::Mode::ReadOnly, shiftlane::Database::Mode::ReadWrite}) {
        try {
            const std::unique_ptr<shiftlane::Database> db = shiftlane::Database::open(path, mode);
            // Opened: reading what the file says must fail cleanly too, if it fails.
            shiftlane::SettingsRepository(*db).load();
        } catch (const shiftlane::StorageError&) {
            // Refused with a reason: what we want.
        }
    }
    removeFiles(path);
    return 0;
}
