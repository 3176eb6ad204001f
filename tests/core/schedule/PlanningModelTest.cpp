#include "schedule/PlanningModel.h"
#include "solver/FullScorer.h"
#include "solver/Solver.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <algorithm>

using namespace shiftlane;

namespace {

qint64 at(int day, int hour)
{
    return QDateTime(QDate(2026, 12, day), QTime(hour, 0), Qt::UTC).toSecsSinceEpoch();
}

// A week in December planned in UTC: a phone line open 09:00-17:00 needing two people,
// three freelancers of whom Cleo is only available in the evenings.
struct Team
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db = Database::create(dir.filePath(QStringLiteral("t.shiftlane")));
    PlanningPeriod period{QDate(2026, 12, 7), QDate(2026, 12, 13)};
    Id phone = 0;
    Id french = 0;
    Id day = 0;
    QList<Id> people;

    Team()
    {
        PlanningSettings settings;
        settings.planningTimeZone = "UTC";
        SettingsRepository(*db).save(settings);
        phone =
            SkillRepository(*db).add({NoId, QStringLiteral("Phone"), QStringLiteral("#111111")});
        french =
            SkillRepository(*db).add({NoId, QStringLiteral("French"), QStringLiteral("#222222")});
        day = TemplateRepository(*db).add(
            {NoId, QStringLiteral("Day"), 9 * 60, 8 * 60, 0, phone, QString()});
        TemplateRepository(*db).add(
            {NoId, QStringLiteral("French line"), 9 * 60, 4 * 60, 0, french, QString()});
        for (const char* name : {"Ana", "Ben", "Cleo"}) {
            Freelancer f;
            f.name = QString::fromLatin1(name);
            f.timeZone = "UTC";
            f.skillIds = {phone};
            f.limits.maxMinutesPerWeek = 56 * 60;
            f.limits.maxConsecutiveDays = 7;
            f.limits.maxWorkingWeekends = 8;
            people.append(FreelancerRepository(*db).add(f));
        }
        for (int i = 0; i < 3; ++i) {
            QList<WeeklyWindow> week;
            for (int d = 1; d <= 7; ++d)
                week.append(i == 2 ? WeeklyWindow{NoId, people[i], d, 17 * 60, 23 * 60,
                                                  AvailabilityKind::Available}
                                   : WeeklyWindow{NoId, people[i], d, 8 * 60, 18 * 60,
                                                  AvailabilityKind::Preferred});
            AvailabilityRepository(*db).replaceWeekly(people[i], week);
        }
        QList<DemandInterval> demand;
        for (QDate date = period.first; date <= period.last; date = date.addDays(1))
            for (int interval = 18; interval < 34; ++interval) {
                demand.append({phone, date, interval, 2});
                if (date.dayOfWeek() == 1 && interval < 26)
                    demand.append({french, date, interval, 1});
            }
        DemandRepository(*db).set(demand, 30);
    }

    solver::SolverResult solve(const PlanningModel& planning)
    {
        solver::SolverOptions options;
        options.timeLimitSeconds = 60;
        options.maxMovesPerThread = 200000;
        options.search = planning.searchParameters();
        return solver::solve(planning.model(), options);
    }
};

} // namespace

TEST_CASE("Solving fills the demand with available freelancers who have the skill")
{
    Team team;
    const ScheduleSnapshot snapshot = ScheduleSnapshot::load(*team.db, team.period);
    const PlanningModel planning(snapshot, PlanningModel::Mode::FillFromScratch);
    const solver::SolverResult result = team.solve(planning);
    CHECK(result.score.hard == 0);
    const PlanningModel::Coverage coverage = planning.coverage(result.roster);
    CHECK(coverage.covered == coverage.possible);
    CHECK(coverage.demanded == 7 * 16 * 2 + 8);

    ShiftChange change = planning.changeTo(result.roster, QStringLiteral("Solve"));
    change.apply(*team.db);
    const QList<Shift> shifts = ScheduleRepository(*team.db).overlapping(snapshot.window());
    CHECK(shifts.size() == 14);
    for (const Shift& s : shifts) {
        CHECK(s.freelancerId != team.people[2]); // Cleo is never available at 09:00
        CHECK(s.start.time() == QTime(9, 0));
    }
}

TEST_CASE("Demand for a skill nobody has is reported, not hung on")
{
    Team team;
    const ScheduleSnapshot snapshot = ScheduleSnapshot::load(*team.db, team.period);
    const PlanningModel planning(snapshot, PlanningModel::Mode::FillFromScratch);
    REQUIRE(planning.unmeetable().size() == 1);
    const PlanningModel::Unmeetable& french = planning.unmeetable().first();
    CHECK(french.day == QDate(2026, 12, 7));
    CHECK(french.firstInterval == 18);
    CHECK(french.lastInterval == 25);
    CHECK(french.missing == 8);
    CHECK(french.reason == QStringLiteral("nobody in the team has the skill French"));
    CHECK(team.solve(planning).score.hard == 0);
}

