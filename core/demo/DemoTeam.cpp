#include "demo/DemoTeam.h"

#include "staffing/DemandExpansion.h"
#include "storage/Repositories.h"
#include "time/AvailabilityExpander.h"
#include "time/PlanningCalendar.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace shiftlane {

namespace {

// splitmix64: tiny, and the same numbers on every platform (std:: distributions are not).
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T> const T& pick(const QList<T>& items)
    {
        return items[below(int(items.size()))];
    }

private:
    quint64 m_state;
};

const QByteArray PlanningZone = QByteArrayLiteral("Europe/Lisbon");
constexpr int IntervalMinutes = 30;

struct SkillSpec
{
    const char* name;
    const char* color;
};
const SkillSpec Skills[] = {
    {"Phone", "#1f77b4"},  {"Chat", "#2ca02c"},    {"Email", "#9467bd"},
    {"Social", "#ff7f0e"}, {"Spanish", "#d62728"}, {"Portuguese", "#17becf"},
};
enum SkillIndex
{
    Phone,
    Chat,
    Email,
    Social,
    Spanish,
    Portuguese
};

struct TemplateSpec
{
    const char* name;
    int start;
    int length;
    int unpaidBreak;
    SkillIndex skill;
};
// Gig shifts are short: four to eight hours, so that part-timers' windows can hold them.
const TemplateSpec Templates[] = {
    {"Phone early", 7 * 60, 7 * 60, 30, Phone},
    {"Phone late", 14 * 60, 8 * 60, 30, Phone},
    {"Chat morning", 7 * 60, 6 * 60, 0, Chat},
    {"Chat afternoon", 13 * 60, 5 * 60, 0, Chat},
    {"Chat evening", 18 * 60, 5 * 60, 0, Chat},
    {"Chat night", 23 * 60, 8 * 60, 30, Chat},
    {"Email day", 9 * 60, 7 * 60, 30, Email},
    {"Social day", 12 * 60, 6 * 60, 0, Social},
    {"Spanish line", 10 * 60, 4 * 60, 0, Spanish},
    {"Portuguese line", 10 * 60, 4 * 60, 0, Portuguese},
};

// Where the team lives: at least four zones on three continents.
struct Home
{
    const char* zone;
    int weight;
};
const Home Homes[] = {
    {"Europe/Lisbon", 5},     {"Europe/Madrid", 3}, {"America/Bogota", 3},
    {"America/Sao_Paulo", 3}, {"Asia/Manila", 4},   {"Africa/Johannesburg", 2},
};

const QList<QString> FirstNames = {
    QStringLiteral("Ana"),      QStringLiteral("Bruno"),  QStringLiteral("Carla"),
    QStringLiteral("Diego"),    QStringLiteral("Elena"),  QStringLiteral("Felipe"),
    QStringLiteral("Grace"),    QStringLiteral("Hugo"),   QStringLiteral("Inês"),
    QStringLiteral("Jose"),     QStringLiteral("Kim"),    QStringLiteral("Lucía"),
    QStringLiteral("Marco"),    QStringLiteral("Nadia"),  QStringLiteral("Oscar"),
    QStringLiteral("Paula"),    QStringLiteral("Rafael"), QStringLiteral("Sofia"),
    QStringLiteral("Thabo"),    QStringLiteral("Vera"),   QStringLiteral("Wen"),
    QStringLiteral("Yara"),     QStringLiteral("Zanele"), QStringLiteral("Mariel"),
    QStringLiteral("Joaquim"),  QStringLiteral("Andrea"), QStringLiteral("Rizal"),
    QStringLiteral("Catalina"),
};
const QList<QString> LastNames = {
    QStringLiteral("Souza"),    QStringLiteral("Reyes"),    QStringLiteral("Santos"),
    QStringLiteral("García"),   QStringLiteral("Pereira"),  QStringLiteral("Mendoza"),
    QStringLiteral("Ndlovu"),   QStringLiteral("Costa"),    QStringLiteral("Ramos"),
    QStringLiteral("Dlamini"),  QStringLiteral("Torres"),   QStringLiteral("Cruz"),
    QStringLiteral("Alves"),    QStringLiteral("Castillo"), QStringLiteral("Bautista"),
    QStringLiteral("Ferreira"), QStringLiteral("Molina"),   QStringLiteral("Villanueva"),
    QStringLiteral("Nkosi"),    QStringLiteral("Lopes"),
};

