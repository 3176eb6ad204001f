#pragma once

// Access to the 24 benchmark instances in shared/bench for tests.

#include "solver/BenchmarkFormat.h"

#include <catch2/catch.hpp>

#include <QString>
#include <QStringList>

#include <cstdlib>
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

// The instance numbers listed in an environment variable (separated by spaces), or `defaults`
// where it is unset or empty: the hidden benches measure the instances they are told to.
inline std::vector<int> instanceNumbersFromEnvironment(const char* variable,
                                                       std::vector<int> defaults)
{
    std::vector<int> numbers;
    for (const QString& field :
         QString::fromLocal8Bit(std::getenv(variable)).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        numbers.push_back(field.toInt());
    return numbers.empty() ? defaults : numbers;
}

} // namespace shiftlane::solver::test
