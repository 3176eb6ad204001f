// One freelancer's shifts as iCalendar: valid RFC 5545, stable UIDs across exports.
#include "io/ShiftCalendar.h"

#include "StrictICalendar.h"
#include "edit/ScheduleEditor.h"
#include "storage/Repositories.h"

#include <catch2/catch.hpp>

#include <QSet>
#include <QSqlQuery>
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
    // The database stamps revisions with its own clock, in whole seconds.
    const QDateTime createdFrom = secondsNow();

    static QDateTime secondsNow()
    {
        return QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    }

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
        CHECK(result.events + result.cancelled == parsed.calendar.children.size());
        INFO(parsed.errors.join(QLatin1Char('\n')).toStdString());
        CHECK(parsed.errors.isEmpty());
        return parsed;
    }

    Shift shift(Id id) const { return *ScheduleRepository(*db).find(id); }
    void update(const Shift& s) { ScheduleRepository(*db).update(s); }
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
    CHECK(first.value("DTSTAMP") == QStringLiteral("20260220T123000Z")); // the export's time
    // LAST-MODIFIED is when the shift was made, SEQUENCE its first revision.
    const QDateTime modified =
        QDateTime::fromString(first.value("LAST-MODIFIED"), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    CHECK(modified.isValid());
    CHECK(modified.toSecsSinceEpoch() >= team.createdFrom.toSecsSinceEpoch());
    CHECK(modified.toSecsSinceEpoch() <= QDateTime::currentSecsSinceEpoch());
    CHECK(first.value("SEQUENCE") == QStringLiteral("1"));
    CHECK(first.value("STATUS") == QStringLiteral("CONFIRMED"));
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

TEST_CASE("UIDs are unique per shift and survive a moved shift: only its SEQUENCE goes up")
{
    CalendarTeam team;
    const auto before = events(team.exportZoe(utc(QDate(2026, 2, 20), 12)));
    QSet<QString> uids;
    for (const auto& event : before)
        uids.insert(event.value("UID"));
    CHECK(uids.size() == before.size());

    // Move Zoë's Tuesday shift two hours later.
    Shift moved = team.shift(team.zoeShifts[1]);
    moved.start = moved.start.addSecs(2 * 3600);
    moved.end = moved.end.addSecs(2 * 3600);
    team.update(moved);

    const auto after = events(team.exportZoe(utc(QDate(2026, 2, 21), 9)));
    REQUIRE(after.size() == before.size());
    for (int i = 0; i < after.size(); ++i) {
        INFO("event " << i);
        CHECK(after[i].value("UID") == before[i].value("UID"));
        if (i == 1)
            CHECK(after[i].value("SEQUENCE").toLongLong() >
                  before[i].value("SEQUENCE").toLongLong());
        else
            CHECK(after[i].value("SEQUENCE") == before[i].value("SEQUENCE"));
    }
    CHECK(after[1].value("DTSTART") == QStringLiteral("20260303T100000Z"));
    CHECK(before[1].value("DTSTART") == QStringLiteral("20260303T080000Z"));
    CHECK(after[1].value("UID") ==
          ShiftCalendar::uidOf(team.zoeShifts[1], SettingsRepository(*team.db).calendarIdentity()));
}

TEST_CASE("Re-importing an updated export updates the events instead of duplicating them")
{
    CalendarTeam team;
    strict_ics::Client calendar;
    calendar.import(team.exportZoe(utc(QDate(2026, 2, 20), 12)));
    REQUIRE(calendar.shown().size() == 4);

    Shift moved = team.shift(team.zoeShifts[2]);
    moved.start = moved.start.addSecs(3600);
    moved.end = moved.end.addSecs(3600);
    team.update(moved);
    team.add(utc(Monday.addDays(4), 8), utc(Monday.addDays(4), 16), team.zoe);
    calendar.import(team.exportZoe(utc(QDate(2026, 2, 21), 12)));

    INFO(calendar.errors.join(QLatin1Char('\n')).toStdString());
    CHECK(calendar.errors.isEmpty());
    const auto shown = calendar.shown();
    REQUIRE(shown.size() == 5);
    CHECK(shown[2].value("DTSTART") == QStringLiteral("20260304T090000Z"));
    CHECK(shown[3].value("DTSTART") == QStringLiteral("20260306T080000Z"));
}

TEST_CASE("SEQUENCE goes up only when something the event shows changes")
{
    CalendarTeam team;
    const auto sequences = [&team] {
        QList<qint64> found;
        for (const auto& event : events(team.exportZoe(utc(QDate(2026, 2, 20), 12))))
            found.append(event.value("SEQUENCE").toLongLong());
        return found;
    };
    const QList<qint64> first = sequences();
    REQUIRE(first.size() == 4);
    CHECK(sequences() == first); // exporting again changes nothing

    // Writes that change nothing the event shows: the same shift saved again, another skill
    // renamed, someone else's pay, the weights of the solver.
    team.update(team.shift(team.zoeShifts[0]));
    const Id chat =
        SkillRepository(*team.db).add({NoId, QStringLiteral("Chat"), QStringLiteral("#445566")});
    SkillRepository(*team.db).update(
        {chat, QStringLiteral("Live chat"), QStringLiteral("#445566")});
    Freelancer ben = *FreelancerRepository(*team.db).find(team.ben);
    ben.hourlyRateCents = 9900;
    FreelancerRepository(*team.db).update(ben);
    PlanningSettings settings = SettingsRepository(*team.db).load();
    settings.weights.underCover += 5;
    SettingsRepository(*team.db).save(settings);
    CHECK(sequences() == first);

    const auto allUp = [](const QList<qint64>& now, const QList<qint64>& then) {
        for (int i = 0; i < now.size(); ++i)
            if (now[i] <= then[i])
                return false;
        return true;
    };
    SECTION("Pinning one shift changes that event only")
    {
        Shift pinned = team.shift(team.zoeShifts[3]);
        pinned.pinned = true;
        team.update(pinned);
        const QList<qint64> now = sequences();
        CHECK(now[3] == first[3] + 1);
        CHECK(now.mid(0, 3) == first.mid(0, 3));
    }
    SECTION("Zoë's pay changes all her events")
    {
        Freelancer zoe = *FreelancerRepository(*team.db).find(team.zoe);
        zoe.hourlyRateCents = 2500;
        FreelancerRepository(*team.db).update(zoe);
        CHECK(allUp(sequences(), first));
    }
    SECTION("Renaming the skill or the template changes the events that show it")
    {
        SkillRepository(*team.db).update(
            {team.phone, QStringLiteral("Voice"), QStringLiteral("#112233")});
        const QList<qint64> renamed = sequences();
        CHECK(allUp(renamed, first));
        ShiftTemplate early = TemplateRepository(*team.db).all().front();
        early.name = QStringLiteral("Early");
        TemplateRepository(*team.db).update(early);
        CHECK(allUp(sequences(), renamed));
    }
    SECTION("The team's name is in every summary")
    {
        settings.teamName = QStringLiteral("Help desk");
        SettingsRepository(*team.db).save(settings);
        CHECK(allUp(sequences(), first));
    }
}

TEST_CASE("A deleted shift is cancelled in the next export, and back after an undo")
{
    CalendarTeam team;
    strict_ics::Client calendar;
    calendar.import(team.exportZoe(utc(QDate(2026, 2, 20), 12)));
    const ScheduleSnapshot snapshot =
        ScheduleSnapshot::load(*team.db, PlanningPeriod{Monday, Monday.addDays(13)});
    std::optional<ShiftChange> removal =
        ScheduleEditor(snapshot).requestDelete({team.zoeShifts[0]});
    REQUIRE(removal);
    removal->apply(*team.db);

    const strict_ics::Parsed afterDelete = team.exportZoe(utc(QDate(2026, 2, 21), 12));
    const auto list = events(afterDelete);
    REQUIRE(list.size() == 4);
    const strict_ics::Component& cancelled = list.back(); // after the live ones
    const QString uid =
        ShiftCalendar::uidOf(team.zoeShifts[0], SettingsRepository(*team.db).calendarIdentity());
    CHECK(cancelled.value("UID") == uid);
    CHECK(cancelled.value("STATUS") == QStringLiteral("CANCELLED"));
    CHECK(cancelled.value("DTSTART") == QStringLiteral("20260302T080000Z"));
    calendar.import(afterDelete);
    CHECK(calendar.errors.isEmpty());
    REQUIRE(calendar.shown().size() == 3);
    CHECK(calendar.shown().front().value("DTSTART") == QStringLiteral("20260303T080000Z"));

    // Undo puts the shift back with its id: the event comes back above the cancellation.
    removal->revert(*team.db);
    const auto afterUndo = events(team.exportZoe(utc(QDate(2026, 2, 22), 12)));
    REQUIRE(afterUndo.size() == 4);
    CHECK(afterUndo.front().value("UID") == uid);
    CHECK(afterUndo.front().value("STATUS") == QStringLiteral("CONFIRMED"));
    CHECK(afterUndo.front().value("SEQUENCE").toLongLong() >
          cancelled.value("SEQUENCE").toLongLong());
    calendar.import(team.exportZoe(utc(QDate(2026, 2, 22), 12)));
    INFO(calendar.errors.join(QLatin1Char('\n')).toStdString());
    CHECK(calendar.errors.isEmpty());
    CHECK(calendar.shown().size() == 4);

    // Redo cancels it again, above the event the undo brought back.
    removal->apply(*team.db);
    calendar.import(team.exportZoe(utc(QDate(2026, 2, 23), 12)));
    CHECK(calendar.errors.isEmpty());
    CHECK(calendar.shown().size() == 3);
}

TEST_CASE("A shift given to someone else leaves the old calendar and enters the new one")
{
    CalendarTeam team;
    strict_ics::Client zoeCalendar;
    strict_ics::Client benCalendar;
    const auto exportBen = [&team](const QDateTime& stamp) {
        const QString identity = SettingsRepository(*team.db).ensureCalendarIdentity();
        const strict_ics::Parsed parsed = strict_ics::parse(
            ShiftCalendar::build(*team.db, team.ben, std::nullopt, identity, stamp).ics);
        CHECK(parsed.errors.isEmpty());
        return parsed;
    };
    zoeCalendar.import(team.exportZoe(utc(QDate(2026, 2, 20), 12)));
    benCalendar.import(exportBen(utc(QDate(2026, 2, 20), 12)));
    REQUIRE(benCalendar.shown().size() == 1);

    const ScheduleSnapshot snapshot =
        ScheduleSnapshot::load(*team.db, PlanningPeriod{Monday, Monday.addDays(13)});
    std::optional<ShiftChange> reassign =
        ScheduleEditor(snapshot).requestAssign({team.zoeShifts[1]}, team.ben);
    REQUIRE(reassign);
    reassign->apply(*team.db);

    zoeCalendar.import(team.exportZoe(utc(QDate(2026, 2, 21), 12)));
    benCalendar.import(exportBen(utc(QDate(2026, 2, 21), 12)));
    CHECK(zoeCalendar.errors.isEmpty());
    CHECK(benCalendar.errors.isEmpty());
    REQUIRE(zoeCalendar.shown().size() == 3);
    for (const auto& event : zoeCalendar.shown())
        CHECK(event.value("DTSTART") != QStringLiteral("20260303T080000Z"));
    REQUIRE(benCalendar.shown().size() == 2);
    CHECK(benCalendar.shown()[1].value("DTSTART") == QStringLiteral("20260303T080000Z"));

    // Undo: Zoë's again, cancelled for Ben.
    reassign->revert(*team.db);
    const auto zoeNow = team.exportZoe(utc(QDate(2026, 2, 22), 12));
    CHECK(std::none_of(zoeNow.calendar.children.begin(), zoeNow.calendar.children.end(),
                       [](const strict_ics::Component& e) {
                           return e.value("STATUS") == QLatin1String("CANCELLED");
                       }));
    zoeCalendar.import(zoeNow);
    benCalendar.import(exportBen(utc(QDate(2026, 2, 22), 12)));
    INFO(zoeCalendar.errors.join(QLatin1Char('\n')).toStdString());
    CHECK(zoeCalendar.errors.isEmpty());
    CHECK(benCalendar.errors.isEmpty());
    CHECK(zoeCalendar.shown().size() == 4);
    CHECK(benCalendar.shown().size() == 1);
}

TEST_CASE("Removing a freelancer frees their shifts and cancels them in their calendar")
{
    CalendarTeam team;
    // The foreign key sets the freelancer of Ben's shift to nobody: that too is a change of
    // hands, in the same transaction as the removal.
    FreelancerRepository(*team.db).remove(team.ben);
    QSqlQuery query = team.db->prepare(
        QStringLiteral("SELECT count(*) FROM calendar_cancellations WHERE freelancer_id = ?"));
    query.addBindValue(team.ben);
    team.db->exec(query);
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 1);
}

TEST_CASE("A period export cancels only the shifts of that period")
{
    CalendarTeam team;
    ScheduleRepository(*team.db).remove(team.zoeShifts[0]); // week 1
    ScheduleRepository(*team.db).remove(team.zoeShifts[3]); // week 2
    const auto week = events(
        team.exportZoe(utc(QDate(2026, 2, 20), 12), PlanningPeriod{Monday, Monday.addDays(6)}));
    REQUIRE(week.size() == 3);
    CHECK(week[2].value("STATUS") == QStringLiteral("CANCELLED"));
    CHECK(week[2].value("DTSTART") == QStringLiteral("20260302T080000Z"));
    const auto all = events(team.exportZoe(utc(QDate(2026, 2, 20), 12)));
    CHECK(all.size() == 4);
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
