#include "storage/Migrations.h"

namespace shiftlane {

namespace {

QStringList version1()
{
    return {
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE skills ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> ''),"
                       " color TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE freelancers ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE CHECK (trim(name) <> ''),"
                       " email TEXT NOT NULL DEFAULT '',"
                       " phone TEXT NOT NULL DEFAULT '',"
                       " time_zone TEXT NOT NULL,"
                       " hourly_rate_cents INTEGER NOT NULL CHECK (hourly_rate_cents >= 0),"
                       " currency TEXT NOT NULL,"
                       " max_minutes_per_week INTEGER NOT NULL,"
                       " min_minutes_per_week INTEGER NOT NULL,"
                       " max_shifts_per_day INTEGER NOT NULL,"
                       " max_consecutive_days INTEGER NOT NULL,"
                       " min_consecutive_days_off INTEGER NOT NULL,"
                       " min_rest_hours INTEGER NOT NULL,"
                       " max_working_weekends INTEGER NOT NULL,"
                       " CHECK (min_minutes_per_week <= max_minutes_per_week))"),
        QStringLiteral("CREATE TABLE freelancer_skills ("
                       " freelancer_id INTEGER NOT NULL REFERENCES freelancers(id) ON DELETE "
                       "CASCADE,"
                       " skill_id INTEGER NOT NULL REFERENCES skills(id) ON DELETE CASCADE,"
                       " PRIMARY KEY (freelancer_id, skill_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE weekly_windows ("
                       " id INTEGER PRIMARY KEY,"
                       " freelancer_id INTEGER NOT NULL REFERENCES freelancers(id) ON DELETE "
                       "CASCADE,"
                       " day_of_week INTEGER NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),"
                       " start_minute INTEGER NOT NULL,"
                       " end_minute INTEGER NOT NULL,"
                       " kind TEXT NOT NULL CHECK (kind IN ('available', 'preferred')),"
                       " CHECK (start_minute >= 0 AND end_minute <= 1440 AND start_minute < "
                       "end_minute))"),
        QStringLiteral(
            "CREATE INDEX weekly_windows_by_freelancer ON weekly_windows(freelancer_id)"),
        QStringLiteral("CREATE TABLE time_off ("
                       " id INTEGER PRIMARY KEY,"
                       " freelancer_id INTEGER NOT NULL REFERENCES freelancers(id) ON DELETE "
                       "CASCADE,"
                       " first_day TEXT NOT NULL,"
                       " last_day TEXT NOT NULL,"
                       " reason TEXT NOT NULL DEFAULT '',"
                       " CHECK (first_day <= last_day))"),
        QStringLiteral("CREATE INDEX time_off_by_freelancer ON time_off(freelancer_id)"),
        QStringLiteral("CREATE TABLE one_off_windows ("
                       " id INTEGER PRIMARY KEY,"
                       " freelancer_id INTEGER NOT NULL REFERENCES freelancers(id) ON DELETE "
                       "CASCADE,"
                       " day TEXT NOT NULL,"
                       " start_minute INTEGER NOT NULL,"
                       " end_minute INTEGER NOT NULL,"
                       " kind TEXT NOT NULL CHECK (kind IN ('available', 'preferred')),"
                       " CHECK (start_minute >= 0 AND end_minute <= 1440 AND start_minute < "
                       "end_minute))"),
        QStringLiteral("CREATE INDEX one_off_windows_by_freelancer ON "
                       "one_off_windows(freelancer_id)"),
        QStringLiteral("CREATE TABLE shift_templates ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE CHECK (trim(name) <> ''),"
                       " start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),"
                       " length_minutes INTEGER NOT NULL CHECK (length_minutes > 0),"
                       " unpaid_break_minutes INTEGER NOT NULL DEFAULT 0,"
                       " skill_id INTEGER NOT NULL REFERENCES skills(id),"
                       " color TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE demand ("
                       " skill_id INTEGER NOT NULL REFERENCES skills(id) ON DELETE CASCADE,"
                       " day TEXT NOT NULL,"
                       " interval INTEGER NOT NULL CHECK (interval >= 0),"
                       " required INTEGER NOT NULL CHECK (required >= 0),"
                       " PRIMARY KEY (skill_id, day, interval)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE shifts ("
                       " id INTEGER PRIMARY KEY,"
                       " start_utc INTEGER NOT NULL,"
                       " end_utc INTEGER NOT NULL,"
                       " skill_id INTEGER NOT NULL REFERENCES skills(id),"
                       " template_id INTEGER REFERENCES shift_templates(id) ON DELETE SET NULL,"
                       " freelancer_id INTEGER REFERENCES freelancers(id) ON DELETE SET NULL,"
                       " unpaid_break_minutes INTEGER NOT NULL DEFAULT 0,"
                       " pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),"
                       " CHECK (end_utc > start_utc))"),
        QStringLiteral("CREATE INDEX shifts_by_start ON shifts(start_utc)"),
        QStringLiteral("CREATE INDEX shifts_by_freelancer ON shifts(freelancer_id, start_utc)"),
    };
}