// The availability patterns gig workers have, in their own wall-clock time.
enum class Pattern
{
    Student,
    Parent,
    NightOwl,
    WeekendOnly,
    FullTimer
};

void addWindow(QList<WeeklyWindow>& windows, int day, int start, int end, AvailabilityKind kind)
{
    if (end > MinutesPerDay) { // split across midnight
        addWindow(windows, day, start, MinutesPerDay, kind);
        addWindow(windows, day % 7 + 1, 0, end - MinutesPerDay, kind);
        return;
    }
    windows.append({NoId, NoId, day, start, end, kind});
}

QList<WeeklyWindow> weeklyPattern(Pattern pattern, Random& random)
{
    QList<WeeklyWindow> windows;
    const auto available = AvailabilityKind::Available;
    const auto preferred = AvailabilityKind::Preferred;
    const int dayOff = random.between(1, 5); // most people keep one weekday free
    switch (pattern) {
    case Pattern::Student:
        for (int day = 1; day <= 5; ++day)
            if (day != dayOff) {
                addWindow(windows, day, 16 * 60, 18 * 60, available);
                addWindow(windows, day, 18 * 60, 23 * 60, preferred);
            }
        addWindow(windows, 6, 10 * 60, 20 * 60, available);
        addWindow(windows, 7, 12 * 60, 22 * 60, available);
        break;
    case Pattern::Parent:
        for (int day = 1; day <= 5; ++day) {
            addWindow(windows, day, 8 * 60 + 30, 15 * 60, preferred);
            if (random.chance(40))
                addWindow(windows, day, 20 * 60, 23 * 60, available);
        }
        break;
    case Pattern::NightOwl: {
        const int start = random.pick(QList<int>{18 * 60, 20 * 60, 21 * 60});
        for (int day = 1; day <= 7; ++day)
            if (day != dayOff && day != dayOff + 1)
                addWindow(windows, day, start, start + 9 * 60,
                          random.chance(60) ? preferred : available);
        break;
    }
    case Pattern::WeekendOnly:
        addWindow(windows, 5, 17 * 60, 23 * 60, available);
        addWindow(windows, 6, 7 * 60, 22 * 60, preferred);
        addWindow(windows, 7, 7 * 60, 22 * 60, preferred);
        break;
    case Pattern::FullTimer: {
        const int start = random.pick(QList<int>{6 * 60, 7 * 60, 8 * 60});
        for (int day = 1; day <= 5; ++day) {
            addWindow(windows, day, start, start + 60, available);
            addWindow(windows, day, start + 60, start + 10 * 60, preferred);
            addWindow(windows, day, start + 10 * 60, start + 12 * 60, available);
        }
        if (random.chance(50))
            addWindow(windows, 6, 9 * 60, 15 * 60, available);
        break;
    }
    }
    return windows;
}

// Contacts arrive with a morning and an early-evening peak; weekends are quieter.
double dailyCurve(SkillIndex skill, int minute, bool weekend)
{
    const double hour = minute / 60.0;
    auto bump = [](double at, double centre, double width) {
        return std::exp(-((at - centre) * (at - centre)) / (2 * width * width));
    };
    double load = 0;
    switch (skill) {
    case Phone:
        load = 5.0 * bump(hour, 10.5, 1.8) + 4.0 * bump(hour, 18.0, 1.6) + 1.0 * bump(hour, 14, 4);
        break;
    case Chat:
        load = 3.5 * bump(hour, 11.0, 2.2) + 4.5 * bump(hour, 20.0, 2.0) + 0.6;
        break;
    case Email:
        load = 2.5 * bump(hour, 12.5, 3.0);
        break;
    case Social:
        load = 2.0 * bump(hour, 15.0, 2.5);
        break;
    case Spanish:
        load = 1.6 * bump(hour, 12.0, 2.0);
        break;
    case Portuguese:
        load = 1.2 * bump(hour, 11.5, 2.0);
        break;
    }
    if (weekend)
        load *= skill == Chat || skill == Social ? 0.8 : 0.45;
    if (skill == Chat && (hour < 1.0 || hour >= 22.0))
        load = std::max(load, 1.0); // the night chat line stays open
    // Each line is open only during its hours (chat around the clock).
    const double opening[][2] = {{7, 22}, {0, 24}, {9, 16}, {12, 18}, {10, 14}, {10, 14}};
    if (hour < opening[skill][0] || hour >= opening[skill][1])
        load = 0;
    return load;
}

