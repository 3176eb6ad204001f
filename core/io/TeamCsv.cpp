#include "io/TeamCsv.h"

#include "io/CsvColumns.h"
#include "storage/Repositories.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

namespace shiftlane::csv {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Csv", text);
}

const QString Name = QStringLiteral("name");
const QString Email = QStringLiteral("email");
const QString Phone = QStringLiteral("phone");
const QString TimeZone = QStringLiteral("time_zone");
const QString Skills = QStringLiteral("skills");
const QString HourlyRate = QStringLiteral("hourly_rate");
const QString Currency = QStringLiteral("currency");
const QString MinHours = QStringLiteral("min_hours_per_week");
const QString MaxHours = QStringLiteral("max_hours_per_week");
const QString MaxShifts = QStringLiteral("max_shifts_per_day");
const QString MaxDays = QStringLiteral("max_consecutive_days");
const QString MinDaysOff = QStringLiteral("min_consecutive_days_off");
const QString MinRest = QStringLiteral("min_rest_hours");
const QString MaxWeekends = QStringLiteral("max_working_weekends");

const QString FreelancerColumn = QStringLiteral("freelancer");
const QString Kind = QStringLiteral("kind");
const QString Day = QStringLiteral("day");
const QString Start = QStringLiteral("start");
const QString End = QStringLiteral("end");
const QString Until = QStringLiteral("until");
const QString Reason = QStringLiteral("reason");
const QString TimeOffKind = QStringLiteral("time_off");
const QString TravelKind = QStringLiteral("travel");
// The zone a travel row's freelancer is in; the same header name as the freelancers file's
// home zone, for the same kind of value.
const QString TravelZone = TimeZone;

// Names are matched as people read them: ignoring case and surrounding spaces.
QString nameKey(const QString& name)
{
    return name.trimmed().toCaseFolded();
}

// --- cell formats ---------------------------------------------------------------------------

// "37.5" or "37:30" hours -> minutes.
std::optional<int> parseHours(const QString& text)
{
    static const QRegularExpression clock(QStringLiteral("^(\\d{1,3}):([0-5]\\d)$"));
    if (const auto match = clock.match(text); match.hasMatch())
        return match.captured(1).toInt() * 60 + match.captured(2).toInt();
    static const QRegularExpression decimal(QStringLiteral("^\\d{1,3}(\\.\\d{1,4})?$"));
    if (!decimal.match(text).hasMatch())
        return std::nullopt;
    return qRound(text.toDouble() * 60.0);
}

// Minutes -> decimal hours when exact to two places (37.5), else H:MM (37:25).
QString formatHours(int minutes)
{
    if ((minutes * 100) % 60 != 0)
        return QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    const int hundredths = minutes * 100 / 60;
    QString text = QString::number(hundredths / 100);
    if (hundredths % 100 != 0) {
        text += QStringLiteral(".%1").arg(hundredths % 100, 2, 10, QLatin1Char('0'));
        if (text.endsWith(QLatin1Char('0')))
            text.chop(1);
    }
    return text;
}

// "18", "18.5", "18.50" -> cents.
std::optional<qint64> parseMoney(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,9})(?:\\.(\\d{1,2}))?$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    QString cents = match.captured(2);
    while (cents.size() < 2)
        cents += QLatin1Char('0');
    return match.captured(1).toLongLong() * 100 + cents.toLongLong();
}

QString formatMoney(qint64 cents)
{
    return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

// "HH:MM" -> minutes of the day; 24:00 only where allowed.
std::optional<int> parseClock(const QString& text, bool allowMidnightEnd)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2}):([0-5]\\d)$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const int minutes = match.captured(1).toInt() * 60 + match.captured(2).toInt();
    if (minutes < MinutesPerDay || (allowMidnightEnd && minutes == MinutesPerDay))
        return minutes;
    return std::nullopt;
}

