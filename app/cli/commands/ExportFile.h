#pragma once

#include "CliCommand.h"
#include "schedule/ScheduleSnapshot.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace shiftlane::cli {

// Writes the bytes to path all or nothing: an existing file is replaced only once the new one is
// complete. Reports a failure and returns false.
bool saveWholeFile(const QString& path, const QByteArray& bytes, CliOutput& io);

// Reads --from and --to (both or neither when optional). Returns false, having said why, on a
// malformed or reversed period; leaves period empty when optional and both are absent.
bool readPeriodOptions(const QCommandLineParser& parser, bool required,
                       std::optional<PlanningPeriod>& period, CliOutput& io);

} // namespace shiftlane::cli
