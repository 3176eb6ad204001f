#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace shiftlane::ical {

// The text of an iCalendar (RFC 5545) object, written content line by content line: CRLF line
// ends, every line folded to at most 75 octets without splitting a UTF-8 character, TEXT values
// escaped. The caller decides what the object holds; this class only gets the syntax right.
class Writer
{
public:
    void begin(const QByteArray& component) { line("BEGIN:" + component); }
    void end(const QByteArray& component) { line("END:" + component); }
    // A TEXT property (SUMMARY, DESCRIPTION, ...): the value is escaped.
    void text(const QByteArray& name, const QString& value);
    // A DATE-TIME in UTC ("20261130T090000Z").
    void utc(const QByteArray& name, const QDateTime& value);
    // A property whose value is already in its iCalendar form (VERSION:2.0, SEQUENCE:3).
    void raw(const QByteArray& name, const QByteArray& value) { line(name + ':' + value); }

    const QByteArray& bytes() const { return m_bytes; }

private:
    void line(const QByteArray& contentLine);

    QByteArray m_bytes;
};

// Escapes a TEXT value: backslash, semicolon and comma get a backslash, a line break becomes \n
// (CRLF and a lone CR count as one line break).
QString escapeText(const QString& value);
// The inverse of escapeText, for reading back.
QString unescapeText(const QString& value);

// Folds one content line (without its CRLF) into lines of at most 75 octets: each continuation
// starts with a space, and a cut never falls inside a UTF-8 multi-byte sequence.
QByteArray fold(const QByteArray& contentLine);

QByteArray utcDateTime(const QDateTime& value);

constexpr int MaxLineOctets = 75;

} // namespace shiftlane::ical