QString formatClock(int minutes)
{
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

const QStringList& dayNames()
{
    static const QStringList names{QStringLiteral("Monday"),    QStringLiteral("Tuesday"),
                                   QStringLiteral("Wednesday"), QStringLiteral("Thursday"),
                                   QStringLiteral("Friday"),    QStringLiteral("Saturday"),
                                   QStringLiteral("Sunday")};
    return names;
}

// "Monday", "mon" or "1" -> 1..7.
std::optional<int> parseWeekday(const QString& text)
{
    bool isNumber = false;
    const int number = text.toInt(&isNumber);
    if (isNumber)
        return number >= 1 && number <= 7 ? std::optional<int>(number) : std::nullopt;
    for (int day = 1; day <= 7; ++day) {
        const QString& name = dayNames()[day - 1];
        if (text.compare(name, Qt::CaseInsensitive) == 0 ||
            (text.size() == 3 && name.startsWith(text, Qt::CaseInsensitive)))
            return day;
    }
    return std::nullopt;
}

QDate parseDate(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return pattern.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
}

// Reads one row's cells, collecting every problem of the row.
class RowReader
{
public:
    RowReader(const Table& table, const Columns& columns, const Record& record,
              QList<Problem>& problems)
        : m_table(table), m_columns(columns), m_record(record), m_problems(problems)
    {}

    // The cell, or nothing when it is empty or not UTF-8 (which is reported).
    std::optional<QString> text(const QString& column)
    {
        const QString value = m_columns.cell(m_record, column);
        if (m_table.isGarbled(value)) {
            fail(
                column,
                tr("holds bytes that are not UTF-8 (\"%1\"): the file seems to be saved in another "
                   "encoding such as Latin-1 or Windows-1252; save it as CSV UTF-8")
                    .arg(value));
            return std::nullopt;
        }
        if (value.isEmpty())
            return std::nullopt;
        return value;
    }

    template <typename T, typename Parse>
    std::optional<T> parsed(const QString& column, Parse parse, const QString& expected)
    {
        const auto value = text(column);
        if (!value)
            return std::nullopt;
        const std::optional<T> result = parse(*value);
        if (!result)
            fail(column, tr("\"%1\" is not %2").arg(*value, expected));
        return result;
    }

    std::optional<int> count(const QString& column)
    {
        return parsed<int>(
            column,
            [](const QString& v) {
                bool ok = false;
                const int n = v.toInt(&ok);
                return ok ? std::optional<int>(n) : std::nullopt;
            },
            tr("a whole number"));
    }

    // True when the cell is empty (a cell that is not UTF-8 is not empty, and reported).
    bool isBlank(const QString& column) const { return m_columns.cell(m_record, column).isEmpty(); }

    void fail(const QString& column, const QString& message)
    {
        m_problems.append({m_record.line, column, message});
        m_failed = true;
    }
    bool failed() const { return m_failed; }
    int line() const { return m_record.line; }

private:
    const Table& m_table;
    const Columns& m_columns;
    const Record& m_record;
    QList<Problem>& m_problems;
    bool m_failed = false;
};

// Freelancer::validate() names fields; the file names columns.
QString columnOfFreelancerField(const QString& field)
{
    static const QHash<QString, QString> columns{
        {QStringLiteral("name"), Name},
        {QStringLiteral("timeZone"), TimeZone},
        {QStringLiteral("hourlyRate"), HourlyRate},
        {QStringLiteral("currency"), Currency},
        {QStringLiteral("maxMinutesPerWeek"), MaxHours},
        {QStringLiteral("minMinutesPerWeek"), MinHours},
        {QStringLiteral("maxShiftsPerDay"), MaxShifts},
        {QStringLiteral("maxConsecutiveDays"), MaxDays},
        {QStringLiteral("minConsecutiveDaysOff"), MinDaysOff},
        {QStringLiteral("minRestHours"), MinRest},
        {QStringLiteral("maxWorkingWeekends"), MaxWeekends},
    };
    return columns.value(field, field);
}

// Problems of the file's syntax stop at once when there is no header to read rows by.
bool startReport(ImportReport& report, const Table& table)
{
    report.problems = table.problems;
    return !table.header.isEmpty();
}

// Adds the lines that are not UTF-8 which no cell problem already points at, and orders all
// problems by line, as a user works through the file.
void finish(ImportReport& report, const Table& table)
{
    QSet<int> linesWithProblems;
    for (const Problem& p : report.problems)
        linesWithProblems.insert(p.line);
    for (const Problem& p : table.encodingProblems)
        if (!linesWithProblems.contains(p.line))
            report.problems.append(p);
    std::stable_sort(report.problems.begin(), report.problems.end(),
                     [](const Problem& a, const Problem& b) { return a.line < b.line; });
}

// The freelancers a file's names refer to. Names are matched ignoring case, but the database
// may hold two names that differ only in case ("Ana" and "ana"): then only the exact spelling
// picks one, and any other spelling is refused rather than guessed.
class FreelancerDirectory
{
public:
    explicit FreelancerDirectory(Database& db)
    {
        for (const Freelancer& f : FreelancerRepository(db).all())
            m_byKey[nameKey(f.name)].append(f);
    }

    // Nothing when nobody has the name; an error message in `ambiguity` when several might.
    std::optional<Freelancer> find(const QString& name, QString& ambiguity) const
    {
        const QList<Freelancer> candidates = m_byKey.value(nameKey(name));
        for (const Freelancer& f : candidates)
            if (f.name == name.trimmed())
                return f;
        if (candidates.size() == 1)
            return candidates.first();
        if (candidates.size() > 1) {
            QStringList names;
            for (const Freelancer& f : candidates)
                names << QLatin1Char('"') + f.name + QLatin1Char('"');
            ambiguity = tr("\"%1\" could be any of %2, whose names differ only in case; write "
                           "the name exactly")
                            .arg(name, names.join(QStringLiteral(", ")));
        }
        return std::nullopt;
    }

private:
    QHash<QString, QList<Freelancer>> m_byKey;
};

} // namespace

