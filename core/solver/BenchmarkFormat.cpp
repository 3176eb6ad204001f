#include "solver/BenchmarkFormat.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QStringList>

#include <map>

namespace shiftlane::solver {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("BenchmarkFormat", text);
}

struct ParseError
{
    int line;
    QString message;
};

struct Line
{
    int number;
    QStringList fields;
};

const QStringList& sectionNames()
{
    static const QStringList names = {QStringLiteral("SECTION_HORIZON"),
                                      QStringLiteral("SECTION_SHIFTS"),
                                      QStringLiteral("SECTION_STAFF"),
                                      QStringLiteral("SECTION_DAYS_OFF"),
                                      QStringLiteral("SECTION_SHIFT_ON_REQUESTS"),
                                      QStringLiteral("SECTION_SHIFT_OFF_REQUESTS"),
                                      QStringLiteral("SECTION_COVER")};
    return names;
}

enum Section
{
    Horizon,
    Shifts,
    Staff,
    DaysOff,
    OnRequests,
    OffRequests,
    Cover
};

class BenchmarkParser
{
public:
    explicit BenchmarkParser(const QString& text) : text_(text) {}

    Model parse()
    {
        splitSections();
        parseHorizon();
        parseShifts();
        parseStaff();
        checkSize();
        Model model(days_, shiftTypes_, employees_);
        for (const auto& [first, next] : successions_)
            model.forbidSuccession(first, next);
        std::vector<std::vector<int>> weekends;
        for (int saturday = 5; saturday < days_; saturday += 7)
            weekends.push_back(saturday + 1 < days_ ? std::vector<int>{saturday, saturday + 1}
                                                    : std::vector<int>{saturday});
        model.setWeekends(std::move(weekends));
        parseDaysOff(model);
        parseRequests(model, OnRequests);
        parseRequests(model, OffRequests);
        parseCover(model);
        return model;
    }

private:
    void splitSections()
    {
        const QStringList lines = text_.split(QLatin1Char('\n'));
        int current = -1;
        for (int i = 0; i < lines.size(); ++i) {
            const QString line = lines[i].trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const int number = i + 1;
            if (line.startsWith(QLatin1String("SECTION_"))) {
                current = static_cast<int>(sectionNames().indexOf(line));
                if (current < 0)
                    throw ParseError{number,
                                     tr("expected one of the section names %1, found "
                                        "\"%2\"")
                                         .arg(sectionNames().join(QLatin1String(", ")), line)};
                if (sections_.count(current))
                    throw ParseError{number, tr("section %1 appears a second time").arg(line)};
                sections_[current];
                headerLine_[current] = number;
                continue;
            }
            if (current < 0)
                throw ParseError{number, tr("expected a section header such as "
                                            "SECTION_HORIZON, found \"%1\"")
                                             .arg(line)};
            QStringList fields = line.split(QLatin1Char(','));
            for (QString& field : fields)
                field = field.trimmed();
            sections_[current].push_back({number, fields});
        }
        lastLine_ = static_cast<int>(lines.size());
    }

    // Sections are checked for presence when they are needed, so that errors come in the
    // order a reader meets them.
    const std::vector<Line>& section(Section s) const
    {
        const auto found = sections_.find(s);
        if (found == sections_.end())
            throw ParseError{
                lastLine_,
                tr("expected section %1 before the end of the file").arg(sectionNames()[s])};
        return found->second;
    }

    static void expectFields(const Line& line, int count, const QString& layout)
    {
        if (line.fields.size() != count)
            throw ParseError{line.number, tr("expected %1 comma-separated fields (%2), found %3")
                                              .arg(count)
                                              .arg(layout)
                                              .arg(line.fields.size())};
    }

    static int number(const Line& line, const QString& text, const QString& what, int min, int max)
    {
        bool ok = false;
        const int value = text.toInt(&ok);
        if (!ok || value < min || value > max)
            throw ParseError{line.number, tr("expected %1 as a whole number from %2 to %3, "
                                             "found \"%4\"")
                                              .arg(what)
                                              .arg(min)
                                              .arg(max)
                                              .arg(text)};
        return value;
    }

    int day(const Line& line, const QString& text) const
    {
        return number(line, text, tr("a day index"), 0, days_ - 1);
    }

    int shiftIndex(const Line& line, const QString& id) const
    {
        const auto found = shiftIndex_.find(id);
        if (found == shiftIndex_.end())
            throw ParseError{line.number,
                             tr("expected a shift ID from SECTION_SHIFTS, found \"%1\"").arg(id)};
        return *found;
    }

