#include "storage/Repositories.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace shiftlane;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db = Database::create(dir.filePath(QStringLiteral("t.shiftlane")));
    Id phone = SkillRepository(*db).add({NoId, QStringLiteral("Phone"), QStringLiteral("#1f77b4")});
    Id chat = SkillRepository(*db).add({NoId, QStringLiteral("Chat"), QStringLiteral("#ff7f0e")});

    Freelancer ana() const
    {
        Freelancer f;
        f.name = QStringLiteral("Ana Souza");
        f.email = QStringLiteral("ana@example.org");
        f.timeZone = "Asia/Manila";
        f.skillIds = {phone, chat};
        f.hourlyRateCents = 1650;
        f.currency = QStringLiteral("USD");
        f.limits.minMinutesPerWeek = 20 * 60;
        f.limits.maxMinutesPerWeek = 32 * 60;
        return f;
    }
};

qint64 utc(int day, int hour)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, 0), Qt::UTC).toSecsSinceEpoch();
}

} // namespace

TEST_CASE("Freelancers round-trip with their skills and limits")
{
    Fixture fx;
    FreelancerRepository repo(*fx.db);
    Freelancer ana = fx.ana();
    ana.id = repo.add(ana);
    CHECK(repo.find(ana.id) == ana);

    ana.skillIds = {fx.chat};
    ana.limits.minRestHours = 12;
    repo.update(ana);
    CHECK(repo.all() == QList{ana});

    repo.remove(ana.id);
    CHECK(repo.all().isEmpty());
}

TEST_CASE("An invalid freelancer is not saved and the error names the field")
{
    Fixture fx;
    FreelancerRepository repo(*fx.db);
    Freelancer bad = fx.ana();
    bad.timeZone = "Nowhere/Special";
    try {
        repo.add(bad);
        FAIL("saved");
    } catch (const StorageError& error) {
        CHECK(error.kind() == StorageError::Kind::Invalid);
        CHECK(error.message().contains(QStringLiteral("timeZone")));
    }
    CHECK(repo.all().isEmpty());
}

TEST_CASE("Availability round-trips and the weekly pattern is replaced as a whole")
{
    Fixture fx;
    const Id ana = FreelancerRepository(*fx.db).add(fx.ana());
    AvailabilityRepository repo(*fx.db);
    WeeklyWindow monday{NoId, ana, 1, 9 * 60, 13 * 60, AvailabilityKind::Preferred};
    WeeklyWindow tuesday{NoId, ana, 2, 18 * 60, 24 * 60, AvailabilityKind::Available};
    repo.replaceWeekly(ana, {monday, tuesday});
    repo.replaceWeekly(ana, {tuesday});
    const Id off =
        repo.addTimeOff({NoId, ana, QDate(2026, 4, 1), QDate(2026, 4, 3), QStringLiteral("Trip")});
    repo.addOneOff({NoId, ana, QDate(2026, 4, 5), 600, 720, AvailabilityKind::Available});

    const FreelancerAvailability stored = repo.forFreelancer(ana);
    REQUIRE(stored.weekly.size() == 1);
    CHECK(stored.weekly[0].dayOfWeek == 2);
    CHECK(stored.weekly[0].endMinute == 1440);
    REQUIRE(stored.timeOff.size() == 1);
    CHECK(stored.timeOff[0].reason == QStringLiteral("Trip"));
    CHECK(stored.oneOff.size() == 1);
    CHECK(repo.all().value(ana).weekly == stored.weekly);

    repo.removeTimeOff(off);
    CHECK(repo.forFreelancer(ana).timeOff.isEmpty());
}

TEST_CASE("A bad window in a pattern keeps the old pattern")
{
    Fixture fx;
    const Id ana = FreelancerRepository(*fx.db).add(fx.ana());
    AvailabilityRepository repo(*fx.db);
    repo.replaceWeekly(ana, {{NoId, ana, 1, 540, 780, AvailabilityKind::Available}});
    CHECK_THROWS_AS(
        repo.replaceWeekly(ana, {{NoId, ana, 3, 540, 600, AvailabilityKind::Available},
                                 {NoId, ana, 4, 700, 600, AvailabilityKind::Available}}),
        StorageError);
    REQUIRE(repo.forFreelancer(ana).weekly.size() == 1);
    CHECK(repo.forFreelancer(ana).weekly[0].dayOfWeek == 1);
}

