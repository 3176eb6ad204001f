#pragma once

#include "CliCommand.h"

namespace shiftlane::cli {

class BackupsCommand : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliOutput& io) const override;
};

} // namespace shiftlane::cli
