#pragma once

// Solves a model exactly with Debian's cbc (coinor-cbc) through solver::writeLp, for tests that
// compare the engine or the scorer with the true optimum. Fails the test when cbc is missing.

#include "solver/LpWriter.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace shiftlane::solver::test {

struct CbcRun
{
    CbcSolution solution;
    std::int64_t objectiveOffset = 0;
};

inline CbcRun solveWithCbc(const Model& model)
{
    const QString cbc = QStandardPaths::findExecutable(QStringLiteral("cbc"));
    if (cbc.isEmpty())
        FAIL("cbc is not on PATH: install coinor-cbc (apt-get install coinor-cbc, or run "
             "packaging/setup.sh test)");
    const LpProgram program = writeLp(model);
    INFO(program.error);
    REQUIRE(program.error.empty());

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString lpPath = dir.filePath(QStringLiteral("model.lp"));
    const QString solutionPath = dir.filePath(QStringLiteral("solution.txt"));
    QFile lp(lpPath);
    REQUIRE(lp.open(QIODevice::WriteOnly));
    REQUIRE(lp.write(program.text.data(), static_cast<qint64>(program.text.size())) ==
            static_cast<qint64>(program.text.size()));
    lp.close();

    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(cbc, {lpPath, QStringLiteral("solve"), QStringLiteral("solu"), solutionPath});
    REQUIRE(process.waitForStarted());
    // Generous: the instances in the test take seconds, but the machine may be busy.
    const bool finished = process.waitForFinished(10 * 60 * 1000);
    if (!finished) {
        process.kill();
        process.waitForFinished();
    }
    INFO("cbc's output:\n" << process.readAll().toStdString());
    REQUIRE(finished);
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);

    QFile solutionFile(solutionPath);
    REQUIRE(solutionFile.open(QIODevice::ReadOnly));
    CbcRun run;
    run.solution = readCbcSolution(model, solutionFile.readAll().toStdString());
    run.objectiveOffset = program.objectiveOffset;
    INFO(run.solution.error);
    REQUIRE(run.solution.error.empty());
    return run;
}

} // namespace shiftlane::solver::test
