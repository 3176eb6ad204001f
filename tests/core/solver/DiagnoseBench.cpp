// A hidden diagnostic ([.diag]): reads SHIFTLANE_DIAG_INSTANCE (a number) and
// SHIFTLANE_DIAG_SOLUTION (a solution file written by solve-instance) and prints the hard
// rules the solution breaks, by kind. Not run by default. With SHIFTLANE_DIAG_REPLAN set, it
// first plans the whole row of each employee who breaks a hard rule (RowPlanner) and prints
// what that row's plan would do to the score, and how long it took.

#include "TestInstances.h"

#include "solver/CellDomain.h"
#include "solver/Explanation.h"
#include "solver/FullScorer.h"
#include "solver/IncrementalScorer.h"
#include "solver/RowPlanner.h"
#include <chrono>

#include <QFile>
#include <QTextStream>

#include <cstdlib>
#include <iostream>
#include <map>

using namespace shiftlane::solver;
using namespace shiftlane::solver::test;

TEST_CASE("Diagnose a benchmark solution", "[.diag]")
{
    const char* number = std::getenv("SHIFTLANE_DIAG_INSTANCE");
    const char* path = std::getenv("SHIFTLANE_DIAG_SOLUTION");
    if (number == nullptr || path == nullptr) {
        SUCCEED("set SHIFTLANE_DIAG_INSTANCE and SHIFTLANE_DIAG_SOLUTION to diagnose");
        return;
    }
    const Model model = loadInstance(std::atoi(number));
    QFile file(QString::fromLocal8Bit(path));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QTextStream in(&file);
    Roster roster(model.employeeCount(), model.days());
    for (int e = 0; e < model.employeeCount(); ++e) {
        const QStringList tokens = in.readLine().split(QLatin1Char('\t'));
        REQUIRE(tokens.size() == model.days() + 1);
        for (int d = 0; d < model.days(); ++d)
            for (int t = 0; t < model.shiftTypeCount(); ++t)
                if (tokens[d + 1] == QString::fromStdString(model.shiftType(t).id))
                    roster.set(e, d, t);
    }

    if (std::getenv("SHIFTLANE_DIAG_REPLAN") != nullptr) {
        const CellDomain domain(model);
        RowPlanner planner(model, domain, 10000);
        IncrementalScorer scorer(model, roster);
        std::map<int, int> breached;
        for (const Violation& v : explain(model, roster))
            if (isHard(v.kind) && v.employee >= 0)
                breached[v.employee] += static_cast<int>(v.penalty);
        for (const auto& [e, units] : breached) {
            std::vector<int> values;
            const auto start = std::chrono::steady_clock::now();
            const std::int64_t workBefore = planner.work();
            planner.plan(scorer, e, 0, model.days() - 1, values);
            const double ms =
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                    .count();
            const Score before = scorer.score();
            std::vector<int> old;
            for (int d = 0; d < model.days(); ++d) {
                old.push_back(scorer.at(e, d));
                scorer.change(e, d, values[d]);
            }
            const Score after = scorer.score();
            std::cout << "replan e" << e << " hard " << before.hard << "->" << after.hard
                      << " soft " << before.soft << "->" << after.soft << " " << ms << " ms, work "
                      << planner.work() - workBefore << "\n";
            for (const Violation& v : explain(model, scorer.roster()))
                if (isHard(v.kind) && v.employee == e)
                    std::cout << "    kind " << static_cast<int>(v.kind) << " days " << v.firstDay
                              << "-" << v.lastDay << " amount " << v.amount << "\n";
            for (int d = 0; d < model.days(); ++d)
                scorer.change(e, d, old[d]);
        }
    }
    const Score score = fullScore(model, roster);
    std::cout << "hard=" << score.hard << " soft=" << score.soft << "\n";
    std::map<int, std::int64_t> byKind;
    for (const Violation& v : explain(model, roster))
        if (isHard(v.kind)) {
            byKind[static_cast<int>(v.kind)] += v.penalty;
            std::cout << "  kind " << static_cast<int>(v.kind) << " e" << v.employee << " days "
                      << v.firstDay << "-" << v.lastDay << " type " << v.shiftType << " amount "
                      << v.amount << "\n";
        }
    for (const auto& [kind, units] : byKind)
        std::cout << "kind " << kind << ": " << units << "\n";
    // The soft cost by kind, and the cover in people short and over.
    std::map<int, std::int64_t> softByKind;
    std::map<int, std::int64_t> amountByKind;
    for (const Violation& v : explain(model, roster))
        if (!isHard(v.kind)) {
            softByKind[static_cast<int>(v.kind)] += v.penalty;
            amountByKind[static_cast<int>(v.kind)] += v.amount;
        }
    for (const auto& [kind, cost] : softByKind)
        std::cout << "soft kind " << kind << ": " << cost << " (amount " << amountByKind[kind]
                  << ")\n";
}
