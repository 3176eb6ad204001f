#pragma once

#include <QtGlobal>

namespace shiftlane {

// Row id in the database; 0 means "not saved yet".
using Id = qint64;
constexpr Id NoId = 0;

constexpr int MinutesPerDay = 24 * 60;

} // namespace shiftlane