TEST_CASE("Pinned shifts stay: the rest of the period is replaced in one undoable change")
{
    Team team;
    Shift pinned;
    pinned.start = QDateTime::fromSecsSinceEpoch(at(8, 9), Qt::UTC);
    pinned.end = QDateTime::fromSecsSinceEpoch(at(8, 17), Qt::UTC);
    pinned.skillId = team.phone;
    pinned.templateId = team.day;
    pinned.freelancerId = team.people[2]; // Cleo, against her availability: a human decided
    pinned.pinned = true;
    pinned.id = ScheduleRepository(*team.db).add(pinned);
    Shift open = pinned;
    open.id = NoId;
    open.pinned = false;
    open.freelancerId.reset();
    open.id = ScheduleRepository(*team.db).add(open);

    const ScheduleSnapshot snapshot = ScheduleSnapshot::load(*team.db, team.period);
    const QList<Shift> before = ScheduleRepository(*team.db).overlapping(snapshot.window());
    const PlanningModel planning(snapshot, PlanningModel::Mode::FillFromScratch);
    const solver::SolverResult result = team.solve(planning);
    CHECK(result.roster.at(2, 1) == planning.current().at(2, 1));
    ShiftChange change = planning.changeTo(result.roster, QStringLiteral("Solve"));
    change.apply(*team.db);
    CHECK(ScheduleRepository(*team.db).find(pinned.id) == pinned);
    for (const Shift& s : ScheduleRepository(*team.db).overlapping(snapshot.window()))
        CHECK(s.isAssigned()); // the open shift made way for the solver's
    change.revert(*team.db);
    CHECK(ScheduleRepository(*team.db).overlapping(snapshot.window()) == before);
}

TEST_CASE("Re-solving from a good schedule moves nothing")
{
    Team team;
    {
        const ScheduleSnapshot snapshot = ScheduleSnapshot::load(*team.db, team.period);
        const PlanningModel planning(snapshot, PlanningModel::Mode::FillFromScratch);
        ShiftChange first = planning.changeTo(team.solve(planning).roster, QStringLiteral("Solve"));
        first.apply(*team.db);
    }
    const ScheduleSnapshot snapshot = ScheduleSnapshot::load(*team.db, team.period);
    const PlanningModel planning(snapshot, PlanningModel::Mode::KeepWhatYouCan);
    solver::SolverOptions options;
    options.timeLimitSeconds = 60;
    options.maxMovesPerThread = 100000;
    options.warmStart = planning.current();
    options.search = planning.searchParameters();
    const solver::SolverResult again = solver::solve(planning.model(), options);
    CHECK(again.roster == planning.current());
    CHECK(planning.changeTo(again.roster, QStringLiteral("Re-solve")).isEmpty());
}

TEST_CASE("Every broken rule of a schedule is described in words")
{
    Team team;
    const ScheduleSnapshot snapshot = ScheduleSnapshot::load(*team.db, team.period);
    const PlanningModel planning(snapshot, PlanningModel::Mode::FillFromScratch);
    const auto violations = solver::explain(planning.model(), planning.current());
    const QStringList lines = planning.describe(violations);
    CHECK(lines.size() == qsizetype(violations.size()));
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    CHECK(lines.contains(QStringLiteral("[200.0] Phone Mon 7 Dec 09:00–09:30: 2 short")));
    CHECK(lines.contains(QStringLiteral("[100.0] French Mon 7 Dec 12:30–13:00: 1 short")));
}

TEST_CASE("The weekly maximum holds in each week, not only over the whole period")
{
    Team team;
    team.period = {QDate(2026, 12, 7), QDate(2026, 12, 20)};
    for (Id id : team.people) {
        Freelancer f = *FreelancerRepository(*team.db).find(id);
        f.limits.maxMinutesPerWeek = 16 * 60; // two day shifts a week
        FreelancerRepository(*team.db).update(f);
    }
    // Demand only in the first week, where working more would pay.
    QList<DemandInterval> none;
    for (QDate date = QDate(2026, 12, 14); date <= QDate(2026, 12, 20); date = date.addDays(1))
        for (int interval = 18; interval < 34; ++interval)
            none.append({team.phone, date, interval, 0});
    DemandRepository(*team.db).set(none, 30);

    const ScheduleSnapshot snapshot = ScheduleSnapshot::load(*team.db, team.period);
    const PlanningModel planning(snapshot, PlanningModel::Mode::FillFromScratch);
    const solver::SolverResult result = team.solve(planning);
    CHECK(result.score.hard == 0);
    for (int row = 0; row < 3; ++row)
        for (int week = 0; week < 2; ++week) {
            int shifts = 0;
            for (int day = 7 * week; day < 7 * week + 7; ++day)
                shifts += result.roster.at(row, day) != solver::kOff ? 1 : 0;
            INFO("row " << row << " week " << week);
            CHECK(shifts <= 2);
        }
    int firstWeek = 0;
    for (int row = 0; row < 3; ++row)
        for (int day = 0; day < 7; ++day)
            firstWeek += result.roster.at(row, day) != solver::kOff ? 1 : 0;
    CHECK(firstWeek == 4); // Ana and Ben at their weekly maximum; Cleo is never available
}

