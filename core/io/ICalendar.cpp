#include "io/ICalendar.h"

namespace shiftlane::ical {

namespace {

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

} // namespace

QString escapeText(const QString& value)
{
    QString escaped;
    escaped.reserve(value.size() + 8);
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(',')) {
            escaped += QLatin1Char('\\');
            escaped += c;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 < value.size() && value[i + 1] == QLatin1Char('\n'))
                ++i;
            escaped += QStringLiteral("\\n");
        } else if (c == QLatin1Char('\n')) {
            escaped += QStringLiteral("\\n");
        } else {
            escaped += c;
        }
    }
    return escaped;
}

QString unescapeText(const QString& value)
{
    QString text;
    text.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == QLatin1Char('\\') && i + 1 < value.size()) {
            const QChar next = value[++i];
            text += (next == QLatin1Char('n') || next == QLatin1Char('N'))
                        ? QChar(QLatin1Char('\n'))
                        : next;
        } else {
            text += value[i];
        }
    }
    return text;
}

QByteArray fold(const QByteArray& contentLine)
{
    QByteArray folded;
    folded.reserve(contentLine.size() + contentLine.size() / 70 * 3);
    qsizetype start = 0;
    int room = MaxLineOctets; // the first line has no leading space
    while (contentLine.size() - start > room) {
        qsizetype cut = start + room;
        // Back up to the first byte of the character the cut would split.
        while (cut > start && isContinuationByte(contentLine[cut]))
            --cut;
        folded += contentLine.mid(start, cut - start);
        folded += "\r\n ";
        start = cut;
        room = MaxLineOctets - 1;
    }
    folded += contentLine.mid(start);
    return folded;
}

QByteArray utcDateTime(const QDateTime& value)
{
    return value.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

void Writer::text(const QByteArray& name, const QString& value)
{
    line(name + ':' + escapeText(value).toUtf8());
}

void Writer::utc(const QByteArray& name, const QDateTime& value)
{
    line(name + ':' + utcDateTime(value));
}

void Writer::line(const QByteArray& contentLine)
{
    m_bytes += fold(contentLine);
    m_bytes += "\r\n";
}

} // namespace shiftlane::ical
