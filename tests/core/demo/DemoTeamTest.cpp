#include "demo/DemoTeam.h"
#include "storage/Repositories.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSet>
#include <QTemporaryDir>

using namespace shiftlane;

namespace {

QString writeDemo(const QTemporaryDir& dir, const QString& name, DemoOptions options)
{
    const QString path = dir.filePath(name);
    auto db = Database::create(path);
    writeDemoTeam(*db, options);
    return path;
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

DemoOptions defaults()
{
    DemoOptions options;
    options.start = QDate(2026, 3, 23); // Lisbon changes to summer time within the period
    return options;
}

} // namespace

TEST_CASE("The same options write byte-identical files: another seed does not")
{
    QTemporaryDir dir;
    const QString a = writeDemo(dir, QStringLiteral("a.shiftlane"), defaults());
    const QString b = writeDemo(dir, QStringLiteral("b.shiftlane"), defaults());
    DemoOptions other = defaults();
    other.seed = 2;
    const QString c = writeDemo(dir, QStringLiteral("c.shiftlane"), other);
    CHECK(contents(a) == contents(b));
    CHECK(contents(a) != contents(c));
}

TEST_CASE("The demo team spans continents, skills and availability patterns")
{
    QTemporaryDir dir;
    auto db = Database::open(writeDemo(dir, QStringLiteral("demo.shiftlane"), defaults()));
    const QList<Freelancer> team = FreelancerRepository(*db).all();
    REQUIRE(team.size() == 40);

    QSet<QByteArray> zones;
    QSet<QByteArray> continents;
    for (const Freelancer& f : team) {
        CHECK(f.validate().isEmpty());
        zones.insert(f.timeZone);
        continents.insert(f.timeZone.left(f.timeZone.indexOf('/')));
    }
    CHECK(zones.size() >= 4);
    CHECK(continents.size() >= 3);

    QStringList skills;
    for (const Skill& s : SkillRepository(*db).all())
        skills << s.name;
    for (const char* channel : {"Phone", "Chat", "Email", "Social"})
        CHECK(skills.contains(QLatin1String(channel)));
    CHECK(skills.size() >= 6);

    const auto templates = TemplateRepository(*db).all();
    CHECK(templates.size() >= 6);
    CHECK(templates.size() <= 10);
    CHECK(std::any_of(templates.begin(), templates.end(),
                      [](const ShiftTemplate& t) { return t.crossesMidnight(); }));

    // Some people only work weekends, some only evenings or school hours.
    int weekendOnly = 0;
    int withTimeOff = 0;
    for (const auto& availability : AvailabilityRepository(*db).all()) {
        withTimeOff += availability.timeOff.isEmpty() ? 0 : 1;
        weekendOnly += std::all_of(availability.weekly.begin(), availability.weekly.end(),
                                   [](const WeeklyWindow& w) { return w.dayOfWeek >= 5; })
                           ? 1
                           : 0;
    }
    CHECK(weekendOnly >= 1);
    CHECK(withTimeOff >= 1);
}

TEST_CASE("Demand follows daily curves: morning and evening peaks, quieter weekends")
{
    QTemporaryDir dir;
    auto db = Database::open(writeDemo(dir, QStringLiteral("demo.shiftlane"), defaults()));
    const Id phone = SkillRepository(*db).all().first().id;
    const auto demand = DemandRepository(*db).between(QDate(2026, 3, 23), QDate(2026, 4, 5));
    // Phone and chat are forecasts, the rest headcount; one launch day overrides the pattern.
    const QList<DemandPlan> plans = DemandRepository(*db).plans();
    REQUIRE(plans.size() == 6);
    CHECK(plans[0].input == DemandInput::Forecast);
    CHECK(plans[1].input == DemandInput::Forecast);
    CHECK(plans[1].forecast.concurrency == 2);
    CHECK(plans[2].input == DemandInput::Headcount);
    CHECK(DemandRepository(*db).dateRange() == std::pair{QDate(2026, 4, 1), QDate(2026, 4, 1)});

    auto required = [&](QDate day, int hour) {
        int total = 0;
        for (const DemandInterval& d : demand)
            if (d.skillId == phone && d.day == day && d.interval / 2 == hour)
                total += d.required;
        return total;
    };
    const QDate tuesday(2026, 3, 24);
    CHECK(required(tuesday, 10) > required(tuesday, 14));
    CHECK(required(tuesday, 18) > required(tuesday, 14));
    CHECK(required(tuesday, 3) == 0);
    CHECK(required(QDate(2026, 3, 28), 10) < required(tuesday, 10));
    CHECK(required(QDate(2026, 4, 1), 10) > required(QDate(2026, 3, 25), 10)); // launch day
}

TEST_CASE("The draft schedule only gives shifts to people who have the skill")
{
    QTemporaryDir dir;
    DemoOptions options = defaults();
    options.freelancers = 12;
    options.weeks = 1;
    auto db = Database::open(writeDemo(dir, QStringLiteral("small.shiftlane"), options));
    QHash<Id, Freelancer> team;
    for (const Freelancer& f : FreelancerRepository(*db).all())
        team.insert(f.id, f);
    ScheduleRepository schedule(*db);
    const QList<Shift> shifts = schedule.overlapping(*schedule.extent());
    REQUIRE(!shifts.isEmpty());
    int assigned = 0;
    for (const Shift& s : shifts) {
        CHECK(s.validate().isEmpty());
        if (s.isAssigned()) {
            ++assigned;
            CHECK(team.value(*s.freelancerId).hasSkill(s.skillId));
        }
    }
    CHECK(assigned > 0);
}
