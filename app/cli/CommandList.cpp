#include "CommandList.h"

namespace shiftlane::cli {

std::vector<std::unique_ptr<CliCommand>> allCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    return commands;
}

} // namespace shiftlane::cli
