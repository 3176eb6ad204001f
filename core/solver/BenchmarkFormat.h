#pragma once

#include "solver/Model.h"

#include <QString>

#include <optional>

namespace shiftlane::solver {

// The text format of the Curtois & Qu shift-scheduling benchmark (shared/bench/FORMAT.md),
// translated into the flat model: one bucket per cover line, days off as forbidden cells,
// requests as cell costs, weekends as the day pairs 7k+5, 7k+6.
struct BenchmarkParseResult
{
    std::optional<Model> model; // empty when the text was rejected
    QString error;              // "line N: expected ..., found ..." when rejected
};

BenchmarkParseResult parseBenchmarkText(const QString& text);
BenchmarkParseResult parseBenchmarkFile(const QString& path);

// One line per employee: the ID, then a tab and the shift ID or "-" for every day.
QString formatSolution(const Model& model, const Roster& roster);
bool writeSolutionFile(const QString& path, const Model& model, const Roster& roster,
                       QString* error);

} // namespace shiftlane::solver
