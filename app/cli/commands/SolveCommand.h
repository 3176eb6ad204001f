#pragma once

#include "CliCommand.h"

namespace shiftlane::cli {

// shiftlane-cli solve: fills a period of a database with the engine and saves the result.
class SolveCommand : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliOutput& io) const override;
};

// shiftlane-cli score: explains the current schedule of a period rule by rule.
class ScoreCommand : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliOutput& io) const override;
};

} // namespace shiftlane::cli
