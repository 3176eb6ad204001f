#pragma once

#include "CliCommand.h"

#include <memory>
#include <vector>

namespace shiftlane::cli {

// Every command the tool offers, in the order --help lists them.
std::vector<std::unique_ptr<CliCommand>> allCommands();

} // namespace shiftlane::cli