TEST_CASE("A travel plan round-trips and an overlapping one keeps the old plan")
{
    Fixture fx;
    const Id ana = FreelancerRepository(*fx.db).add(fx.ana());
    AvailabilityRepository repo(*fx.db);
    const TravelPeriod dubai{NoId, ana, QDate(2026, 6, 8), QDate(2026, 6, 14), "Asia/Dubai"};
    repo.replaceTravel(ana, {dubai});
    REQUIRE(repo.forFreelancer(ana).travel.size() == 1);
    const TravelPeriod stored = repo.forFreelancer(ana).travel[0];
    CHECK(stored.id != NoId);
    CHECK(stored.firstDay == dubai.firstDay);
    CHECK(stored.lastDay == dubai.lastDay);
    CHECK(stored.timeZone == "Asia/Dubai");

    const TravelPeriod tokyo{NoId, ana, QDate(2026, 6, 14), QDate(2026, 6, 20), "Asia/Tokyo"};
    try {
        repo.replaceTravel(ana, {dubai, tokyo});
        FAIL("overlapping travel was saved");
    } catch (const StorageError& error) {
        CHECK(error.kind() == StorageError::Kind::Invalid);
        CHECK(error.message().contains(QStringLiteral("overlaps")));
        CHECK(error.message().contains(QStringLiteral("Asia/Tokyo")));
    }
    CHECK(repo.forFreelancer(ana).travel == QList{stored});
}

TEST_CASE("Replacing all availability keeps the ids the rows carry")
{
    Fixture fx;
    const Id ana = FreelancerRepository(*fx.db).add(fx.ana());
    AvailabilityRepository repo(*fx.db);
    FreelancerAvailability a;
    a.weekly = {{41, ana, 1, 540, 780, AvailabilityKind::Preferred}};
    a.timeOff = {{42, ana, QDate(2026, 5, 1), QDate(2026, 5, 3), QStringLiteral("Holiday")}};
    a.oneOff = {{43, ana, QDate(2026, 5, 9), 600, 720, AvailabilityKind::Available}};
    a.travel = {{44, ana, QDate(2026, 6, 8), QDate(2026, 6, 14), "Asia/Dubai"}};
    repo.replaceAll(ana, a);
    CHECK(repo.forFreelancer(ana) == a);

    // A bad part refuses the whole: nothing of the new availability is written.
    FreelancerAvailability bad = a;
    bad.weekly = {{NoId, ana, 2, 540, 600, AvailabilityKind::Available}};
    bad.oneOff = {{NoId, ana, QDate(2026, 5, 9), 720, 600, AvailabilityKind::Available}};
    CHECK_THROWS_AS(repo.replaceAll(ana, bad), StorageError);
    CHECK(repo.forFreelancer(ana) == a);
}

TEST_CASE("Deleting a freelancer deletes their availability and unassigns their shifts")
{
    Fixture fx;
    FreelancerRepository people(*fx.db);
    const Id ana = people.add(fx.ana());
    AvailabilityRepository(*fx.db).replaceWeekly(
        ana, {{NoId, ana, 1, 540, 780, AvailabilityKind::Available}});
    Shift shift;
    shift.start = QDateTime::fromSecsSinceEpoch(utc(2, 9), Qt::UTC);
    shift.end = QDateTime::fromSecsSinceEpoch(utc(2, 17), Qt::UTC);
    shift.skillId = fx.phone;
    shift.freelancerId = ana;
    ScheduleRepository schedule(*fx.db);
    const Id shiftId = schedule.add(shift);
    AvailabilityRepository(*fx.db).replaceTravel(
        ana, {{NoId, ana, QDate(2026, 6, 8), QDate(2026, 6, 14), "Asia/Dubai"}});
    people.remove(ana);
    CHECK(AvailabilityRepository(*fx.db).all().isEmpty());
    REQUIRE(schedule.find(shiftId).has_value());
    CHECK_FALSE(schedule.find(shiftId)->isAssigned());
}

