#pragma once

#include <QList>
#include <QString>

namespace shiftlane {

// One problem with a value a user typed: which field, and what is wrong with it,
// in words that can be shown next to that field.
struct ValidationError
{
    QString field;
    QString message;

    QString toString() const { return field + QStringLiteral(": ") + message; }
    friend bool operator==(const ValidationError&, const ValidationError&) = default;
};

using ValidationErrors = QList<ValidationError>;

// Joins errors into one line per error, for the command line and dialogs.
QString describe(const ValidationErrors& errors);

} // namespace shiftlane