// --- freelancers ------------------------------------------------------------------------------

QStringList freelancerColumns()
{
    return {Name,     Email,    Phone,     TimeZone, Skills,     HourlyRate, Currency,
            MinHours, MaxHours, MaxShifts, MaxDays,  MinDaysOff, MinRest,    MaxWeekends};
}

QByteArray exportFreelancers(Database& db)
{
    QHash<Id, QString> skillNames;
    for (const Skill& skill : SkillRepository(db).all())
        skillNames.insert(skill.id, skill.name);
    QList<QStringList> rows{freelancerColumns()};
    for (const Freelancer& f : FreelancerRepository(db).all()) {
        QStringList skills;
        for (Id id : f.skillIds)
            skills << skillNames.value(id);
        const ContractLimits& l = f.limits;
        rows.append({f.name, f.email, f.phone, QString::fromUtf8(f.timeZone),
                     skills.join(QLatin1Char('|')), formatMoney(f.hourlyRateCents), f.currency,
                     formatHours(l.minMinutesPerWeek), formatHours(l.maxMinutesPerWeek),
                     QString::number(l.maxShiftsPerDay), QString::number(l.maxConsecutiveDays),
                     QString::number(l.minConsecutiveDaysOff), QString::number(l.minRestHours),
                     QString::number(l.maxWorkingWeekends)});
    }
    return write(rows);
}

