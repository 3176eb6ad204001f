#pragma once

#include "CliCommand.h"

namespace shiftlane::cli {

class ExportPdfCommand : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    bool needsFonts() const override { return true; }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, CliOutput& io) const override;
};

} // namespace shiftlane::cli
