#pragma once

// Runs the real shiftlane-cli binary (SHIFTLANE_CLI, set by tests/app/CMakeLists.txt) as a
// user would, and keeps what it printed.
#include <catch2/catch.hpp>

#include <QProcess>
#include <QStringList>

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliRun cli(const QStringList& args)
{
    QProcess process;
    process.start(QStringLiteral(SHIFTLANE_CLI), args);
    REQUIRE(process.waitForFinished(120000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}
