// libFuzzer target: the Curtois & Qu benchmark parser (solver/BenchmarkFormat.h) on arbitrary
// text. A rejected text must say why; an accepted one must give a model the scorer can score
// (an all-off roster touches every cell, bucket and rule the parser filled in).
#include "solver/BenchmarkFormat.h"
#include "solver/FullScorer.h"

#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const shiftlane::solver::BenchmarkParseResult result =
        shiftlane::solver::parseBenchmarkText(text);
    if (!result.model) {
        if (result.error.isEmpty()) {
            std::fprintf(stderr, "rejected without an error message\n");
            std::abort();
        }
        return 0;
    }
    const shiftlane::solver::Model& model = *result.model;
    const shiftlane::solver::Roster roster = shiftlane::solver::pinnedRoster(model);
    (void)shiftlane::solver::fullScore(model, roster);
    (void)shiftlane::solver::formatSolution(model, roster);
    return 0;
}
