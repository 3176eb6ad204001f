#pragma once

// A deliberately strict reader of iCalendar (RFC 5545) text for the tests: it reports every
// place where a file breaks the syntax rules calendar clients rely on, instead of forgiving them.
#include <QByteArray>
#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <algorithm>

namespace strict_ics {

struct Property
{
    QByteArray name;
    QByteArray params; // raw, after the first ';'
    QString value;     // decoded UTF-8, still escaped
};

struct Component
{
    QByteArray name;
    QList<Property> properties;
    QList<Component> children;

    QList<const Property*> all(const QByteArray& propertyName) const
    {
        QList<const Property*> found;
        for (const Property& p : properties)
            if (p.name == propertyName)
                found.append(&p);
        return found;
    }
    QString value(const QByteArray& propertyName) const
    {
        const auto found = all(propertyName);
        return found.isEmpty() ? QString() : found.front()->value;
    }
};

struct Parsed
{
    Component calendar;
    QStringList errors;
};

// The value of an escaped TEXT property, or an error for a backslash sequence RFC 5545 does not
// allow and for a ',' or ';' left unescaped in a single-valued TEXT property.
inline QString unescape(const QString& value, bool list, QStringList& errors, const QString& where)
{
    QString text;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (c == QLatin1Char('\\')) {
            if (i + 1 >= value.size()) {
                errors << where + QStringLiteral(": backslash at the end");
                break;
            }
            const QChar next = value[++i];
            if (next == QLatin1Char('n') || next == QLatin1Char('N'))
                text += QLatin1Char('\n');
            else if (next == QLatin1Char('\\') || next == QLatin1Char(';') ||
                     next == QLatin1Char(','))
                text += next;
            else
                errors << where + QStringLiteral(": bad escape \\%1").arg(next);
        } else if (c == QLatin1Char(';') || (c == QLatin1Char(',') && !list)) {
            errors << where + QStringLiteral(": unescaped '%1'").arg(c);
            text += c;
        } else {
            text += c;
        }
    }
    return text;
}

inline Parsed parse(const QByteArray& bytes)
{
    Parsed parsed;
    QStringList& errors = parsed.errors;
    if (!bytes.endsWith("\r\n"))
        errors << QStringLiteral("the file does not end with CRLF");
    QList<QByteArray> physical = bytes.split('\n');
    if (!physical.isEmpty() && physical.back().isEmpty())
        physical.removeLast();
    QList<QByteArray> logical;
    for (qsizetype n = 0; n < physical.size(); ++n) {
        QByteArray line = physical[n];
        const QString where = QStringLiteral("line %1").arg(n + 1);
        if (!line.endsWith('\r'))
            errors << where + QStringLiteral(": ends with a bare LF");
        else
            line.chop(1);
        if (line.contains('\r'))
            errors << where + QStringLiteral(": a bare CR");
        if (line.size() > 75)
            errors << where + QStringLiteral(": %1 octets, more than 75").arg(line.size());
        QStringDecoder decoder(QStringDecoder::Utf8);
        (void)QString(decoder(line));
        if (decoder.hasError())
            errors << where + QStringLiteral(": not valid UTF-8 on its own (a fold split a "
                                             "character?)");
        if (line.startsWith(' ') || line.startsWith('\t')) {
            if (logical.isEmpty())
                errors << where + QStringLiteral(": continuation without a line to continue");
            else
                logical.back() += line.mid(1);
        } else {
            logical.append(line);
        }
    }

    static const QRegularExpression nameRule(QStringLiteral("^[A-Z0-9-]+$"));
    QList<Component> stack;
    bool sawCalendar = false;
    for (const QByteArray& line : logical) {
        qsizetype colon = -1;
        bool quoted = false;
        for (qsizetype i = 0; i < line.size(); ++i) {
            if (line[i] == '"')
                quoted = !quoted;
            else if (line[i] == ':' && !quoted) {
                colon = i;
                break;
            }
        }
        if (colon < 0) {
            errors << QStringLiteral("no ':' in \"%1\"").arg(QString::fromUtf8(line));
            continue;
        }
        const QByteArray head = line.left(colon);
        const qsizetype semicolon = head.indexOf(';');
        Property p{semicolon < 0 ? head : head.left(semicolon),
                   semicolon < 0 ? QByteArray() : head.mid(semicolon + 1),
                   QString::fromUtf8(line.mid(colon + 1))};
        if (!nameRule.match(QString::fromLatin1(p.name)).hasMatch())
            errors << QStringLiteral("bad property name \"%1\"").arg(QString::fromUtf8(p.name));
        if (p.name == "BEGIN") {
            if (stack.isEmpty() && sawCalendar)
                errors << QStringLiteral("a second top-level component");
            if (stack.isEmpty() && p.value != QLatin1String("VCALENDAR"))
                errors << QStringLiteral("the top-level component is not VCALENDAR");
            sawCalendar = true;
            stack.append(Component{p.value.toUtf8(), {}, {}});
        } else if (p.name == "END") {
            if (stack.isEmpty() || stack.back().name != p.value.toUtf8()) {
                errors << QStringLiteral("END:%1 does not close the open component").arg(p.value);
                continue;
            }
            Component done = stack.takeLast();
            if (stack.isEmpty())
                parsed.calendar = done;
            else
                stack.back().children.append(done);
        } else if (stack.isEmpty()) {
            errors << QStringLiteral("%1 outside any component").arg(QString::fromUtf8(p.name));
        } else {
            stack.back().properties.append(p);
        }
    }
    if (!stack.isEmpty())
        errors << QStringLiteral("%1 is never closed").arg(QString::fromUtf8(stack.back().name));

    // Required properties, exactly once; values in their RFC 5545 form.
    const auto once = [&](const Component& c, const QByteArray& name) {
        if (c.all(name).size() != 1)
            errors << QStringLiteral("%1 has %2 %3 properties, needs exactly one")
                          .arg(QString::fromUtf8(c.name))
                          .arg(c.all(name).size())
                          .arg(QString::fromUtf8(name));
    };
    once(parsed.calendar, "VERSION");
    once(parsed.calendar, "PRODID");
    if (parsed.calendar.value("VERSION") != QLatin1String("2.0"))
        errors << QStringLiteral("VERSION is not 2.0");
    static const QRegularExpression utcRule(QStringLiteral("^\\d{8}T\\d{6}Z$"));
    for (const Component& event : parsed.calendar.children) {
        if (event.name != "VEVENT")
            continue;
        for (const char* name : {"UID", "DTSTAMP", "DTSTART", "DTEND"})
            once(event, name);
        for (const char* name : {"DTSTAMP", "DTSTART", "DTEND", "LAST-MODIFIED"})
            for (const Property* p : event.all(name))
                if (!utcRule.match(p->value).hasMatch())
                    errors << QStringLiteral("%1 \"%2\" is not a UTC date-time")
                                  .arg(QString::fromLatin1(name), p->value);
        if (event.value("DTEND") <= event.value("DTSTART"))
            errors << QStringLiteral("DTEND is not after DTSTART");
        bool ok = false;
        const qint64 sequence = event.value("SEQUENCE").toLongLong(&ok);
        if (!event.all("SEQUENCE").isEmpty() && (!ok || sequence < 0 || sequence > 2147483647))
            errors << QStringLiteral("SEQUENCE is not a non-negative 32-bit integer");
        for (const char* name : {"SUMMARY", "DESCRIPTION", "UID"})
            for (const Property* p : event.all(name))
                unescape(p->value, false, errors, QString::fromLatin1(name));
        static const QStringList statuses{QStringLiteral("TENTATIVE"), QStringLiteral("CONFIRMED"),
                                          QStringLiteral("CANCELLED")};
        if (event.all("STATUS").size() > 1 ||
            (!event.all("STATUS").isEmpty() && !statuses.contains(event.value("STATUS"))))
            errors << QStringLiteral("STATUS \"%1\" is not one VEVENT status")
                          .arg(event.value("STATUS"));
        if (event.value("STATUS") == QLatin1String("CANCELLED") && event.all("SEQUENCE").isEmpty())
            errors << QStringLiteral("a cancelled event without SEQUENCE cannot outrank the event "
                                     "it cancels");
    }
    // One object per UID: a second one would be a recurrence instance, which needs RECURRENCE-ID.
    QMap<QString, int> uids;
    for (const Component& event : parsed.calendar.children)
        if (event.name == "VEVENT" && ++uids[event.value("UID")] == 2)
            errors << QStringLiteral("UID %1 appears more than once").arg(event.value("UID"));
    return parsed;
}

