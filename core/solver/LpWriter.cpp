#include "solver/LpWriter.h"

#include "solver/MipProgram.h"

#include <cmath>
#include <sstream>
#include <vector>

namespace shiftlane::solver {

namespace {

void writeTerms(std::string& out, const MipProgram& program, const std::vector<MipTerm>& terms)
{
    for (std::size_t i = 0; i < terms.size(); ++i) {
        if (i > 0 && i % 8 == 0)
            out += "\n   ";
        const std::int64_t c = terms[i].coefficient;
        out += c < 0 ? " - " : " + ";
        if (c != 1 && c != -1)
            out += std::to_string(c < 0 ? -c : c) + ' ';
        out += program.columns[static_cast<std::size_t>(terms[i].column)].name;
    }
}

std::string formatLp(const Model& model, const MipProgram& program)
{
    std::string text = "\\ Shiftlane model: " + std::to_string(model.employeeCount()) +
                       " employees, " + std::to_string(model.days()) + " days, " +
                       std::to_string(model.shiftTypeCount()) +
                       " shift types; soft score = objective + " +
                       std::to_string(program.objectiveOffset) + "\nMinimize\n obj:";
    // Every column goes into the objective, with 0 too: cbc warns about a column that appears
    // nowhere else, and a column only in the bounds would not exist.
    std::vector<MipTerm> objective;
    for (std::size_t c = 0; c < program.columns.size(); ++c)
        objective.push_back({static_cast<int>(c), static_cast<std::int64_t>(
                                                      std::llround(program.columns[c].objective))});
    writeTerms(text, program, objective);
    text += "\nSubject To\n";
    for (const MipRow& row : program.rows) {
        text += ' ' + row.name + ':';
        writeTerms(text, program, row.terms);
        text += row.sense == RowSense::AtMost    ? " <= "
                : row.sense == RowSense::AtLeast ? " >= "
                                                 : " = ";
        text += std::to_string(row.rhs) + '\n';
    }
    text += "Bounds\n";
    for (const MipColumn& column : program.columns)
        if (column.lower == column.upper)
            text += ' ' + column.name + " = " + std::to_string(std::llround(column.lower)) + '\n';
    text += "Binaries\n";
    int written = 0;
    for (const MipColumn& column : program.columns)
        if (column.integer && column.lower != column.upper) {
            text += (written % 8 == 0 ? (written > 0 ? "\n " : " ") : " ") + column.name;
            ++written;
        }
    text += "\nEnd\n";
    return text;
}

// "x_E_D_T" into its three indexes; false for any other name.
bool parseCellVariable(const std::string& name, int (&indexes)[3])
{
    if (name.rfind("x_", 0) != 0)
        return false;
    std::istringstream in(name.substr(2));
    char separator1 = 0;
    char separator2 = 0;
    in >> indexes[0] >> separator1 >> indexes[1] >> separator2 >> indexes[2];
    return in && in.peek() == std::char_traits<char>::eof() && separator1 == '_' &&
           separator2 == '_';
}

} // namespace

LpProgram writeLp(const Model& model)
{
    const MipProgram mip = buildMipProgram(model);
    LpProgram program;
    program.error = mip.error;
    if (!program.error.empty())
        return program;
    program.objectiveOffset = mip.objectiveOffset;
    program.text = formatLp(model, mip);
    return program;
}

CbcSolution readCbcSolution(const Model& model, const std::string& text)
{
    CbcSolution solution;
    solution.roster = Roster(model.employeeCount(), model.days());
    std::istringstream lines(text);
    std::string line;
    std::getline(lines, line);
    const std::string marker = " - objective value ";
    const std::size_t at = line.find(marker);
    if (at == std::string::npos) {
        solution.error =
            "expected 'STATUS - objective value N' on the first line, found '" + line + "'";
        return solution;
    }
    solution.status = line.substr(0, at);
    if (!(std::istringstream(line.substr(at + marker.size())) >> solution.objective)) {
        solution.error = "expected a number after 'objective value', found '" + line + "'";
        return solution;
    }
    while (std::getline(lines, line)) {
        // A column line: "[**] index name value reduced-cost"; "**" marks an infeasibility.
        std::istringstream fields(line);
        std::string index;
        std::string name;
        double value = 0;
        fields >> index;
        if (index == "**")
            fields >> index;
        if (index.empty())
            continue;
        if (!(fields >> name >> value)) {
            solution.error = "expected 'index name value', found '" + line + "'";
            return solution;
        }
        int cell[3] = {};
        if (!parseCellVariable(name, cell))
            continue;
        const auto [e, d, t] = cell;
        if (e < 0 || e >= model.employeeCount() || d < 0 || d >= model.days() || t < 0 ||
            t >= model.shiftTypeCount()) {
            solution.error = "the variable " + name + " names no cell and type of the model";
            return solution;
        }
        if (std::abs(value - std::round(value)) > 1e-6 || value < -1e-6 || value > 1 + 1e-6) {
            solution.error = name + " = " + std::to_string(value) + " is not 0 or 1";
            return solution;
        }
        if (value < 0.5)
            continue;
        if (solution.roster.at(e, d) != kOff) {
            solution.error = name + " is a second type in its cell";
            return solution;
        }
        solution.roster.set(e, d, t);
    }
    return solution;
}

} // namespace shiftlane::solver
