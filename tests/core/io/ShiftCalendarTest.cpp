// One freelancer's shifts as iCalendar: valid RFC 5545, stable UIDs across exports.
#include "io/ShiftCalendar.h"

#include "StrictICalendar.h"
#include "storage/Repositories.h"

#include <catch2/catch.hpp>

#include <QSet>
#include <QTemporaryDir>

using namespace shiftlane;

namespace {

QDateTime utc(QDate day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), Qt::UTC);
}

const QDate Monday(2026, 3, 2);

struct CalendarTeam
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db = Database::create(dir.filePath(QStringLiteral("t.shiftlane")));
    Id phone = NoId;
    Id early = NoId;
    Id zoe = NoId;
    Id ben = NoId;
    QList<Id> zoeShifts;

    CalendarTeam()
    {
        PlanningSettings settings;
        settings.teamName = QStringLiteral("Help, Desk; \"Nord\" \\ Süd");
        settings.planningTimeZone = "Europe/Lisbon";
        SettingsRepository(*db).save(settings);
        phone =
            SkillRepository(*db).add({NoId, QStringLiteral("Phone"), QStringLiteral("#112233")});
        ShiftTemplate t;
        t.name = QStringLiteral("Early, with break");
        t.startMinute = 8 * 60;
        t.lengthMinutes = 8 * 60;
        t.unpaidBreakMinutes = 30;
        t.skillId = phone;
        early = TemplateRepository(*db).add(t);
        Freelancer f;
        f.name = QStringLiteral("Zoë Ångström-Ñúñez; the one with a very long name indeed");
        f.timeZone = "Asia/Manila";
        f.skillIds = {phone};
        f.hourlyRateCents = 2000;
        zoe = FreelancerRepository(*db).add(f);
        f.name = QStringLiteral("Ben Reyes");
        f.timeZone = "America/Bogota";
        ben = FreelancerRepository(*db).add(f);

        for (int day = 0; day < 3; ++day)
            zoeShifts.append(add(utc(Monday.addDays(day), 8), utc(Monday.addDays(day), 16), zoe));
        add(utc(Monday, 9), utc(Monday, 17), ben);
        add(utc(Monday, 9), utc(Monday, 17), std::nullopt);
        zoeShifts.append(add(utc(Monday.addDays(9), 8), utc(Monday.addDays(9), 16), zoe));
    }

    Id add(const QDateTime& start, const QDateTime& end, std::optional<Id> who)
    {
        Shift s;
        s.start = start;
        s.end = end;
        s.skillId = phone;
        s.templateId = early;
        s.freelancerId = who;
        s.unpaidBreakMinutes = 30;
        return ScheduleRepository(*db).add(s);
    }

    strict_ics::Parsed exportZoe(const QDateTime& stamp,
                                 const std::optional<PlanningPeriod>& period = std::nullopt)
    {
        const QString identity = SettingsRepository(*db).ensureCalendarIdentity();
        const ShiftCalendar::Result result =
            ShiftCalendar::build(*db, zoe, period, identity, stamp);
        strict_ics::Parsed parsed = strict_ics::parse(result.ics);
        CHECK(result.events == parsed.calendar.children.size());
        return parsed;
    }
};

QList<strict_ics::Component> events(const strict_ics::Parsed& parsed)
{
    QList<strict_ics::Component> found;
    for (const strict_ics::Component& c : parsed.calendar.children)
        if (c.name == "VEVENT")
            found.append(c);
    return found;
}

} // namespace

TEST_CASE("A freelancer's calendar holds one valid VEVENT per shift of theirs, in UTC")
{
    CalendarTeam team;
    const QDateTime stamp = utc(QDate(2026, 2, 20), 12, 30);
    const strict_ics::Parsed parsed = team.exportZoe(stamp);
    INFO(parsed.errors.join(QLatin1Char('\n')).toStdString());
    CHECK(parsed.errors.isEmpty());
    const auto list = events(parsed);
    REQUIRE(list.size() == 4); // not Ben's, not the open shift
    const strict_ics::Component& first = list[0];
    CHECK(first.value("DTSTART") == QStringLiteral("20260302T080000Z"));
    CHECK(first.value("DTEND") == QStringLiteral("20260302T160000Z"));
    CHECK(first.value("DTSTAMP") == QStringLiteral("20260220T123000Z"));
    CHECK(first.value("LAST-MODIFIED") == QStringLiteral("20260220T123000Z"));
    const QString summary = strict_ics::text(first, "SUMMARY");
    CHECK(summary.contains(QStringLiteral("Phone")));
    CHECK(summary.contains(QStringLiteral("Early, with break")));
    CHECK(summary.contains(QStringLiteral("Help, Desk; \"Nord\" \\ Süd"))); // escaped and back
    const QString description = strict_ics::text(first, "DESCRIPTION");
    CHECK(description.contains(QStringLiteral("Team time (Europe/Lisbon): 2026-03-02 08:00 to "
                                              "2026-03-02 16:00")));
    CHECK(description.contains(QStringLiteral("Paid hours: 7.50")));
    CHECK(description.contains(QStringLiteral("Pay: 150.00 EUR")));
    CHECK(description.contains(QLatin1Char('\n'))); // line breaks survive as \n
    CHECK(strict_ics::text(parsed.calendar, "X-WR-CALNAME")
              .contains(QStringLiteral("Zoë Ångström-Ñúñez; the one")));
}