TEST_CASE("Templates, demand and settings round-trip")
{
    Fixture fx;
    TemplateRepository templates(*fx.db);
    ShiftTemplate night{NoId,     QStringLiteral("Night chat"), 22 * 60, 8 * 60, 30, fx.chat,
                        QString()};
    night.id = templates.add(night);
    CHECK(templates.all() == QList{night});

    DemandRepository demand(*fx.db);
    demand.set({{fx.phone, QDate(2026, 3, 2), 18, 3}, {fx.phone, QDate(2026, 3, 3), 18, 2}}, 30);
    demand.set({{fx.phone, QDate(2026, 3, 2), 18, 5}}, 30);
    CHECK(demand.between(QDate(2026, 3, 2), QDate(2026, 3, 2)) ==
          QList<DemandInterval>{{fx.phone, QDate(2026, 3, 2), 18, 5}});
    CHECK(demand.countOverrideDays() == 2);
    CHECK(demand.plannedSkills() == 1);
    CHECK(demand.dateRange() == std::pair{QDate(2026, 3, 2), QDate(2026, 3, 3)});
    CHECK_THROWS_AS(demand.set({{fx.phone, QDate(2026, 3, 2), 48, 1}}, 30), StorageError);

    PlanningSettings settings;
    settings.teamName = QStringLiteral("Night owls");
    settings.planningTimeZone = "America/Bogota";
    settings.intervalMinutes = 15;
    settings.weekStart = 7;
    SettingsRepository(*fx.db).save(settings);
    CHECK(SettingsRepository(*fx.db).load() == settings);
}

TEST_CASE("Shifts are found by overlap with a span, including ones that started before it")
{
    Fixture fx;
    ScheduleRepository schedule(*fx.db);
    auto make = [&](qint64 start, qint64 end) {
        Shift s;
        s.start = QDateTime::fromSecsSinceEpoch(start, Qt::UTC);
        s.end = QDateTime::fromSecsSinceEpoch(end, Qt::UTC);
        s.skillId = fx.phone;
        return schedule.add(s);
    };
    const Id night = make(utc(1, 22), utc(2, 6));
    const Id day = make(utc(2, 9), utc(2, 17));
    make(utc(3, 9), utc(3, 17));
    QList<Id> ids;
    for (const Shift& s : schedule.overlapping({utc(2, 0), utc(3, 0)}))
        ids.append(s.id);
    CHECK(ids == QList{night, day});
    CHECK(schedule.count() == 3);
    CHECK(schedule.extent() == UtcInterval{utc(1, 22), utc(3, 17)});

    Shift pinned = *schedule.find(day);
    pinned.pinned = true;
    pinned.unpaidBreakMinutes = 30;
    schedule.update(pinned);
    CHECK(schedule.find(day) == pinned);
}

TEST_CASE("A demand plan round-trips, and a saved plan replaces the skill's whole plan")
{
    Fixture fx;
    DemandRepository demand(*fx.db);
    DemandPlan chat;
    chat.skillId = fx.chat;
    chat.input = DemandInput::Forecast;
    chat.forecast = {540, 0.85, 45, 0.25, 3};
    chat.weekly[4] = DemandCurve(48, 0.0);
    chat.weekly[4][40] = 12.5;
    chat.overrides.insert(QDate(2026, 12, 25), DemandCurve(48, 0.0)); // closed: all zero
    demand.savePlan(chat);
    DemandPlan loaded = demand.plan(fx.chat);
    CHECK(loaded.input == DemandInput::Forecast);
    CHECK(loaded.forecast == chat.forecast);
    REQUIRE(loaded.weekly[4].size() == 41); // stored sparsely: up to the last value
    CHECK(loaded.weekly[4][40] == 12.5);
    REQUIRE(loaded.overrides.contains(QDate(2026, 12, 25)));
    CHECK(loaded.curveOn(QDate(2026, 12, 25)).isEmpty()); // overridden by nothing, not Friday's
    CHECK(demand.plans().size() == 1);
    CHECK(demand.plan(fx.phone).weekly[0].isEmpty()); // never planned: an empty plan

    DemandPlan fewer = chat;
    fewer.overrides.clear();
    fewer.weekly[4][40] = 3;
    demand.savePlan(fewer);
    CHECK(demand.countOverrideDays() == 0);
    CHECK(demand.plan(fx.chat).weekly[4][40] == 3);

    // A plan that does not validate is refused with what is wrong, and nothing changes.
    DemandPlan bad = fewer;
    bad.forecast.shrinkage = 1.2;
    try {
        demand.savePlan(bad);
        FAIL("an impossible shrinkage was saved");
    } catch (const StorageError& error) {
        CHECK(error.kind() == StorageError::Kind::Invalid);
        CHECK(error.message().contains(QStringLiteral("shrinkage")));
    }
    CHECK(demand.plan(fx.chat).forecast.shrinkage == 0.25);

    // Headcounts cannot be set on a forecast skill: they would be read as contacts.
    CHECK_THROWS_AS(demand.set({{fx.chat, QDate(2026, 3, 2), 18, 5}}, 30), StorageError);
}

