#pragma once

#include "io/Csv.h"

#include <QHash>

namespace shiftlane::csv {

// The columns of one kind of file, matched to a file's header by name (any order, any case), so
// a team lead may leave out optional columns. Reports unknown, repeated and missing columns.
class Columns
{
public:
    Columns(const Table& table, const QStringList& known, const QStringList& required,
            QList<Problem>& problems);

    // Whether the file's header has the column.
    bool has(const QString& column) const { return m_index.contains(column); }
    // The trimmed cell of `column` in the record, or an empty string when the file lacks it.
    QString cell(const Record& record, const QString& column) const;
    // Reports a record whose cell count differs from the header's; returns false then.
    bool checkWidth(const Record& record, QList<Problem>& problems) const;

private:
    QHash<QString, qsizetype> m_index;
    qsizetype m_width = 0;
};

} // namespace shiftlane::csv
