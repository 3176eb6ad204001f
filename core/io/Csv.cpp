#include "io/Csv.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace shiftlane::csv {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Csv", text);
}

constexpr QChar Replacement(0xFFFD);

bool isFormulaStart(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
           c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

// Quotes followed by a formula character: the shape export guards.
bool isGuarded(const QString& cell)
{
    qsizetype quotes = 0;
    while (quotes < cell.size() && cell[quotes] == QLatin1Char('\''))
        ++quotes;
    return quotes > 0 && quotes < cell.size() && isFormulaStart(cell[quotes]);
}

// Reports every physical line that holds bytes that are not UTF-8, and decodes the whole.
QString decode(const QByteArray& bytes, Table& table)
{
    QStringDecoder whole(QStringDecoder::Utf8);
    QString text = whole(bytes);
    if (!whole.hasError())
        return text;
    table.invalidUtf8 = true;
    int line = 1;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QStringDecoder lineDecoder(QStringDecoder::Utf8);
        const QString decoded = lineDecoder(bytes.mid(start, end - start));
        if (lineDecoder.hasError())
            table.encodingProblems.append(
                {line, QString(),
                 tr("is not valid UTF-8 (\"%1\"): the file seems to be saved in another "
                    "encoding such as Latin-1 or Windows-1252; save it as CSV UTF-8")
                     .arg(decoded.trimmed().left(60))});
        start = end + 1;
        ++line;
    }
    return text;
}

} // namespace

QString Problem::toString() const
{
    if (column.isEmpty())
        return QCoreApplication::translate("Csv", "line %1: %2").arg(line).arg(message);
    return QCoreApplication::translate("Csv", "line %1, column %2: %3")
        .arg(line)
        .arg(column, message);
}

bool Table::isGarbled(const QString& cell) const
{
    return invalidUtf8 && cell.contains(Replacement);
}

QString neutraliseFormula(const QString& cell)
{
    if ((!cell.isEmpty() && isFormulaStart(cell[0])) || isGuarded(cell))
        return QLatin1Char('\'') + cell;
    return cell;
}

QString restoreFormula(const QString& cell)
{
    return isGuarded(cell) ? cell.mid(1) : cell;
}

Table read(const QByteArray& bytes)
{
    Table table;
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        table.problems.append({1, QString(), tr("the file is UTF-16; save it as CSV UTF-8")});
        return table;
    }
    QString text = decode(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes, table);

    QList<Record> records;
    Record record;
    QString field;
    int line = 1;
    bool inQuotes = false;
    bool wasQuoted = false; // the current field was quoted and its closing quote has been read
    bool recordStarted = false;
    auto endField = [&] {
        record.cells.append(restoreFormula(field));
        field.clear();
        wasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = record.cells.size() == 1 && record.cells[0].isEmpty();
        if (!blank)
            records.append(record);
        record = Record();
        recordStarted = false;
    };

    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text[i];
        if (!recordStarted) {
            record.line = line;
            recordStarted = true;
        }
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < size && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    inQuotes = false;
                    wasQuoted = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < size && text[i + 1] == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
        } else if (c == QLatin1Char('"')) {
            if (field.isEmpty() && !wasQuoted) {
                inQuotes = true;
            } else {
                table.problems.append({line, QString(),
                                       tr("a double quote inside a field that is not quoted "
                                          "(put the field in quotes and double the quote: \"\")")});
                field += c;
            }
        } else {
            if (wasQuoted) {
                table.problems.append(
                    {line, QString(), tr("text after the closing quote of a quoted field")});
                wasQuoted = false;
            }
            field += c;
        }
    }
    if (inQuotes)
        table.problems.append(
            {record.line, QString(),
             tr("a quoted field is never closed: its closing double quote is missing")});
    if (recordStarted)
        endRecord();

    if (records.isEmpty()) {
        if (table.problems.isEmpty() && table.encodingProblems.isEmpty())
            table.problems.append({1, QString(), tr("the file is empty; it needs a header row")});
        return table;
    }
    table.header = records.takeFirst().cells;
    table.records = std::move(records);
    return table;
}

QByteArray write(const QList<QStringList>& rows)
{
    QString text;
    for (const QStringList& row : rows) {
        QStringList fields;
        fields.reserve(row.size());
        for (const QString& cell : row) {
            const QString safe = neutraliseFormula(cell);
            const bool needsQuotes =
                safe.contains(QLatin1Char(',')) || safe.contains(QLatin1Char('"')) ||
                safe.contains(QLatin1Char('\n')) || safe.contains(QLatin1Char('\r')) ||
                (!safe.isEmpty() && (safe.front().isSpace() || safe.back().isSpace()));
            if (needsQuotes) {
                QString quoted = safe;
                quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
                fields << QLatin1Char('"') + quoted + QLatin1Char('"');
            } else {
                fields << safe;
            }
        }
        text += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return text.toUtf8();
}

} // namespace shiftlane::csv