    int employeeIndex(const Line& line, const QString& id) const
    {
        const auto found = employeeIndex_.find(id);
        if (found == employeeIndex_.end())
            throw ParseError{
                line.number,
                tr("expected an employee ID from SECTION_STAFF, found \"%1\"").arg(id)};
        return *found;
    }

    static void expectNewId(const Line& line, const QString& id, const QHash<QString, int>& known)
    {
        if (id.isEmpty())
            throw ParseError{line.number, tr("expected an ID in the first field, found nothing")};
        if (known.contains(id))
            throw ParseError{line.number,
                             tr("expected a new ID, found \"%1\" a second time").arg(id)};
    }

    void parseHorizon()
    {
        const auto& lines = section(Horizon);
        if (lines.size() != 1)
            throw ParseError{lines.empty() ? headerLine_[Horizon] : lines[1].number,
                             tr("expected exactly one line with the number of days in "
                                "SECTION_HORIZON")};
        expectFields(lines[0], 1, tr("number of days"));
        days_ = number(lines[0], lines[0].fields[0], tr("the number of days"), 1, 100000);
    }

    void parseShifts()
    {
        const QString layout = tr("ID, length in minutes, shift IDs that may not follow");
        for (const Line& line : section(Shifts)) {
            expectFields(line, 3, layout);
            expectNewId(line, line.fields[0], shiftIndex_);
            shiftIndex_.insert(line.fields[0], static_cast<int>(shiftTypes_.size()));
            shiftTypes_.push_back(
                {line.fields[0].toStdString(),
                 number(line, line.fields[1], tr("the length in minutes"), 1, 24 * 60 * 7)});
        }
        if (shiftTypes_.empty())
            throw ParseError{headerLine_[Shifts], tr("expected at least one shift type")};
        // Successors may name shifts declared further down, so they are resolved afterwards.
        for (const Line& line : section(Shifts)) {
            const int first = shiftIndex(line, line.fields[0]);
            if (line.fields[2].isEmpty())
                continue;
            for (const QString& next : line.fields[2].split(QLatin1Char('|')))
                successions_.emplace_back(first, shiftIndex(line, next.trimmed()));
        }
    }

    void parseStaff()
    {
        const QString layout =
            tr("ID, max shifts per type, max minutes, min minutes, max consecutive shifts, "
               "min consecutive shifts, min consecutive days off, max weekends");
        for (const Line& line : section(Staff)) {
            expectFields(line, 8, layout);
            expectNewId(line, line.fields[0], employeeIndex_);
            EmployeeRules rules;
            rules.id = line.fields[0].toStdString();
            rules.maxShiftsPerType.assign(shiftTypes_.size(), INT_MAX);
            if (!line.fields[1].isEmpty())
                for (const QString& item : line.fields[1].split(QLatin1Char('|'))) {
                    const QStringList parts = item.split(QLatin1Char('='));
                    if (parts.size() != 2)
                        throw ParseError{line.number, tr("expected a max shifts item as "
                                                         "SHIFT=NUMBER, found \"%1\"")
                                                          .arg(item)};
                    const int type = shiftIndex(line, parts[0].trimmed());
                    rules.maxShiftsPerType[type] = number(
                        line, parts[1].trimmed(), tr("the max shifts of a type"), 0, INT_MAX);
                }
            rules.maxMinutes =
                number(line, line.fields[2], tr("the max total minutes"), 0, INT_MAX);
            rules.minMinutes =
                number(line, line.fields[3], tr("the min total minutes"), 0, INT_MAX);
            rules.maxConsecutiveWork =
                number(line, line.fields[4], tr("the max consecutive shifts"), 0, INT_MAX);
            rules.minConsecutiveWork =
                number(line, line.fields[5], tr("the min consecutive shifts"), 0, INT_MAX);
            rules.minConsecutiveOff =
                number(line, line.fields[6], tr("the min consecutive days off"), 0, INT_MAX);
            rules.maxWeekends = number(line, line.fields[7], tr("the max weekends"), 0, INT_MAX);
            employeeIndex_.insert(line.fields[0], static_cast<int>(employees_.size()));
            employees_.push_back(std::move(rules));
        }
        if (employees_.empty())
            throw ParseError{headerLine_[Staff], tr("expected at least one employee")};
    }

