#pragma once

// Access to the 24 benchmark instances in shared/bench for tests.

#include "solver/BenchmarkFormat.h"

#include <catch2/catch.hpp>

#include <QString>

#include <vector>

namespace shiftlane::solver::test {

inline QString instancePath(int number)
{
    return QStringLiteral(SHIFTLANE_SHARED_DIR "/bench/instances/Instance%1.txt").arg(number);
}

inline Model loadInstance(int number)
{
    BenchmarkParseResult parsed = parseBenchmarkFile(instancePath(number));
    INFO("Instance" << number << ": " << parsed.error.toStdString());
    REQUIRE(parsed.model.has_value());
    return std::move(*parsed.model);
}

inline constexpr int kInstanceCount = 24;

} // namespace shiftlane::solver::test