inline QString text(const Component& c, const QByteArray& name)
{
    QStringList ignored;
    return unescape(c.value(name), false, ignored, QString());
}

// A calendar that imports published files the way RFC 5546 tells clients to: an event replaces
// the one with its UID only with a higher SEQUENCE, a cancelled one removes it, and an event it
// never had is added unless cancelled. It also reports what a real client would silently get
// wrong: an event whose content changed while its SEQUENCE did not go up (the client would keep
// showing the old one).
struct Client
{
    struct Stored
    {
        Component event;
        qint64 sequence = 0;
        bool cancelled = false;
    };
    QMap<QString, Stored> byUid;
    QStringList errors;

    void import(const Parsed& file)
    {
        for (const Component& event : file.calendar.children) {
            if (event.name != "VEVENT")
                continue;
            const QString uid = event.value("UID");
            const qint64 sequence = event.value("SEQUENCE").toLongLong();
            const bool cancelled = event.value("STATUS") == QLatin1String("CANCELLED");
            const auto known = byUid.find(uid);
            if (known == byUid.end()) {
                byUid.insert(uid, {event, sequence, cancelled});
                continue;
            }
            if (sequence > known->sequence) {
                *known = {event, sequence, cancelled};
            } else if (sequence == known->sequence && cancelled == known->cancelled) {
                for (const char* name : {"DTSTART", "DTEND", "SUMMARY", "DESCRIPTION"})
                    if (event.value(name) != known->event.value(name))
                        errors << QStringLiteral("%1 changed %2 without a higher SEQUENCE")
                                      .arg(uid, QString::fromLatin1(name));
            } else {
                errors << QStringLiteral("%1 came with SEQUENCE %2 after %3%4")
                              .arg(uid)
                              .arg(sequence)
                              .arg(known->sequence)
                              .arg(cancelled != known->cancelled
                                       ? QStringLiteral(" and another status: ignored")
                                       : QString());
            }
        }
    }

    // What the calendar shows: the events not cancelled, by start.
    QList<Component> shown() const
    {
        QList<Component> events;
        for (const Stored& stored : byUid)
            if (!stored.cancelled)
                events.append(stored.event);
        std::sort(events.begin(), events.end(), [](const Component& a, const Component& b) {
            return a.value("DTSTART") < b.value("DTSTART");
        });
        return events;
    }
};

} // namespace strict_ics