TEST_CASE("Setting one dated interval overrides that day, starting from its weekly pattern")
{
    Fixture fx;
    DemandRepository demand(*fx.db);
    DemandPlan phone;
    phone.skillId = fx.phone;
    phone.weekly[0] = DemandCurve(48, 0.0);
    phone.weekly[0][18] = 2;
    phone.weekly[0][19] = 2;
    demand.savePlan(phone);
    demand.set({{fx.phone, QDate(2026, 3, 2), 19, 6}}, 30); // a Monday
    CHECK(demand.between(QDate(2026, 3, 2), QDate(2026, 3, 9)) ==
          QList<DemandInterval>{{fx.phone, QDate(2026, 3, 2), 18, 2},
                                {fx.phone, QDate(2026, 3, 2), 19, 6},
                                {fx.phone, QDate(2026, 3, 9), 18, 2},
                                {fx.phone, QDate(2026, 3, 9), 19, 2}});
}

TEST_CASE("A plan keeps the interval length it was entered in when the file's interval changes")
{
    Fixture fx;
    DemandRepository demand(*fx.db);
    DemandPlan phone = demand.plan(fx.phone); // a new plan is entered as the file plans
    CHECK(phone.intervalMinutes == 30);
    phone.weekly[0] = DemandCurve(48, 0.0);
    phone.weekly[0][18] = 3; // Monday 09:00-09:30
    phone.overrides.insert(QDate(2026, 12, 7), DemandCurve(48, 0.0));
    phone.overrides[QDate(2026, 12, 7)][20] = 5; // that Monday 10:00-10:30 instead
    demand.savePlan(phone);
    const QDate monday(2026, 11, 30);
    CHECK(demand.between(monday, monday) == QList<DemandInterval>{{fx.phone, monday, 18, 3}});

    // The team plans in quarter-hours from now on: the same hours need the same people.
    PlanningSettings settings = SettingsRepository(*fx.db).load();
    settings.intervalMinutes = 15;
    SettingsRepository(*fx.db).save(settings);
    CHECK(demand.plan(fx.phone).intervalMinutes == 30);
    CHECK(demand.between(monday, monday) ==
          QList<DemandInterval>{{fx.phone, monday, 36, 3}, {fx.phone, monday, 37, 3}});
    const QDate launch(2026, 12, 7);
    CHECK(demand.between(launch, launch) ==
          QList<DemandInterval>{{fx.phone, launch, 40, 5}, {fx.phone, launch, 41, 5}});

    // One quarter-hour set on a dated day: the plan becomes quarter-hours (exactly), and only
    // that quarter-hour changes.
    demand.set({{fx.phone, monday, 37, 6}}, 15);
    CHECK(demand.plan(fx.phone).intervalMinutes == 15);
    CHECK(demand.between(monday, monday) ==
          QList<DemandInterval>{{fx.phone, monday, 36, 3}, {fx.phone, monday, 37, 6}});
    CHECK(demand.between(launch, launch) ==
          QList<DemandInterval>{{fx.phone, launch, 40, 5}, {fx.phone, launch, 41, 5}});

    // Back to half hours: each half hour needs its busier quarter-hour.
    settings.intervalMinutes = 30;
    SettingsRepository(*fx.db).save(settings);
    CHECK(demand.between(monday, monday) == QList<DemandInterval>{{fx.phone, monday, 18, 6}});
    // A half hour set on the quarter-hour plan sets both its quarter-hours.
    demand.set({{fx.phone, monday, 18, 2}}, 30);
    CHECK(demand.plan(fx.phone).intervalMinutes == 15);
    CHECK(demand.between(monday, monday) == QList<DemandInterval>{{fx.phone, monday, 18, 2}});

    // A plan whose intervals do not fit the file's is refused, naming the skill.
    DemandPlan odd = demand.plan(fx.chat);
    odd.intervalMinutes = 20;
    odd.weekly[0] = DemandCurve(72, 1.0);
    try {
        demand.savePlan(odd);
        FAIL("a 20-minute plan was saved in a 30-minute file");
    } catch (const StorageError& error) {
        CHECK(error.message().contains(QStringLiteral("The demand of Chat")));
    }
    CHECK_FALSE(demand.hasPlan(fx.chat));
}
