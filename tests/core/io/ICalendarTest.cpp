// iCalendar syntax: folding at 75 octets without splitting UTF-8, escaping of TEXT values.
#include "io/ICalendar.h"

#include "StrictICalendar.h"

#include <catch2/catch.hpp>

using namespace shiftlane;

namespace {

QList<QByteArray> physicalLines(const QByteArray& folded)
{
    return folded.split('\n');
}

QByteArray unfold(const QByteArray& folded)
{
    QByteArray joined = folded;
    joined.replace("\r\n ", "");
    return joined;
}

} // namespace

TEST_CASE("Folding cuts long lines at 75 octets and unfolds to the same line")
{
    const QByteArray line = "DESCRIPTION:" + QByteArray(200, 'x');
    const QByteArray folded = ical::fold(line);
    const QList<QByteArray> lines = physicalLines(folded);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == line.left(75) + '\r');
    CHECK(lines[1].size() == 76); // CR, a space and 74 octets
    CHECK(lines[1].startsWith(' '));
    CHECK(unfold(folded) == line);
    CHECK(ical::fold("SHORT:line") == "SHORT:line");
    CHECK(ical::fold(QByteArray(75, 'y')) == QByteArray(75, 'y'));
}

TEST_CASE("Folding never splits a multi-byte UTF-8 character")
{
    // 2-, 3- and 4-octet characters at every offset against the 75-octet limit.
    for (const QString& piece : {QStringLiteral("é"), QStringLiteral("€"), QStringLiteral("🙂"),
                                 QStringLiteral("aé€🙂")}) {
        for (int prefix = 0; prefix < 4; ++prefix) {
            const QByteArray line =
                "SUMMARY:" + QByteArray(prefix, 'p') + piece.repeated(60).toUtf8();
            const QByteArray folded = ical::fold(line);
            CHECK(unfold(folded) == line);
            for (QByteArray physical : physicalLines(folded)) {
                physical.replace('\r', "");
                CHECK(physical.size() <= 75);
                QStringDecoder decoder(QStringDecoder::Utf8);
                (void)QString(decoder(physical));
                CHECK_FALSE(decoder.hasError());
            }
        }
    }
}

TEST_CASE("TEXT escaping of backslash, semicolon, comma and line breaks round-trips")
{
    const QString value = QStringLiteral("a\\b;c,d\ne\r\nf\rg");
    const QString escaped = ical::escapeText(value);
    CHECK(escaped == QStringLiteral("a\\\\b\\;c\\,d\\ne\\nf\\ng"));
    CHECK(ical::unescapeText(escaped) == QStringLiteral("a\\b;c,d\ne\nf\ng"));
    CHECK(ical::unescapeText(ical::escapeText(QStringLiteral("plain"))) == QStringLiteral("plain"));
}

TEST_CASE("The writer's output passes the strict reader, and the reader catches broken files")
{
    ical::Writer writer;
    writer.begin("VCALENDAR");
    writer.raw("VERSION", "2.0");
    writer.raw("PRODID", "-//test//EN");
    writer.begin("VEVENT");
    writer.text("UID", QStringLiteral("u1@test"));
    writer.utc("DTSTAMP", QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC));
    writer.utc("DTSTART", QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    writer.utc("DTEND", QDateTime(QDate(2026, 3, 2), QTime(17, 0), Qt::UTC));
    const QString summary = QStringLiteral("Zoë; \"Ñandú\", \\ 🙂\n").repeated(8);
    writer.text("SUMMARY", summary);
    writer.end("VEVENT");
    writer.end("VCALENDAR");

    const strict_ics::Parsed good = strict_ics::parse(writer.bytes());
    CHECK(good.errors.isEmpty());
    REQUIRE(good.calendar.children.size() == 1);
    CHECK(strict_ics::text(good.calendar.children[0], "SUMMARY") == summary);

    QByteArray bareLf = writer.bytes();
    bareLf.replace("VERSION:2.0\r\n", "VERSION:2.0\n");
    CHECK_FALSE(strict_ics::parse(bareLf).errors.isEmpty());
    QByteArray longLine = writer.bytes();
    longLine.replace("PRODID:-//test//EN", "PRODID:-//" + QByteArray(80, 't') + "//EN");
    CHECK_FALSE(strict_ics::parse(longLine).errors.isEmpty());
    QByteArray unescaped = writer.bytes();
    unescaped.replace("Zoë\\;", "Zoë;");
    CHECK_FALSE(strict_ics::parse(unescaped).errors.isEmpty());
    QByteArray unclosed = writer.bytes();
    unclosed.replace("END:VEVENT\r\n", "");
    CHECK_FALSE(strict_ics::parse(unclosed).errors.isEmpty());
    QByteArray splitCharacter = writer.bytes();
    const qsizetype at = splitCharacter.indexOf("🙂");
    splitCharacter.insert(at + 2, "\r\n "); // a fold inside the emoji's four octets
    CHECK_FALSE(strict_ics::parse(splitCharacter).errors.isEmpty());
}