TEST_CASE("A week over the weekly maximum is described as such, apart from the period's total")
{
    Team team;
    team.period = {QDate(2026, 12, 7), QDate(2026, 12, 20)};
    Freelancer ana = *FreelancerRepository(*team.db).find(team.people[0]);
    ana.limits.maxMinutesPerWeek = 16 * 60;
    FreelancerRepository(*team.db).update(ana);
    const ScheduleSnapshot snapshot = ScheduleSnapshot::load(*team.db, team.period);
    const PlanningModel planning(snapshot, PlanningModel::Mode::FillFromScratch);
    int dayType = -1;
    for (int t = 0; t < planning.model().shiftTypeCount(); ++t)
        if (planning.model().shiftType(t).id == "Day")
            dayType = t;
    REQUIRE(dayType >= 0);
    // Three day shifts in the first week: 24 h against 16 h a week, 32 h over the fortnight.
    solver::Roster roster = planning.current();
    for (int day : {0, 1, 2})
        roster.set(0, day, dayType);
    const auto violations = solver::explain(planning.model(), roster);
    const auto week = std::find_if(violations.begin(), violations.end(), [](const auto& v) {
        return v.kind == solver::RuleKind::MaxWindowMinutes;
    });
    REQUIRE(week != violations.end());
    CHECK(week->employee == 0);
    CHECK(week->firstDay == 0);
    CHECK(week->lastDay == 6);
    CHECK(week->amount == 8 * 60);
    CHECK(std::none_of(violations.begin(), violations.end(),
                       [](const auto& v) { return v.kind == solver::RuleKind::MaxTotalMinutes; }));
    const QStringList lines = planning.describe(violations);
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    CHECK(lines.contains(
        QStringLiteral("[hard] Ana is 8.0 h over the weekly maximum in the week Mon 7 Dec to "
                       "Sun 13 Dec")));
}

TEST_CASE("A succession across the period's start is told apart from one inside it")
{
    Team team;
    const ScheduleSnapshot snapshot = ScheduleSnapshot::load(*team.db, team.period);
    const PlanningModel planning(snapshot, PlanningModel::Mode::FillFromScratch);
    // As explain() reports them: day -1's shift then day 0's on day 0 alone; inside the
    // period, the two days of the pair.
    solver::Violation carried{solver::RuleKind::ForbiddenSuccession, 1, 0, 0, 0, -1, 1, 1};
    solver::Violation inside{solver::RuleKind::ForbiddenSuccession, 1, 2, 3, 0, -1, 1, 1};
    const QStringList lines = planning.describe({carried, inside});
    const QString type = QString::fromStdString(planning.model().shiftType(0).id);
    CHECK(lines.contains(
        QStringLiteral("[hard] Ben: %1 on Mon 7 Dec comes too soon after their last shift "
                       "before the period")
            .arg(type)));
    CHECK(lines.contains(
        QStringLiteral("[hard] Ben: %1 on Wed 9 Dec leaves too little rest before the next "
                       "day's shift")
            .arg(type)));
}

TEST_CASE("What availability allows counts each freelancer once per interval, for one skill")
{
    Team team;
    ScheduleSnapshot snapshot = ScheduleSnapshot::load(*team.db, team.period);
    // Ana speaks French too. On Monday morning three are asked for (two on the phone, one for
    // French) and only Ana and Ben are there: two of the three can be covered, not three.
    for (Freelancer& f : snapshot.freelancers)
        if (f.id == team.people[0])
            f.skillIds.append(team.french);
    const PlanningModel planning(snapshot, PlanningModel::Mode::FillFromScratch);
    const solver::SolverResult result = team.solve(planning);
    const PlanningModel::Coverage coverage = planning.coverage(result.roster);
    CHECK(coverage.demanded == 7 * 16 * 2 + 8);
    CHECK(coverage.possible == 7 * 16 * 2);
    CHECK(coverage.covered == coverage.possible);
}