ImportReport importFreelancers(Database& db, const QByteArray& bytes)
{
    ImportReport report;
    const Table table = read(bytes);
    if (!startReport(report, table)) {
        finish(report, table);
        return report;
    }
    const Columns columns(table, freelancerColumns(), {Name, TimeZone}, report.problems);
    if (!report.problems.isEmpty()) {
        finish(report, table);
        return report; // a wrong header: every row would be misread
    }

    QHash<QString, Id> skillIds; // by case-folded name; NoId for skills this import creates
    for (const Skill& skill : SkillRepository(db).all())
        skillIds.insert(nameKey(skill.name), skill.id);
    QHash<QString, QString> newSkills; // key -> spelling of its first use
    const FreelancerDirectory existing(db);
    QHash<QString, int> lineOfName;

    struct Planned
    {
        Freelancer freelancer;
        QStringList skillNames;
    };
    QList<Planned> planned;
    planned.reserve(table.records.size());

    for (const Record& record : table.records) {
        ++report.rows;
        if (!columns.checkWidth(record, report.problems))
            continue;
        const qsizetype firstProblemOfRow = report.problems.size();
        RowReader row(table, columns, record, report.problems);
        const std::optional<QString> name = row.text(Name);
        Planned plan;
        Freelancer& f = plan.freelancer;
        if (name) {
            const QString key = nameKey(*name);
            if (const int first = lineOfName.value(key); first > 0)
                row.fail(
                    Name,
                    tr("\"%1\" is already on line %2; each freelancer once").arg(*name).arg(first));
            else
                lineOfName.insert(key, record.line);
            QString ambiguity;
            f = existing.find(*name, ambiguity).value_or(Freelancer());
            if (!ambiguity.isEmpty())
                row.fail(Name, ambiguity);
            f.name = *name;
        } else if (row.isBlank(Name)) {
            row.fail(Name, tr("a freelancer needs a name"));
        }
        if (const auto v = row.text(Email))
            f.email = *v;
        if (const auto v = row.text(Phone))
            f.phone = *v;
        if (const auto v = row.text(TimeZone))
            f.timeZone = v->toUtf8();
        if (const auto v = row.text(Skills)) {
            f.skillIds.clear();
            for (const QString& part : v->split(QLatin1Char('|'))) {
                const QString skill = part.trimmed();
                if (skill.isEmpty())
                    continue;
                plan.skillNames << skill;
                if (!skillIds.contains(nameKey(skill)) && !newSkills.contains(nameKey(skill)))
                    newSkills.insert(nameKey(skill), skill);
            }
        }
        if (const auto v = row.parsed<qint64>(HourlyRate, parseMoney,
                                              tr("an amount like 18.50 (a dot before the cents)")))
            f.hourlyRateCents = *v;
        if (const auto v = row.text(Currency))
            f.currency = v->toUpper();
        const QString hours = tr("a number of hours like 37.5 or 37:30");
        if (const auto v = row.parsed<int>(MinHours, parseHours, hours))
            f.limits.minMinutesPerWeek = *v;
        if (const auto v = row.parsed<int>(MaxHours, parseHours, hours))
            f.limits.maxMinutesPerWeek = *v;
        if (const auto v = row.count(MaxShifts))
            f.limits.maxShiftsPerDay = *v;
        if (const auto v = row.count(MaxDays))
            f.limits.maxConsecutiveDays = *v;
        if (const auto v = row.count(MinDaysOff))
            f.limits.minConsecutiveDaysOff = *v;
        if (const auto v = row.count(MinRest))
            f.limits.minRestHours = *v;
        if (const auto v = row.count(MaxWeekends))
            f.limits.maxWorkingWeekends = *v;

        // Domain rules, reported against columns that could be read (no second message for a
        // cell already reported).
        QSet<QString> reported;
        for (qsizetype i = firstProblemOfRow; i < report.problems.size(); ++i)
            reported.insert(report.problems[i].column);
        for (const ValidationError& error : f.validate()) {
            const QString column = columnOfFreelancerField(error.field);
            if (!reported.contains(column))
                row.fail(column, error.message);
        }
        if (!row.failed())
            planned.append(std::move(plan));
    }
    finish(report, table);
    if (!report.problems.isEmpty())
        return report;

    // Everything is valid: write it all or nothing.
    Transaction transaction(db);
    SkillRepository skillRepository(db);
    for (auto it = newSkills.cbegin(); it != newSkills.cend(); ++it) {
        skillIds.insert(it.key(), skillRepository.add({NoId, it.value(), Skill().color}));
        report.newSkills << it.value();
    }
    std::sort(report.newSkills.begin(), report.newSkills.end());
    FreelancerRepository freelancers(db);
    for (Planned& plan : planned) {
        Freelancer& f = plan.freelancer;
        if (!plan.skillNames.isEmpty() || f.id == NoId) {
            f.skillIds.clear();
            for (const QString& skill : plan.skillNames)
                if (const Id id = skillIds.value(nameKey(skill)); !f.skillIds.contains(id))
                    f.skillIds.append(id);
        }
        if (f.id == NoId) {
            freelancers.add(f);
            ++report.added;
        } else {
            freelancers.update(f);
            ++report.updated;
        }
    }
    transaction.commit();
    return report;
}

// --- availability -----------------------------------------------------------------------------

QStringList availabilityColumns()
{
    return {FreelancerColumn, Kind, Day, Start, End, Until, Reason, TravelZone};
}

QByteArray exportAvailability(Database& db)
{
    const QHash<Id, FreelancerAvailability> all = AvailabilityRepository(db).all();
    QList<QStringList> rows{availabilityColumns()};
    for (const Freelancer& f : FreelancerRepository(db).all()) {
        const FreelancerAvailability availability = all.value(f.id);
        for (const WeeklyWindow& w : availability.weekly)
            rows.append({f.name, toString(w.kind), dayNames()[w.dayOfWeek - 1],
                         formatClock(w.startMinute), formatClock(w.endMinute), QString(), QString(),
                         QString()});
        for (const OneOffWindow& w : availability.oneOff)
            rows.append({f.name, toString(w.kind), w.day.toString(Qt::ISODate),
                         formatClock(w.startMinute), formatClock(w.endMinute), QString(), QString(),
                         QString()});
        for (const TimeOff& t : availability.timeOff)
            rows.append({f.name, TimeOffKind, t.firstDay.toString(Qt::ISODate), QString(),
                         QString(), t.lastDay.toString(Qt::ISODate), t.reason, QString()});
        for (const TravelPeriod& t : availability.travel)
            rows.append({f.name, TravelKind, t.firstDay.toString(Qt::ISODate), QString(), QString(),
                         t.lastDay.toString(Qt::ISODate), QString(),
                         QString::fromUtf8(t.timeZone)});
    }
    return write(rows);
}