int scaled(double load, int freelancers)
{
    return int(std::lround(0.8 * load * freelancers / 40.0));
}

// Contacts per half hour that Erlang C staffs to about what `scaled` asks for at peak.
double contactsFor(SkillIndex skill, double load, int freelancers)
{
    const double perLoad = skill == Chat ? 2.2 : 2.6;
    return std::round(perLoad * load * freelancers / 40.0);
}

// A first-come draft: cover each day's demand peaks with template shifts, then give each
// shift to the first freelancer who has the skill, is available (preferred first), has no
// shift that day, and stays under their weekly hours.
class DraftScheduler
{
public:
    DraftScheduler(Database& db, const QList<Freelancer>& team,
                   const QList<ShiftTemplate>& templates,
                   const QHash<Id, FreelancerAvailability>& availability)
        : m_db(db), m_team(team), m_templates(templates), m_calendar(QTimeZone(PlanningZone))
    {
        for (const Freelancer& f : team) {
            const FreelancerAvailability& a = availability.value(f.id);
            m_expanders.insert(f.id, AvailabilityExpander(f, a));
        }
    }

    void scheduleDay(QDate day, QMap<Id, QList<int>> uncovered)
    {
        QList<Shift> shifts;
        for (auto it = uncovered.begin(); it != uncovered.end(); ++it) {
            QList<int>& need = it.value();
            for (int guard = 0; guard < 200; ++guard) {
                const ShiftTemplate* best = nullptr;
                int bestGain = 0;
                for (const ShiftTemplate& t : m_templates) {
                    if (t.skillId != it.key())
                        continue;
                    int gain = 0;
                    for (int m = t.startMinute;
                         m < std::min(t.startMinute + t.lengthMinutes, MinutesPerDay);
                         m += IntervalMinutes)
                        gain += need[m / IntervalMinutes] > 0 ? 1 : 0;
                    if (gain > bestGain) {
                        best = &t;
                        bestGain = gain;
                    }
                }
                // A shift must be busy for at least a third of its length to be worth paying.
                if (!best || bestGain * IntervalMinutes * 3 < best->lengthMinutes)
                    break;
                for (int m = best->startMinute;
                     m < std::min(best->startMinute + best->lengthMinutes, MinutesPerDay);
                     m += IntervalMinutes)
                    --need[m / IntervalMinutes];
                Shift shift;
                shift.start = QDateTime::fromSecsSinceEpoch(
                    m_calendar.instant(day, best->startMinute), Qt::UTC);
                shift.end = QDateTime::fromSecsSinceEpoch(
                    m_calendar.instant(day, best->startMinute + best->lengthMinutes), Qt::UTC);
                shift.skillId = best->skillId;
                shift.templateId = best->id;
                shift.unpaidBreakMinutes = best->unpaidBreakMinutes;
                shifts.append(shift);
            }
        }
        ScheduleRepository schedule(m_db);
        for (Shift& shift : shifts) {
            shift.freelancerId = pickFreelancer(day, shift);
            schedule.add(shift);
        }
    }

private:
    std::optional<Id> pickFreelancer(QDate day, const Shift& shift)
    {
        const UtcInterval span{shift.start.toSecsSinceEpoch(), shift.end.toSecsSinceEpoch()};
        const int week = int(m_firstDay.isValid() ? m_firstDay.daysTo(day) / 7 : 0);
        if (!m_firstDay.isValid())
            m_firstDay = day;
        std::optional<Id> fallback;
        for (const Freelancer& f : m_team) {
            if (!f.hasSkill(shift.skillId) || m_workedOn.contains({f.id, day}))
                continue;
            const qint64 minutes = m_weekMinutes.value({f.id, week});
            if (minutes + shift.paidMinutes() > f.limits.maxMinutesPerWeek)
                continue;
            const qint64 lastEnd = m_lastEnd.value(f.id, 0);
            if (lastEnd > 0 && span.start - lastEnd < qint64(f.limits.minRestHours) * 3600)
                continue;
            const Fit fit = AvailabilityExpander::fit(
                m_expanders.constFind(f.id)->expand({span.start - 1, span.end + 1}), span);
            if (fit == Fit::Preferred) {
                fallback = f.id;
                break;
            }
            if (fit == Fit::Available && !fallback)
                fallback = f.id;
        }
        if (fallback) {
            m_workedOn.insert({*fallback, day});
            m_weekMinutes[{*fallback, week}] += shift.paidMinutes();
            m_lastEnd[*fallback] = span.end;
        }
        return fallback;
    }