// Travel: "from first_day to last_day I am in time_zone" (see ZoneSchedule).
QStringList version2()
{
    return {
        QStringLiteral("CREATE TABLE travel_periods ("
                       " id INTEGER PRIMARY KEY,"
                       " freelancer_id INTEGER NOT NULL REFERENCES freelancers(id) ON DELETE "
                       "CASCADE,"
                       " first_day TEXT NOT NULL,"
                       " last_day TEXT NOT NULL,"
                       " time_zone TEXT NOT NULL CHECK (time_zone <> ''),"
                       " CHECK (first_day <= last_day))"),
        QStringLiteral(
            "CREATE INDEX travel_periods_by_freelancer ON travel_periods(freelancer_id)"),
    };
}

// Demand becomes a plan per skill: a weekly pattern and dated overrides, typed as headcount or
// as a contact forecast. The dated demand of version 1 becomes headcount overrides of those
// days, so every date asks for exactly what it asked for before.
QStringList version3()
{
    return {
        QStringLiteral("CREATE TABLE demand_plans ("
                       " skill_id INTEGER PRIMARY KEY REFERENCES skills(id) ON DELETE CASCADE,"
                       " input TEXT NOT NULL CHECK (input IN ('headcount', 'forecast')),"
                       " handle_seconds REAL NOT NULL CHECK (handle_seconds > 0),"
                       " service_level REAL NOT NULL CHECK (service_level > 0 AND "
                       "service_level < 1),"
                       " answer_seconds REAL NOT NULL CHECK (answer_seconds >= 0),"
                       " shrinkage REAL NOT NULL CHECK (shrinkage >= 0 AND shrinkage < 1),"
                       " concurrency INTEGER NOT NULL CHECK (concurrency >= 1))"),
        QStringLiteral("CREATE TABLE demand_weekly ("
                       " skill_id INTEGER NOT NULL REFERENCES demand_plans(skill_id) ON DELETE "
                       "CASCADE,"
                       " day_of_week INTEGER NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),"
                       " interval INTEGER NOT NULL CHECK (interval >= 0),"
                       " value REAL NOT NULL CHECK (value > 0),"
                       " PRIMARY KEY (skill_id, day_of_week, interval)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE demand_override_days ("
                       " skill_id INTEGER NOT NULL REFERENCES demand_plans(skill_id) ON DELETE "
                       "CASCADE,"
                       " day TEXT NOT NULL,"
                       " PRIMARY KEY (skill_id, day)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE demand_override_values ("
                       " skill_id INTEGER NOT NULL,"
                       " day TEXT NOT NULL,"
                       " interval INTEGER NOT NULL CHECK (interval >= 0),"
                       " value REAL NOT NULL CHECK (value > 0),"
                       " PRIMARY KEY (skill_id, day, interval),"
                       " FOREIGN KEY (skill_id, day) REFERENCES demand_override_days(skill_id, day)"
                       " ON DELETE CASCADE) WITHOUT ROWID"),
        QStringLiteral("INSERT INTO demand_plans (skill_id, input, handle_seconds, service_level,"
                       " answer_seconds, shrinkage, concurrency)"
                       " SELECT DISTINCT skill_id, 'headcount', 180, 0.8, 20, 0.3, 1 FROM demand"),
        QStringLiteral("INSERT INTO demand_override_days (skill_id, day)"
                       " SELECT DISTINCT skill_id, day FROM demand"),
        QStringLiteral("INSERT INTO demand_override_values (skill_id, day, interval, value)"
                       " SELECT skill_id, day, interval, required FROM demand WHERE required > 0"),
        QStringLiteral("DROP TABLE demand"),
    };
}