    // The model keeps a cost for every (employee, day, shift type or off): a few bytes each.
    // The largest published instance has 1.8 million; a file asking for thousands of times
    // that would exhaust the memory instead of being refused.
    void checkSize() const
    {
        constexpr std::int64_t kMaxChoices = 50'000'000;
        const std::int64_t choices = static_cast<std::int64_t>(days_) *
                                     static_cast<std::int64_t>(employees_.size()) *
                                     static_cast<std::int64_t>(shiftTypes_.size() + 1);
        if (choices > kMaxChoices)
            throw ParseError{headerLine_.at(Staff),
                             tr("expected at most %L1 (employee, day, shift or day off) choices, "
                                "found %L2: %3 employees, %4 days, %5 shift types")
                                 .arg(kMaxChoices)
                                 .arg(choices)
                                 .arg(employees_.size())
                                 .arg(days_)
                                 .arg(shiftTypes_.size())};
    }

    void parseDaysOff(Model& model) const
    {
        for (const Line& line : section(DaysOff)) {
            const int e = employeeIndex(line, line.fields[0]);
            for (int i = 1; i < line.fields.size(); ++i) {
                const int d = day(line, line.fields[i]);
                for (int t = 0; t < model.shiftTypeCount(); ++t)
                    model.forbidCell(e, d, t);
            }
        }
    }

    void parseRequests(Model& model, Section section) const
    {
        const QString layout = tr("employee ID, day, shift ID, weight");
        for (const Line& line : this->section(section)) {
            expectFields(line, 4, layout);
            const int e = employeeIndex(line, line.fields[0]);
            const int d = day(line, line.fields[1]);
            const int type = shiftIndex(line, line.fields[2]);
            const int weight = number(line, line.fields[3], tr("the weight"), 0, 1000000);
            if (section == OffRequests) {
                model.addCellCost(e, d, type, weight);
                continue;
            }
            // An unmet on-request: any value of the cell other than the requested shift.
            for (int choice = kOff; choice < model.shiftTypeCount(); ++choice)
                if (choice != type)
                    model.addCellCost(e, d, choice, weight);
        }
    }

    void parseCover(Model& model) const
    {
        const QString layout = tr("day, shift ID, requirement, weight under, weight over");
        std::map<std::pair<int, int>, int> seen;
        for (const Line& line : section(Cover)) {
            expectFields(line, 5, layout);
            const int d = day(line, line.fields[0]);
            const int type = shiftIndex(line, line.fields[1]);
            if (!seen.emplace(std::make_pair(d, type), line.number).second)
                throw ParseError{line.number, tr("expected one cover line per day and shift, "
                                                 "found a second one for day %1, shift %2")
                                                  .arg(d)
                                                  .arg(line.fields[1])};
            CoverBucket bucket;
            bucket.day = d;
            bucket.required = number(line, line.fields[2], tr("the requirement"), 0, 1000000);
            bucket.underWeight =
                number(line, line.fields[3], tr("the weight for under"), 0, 1000000);
            bucket.overWeight = number(line, line.fields[4], tr("the weight for over"), 0, 1000000);
            model.addFill(d, type, model.addBucket(bucket));
        }
    }

    const QString& text_;
    std::map<int, std::vector<Line>> sections_;
    std::map<int, int> headerLine_;
    int lastLine_ = 0;
    int days_ = 0;
    std::vector<ShiftType> shiftTypes_;
    std::vector<EmployeeRules> employees_;
    std::vector<std::pair<int, int>> successions_;
    QHash<QString, int> shiftIndex_;
    QHash<QString, int> employeeIndex_;
};

} // namespace

BenchmarkParseResult parseBenchmarkText(const QString& text)
{
    BenchmarkParseResult result;
    try {
        result.model.emplace(BenchmarkParser(text).parse());
    } catch (const ParseError& error) {
        result.error = tr("line %1: %2").arg(error.line).arg(error.message);
    }
    return result;
}

BenchmarkParseResult parseBenchmarkFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        BenchmarkParseResult result;
        result.error = tr("cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    return parseBenchmarkText(QString::fromUtf8(file.readAll()));
}

QString formatSolution(const Model& model, const Roster& roster)
{
    QString text;
    for (int e = 0; e < model.employeeCount(); ++e) {
        text += QString::fromStdString(model.employee(e).id);
        for (int d = 0; d < model.days(); ++d) {
            const int choice = roster.at(e, d);
            text += QLatin1Char('\t');
            text += choice == kOff ? QStringLiteral("-")
                                   : QString::fromStdString(model.shiftType(choice).id);
        }
        text += QLatin1Char('\n');
    }
    return text;
}

bool writeSolutionFile(const QString& path, const Model& model, const Roster& roster,
                       QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text | QIODevice::Truncate) ||
        file.write(formatSolution(model, roster).toUtf8()) < 0) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace shiftlane::solver
