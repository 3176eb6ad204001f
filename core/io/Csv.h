#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace shiftlane::csv {

// One thing wrong with an imported file, where a user finds it in a text editor or spreadsheet:
// the line the record starts on (the header is line 1), the column by its header name (empty
// for problems of the whole row or file), and what to change.
struct Problem
{
    int line = 0;
    QString column;
    QString message;

    QString toString() const;
    friend bool operator==(const Problem&, const Problem&) = default;
};

struct Record
{
    int line = 0; // where the record starts; a quoted field may span several lines
    QStringList cells;
};

// A CSV file as read: its header, its records, and what could not be read. Cells holding bytes
// that were not UTF-8 contain U+FFFD, so an importer can name the cell; encodingProblems names
// the lines, for the lines no cell problem covers (the header, say).
struct Table
{
    QStringList header;
    QList<Record> records;
    QList<Problem> problems;         // the file's syntax: quoting, emptiness, UTF-16
    QList<Problem> encodingProblems; // lines that are not UTF-8, one each
    bool invalidUtf8 = false;

    // True when the cell holds bytes that were not valid UTF-8 (decoded as U+FFFD).
    bool isGarbled(const QString& cell) const;
};

// Reads RFC 4180 CSV: comma separated, fields with commas, quotes or line breaks in double
// quotes, "" for a quote inside them; CRLF or LF line ends; an optional UTF-8 byte-order mark
// (spreadsheets write one). Blank lines are skipped. The first record is the header. Cells
// that export neutralised against formula injection get their guarding quote removed.
Table read(const QByteArray& bytes);

// Writes RFC 4180 CSV in UTF-8 with CRLF line ends, quoting only the fields that need it, and
// neutralising cells a spreadsheet would run as a formula.
QByteArray write(const QList<QStringList>& rows);

// Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return) as a formula.
// Export prefixes such cells with a single quote, which spreadsheets show as text; so that every
// value survives the round trip, a value that already starts with quotes before such a character
// gets one more. Import removes exactly one.
QString neutraliseFormula(const QString& cell);
QString restoreFormula(const QString& cell);

} // namespace shiftlane::csv