    Database& m_db;
    const QList<Freelancer>& m_team;
    const QList<ShiftTemplate>& m_templates;
    PlanningCalendar m_calendar;
    QHash<Id, AvailabilityExpander> m_expanders;
    QSet<std::pair<Id, QDate>> m_workedOn;
    QHash<std::pair<Id, int>, qint64> m_weekMinutes;
    QHash<Id, qint64> m_lastEnd;
    QDate m_firstDay;
};

} // namespace

void writeDemoTeam(Database& db, const DemoOptions& options)
{
    Random random(options.seed);
    Transaction transaction(db);

    PlanningSettings settings;
    settings.teamName = QCoreApplication::translate("DemoTeam", "Atlantic Support (demo)");
    settings.planningTimeZone = PlanningZone;
    settings.intervalMinutes = IntervalMinutes;
    settings.weekStart = 1;
    SettingsRepository(db).save(settings);

    QList<Id> skillIds;
    SkillRepository skillRepo(db);
    for (const SkillSpec& spec : Skills)
        skillIds.append(
            skillRepo.add({NoId, QString::fromLatin1(spec.name), QString::fromLatin1(spec.color)}));

    QList<ShiftTemplate> templates;
    TemplateRepository templateRepo(db);
    for (const TemplateSpec& spec : Templates) {
        ShiftTemplate t{NoId,
                        QString::fromLatin1(spec.name),
                        spec.start,
                        spec.length,
                        spec.unpaidBreak,
                        skillIds[spec.skill],
                        QString()};
        t.id = templateRepo.add(t);
        templates.append(t);
    }

    QList<const char*> zonePool;
    for (const Home& home : Homes)
        for (int i = 0; i < home.weight; ++i)
            zonePool.append(home.zone);
    const QList<Pattern> patterns = {Pattern::Student,     Pattern::Parent,    Pattern::NightOwl,
                                     Pattern::WeekendOnly, Pattern::FullTimer, Pattern::FullTimer};

    FreelancerRepository people(db);
    AvailabilityRepository availabilityRepo(db);
    QSet<QString> usedNames;
    for (int i = 0; i < options.freelancers; ++i) {
        Freelancer f;
        do {
            f.name = random.pick(FirstNames) + QLatin1Char(' ') + random.pick(LastNames);
        } while (usedNames.contains(f.name) &&
                 usedNames.size() < FirstNames.size() * LastNames.size());
        if (usedNames.contains(f.name))
            f.name += QStringLiteral(" %1").arg(i + 1);
        usedNames.insert(f.name);
        // Spread the first few over every home so small teams still span the continents.
        f.timeZone = i < int(std::size(Homes))
                         ? QByteArray(Homes[i].zone)
                         : QByteArray(zonePool[random.below(int(zonePool.size()))]);
        f.email = f.name.toLower().replace(QLatin1Char(' '), QLatin1Char('.')) +
                  QStringLiteral("@example.org");
        f.currency = QStringLiteral("EUR");
        f.hourlyRateCents = random.between(12, 26) * 100 + random.pick(QList<int>{0, 25, 50, 75});
        f.skillIds.append(
            skillIds[random.pick(QList<int>{Phone, Phone, Chat, Chat, Email, Social})]);
        for (int extra = random.between(0, 2); extra > 0; --extra) {
            const Id skill = skillIds[random.between(Phone, Social)];
            if (!f.skillIds.contains(skill))
                f.skillIds.append(skill);
        }
        const QByteArray zone = f.timeZone;
        if ((zone.startsWith("America/Bogota") || zone.startsWith("Europe/Madrid")) &&
            random.chance(70))
            f.skillIds.append(skillIds[Spanish]);
        if ((zone.startsWith("Europe/Lisbon") || zone.startsWith("America/Sao_Paulo")) &&
            random.chance(60))
            f.skillIds.append(skillIds[Portuguese]);
        std::sort(f.skillIds.begin(), f.skillIds.end());

        const Pattern pattern = patterns[random.below(int(patterns.size()))];
        const bool partTime = pattern != Pattern::FullTimer;
        f.limits.maxMinutesPerWeek =
            (partTime ? random.between(16, 30) : random.between(32, 40)) * 60;
        f.limits.minMinutesPerWeek = random.between(0, f.limits.maxMinutesPerWeek / 120) * 60;
        f.limits.maxConsecutiveDays = partTime ? 5 : 6;
        f.limits.minConsecutiveDaysOff = 1;
        f.limits.minRestHours = random.pick(QList<int>{10, 11, 12});
        f.limits.maxWorkingWeekends = pattern == Pattern::WeekendOnly ? 4 : 2;
        f.id = people.add(f);

        QList<WeeklyWindow> windows = weeklyPattern(pattern, random);
        for (WeeklyWindow& w : windows)
            w.freelancerId = f.id;
        availabilityRepo.replaceWeekly(f.id, windows);
        if (random.chance(20)) {
            const QDate first = options.start.addDays(random.between(0, 7 * options.weeks - 1));
            availabilityRepo.addTimeOff(
                {NoId, f.id, first, first.addDays(random.between(0, 3)),
                 random.pick(QList<QString>{QStringLiteral("Exams"), QStringLiteral("Holiday"),
                                            QStringLiteral("Family")})});
        }
    }

    // Demand per skill as managers plan it: a weekly pattern (each weekday with its own
    // noise), phone and chat as contact forecasts that Erlang C staffs, the back-office skills
    // as headcount, and one dated override: a product launch day with a third more calls.
    const int intervals = MinutesPerDay / IntervalMinutes;
    QList<DemandPlan> plans;
    for (int s = 0; s < int(std::size(Skills)); ++s) {
        DemandPlan plan;
        plan.intervalMinutes = IntervalMinutes;
        plan.skillId = skillIds[s];
        if (s == Phone) {
            plan.input = DemandInput::Forecast;
            plan.forecast = {300, 0.8, 20, 0.15, 1};
        } else if (s == Chat) {
            plan.input = DemandInput::Forecast;
            plan.forecast = {600, 0.8, 60, 0.15, 2};
        }
        for (int weekday = 1; weekday <= 7; ++weekday) {
            DemandCurve& curve = plan.weekly[size_t(weekday - 1)];
            curve.resize(intervals, 0.0);
            for (int interval = 0; interval < intervals; ++interval) {
                const double noise = 0.85 + 0.3 * random.below(1000) / 1000.0;
                const double load =
                    dailyCurve(SkillIndex(s), interval * IntervalMinutes + 15, weekday >= 6) *
                    noise;
                curve[interval] = plan.input == DemandInput::Forecast
                                      ? contactsFor(SkillIndex(s), load, options.freelancers)
                                      : scaled(load, options.freelancers);
            }
        }
        if (s == Phone) {
            const QDate launch = options.start.addDays(options.weeks >= 2 ? 9 : 2);
            DemandCurve busier = plan.curveOn(launch);
            for (double& contacts : busier)
                contacts = std::round(contacts * 4.0 / 3.0);
            plan.overrides.insert(launch, busier);
        }
        DemandRepository(db).savePlan(plan);
        plans.append(plan);
    }
    const int days = 7 * options.weeks;
    const DemandExpansion expansion(IntervalMinutes);
    QList<QMap<Id, QList<int>>> needs(days); // ordered: the file must not depend on hashing
    for (int d = 0; d < days; ++d)
        for (const DemandPlan& plan : plans)
            needs[d][plan.skillId] = expansion.requiredOn(plan, options.start.addDays(d));

    const QList<Freelancer> team = people.all();
    DraftScheduler draft(db, team, templates, availabilityRepo.all());
    for (int d = 0; d < days; ++d)
        draft.scheduleDay(options.start.addDays(d), needs[d]);

    // The database stamps each shift with the wall-clock second it was written (calendar
    // LAST-MODIFIED). A demo is stamped at midnight UTC before its first day instead, so that
    // the same options write the same file.
    ScheduleRepository(db).stampAllChangedAt(
        QDateTime(options.start.addDays(-1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());

    transaction.commit();
}

} // namespace shiftlane