TEST_CASE("UIDs are unique per shift and survive a moved shift; SEQUENCE goes up")
{
    CalendarTeam team;
    const auto before = events(team.exportZoe(utc(QDate(2026, 2, 20), 12)));
    QSet<QString> uids;
    for (const auto& event : before)
        uids.insert(event.value("UID"));
    CHECK(uids.size() == before.size());

    // Move Zoë's Tuesday shift two hours later.
    Shift moved = *ScheduleRepository(*team.db).find(team.zoeShifts[1]);
    moved.start = moved.start.addSecs(2 * 3600);
    moved.end = moved.end.addSecs(2 * 3600);
    ScheduleRepository(*team.db).update(moved);

    const strict_ics::Parsed afterParsed = team.exportZoe(utc(QDate(2026, 2, 21), 9));
    CHECK(afterParsed.errors.isEmpty());
    const auto after = events(afterParsed);
    REQUIRE(after.size() == before.size());
    for (int i = 0; i < after.size(); ++i) {
        CHECK(after[i].value("UID") == before[i].value("UID"));
        CHECK(after[i].value("SEQUENCE").toLongLong() > before[i].value("SEQUENCE").toLongLong());
    }
    CHECK(after[1].value("DTSTART") == QStringLiteral("20260303T100000Z"));
    CHECK(before[1].value("DTSTART") == QStringLiteral("20260303T080000Z"));
    CHECK(after[1].value("UID") ==
          ShiftCalendar::uidOf(team.zoeShifts[1], SettingsRepository(*team.db).calendarIdentity()));
}

TEST_CASE("The calendar identity is made once per database, kept, and differs between files")
{
    CalendarTeam one;
    CalendarTeam two;
    CHECK(SettingsRepository(*one.db).calendarIdentity().isEmpty());
    const QString identity = SettingsRepository(*one.db).ensureCalendarIdentity();
    CHECK(identity.size() >= 32);
    CHECK(SettingsRepository(*one.db).ensureCalendarIdentity() == identity);
    const QString path = one.db->path();
    one.db.reset();
    auto reopened = Database::open(path, Database::Mode::ReadOnly);
    CHECK(SettingsRepository(*reopened).calendarIdentity() == identity);
    CHECK(SettingsRepository(*two.db).ensureCalendarIdentity() != identity);
    // Saving the planning settings keeps it.
    auto writable = Database::open(path);
    SettingsRepository(*writable).save(SettingsRepository(*writable).load());
    CHECK(SettingsRepository(*writable).calendarIdentity() == identity);
}

TEST_CASE("A period keeps the shifts whose planning day is in it")
{
    CalendarTeam team;
    const auto week = events(
        team.exportZoe(utc(QDate(2026, 2, 20), 12), PlanningPeriod{Monday, Monday.addDays(6)}));
    CHECK(week.size() == 3);
    const auto later = events(team.exportZoe(
        utc(QDate(2026, 2, 20), 12), PlanningPeriod{Monday.addDays(7), Monday.addDays(13)}));
    REQUIRE(later.size() == 1);
    CHECK(later[0].value("DTSTART") == QStringLiteral("20260311T080000Z"));
}

TEST_CASE("A freelancer is found by exact name, by name ignoring case, or by a unique part")
{
    QList<Freelancer> team;
    for (const char* name : {"Ana Cruz", "ana cruz", "Ben Reyes", "Benedita Sousa"}) {
        Freelancer f;
        f.id = team.size() + 1;
        f.name = QString::fromUtf8(name);
        team.append(f);
    }
    QString error;
    CHECK(findFreelancerByName(team, QStringLiteral("ana cruz"), error)->id == 2);
    CHECK(findFreelancerByName(team, QStringLiteral("BEN REYES"), error)->id == 3);
    CHECK(findFreelancerByName(team, QStringLiteral("sousa"), error)->id == 4);
    CHECK_FALSE(findFreelancerByName(team, QStringLiteral("ANA CRUZ"), error));
    CHECK(error.contains(QStringLiteral("Ana Cruz, ana cruz")));
    CHECK_FALSE(findFreelancerByName(team, QStringLiteral("Ben"), error));
    CHECK(error.contains(QStringLiteral("Ben Reyes, Benedita Sousa")));
    CHECK_FALSE(findFreelancerByName(team, QStringLiteral("Carla"), error));
    CHECK(error.contains(QStringLiteral("no freelancer is called \"Carla\"")));
}
