#include "io/CsvColumns.h"

#include <QCoreApplication>

namespace shiftlane::csv {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Csv", text);
}

} // namespace

Columns::Columns(const Table& table, const QStringList& known, const QStringList& required,
                 QList<Problem>& problems)
    : m_width(table.header.size())
{
    if (table.header.isEmpty())
        return; // reading the file already said why
    for (qsizetype i = 0; i < table.header.size(); ++i) {
        const QString name = table.header[i].trimmed().toLower();
        if (table.isGarbled(name))
            problems.append({1, table.header[i],
                             tr("this column name is not UTF-8: the file seems to be saved in "
                                "another encoding such as Latin-1 or Windows-1252; save it as "
                                "CSV UTF-8")});
        else if (!known.contains(name))
            problems.append(
                {1, table.header[i],
                 tr("unknown column; the columns are: %1").arg(known.join(QStringLiteral(", ")))});
        else if (m_index.contains(name))
            problems.append({1, table.header[i], tr("the column appears twice")});
        else
            m_index.insert(name, i);
    }
    for (const QString& name : required)
        if (!m_index.contains(name))
            problems.append({1, name, tr("the header lacks this required column")});
}

QString Columns::cell(const Record& record, const QString& column) const
{
    const qsizetype index = m_index.value(column, -1);
    return index >= 0 && index < record.cells.size() ? record.cells[index].trimmed() : QString();
}

bool Columns::checkWidth(const Record& record, QList<Problem>& problems) const
{
    if (record.cells.size() == m_width)
        return true;
    problems.append({record.line, QString(),
                     tr("has %1 cells but the header has %2 columns (a comma inside a value "
                        "needs double quotes around the value)")
                         .arg(record.cells.size())
                         .arg(m_width)});
    return false;
}

} // namespace shiftlane::csv
