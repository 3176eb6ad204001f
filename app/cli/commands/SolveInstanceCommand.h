#pragma once

#include "CliCommand.h"

namespace shiftlane::cli {

// solve-instance FILE: solves a benchmark instance (shared/bench/FORMAT.md) with the engine,
// reports progress on stderr, "hard=H soft=S" on stdout and writes the solution file.
class SolveInstanceCommand : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliOutput& io) const override;
};

} // namespace shiftlane::cli
