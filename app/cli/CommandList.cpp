#include "CommandList.h"

#include "commands/BackupsCommand.h"
#include "commands/DemoCommand.h"
#include "commands/ExportCommand.h"
#include "commands/ExportIcsCommand.h"
#include "commands/ExportPdfCommand.h"
#include "commands/ExportScheduleCommand.h"
#include "commands/ImportCommand.h"
#include "commands/InfoCommand.h"
#include "commands/RestoreCommand.h"
#include "commands/SolveCommand.h"
#include "commands/SolveInstanceCommand.h"
#include "commands/StaffingCommand.h"

namespace shiftlane::cli {

std::vector<std::unique_ptr<CliCommand>> allCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<DemoCommand>());
    commands.push_back(std::make_unique<InfoCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<ExportPdfCommand>());
    commands.push_back(std::make_unique<ExportScheduleCommand>());
    commands.push_back(std::make_unique<ExportIcsCommand>());
    commands.push_back(std::make_unique<SolveCommand>());
    commands.push_back(std::make_unique<ScoreCommand>());
    commands.push_back(std::make_unique<SolveInstanceCommand>());
    commands.push_back(std::make_unique<StaffingCommand>());
    commands.push_back(std::make_unique<BackupsCommand>());
    commands.push_back(std::make_unique<RestoreCommand>());
    return commands;
}

} // namespace shiftlane::cli