ImportReport importAvailability(Database& db, const QByteArray& bytes)
{
    ImportReport report;
    const Table table = read(bytes);
    if (!startReport(report, table)) {
        finish(report, table);
        return report;
    }
    const Columns columns(table, availabilityColumns(), {FreelancerColumn, Kind, Day},
                          report.problems);
    if (!report.problems.isEmpty()) {
        finish(report, table);
        return report; // a wrong header: every row would be misread
    }
    // A file from before travel was in the format has no zone column: it says nothing about
    // travel, so it must not erase anyone's.
    const bool replacesTravel = columns.has(TravelZone);

    const FreelancerDirectory existing(db);
    QHash<Id, FreelancerAvailability> planned; // replaces what each named freelancer has
    QList<Id> order;
    // For overlaps: weekly windows so far per (freelancer, day), with their lines.
    struct Seen
    {
        int start;
        int end;
        int line;
    };
    QHash<QPair<Id, int>, QList<Seen>> weeklySeen;
    // And travel so far per freelancer, with their lines.
    struct SeenTrip
    {
        TravelPeriod trip;
        int line;
    };
    QHash<Id, QList<SeenTrip>> travelSeen;
    const auto plan = [&](Id freelancerId) -> FreelancerAvailability& {
        if (!planned.contains(freelancerId))
            order.append(freelancerId);
        return planned[freelancerId];
    };

    for (const Record& record : table.records) {
        ++report.rows;
        if (!columns.checkWidth(record, report.problems))
            continue;
        RowReader row(table, columns, record, report.problems);
        Id freelancerId = NoId;
        if (const auto name = row.text(FreelancerColumn)) {
            QString ambiguity;
            const std::optional<Freelancer> found = existing.find(*name, ambiguity);
            if (!ambiguity.isEmpty())
                row.fail(FreelancerColumn, ambiguity);
            else if (!found)
                row.fail(
                    FreelancerColumn,
                    tr("no freelancer is called \"%1\" (import the freelancers first)").arg(*name));
            else
                freelancerId = found->id;
        } else if (row.isBlank(FreelancerColumn)) {
            row.fail(FreelancerColumn, tr("the freelancer's name is missing"));
        }

        const auto kindText = row.text(Kind);
        AvailabilityKind kind = AvailabilityKind::Available;
        const bool isTimeOff = kindText && kindText->toLower() == TimeOffKind;
        const bool isTravel = kindText && kindText->toLower() == TravelKind;
        if (!kindText) {
            if (row.isBlank(Kind))
                row.fail(Kind, tr("the kind is missing: preferred, available, time_off or travel"));
        } else if (!isTimeOff && !isTravel &&
                   !availabilityKindFromString(kindText->toLower(), kind)) {
            row.fail(Kind, tr("\"%1\" is not a kind: use preferred, available, time_off or travel")
                               .arg(*kindText));
        }
        const auto dayText = row.text(Day);
        const auto startText = row.text(Start);
        const auto endText = row.text(End);
        const auto untilText = row.text(Until);
        const auto reasonText = row.text(Reason);
        const auto zoneText = row.text(TravelZone);
        if (!dayText && row.isBlank(Day))
            row.fail(Day, tr("the day is missing: a weekday (Monday) or a date (2026-12-24)"));
        if (zoneText && !isTravel)
            row.fail(TravelZone, tr("only travel rows have a time zone (a freelancer's home zone "
                                    "is in the freelancers file)"));

        if (isTimeOff || isTravel) {
            // Whole days from `day` to `until`.
            const QDate first = dayText ? parseDate(*dayText) : QDate();
            const QDate last = untilText ? parseDate(*untilText) : first;
            if (dayText && !first.isValid())
                row.fail(Day, tr("\"%1\" is not a date like 2026-12-24").arg(*dayText));
            if (untilText && !last.isValid())
                row.fail(Until, tr("\"%1\" is not a date like 2026-12-31").arg(*untilText));
            else if (first.isValid() && last < first)
                row.fail(Until, isTimeOff ? tr("the time off ends before it starts")
                                          : tr("the travel ends before it starts"));
            if (startText || endText)
                row.fail(startText ? Start : End,
                         isTimeOff ? tr("time off takes whole days: leave start and end empty")
                                   : tr("travel takes whole days: leave start and end empty"));
            if (isTimeOff) {
                if (!row.failed())
                    plan(freelancerId)
                        .timeOff.append(
                            {NoId, freelancerId, first, last, reasonText.value_or(QString())});
                continue;
            }

            TravelPeriod trip{NoId, freelancerId, first, last, QByteArray()};
            if (reasonText)
                row.fail(Reason, tr("travel has no reason: leave it empty"));
            if (!columns.has(TravelZone)) {
                row.fail(TravelZone, tr("a travel row needs the zone the freelancer is in: add "
                                        "a time_zone column (an IANA name such as Asia/Dubai)"));
            } else if (zoneText) {
                trip.timeZone = zoneText->toUtf8();
                for (const ValidationError& error : trip.validate())
                    if (error.field == QLatin1String("timeZone"))
                        row.fail(TravelZone, error.message);
            } else if (row.isBlank(TravelZone)) {
                row.fail(TravelZone,
                         tr("the zone the freelancer travels to is missing: an IANA name such as "
                            "Asia/Dubai"));
            }
            if (freelancerId != NoId && first.isValid() && last.isValid() && first <= last) {
                QList<SeenTrip>& trips = travelSeen[freelancerId];
                for (const SeenTrip& other : std::as_const(trips))
                    if (first <= other.trip.lastDay && other.trip.firstDay <= last) {
                        row.fail(Day, tr("overlaps the travel on line %1 (%2 to %3): a date can "
                                         "have only one time zone")
                                          .arg(other.line)
                                          .arg(other.trip.firstDay.toString(Qt::ISODate),
                                               other.trip.lastDay.toString(Qt::ISODate)));
                        break;
                    }
                trips.append({trip, record.line});
            }
            if (!row.failed())
                plan(freelancerId).travel.append(trip);
            continue;
        }

        if (untilText)
            row.fail(Until, tr("only time off and travel rows have an until date"));
        const auto start = row.parsed<int>(
            Start, [](const QString& v) { return parseClock(v, false); },
            tr("a time from 00:00 to 23:59"));
        const auto end = row.parsed<int>(
            End, [](const QString& v) { return parseClock(v, true); },
            tr("a time from 00:01 to 24:00"));
        if (row.isBlank(Start))
            row.fail(Start, tr("a window needs a start time (HH:MM)"));
        if (row.isBlank(End))
            row.fail(End, tr("a window needs an end time (HH:MM, 24:00 for midnight)"));
        if (start && end && *end <= *start)
            row.fail(End, tr("the window ends before it starts (split a window across midnight "
                             "into two rows, one on each day)"));
        const std::optional<int> weekday = dayText ? parseWeekday(*dayText) : std::nullopt;
        const QDate date = dayText && !weekday ? parseDate(*dayText) : QDate();
        if (dayText && !weekday && !date.isValid())
            row.fail(Day, tr("\"%1\" is neither a weekday (Monday, Mon, 1-7) nor a date like "
                             "2026-12-24")
                              .arg(*dayText));
        if (weekday && start && end && freelancerId != NoId) {
            QList<Seen>& sameDay = weeklySeen[{freelancerId, *weekday}];
            for (const Seen& other : sameDay)
                if (*start < other.end && other.start < *end) {
                    row.fail(Start, tr("overlaps the window on line %1").arg(other.line));
                    break;
                }
            sameDay.append({*start, *end, record.line});
        }
        if (row.failed())
            continue;
        if (weekday)
            plan(freelancerId).weekly.append({NoId, freelancerId, *weekday, *start, *end, kind});
        else
            plan(freelancerId).oneOff.append({NoId, freelancerId, date, *start, *end, kind});
    }
    finish(report, table);
    if (!report.problems.isEmpty())
        return report;

    Transaction transaction(db);
    AvailabilityRepository repository(db);
    const QHash<Id, FreelancerAvailability> previousOfAll = repository.all();
    for (Id freelancerId : order) {
        FreelancerAvailability next = planned.value(freelancerId);
        if (!replacesTravel)
            next.travel = previousOfAll.value(freelancerId).travel;
        repository.replaceAll(freelancerId, next);
        report.added += int(next.weekly.size() + next.timeOff.size() + next.oneOff.size());
        if (replacesTravel)
            report.added += int(next.travel.size());
        ++report.updated;
    }
    transaction.commit();
    return report;
}

} // namespace shiftlane::csv
