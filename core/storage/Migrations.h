#pragma once

#include <QStringList>

namespace shiftlane {

// The statements that take a database from schema version (version - 1) to version.
// Versions are never edited once released; a change to the schema is a new version.
QStringList migrationTo(int version);

} // namespace shiftlane