// Who changed whose availability and when. No foreign key on purpose: the history stays
// when a freelancer is removed, and is theirs again when the removal is undone.
QStringList version4()
{
    return {
        QStringLiteral("CREATE TABLE availability_audit ("
                       " id INTEGER PRIMARY KEY,"
                       " at_utc INTEGER NOT NULL,"
                       " actor TEXT NOT NULL,"
                       " freelancer_id INTEGER NOT NULL,"
                       " summary TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX availability_audit_by_freelancer ON "
                       "availability_audit(freelancer_id, at_utc)"),
    };
}

// Calendar revisions: iCalendar clients replace an imported event only by one with the same UID
// and a higher SEQUENCE, and drop it only on a cancelled one. So each shift counts its revisions
// and keeps when the last one happened, and a shift that leaves a freelancer's calendar (deleted,
// or given to someone else) leaves a cancellation for that freelancer. Triggers keep both, so
// that every write (an edit, its undo, the solver, a freelancer removed and the shifts set free by
// the foreign key, a renamed skill) counts in its own transaction, and only a change of what the
// event shows counts.
//
// A file a calendar was exported from before carries SEQUENCE values of "seconds since 2020 at
// the export": its revisions start above any of those (calendar_sequence_floor), or the next
// export would be ignored by the clients that imported the last one.
QStringList version5()
{
    const QString now = QStringLiteral("CAST(strftime('%s', 'now') AS INTEGER)");
    const QString floor = QStringLiteral("coalesce((SELECT CAST(value AS INTEGER) FROM settings"
                                         " WHERE key = 'calendar_sequence_floor'), 0)");
    const QString bump =
        QStringLiteral("UPDATE shifts SET revision = revision + 1, modified_utc = ") + now +
        QStringLiteral(" WHERE ");
    const QString cancel =
        QStringLiteral("INSERT INTO calendar_cancellations (shift_id, freelancer_id, start_utc,"
                       " end_utc, skill_id, revision, cancelled_utc)"
                       " VALUES (OLD.id, OLD.freelancer_id, OLD.start_utc, OLD.end_utc,"
                       " OLD.skill_id, OLD.revision + 1, ") +
        now +
        QStringLiteral(") ON CONFLICT (freelancer_id, shift_id) DO UPDATE SET"
                       " start_utc = excluded.start_utc, end_utc = excluded.end_utc,"
                       " skill_id = excluded.skill_id, revision = excluded.revision,"
                       " cancelled_utc = excluded.cancelled_utc;");
    return {
        QStringLiteral("INSERT INTO settings (key, value)"
                       " SELECT 'calendar_sequence_floor',"
                       " CAST(strftime('%s', 'now') - 1577836800 + 1 AS TEXT)"
                       " WHERE EXISTS (SELECT 1 FROM settings WHERE key = 'calendar_identity')"),
        QStringLiteral("ALTER TABLE shifts ADD COLUMN revision INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE shifts ADD COLUMN modified_utc INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("UPDATE shifts SET revision = max(1, ") + floor +
            QStringLiteral("), modified_utc = ") + now,
        QStringLiteral("CREATE TABLE calendar_cancellations ("
                       " shift_id INTEGER NOT NULL,"
                       " freelancer_id INTEGER NOT NULL,"
                       " start_utc INTEGER NOT NULL,"
                       " end_utc INTEGER NOT NULL,"
                       " skill_id INTEGER NOT NULL,"
                       " revision INTEGER NOT NULL,"
                       " cancelled_utc INTEGER NOT NULL,"
                       " PRIMARY KEY (freelancer_id, shift_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX calendar_cancellations_by_shift ON "
                       "calendar_cancellations(shift_id)"),
        // A new shift (or one an undo puts back with its old id) continues the revisions of
        // the events its id had, and is no longer cancelled for its freelancer.
        QStringLiteral("CREATE TRIGGER shift_inserted AFTER INSERT ON shifts BEGIN"
                       " UPDATE shifts SET revision = 1 + max(") +
            floor +
            QStringLiteral(", coalesce((SELECT max(revision) FROM calendar_cancellations"
                           " WHERE shift_id = NEW.id), 0)), modified_utc = ") +
            now +
            QStringLiteral(" WHERE id = NEW.id;"
                           " DELETE FROM calendar_cancellations WHERE shift_id = NEW.id"
                           " AND freelancer_id IS NEW.freelancer_id; END"),
        QStringLiteral("CREATE TRIGGER shift_changed AFTER UPDATE ON shifts WHEN"
                       " OLD.start_utc IS NOT NEW.start_utc OR OLD.end_utc IS NOT NEW.end_utc"
                       " OR OLD.skill_id IS NOT NEW.skill_id"
                       " OR OLD.template_id IS NOT NEW.template_id"
                       " OR OLD.freelancer_id IS NOT NEW.freelancer_id"
                       " OR OLD.unpaid_break_minutes IS NOT NEW.unpaid_break_minutes"
                       " OR OLD.pinned IS NOT NEW.pinned BEGIN ") +
            bump + QStringLiteral("id = NEW.id; END"),
        // Given back to someone it was taken from (an undo): live in their calendar again.
        QStringLiteral("CREATE TRIGGER shift_given AFTER UPDATE OF freelancer_id ON shifts"
                       " WHEN OLD.freelancer_id IS NOT NEW.freelancer_id BEGIN"
                       " DELETE FROM calendar_cancellations WHERE shift_id = NEW.id"
                       " AND freelancer_id IS NEW.freelancer_id; END"),
        // Cancelled with the revision shift_changed gives the shift, as the freelancer saw it.
        QStringLiteral("CREATE TRIGGER shift_taken AFTER UPDATE OF freelancer_id ON shifts"
                       " WHEN OLD.freelancer_id IS NOT NULL"
                       " AND OLD.freelancer_id IS NOT NEW.freelancer_id BEGIN ") +
            cancel + QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER shift_deleted AFTER DELETE ON shifts"
                       " WHEN OLD.freelancer_id IS NOT NULL BEGIN ") +
            cancel + QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER skill_renamed AFTER UPDATE OF name ON skills"
                       " WHEN OLD.name IS NOT NEW.name BEGIN ") +
            bump + QStringLiteral("skill_id = NEW.id; END"),
        QStringLiteral("CREATE TRIGGER template_renamed AFTER UPDATE OF name ON shift_templates"
                       " WHEN OLD.name IS NOT NEW.name BEGIN ") +
            bump + QStringLiteral("template_id = NEW.id; END"),
        QStringLiteral("CREATE TRIGGER freelancer_pay_changed AFTER UPDATE ON freelancers"
                       " WHEN OLD.hourly_rate_cents IS NOT NEW.hourly_rate_cents"
                       " OR OLD.currency IS NOT NEW.currency BEGIN ") +
            bump + QStringLiteral("freelancer_id = NEW.id; END"),
        QStringLiteral("CREATE TRIGGER team_setting_changed AFTER UPDATE ON settings"
                       " WHEN NEW.key IN ('team_name', 'planning_time_zone')"
                       " AND OLD.value IS NOT NEW.value BEGIN ") +
            bump + QStringLiteral("1; END"),
    };
}

// A demand plan remembers the interval length its curves were entered in, so that changing the
// file's interval length converts the plan instead of misreading it. Every plan so far was
// entered in the file's interval length (30 minutes unless the settings say otherwise).
QStringList version6()
{
    return {
        QStringLiteral("ALTER TABLE demand_plans ADD COLUMN interval_minutes INTEGER NOT NULL "
                       "DEFAULT 30 CHECK (interval_minutes BETWEEN 5 AND 60 AND "
                       "1440 % interval_minutes = 0)"),
        QStringLiteral(
            "UPDATE demand_plans SET interval_minutes = ("
            " SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'interval_minutes')"
            " WHERE EXISTS (SELECT 1 FROM settings WHERE key = 'interval_minutes'"
            " AND CAST(value AS INTEGER) BETWEEN 5 AND 60"
            " AND 1440 % CAST(value AS INTEGER) = 0)"),
    };
}

} // namespace

QStringList migrationTo(int version)
{
    switch (version) {
    case 1:
        return version1();
    case 2:
        return version2();
    case 3:
        return version3();
    case 4:
        return version4();
    case 5:
        return version5();
    case 6:
        return version6();
    default:
        return {};
    }
}

} // namespace shiftlane
