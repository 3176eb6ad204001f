#include "storage/Repositories.h"

#include "staffing/DemandExpansion.h"

#include <QCoreApplication>
#include <QUuid>
#include <QVariant>

namespace shiftlane {

namespace {

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

// A null QString binds as SQL NULL; text columns hold '' instead.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QDate dateFrom(const QVariant& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant optionalId(const std::optional<Id>& id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

void requireValid(const ValidationErrors& errors, const char* what)
{
    if (!errors.isEmpty())
        throw StorageError(
            StorageError::Kind::Invalid,
            QCoreApplication::translate("Repositories", "The %1 was not saved:\n%2")
                .arg(QCoreApplication::translate("Repositories", what), describe(errors)));
}

Id lastId(const QSqlQuery& query)
{
    return query.lastInsertId().toLongLong();
}

AvailabilityKind kindFrom(const QVariant& value)
{
    AvailabilityKind kind = AvailabilityKind::Available;
    availabilityKindFromString(value.toString(), kind);
    return kind;
}

// Every removal is the same one-row delete, one transaction.
void deleteById(Database& db, const char* table, Id id)
{
    Transaction transaction(db);
    QSqlQuery query =
        db.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QLatin1String(table)));
    query.addBindValue(id);
    db.exec(query);
    transaction.commit();
}

} // namespace

// --- settings ---------------------------------------------------------------------------

namespace {

const char* const WeightKeys[] = {"weight_under_cover", "weight_over_cover", "weight_not_preferred",
                                  "weight_pay",         "weight_fairness",   "weight_change"};

int* weightField(ScheduleWeights& weights, const QString& key)
{
    int* fields[] = {&weights.underCover, &weights.overCover, &weights.notPreferred,
                     &weights.pay,        &weights.fairness,  &weights.change};
    for (std::size_t i = 0; i < std::size(WeightKeys); ++i)
        if (key == QLatin1String(WeightKeys[i]))
            return fields[i];
    return nullptr;
}

} // namespace

PlanningSettings SettingsRepository::load() const
{
    PlanningSettings settings;
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT key, value FROM settings"));
    m_db.exec(query);
    while (query.next()) {
        const QString key = query.value(0).toString();
        const QString value = query.value(1).toString();
        if (key == QLatin1String("team_name"))
            settings.teamName = value;
        else if (key == QLatin1String("planning_time_zone"))
            settings.planningTimeZone = value.toUtf8();
        else if (key == QLatin1String("interval_minutes"))
            settings.intervalMinutes = value.toInt();
        else if (key == QLatin1String("week_start"))
            settings.weekStart = value.toInt();
        else if (int* weight = weightField(settings.weights, key))
            *weight = value.toInt();
    }
    return settings;
}

void SettingsRepository::save(const PlanningSettings& settings)
{
    requireValid(settings.validate(), QT_TRANSLATE_NOOP("Repositories", "planning settings"));
    Transaction transaction(m_db);
    QSqlQuery query =
        m_db.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    const std::pair<QString, QString> values[] = {
        {QStringLiteral("team_name"), text(settings.teamName)},
        {QStringLiteral("planning_time_zone"), QString::fromUtf8(settings.planningTimeZone)},
        {QStringLiteral("interval_minutes"), QString::number(settings.intervalMinutes)},
        {QStringLiteral("week_start"), QString::number(settings.weekStart)},
    };
    QList<std::pair<QString, QString>> weightValues;
    ScheduleWeights weights = settings.weights;
    for (const char* key : WeightKeys)
        weightValues.append({QString::fromLatin1(key),
                             QString::number(*weightField(weights, QString::fromLatin1(key)))});
    for (const auto& [key, value] : values) {
        query.bindValue(0, key);
        query.bindValue(1, value);
        m_db.exec(query);
    }
    for (const auto& [key, value] : weightValues) {
        query.bindValue(0, key);
        query.bindValue(1, value);
        m_db.exec(query);
    }
    transaction.commit();
}

namespace {

const QString CalendarIdentityKey = QStringLiteral("calendar_identity");

} // namespace

QString SettingsRepository::calendarIdentity() const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(CalendarIdentityKey);
    m_db.exec(query);
    return query.next() ? query.value(0).toString() : QString();
}

QString SettingsRepository::ensureCalendarIdentity()
{
    Transaction transaction(m_db);
    QString identity = calendarIdentity();
    if (identity.isEmpty()) {
        identity = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSqlQuery query =
            m_db.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
        query.addBindValue(CalendarIdentityKey);
        query.addBindValue(identity);
        m_db.exec(query);
    }
    transaction.commit();
    return identity;
}

// --- skills -----------------------------------------------------------------------------

QList<Skill> SkillRepository::all() const
{
    QList<Skill> skills;
    QSqlQuery query =
        m_db.prepare(QStringLiteral("SELECT id, name, color FROM skills ORDER BY id"));
    m_db.exec(query);
    while (query.next())
        skills.append(
            {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
    return skills;
}

Id SkillRepository::add(const Skill& skill)
{
    requireValid(skill.validate(), QT_TRANSLATE_NOOP("Repositories", "skill"));
    Transaction transaction(m_db);
    // With the skill's own id when it has one: undoing an import that created it brings it back.
    QSqlQuery query =
        m_db.prepare(QStringLiteral("INSERT INTO skills (id, name, color) VALUES (?, ?, ?)"));
    query.addBindValue(skill.id == NoId ? QVariant(QMetaType(QMetaType::LongLong))
                                        : QVariant(skill.id));
    query.addBindValue(skill.name.trimmed());
    query.addBindValue(skill.color);
    m_db.exec(query);
    transaction.commit();
    return lastId(query);
}

void SkillRepository::update(const Skill& skill)
{
    requireValid(skill.validate(), QT_TRANSLATE_NOOP("Repositories", "skill"));
    Transaction transaction(m_db);
    QSqlQuery query =
        m_db.prepare(QStringLiteral("UPDATE skills SET name = ?, color = ? WHERE id = ?"));
    query.addBindValue(skill.name.trimmed());
    query.addBindValue(skill.color);
    query.addBindValue(skill.id);
    m_db.exec(query);
    transaction.commit();
}

void SkillRepository::remove(Id id)
{
    deleteById(m_db, "skills", id);
}

// --- freelancers ------------------------------------------------------------------------

namespace {

const QString freelancerColumns = QStringLiteral(
    "id, name, email, phone, time_zone, hourly_rate_cents, currency, max_minutes_per_week, "
    "min_minutes_per_week, max_shifts_per_day, max_consecutive_days, min_consecutive_days_off, "
    "min_rest_hours, max_working_weekends");

Freelancer freelancerFrom(const QSqlQuery& query)
{
    Freelancer f;
    f.id = query.value(0).toLongLong();
    f.name = query.value(1).toString();
    f.email = query.value(2).toString();
    f.phone = query.value(3).toString();
    f.timeZone = query.value(4).toString().toUtf8();
    f.hourlyRateCents = query.value(5).toLongLong();
    f.currency = query.value(6).toString();
    f.limits.maxMinutesPerWeek = query.value(7).toInt();
    f.limits.minMinutesPerWeek = query.value(8).toInt();
    f.limits.maxShiftsPerDay = query.value(9).toInt();
    f.limits.maxConsecutiveDays = query.value(10).toInt();
    f.limits.minConsecutiveDaysOff = query.value(11).toInt();
    f.limits.minRestHours = query.value(12).toInt();
    f.limits.maxWorkingWeekends = query.value(13).toInt();
    return f;
}

void bindFreelancer(QSqlQuery& query, const Freelancer& f)
{
    query.addBindValue(f.name.trimmed());
    query.addBindValue(text(f.email));
    query.addBindValue(text(f.phone));
    query.addBindValue(QString::fromUtf8(f.timeZone));
    query.addBindValue(f.hourlyRateCents);
    query.addBindValue(f.currency);
    query.addBindValue(f.limits.maxMinutesPerWeek);
    query.addBindValue(f.limits.minMinutesPerWeek);
    query.addBindValue(f.limits.maxShiftsPerDay);
    query.addBindValue(f.limits.maxConsecutiveDays);
    query.addBindValue(f.limits.minConsecutiveDaysOff);
    query.addBindValue(f.limits.minRestHours);
    query.addBindValue(f.limits.maxWorkingWeekends);
}

} // namespace

QList<Freelancer> FreelancerRepository::all() const
{
    QList<Freelancer> freelancers;
    QHash<Id, qsizetype> indexById;
    QSqlQuery query =
        m_db.prepare(QStringLiteral("SELECT %1 FROM freelancers ORDER BY name COLLATE NOCASE, id")
                         .arg(freelancerColumns));
    m_db.exec(query);
    while (query.next()) {
        indexById.insert(query.value(0).toLongLong(), freelancers.size());
        freelancers.append(freelancerFrom(query));
    }
    QSqlQuery skills = m_db.prepare(QStringLiteral(
        "SELECT freelancer_id, skill_id FROM freelancer_skills ORDER BY freelancer_id, skill_id"));
    m_db.exec(skills);
    while (skills.next())
        freelancers[indexById.value(skills.value(0).toLongLong())].skillIds.append(
            skills.value(1).toLongLong());
    return freelancers;
}

std::optional<Freelancer> FreelancerRepository::find(Id id) const
{
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT %1 FROM freelancers WHERE id = ?").arg(freelancerColumns));
    query.addBindValue(id);
    m_db.exec(query);
    if (!query.next())
        return std::nullopt;
    Freelancer freelancer = freelancerFrom(query);
    QSqlQuery skills = m_db.prepare(QStringLiteral(
        "SELECT skill_id FROM freelancer_skills WHERE freelancer_id = ? ORDER BY skill_id"));
    skills.addBindValue(id);
    m_db.exec(skills);
    while (skills.next())
        freelancer.skillIds.append(skills.value(0).toLongLong());
    return freelancer;
}

Id FreelancerRepository::add(const Freelancer& freelancer)
{
    requireValid(freelancer.validate(), QT_TRANSLATE_NOOP("Repositories", "freelancer"));
    Transaction transaction(m_db);
    QSqlQuery query = m_db.prepare(
        QStringLiteral("INSERT INTO freelancers (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?)")
            .arg(freelancerColumns));
    query.addBindValue(freelancer.id == NoId ? QVariant(QMetaType::fromType<qint64>())
                                             : QVariant(freelancer.id));
    bindFreelancer(query, freelancer);
    m_db.exec(query);
    const Id id = lastId(query);
    writeSkills(freelancer, id);
    transaction.commit();
    return id;
}

void FreelancerRepository::update(const Freelancer& freelancer)
{
    requireValid(freelancer.validate(), QT_TRANSLATE_NOOP("Repositories", "freelancer"));
    Transaction transaction(m_db);
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "UPDATE freelancers SET name = ?, email = ?, phone = ?, time_zone = ?, "
        "hourly_rate_cents = ?, currency = ?, max_minutes_per_week = ?, min_minutes_per_week = ?, "
        "max_shifts_per_day = ?, max_consecutive_days = ?, min_consecutive_days_off = ?, "
        "min_rest_hours = ?, max_working_weekends = ? WHERE id = ?"));
    bindFreelancer(query, freelancer);
    query.addBindValue(freelancer.id);
    m_db.exec(query);
    writeSkills(freelancer, freelancer.id);
    transaction.commit();
}

void FreelancerRepository::writeSkills(const Freelancer& freelancer, Id id)
{
    QSqlQuery clear =
        m_db.prepare(QStringLiteral("DELETE FROM freelancer_skills WHERE freelancer_id = ?"));
    clear.addBindValue(id);
    m_db.exec(clear);
    QSqlQuery insert = m_db.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO freelancer_skills (freelancer_id, skill_id) VALUES (?, ?)"));
    for (Id skillId : freelancer.skillIds) {
        insert.bindValue(0, id);
        insert.bindValue(1, skillId);
        m_db.exec(insert);
    }
}

void FreelancerRepository::remove(Id id)
{
    deleteById(m_db, "freelancers", id);
}

// --- availability -----------------------------------------------------------------------

namespace {

void readAvailability(Database& db, const QString& where, const QVariant& key,
                      QHash<Id, FreelancerAvailability>& into)
{
    auto run = [&](const QString& sql) {
        QSqlQuery query = db.prepare(sql.arg(where));
        if (key.isValid())
            query.addBindValue(key);
        db.exec(query);
        return query;
    };
    QSqlQuery weekly = run(QStringLiteral("SELECT id, freelancer_id, day_of_week, start_minute, "
                                          "end_minute, kind FROM weekly_windows %1 "
                                          "ORDER BY freelancer_id, day_of_week, start_minute"));
    while (weekly.next()) {
        WeeklyWindow w;
        w.id = weekly.value(0).toLongLong();
        w.freelancerId = weekly.value(1).toLongLong();
        w.dayOfWeek = weekly.value(2).toInt();
        w.startMinute = weekly.value(3).toInt();
        w.endMinute = weekly.value(4).toInt();
        w.kind = kindFrom(weekly.value(5));
        into[w.freelancerId].weekly.append(w);
    }
    QSqlQuery off = run(QStringLiteral("SELECT id, freelancer_id, first_day, last_day, reason "
                                       "FROM time_off %1 ORDER BY freelancer_id, first_day"));
    while (off.next()) {
        TimeOff t;
        t.id = off.value(0).toLongLong();
        t.freelancerId = off.value(1).toLongLong();
        t.firstDay = dateFrom(off.value(2));
        t.lastDay = dateFrom(off.value(3));
        t.reason = off.value(4).toString();
        into[t.freelancerId].timeOff.append(t);
    }
    QSqlQuery oneOff = run(QStringLiteral("SELECT id, freelancer_id, day, start_minute, "
                                          "end_minute, kind FROM one_off_windows %1 "
                                          "ORDER BY freelancer_id, day, start_minute"));
    while (oneOff.next()) {
        OneOffWindow w;
        w.id = oneOff.value(0).toLongLong();
        w.freelancerId = oneOff.value(1).toLongLong();
        w.day = dateFrom(oneOff.value(2));
        w.startMinute = oneOff.value(3).toInt();
        w.endMinute = oneOff.value(4).toInt();
        w.kind = kindFrom(oneOff.value(5));
        into[w.freelancerId].oneOff.append(w);
    }
    // A file opened read-only is not migrated; before version 2 nobody travelled.
    if (db.schemaVersion() < 2)
        return;
    QSqlQuery travel =
        run(QStringLiteral("SELECT id, freelancer_id, first_day, last_day, time_zone "
                           "FROM travel_periods %1 "
                           "ORDER BY freelancer_id, first_day"));
    while (travel.next()) {
        TravelPeriod t;
        t.id = travel.value(0).toLongLong();
        t.freelancerId = travel.value(1).toLongLong();
        t.firstDay = dateFrom(travel.value(2));
        t.lastDay = dateFrom(travel.value(3));
        t.timeZone = travel.value(4).toString().toUtf8();
        into[t.freelancerId].travel.append(t);
    }
}

// The id column's value: the row's own id when it has one, else SQLite picks one.
QVariant idOrNull(Id id)
{
    return id != NoId ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

void deleteOf(Database& db, const char* table, Id freelancerId)
{
    QSqlQuery clear = db.prepare(
        QStringLiteral("DELETE FROM %1 WHERE freelancer_id = ?").arg(QLatin1String(table)));
    clear.addBindValue(freelancerId);
    db.exec(clear);
}

void insertTravel(Database& db, Id freelancerId, const QList<TravelPeriod>& periods)
{
    QSqlQuery insert = db.prepare(
        QStringLiteral("INSERT INTO travel_periods (id, freelancer_id, first_day, last_day, "
                       "time_zone) VALUES (?, ?, ?, ?, ?)"));
    for (const TravelPeriod& period : periods) {
        insert.bindValue(0, idOrNull(period.id));
        insert.bindValue(1, freelancerId);
        insert.bindValue(2, isoDate(period.firstDay));
        insert.bindValue(3, isoDate(period.lastDay));
        insert.bindValue(4, QString::fromUtf8(period.timeZone));
        db.exec(insert);
    }
}

} // namespace

FreelancerAvailability AvailabilityRepository::forFreelancer(Id freelancerId) const
{
    QHash<Id, FreelancerAvailability> result;
    readAvailability(m_db, QStringLiteral("WHERE freelancer_id = ?"), freelancerId, result);
    return result.value(freelancerId);
}

QHash<Id, FreelancerAvailability> AvailabilityRepository::all() const
{
    QHash<Id, FreelancerAvailability> result;
    readAvailability(m_db, QString(), QVariant(), result);
    return result;
}

void AvailabilityRepository::replaceWeekly(Id freelancerId, const QList<WeeklyWindow>& windows)
{
    for (const WeeklyWindow& window : windows)
        requireValid(window.validate(), QT_TRANSLATE_NOOP("Repositories", "availability window"));
    Transaction transaction(m_db);
    QSqlQuery clear =
        m_db.prepare(QStringLiteral("DELETE FROM weekly_windows WHERE freelancer_id = ?"));
    clear.addBindValue(freelancerId);
    m_db.exec(clear);
    QSqlQuery insert = m_db.prepare(
        QStringLiteral("INSERT INTO weekly_windows (freelancer_id, day_of_week, start_minute, "
                       "end_minute, kind) VALUES (?, ?, ?, ?, ?)"));
    for (const WeeklyWindow& window : windows) {
        insert.bindValue(0, freelancerId);
        insert.bindValue(1, window.dayOfWeek);
        insert.bindValue(2, window.startMinute);
        insert.bindValue(3, window.endMinute);
        insert.bindValue(4, toString(window.kind));
        m_db.exec(insert);
    }
    transaction.commit();
}

Id AvailabilityRepository::addTimeOff(const TimeOff& timeOff)
{
    requireValid(timeOff.validate(), QT_TRANSLATE_NOOP("Repositories", "time off"));
    Transaction transaction(m_db);
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "INSERT INTO time_off (freelancer_id, first_day, last_day, reason) VALUES (?, ?, ?, ?)"));
    query.addBindValue(timeOff.freelancerId);
    query.addBindValue(isoDate(timeOff.firstDay));
    query.addBindValue(isoDate(timeOff.lastDay));
    query.addBindValue(text(timeOff.reason));
    m_db.exec(query);
    transaction.commit();
    return lastId(query);
}

void AvailabilityRepository::removeTimeOff(Id id)
{
    deleteById(m_db, "time_off", id);
}

Id AvailabilityRepository::addOneOff(const OneOffWindow& window)
{
    requireValid(window.validate(), QT_TRANSLATE_NOOP("Repositories", "one-off window"));
    Transaction transaction(m_db);
    QSqlQuery query = m_db.prepare(
        QStringLiteral("INSERT INTO one_off_windows (freelancer_id, day, start_minute, end_minute, "
                       "kind) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(window.freelancerId);
    query.addBindValue(isoDate(window.day));
    query.addBindValue(window.startMinute);
    query.addBindValue(window.endMinute);
    query.addBindValue(toString(window.kind));
    m_db.exec(query);
    transaction.commit();
    return lastId(query);
}

void AvailabilityRepository::removeOneOff(Id id)
{
    deleteById(m_db, "one_off_windows", id);
}

void AvailabilityRepository::replaceTravel(Id freelancerId, const QList<TravelPeriod>& periods)
{
    requireValid(validateTravelPlan(periods), QT_TRANSLATE_NOOP("Repositories", "travel plan"));
    Transaction transaction(m_db);
    deleteOf(m_db, "travel_periods", freelancerId);
    insertTravel(m_db, freelancerId, periods);
    transaction.commit();
}

void AvailabilityRepository::replaceAll(Id freelancerId, const FreelancerAvailability& availability)
{
    for (const WeeklyWindow& window : availability.weekly)
        requireValid(window.validate(), QT_TRANSLATE_NOOP("Repositories", "availability window"));
    for (const TimeOff& off : availability.timeOff)
        requireValid(off.validate(), QT_TRANSLATE_NOOP("Repositories", "time off"));
    for (const OneOffWindow& window : availability.oneOff)
        requireValid(window.validate(), QT_TRANSLATE_NOOP("Repositories", "one-off window"));
    requireValid(validateTravelPlan(availability.travel),
                 QT_TRANSLATE_NOOP("Repositories", "travel plan"));

    Transaction transaction(m_db);
    for (const char* table : {"weekly_windows", "time_off", "one_off_windows", "travel_periods"})
        deleteOf(m_db, table, freelancerId);

    QSqlQuery weekly = m_db.prepare(
        QStringLiteral("INSERT INTO weekly_windows (id, freelancer_id, day_of_week, start_minute, "
                       "end_minute, kind) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const WeeklyWindow& window : availability.weekly) {
        weekly.bindValue(0, idOrNull(window.id));
        weekly.bindValue(1, freelancerId);
        weekly.bindValue(2, window.dayOfWeek);
        weekly.bindValue(3, window.startMinute);
        weekly.bindValue(4, window.endMinute);
        weekly.bindValue(5, toString(window.kind));
        m_db.exec(weekly);
    }
    QSqlQuery off = m_db.prepare(
        QStringLiteral("INSERT INTO time_off (id, freelancer_id, first_day, last_day, reason) "
                       "VALUES (?, ?, ?, ?, ?)"));
    for (const TimeOff& t : availability.timeOff) {
        off.bindValue(0, idOrNull(t.id));
        off.bindValue(1, freelancerId);
        off.bindValue(2, isoDate(t.firstDay));
        off.bindValue(3, isoDate(t.lastDay));
        off.bindValue(4, text(t.reason));
        m_db.exec(off);
    }
    QSqlQuery oneOff = m_db.prepare(
        QStringLiteral("INSERT INTO one_off_windows (id, freelancer_id, day, start_minute, "
                       "end_minute, kind) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const OneOffWindow& window : availability.oneOff) {
        oneOff.bindValue(0, idOrNull(window.id));
        oneOff.bindValue(1, freelancerId);
        oneOff.bindValue(2, isoDate(window.day));
        oneOff.bindValue(3, window.startMinute);
        oneOff.bindValue(4, window.endMinute);
        oneOff.bindValue(5, toString(window.kind));
        m_db.exec(oneOff);
    }
    insertTravel(m_db, freelancerId, availability.travel);
    transaction.commit();
}

// --- availability audit -----------------------------------------------------------------

Id AvailabilityAuditRepository::record(const AvailabilityChange& change)
{
    Transaction transaction(m_db);
    QSqlQuery query = m_db.prepare(
        QStringLiteral("INSERT INTO availability_audit (at_utc, actor, freelancer_id, summary) "
                       "VALUES (?, ?, ?, ?)"));
    query.addBindValue(change.atUtc.toSecsSinceEpoch());
    query.addBindValue(text(change.actor));
    query.addBindValue(change.freelancerId);
    query.addBindValue(text(change.summary));
    m_db.exec(query);
    transaction.commit();
    return lastId(query);
}

QList<AvailabilityChange> AvailabilityAuditRepository::forFreelancer(Id freelancerId) const
{
    QList<AvailabilityChange> changes;
    // A file opened read-only is not migrated; before version 4 nothing was recorded.
    if (m_db.schemaVersion() < 4)
        return changes;
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT id, at_utc, actor, freelancer_id, summary FROM availability_audit "
                       "WHERE freelancer_id = ? ORDER BY at_utc DESC, id DESC"));
    query.addBindValue(freelancerId);
    m_db.exec(query);
    while (query.next())
        changes.append({query.value(0).toLongLong(),
                        QDateTime::fromSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC),
                        query.value(2).toString(), query.value(3).toLongLong(),
                        query.value(4).toString()});
    return changes;
}

// --- shift templates --------------------------------------------------------------------

QList<ShiftTemplate> TemplateRepository::all() const
{
    QList<ShiftTemplate> templates;
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT id, name, start_minute, length_minutes, unpaid_break_minutes, "
                       "skill_id, color FROM shift_templates ORDER BY start_minute, name"));
    m_db.exec(query);
    while (query.next()) {
        ShiftTemplate t;
        t.id = query.value(0).toLongLong();
        t.name = query.value(1).toString();
        t.startMinute = query.value(2).toInt();
        t.lengthMinutes = query.value(3).toInt();
        t.unpaidBreakMinutes = query.value(4).toInt();
        t.skillId = query.value(5).toLongLong();
        t.color = query.value(6).toString();
        templates.append(t);
    }
    return templates;
}

Id TemplateRepository::add(const ShiftTemplate& t)
{
    requireValid(t.validate(), QT_TRANSLATE_NOOP("Repositories", "shift template"));
    Transaction transaction(m_db);
    QSqlQuery query = m_db.prepare(
        QStringLiteral("INSERT INTO shift_templates (name, start_minute, length_minutes, "
                       "unpaid_break_minutes, skill_id, color) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(t.name.trimmed());
    query.addBindValue(t.startMinute);
    query.addBindValue(t.lengthMinutes);
    query.addBindValue(t.unpaidBreakMinutes);
    query.addBindValue(t.skillId);
    query.addBindValue(text(t.color));
    m_db.exec(query);
    transaction.commit();
    return lastId(query);
}

void TemplateRepository::update(const ShiftTemplate& t)
{
    requireValid(t.validate(), QT_TRANSLATE_NOOP("Repositories", "shift template"));
    Transaction transaction(m_db);
    QSqlQuery query = m_db.prepare(
        QStringLiteral("UPDATE shift_templates SET name = ?, start_minute = ?, length_minutes = ?, "
                       "unpaid_break_minutes = ?, skill_id = ?, color = ? WHERE id = ?"));
    query.addBindValue(t.name.trimmed());
    query.addBindValue(t.startMinute);
    query.addBindValue(t.lengthMinutes);
    query.addBindValue(t.unpaidBreakMinutes);
    query.addBindValue(t.skillId);
    query.addBindValue(text(t.color));
    query.addBindValue(t.id);
    m_db.exec(query);
    transaction.commit();
}

void TemplateRepository::remove(Id id)
{
    deleteById(m_db, "shift_templates", id);
}

// --- demand -----------------------------------------------------------------------------

namespace {

QString inputName(DemandInput input)
{
    return input == DemandInput::Forecast ? QStringLiteral("forecast")
                                          : QStringLiteral("headcount");
}

// The skill's name for messages; its id when the skill is gone.
QString skillName(Database& db, Id skillId)
{
    for (const Skill& skill : SkillRepository(db).all())
        if (skill.id == skillId)
            return skill.name;
    return QCoreApplication::translate("Repositories", "skill %1").arg(skillId);
}

void setValue(DemandCurve& curve, int interval, double value)
{
    if (curve.size() <= interval)
        curve.resize(interval + 1, 0.0);
    curve[interval] = value;
}

} // namespace

int DemandRepository::intervalMinutes() const
{
    return SettingsRepository(m_db).load().intervalMinutes;
}

QList<DemandPlan> DemandRepository::plans() const
{
    QList<DemandPlan> plans;
    QHash<Id, qsizetype> index;
    // A file opened read-only is not migrated; before version 6 every plan was entered in the
    // file's interval length.
    const bool storesInterval = m_db.schemaVersion() >= 6;
    const int fileInterval = storesInterval ? 0 : intervalMinutes();
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT skill_id, input, handle_seconds, service_level, answer_seconds, "
                       "shrinkage, concurrency, %1 FROM demand_plans ORDER BY skill_id")
            .arg(storesInterval ? QStringLiteral("interval_minutes") : QStringLiteral("0")));
    m_db.exec(query);
    while (query.next()) {
        DemandPlan plan;
        plan.skillId = query.value(0).toLongLong();
        plan.intervalMinutes = storesInterval ? query.value(7).toInt() : fileInterval;
        plan.input = query.value(1).toString() == QStringLiteral("forecast")
                         ? DemandInput::Forecast
                         : DemandInput::Headcount;
        plan.forecast.handleSeconds = query.value(2).toDouble();
        plan.forecast.serviceLevel = query.value(3).toDouble();
        plan.forecast.answerSeconds = query.value(4).toDouble();
        plan.forecast.shrinkage = query.value(5).toDouble();
        plan.forecast.concurrency = query.value(6).toInt();
        index.insert(plan.skillId, plans.size());
        plans.append(plan);
    }
    QSqlQuery weekly = m_db.prepare(
        QStringLiteral("SELECT skill_id, day_of_week, interval, value FROM demand_weekly"));
    m_db.exec(weekly);
    while (weekly.next()) {
        const auto at = index.constFind(weekly.value(0).toLongLong());
        const int day = weekly.value(1).toInt();
        if (at != index.constEnd() && day >= 1 && day <= 7)
            setValue(plans[*at].weekly[size_t(day - 1)], weekly.value(2).toInt(),
                     weekly.value(3).toDouble());
    }
    QSqlQuery days = m_db.prepare(QStringLiteral("SELECT skill_id, day FROM demand_override_days"));
    m_db.exec(days);
    while (days.next())
        if (const auto at = index.constFind(days.value(0).toLongLong()); at != index.constEnd())
            plans[*at].overrides.insert(dateFrom(days.value(1)), {});
    QSqlQuery values = m_db.prepare(
        QStringLiteral("SELECT skill_id, day, interval, value FROM demand_override_values"));
    m_db.exec(values);
    while (values.next())
        if (const auto at = index.constFind(values.value(0).toLongLong()); at != index.constEnd())
            setValue(plans[*at].overrides[dateFrom(values.value(1))], values.value(2).toInt(),
                     values.value(3).toDouble());
    return plans;
}

DemandPlan DemandRepository::plan(Id skillId) const
{
    for (const DemandPlan& plan : plans())
        if (plan.skillId == skillId)
            return plan;
    DemandPlan empty;
    empty.skillId = skillId;
    empty.intervalMinutes = intervalMinutes(); // new plans are entered as the file plans
    return empty;
}

void DemandRepository::savePlan(const DemandPlan& plan)
{
    requireValid(plan.validate(), QT_TRANSLATE_NOOP("Repositories", "demand"));
    const int planning = intervalMinutes();
    if (!DemandExpansion::canConvert(plan.intervalMinutes, planning))
        throw StorageError(StorageError::Kind::Invalid,
                           DemandExpansion::conversionProblem(skillName(m_db, plan.skillId),
                                                              plan.intervalMinutes, planning));
    Transaction transaction(m_db);
    QSqlQuery remove = m_db.prepare(QStringLiteral("DELETE FROM demand_plans WHERE skill_id = ?"));
    remove.addBindValue(plan.skillId);
    m_db.exec(remove); // cascades to the pattern and the overrides

    QSqlQuery insert = m_db.prepare(
        QStringLiteral("INSERT INTO demand_plans (skill_id, interval_minutes, input, "
                       "handle_seconds, service_level, answer_seconds, shrinkage, concurrency) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(plan.skillId);
    insert.addBindValue(plan.intervalMinutes);
    insert.addBindValue(inputName(plan.input));
    insert.addBindValue(plan.forecast.handleSeconds);
    insert.addBindValue(plan.forecast.serviceLevel);
    insert.addBindValue(plan.forecast.answerSeconds);
    insert.addBindValue(plan.forecast.shrinkage);
    insert.addBindValue(plan.forecast.concurrency);
    m_db.exec(insert);

    QSqlQuery weekly = m_db.prepare(QStringLiteral(
        "INSERT INTO demand_weekly (skill_id, day_of_week, interval, value) VALUES (?, ?, ?, ?)"));
    for (int d = 0; d < 7; ++d) {
        const DemandCurve& curve = plan.weekly[size_t(d)];
        for (int i = 0; i < int(curve.size()); ++i) {
            if (curve[i] <= 0)
                continue; // zero is the absence of a row
            weekly.bindValue(0, plan.skillId);
            weekly.bindValue(1, d + 1);
            weekly.bindValue(2, i);
            weekly.bindValue(3, curve[i]);
            m_db.exec(weekly);
        }
    }
    QSqlQuery day = m_db.prepare(
        QStringLiteral("INSERT INTO demand_override_days (skill_id, day) VALUES (?, ?)"));
    QSqlQuery value = m_db.prepare(QStringLiteral("INSERT INTO demand_override_values (skill_id, "
                                                  "day, interval, value) VALUES (?, ?, ?, ?)"));
    for (auto it = plan.overrides.cbegin(); it != plan.overrides.cend(); ++it) {
        day.bindValue(0, plan.skillId);
        day.bindValue(1, isoDate(it.key()));
        m_db.exec(day);
        for (int i = 0; i < int(it.value().size()); ++i) {
            if (it.value()[i] <= 0)
                continue;
            value.bindValue(0, plan.skillId);
            value.bindValue(1, isoDate(it.key()));
            value.bindValue(2, i);
            value.bindValue(3, it.value()[i]);
            m_db.exec(value);
        }
    }
    transaction.commit();
}

bool DemandRepository::hasPlan(Id skillId) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT 1 FROM demand_plans WHERE skill_id = ?"));
    query.addBindValue(skillId);
    m_db.exec(query);
    return query.next();
}

void DemandRepository::removePlan(Id skillId)
{
    Transaction transaction(m_db);
    QSqlQuery remove = m_db.prepare(QStringLiteral("DELETE FROM demand_plans WHERE skill_id = ?"));
    remove.addBindValue(skillId);
    m_db.exec(remove);
    transaction.commit();
}

QList<DemandInterval> DemandRepository::between(QDate first, QDate last) const
{
    const int planning = intervalMinutes();
    const QList<DemandPlan> all = plans();
    for (const DemandPlan& plan : all)
        if (!DemandExpansion::canConvert(plan.intervalMinutes, planning))
            throw StorageError(StorageError::Kind::Invalid,
                               DemandExpansion::conversionProblem(skillName(m_db, plan.skillId),
                                                                  plan.intervalMinutes, planning));
    return DemandExpansion(planning).expand(all, first, last);
}

void DemandRepository::set(const QList<DemandInterval>& intervals, int intervalMinutes)
{
    for (const DemandInterval& interval : intervals)
        requireValid(interval.validate(intervalMinutes),
                     QT_TRANSLATE_NOOP("Repositories", "demand"));
    Transaction transaction(m_db);
    QMap<Id, DemandPlan> changed;
    for (const DemandInterval& interval : intervals) {
        auto it = changed.find(interval.skillId);
        if (it == changed.end())
            it = changed.insert(interval.skillId, plan(interval.skillId));
        if (it->input == DemandInput::Forecast)
            throw StorageError(StorageError::Kind::Invalid,
                               QCoreApplication::translate(
                                   "Repositories",
                                   "The demand of this skill is a contact forecast; a headcount "
                                   "cannot be set on it."));
        // The plan keeps the shorter of its own and the given interval length, so that no
        // value it held is lost: a longer plan is split exactly, and a value given for a longer
        // interval is set on each of the plan's intervals within it.
        if (it->intervalMinutes > intervalMinutes && it->intervalMinutes % intervalMinutes == 0)
            *it = DemandExpansion::convertPlan(*it, intervalMinutes);
        if (intervalMinutes % it->intervalMinutes != 0)
            throw StorageError(StorageError::Kind::Invalid,
                               DemandExpansion::conversionProblem(skillName(m_db, interval.skillId),
                                                                  it->intervalMinutes,
                                                                  intervalMinutes));
        if (!it->overrides.contains(interval.day))
            it->overrides.insert(interval.day, it->curveOn(interval.day));
        const int parts = intervalMinutes / it->intervalMinutes;
        for (int p = 0; p < parts; ++p)
            setValue(it->overrides[interval.day], interval.interval * parts + p, interval.required);
    }
    for (const DemandPlan& plan : std::as_const(changed))
        savePlan(plan);
    transaction.commit();
}

int DemandRepository::plannedSkills() const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT count(*) FROM demand_plans"));
    m_db.exec(query);
    return query.next() ? query.value(0).toInt() : 0;
}

qint64 DemandRepository::countOverrideDays() const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT count(*) FROM demand_override_days"));
    m_db.exec(query);
    return query.next() ? query.value(0).toLongLong() : 0;
}

std::optional<std::pair<QDate, QDate>> DemandRepository::dateRange() const
{
    QSqlQuery query =
        m_db.prepare(QStringLiteral("SELECT min(day), max(day) FROM demand_override_days"));
    m_db.exec(query);
    if (!query.next() || query.value(0).isNull())
        return std::nullopt;
    return std::pair{dateFrom(query.value(0)), dateFrom(query.value(1))};
}

// --- schedule ---------------------------------------------------------------------------

namespace {

const QString shiftColumns = QStringLiteral(
    "id, start_utc, end_utc, skill_id, template_id, freelancer_id, unpaid_break_minutes, pinned");

Shift shiftFrom(const QSqlQuery& query)
{
    Shift s;
    s.id = query.value(0).toLongLong();
    s.start = QDateTime::fromSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
    s.end = QDateTime::fromSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC);
    s.skillId = query.value(3).toLongLong();
    if (!query.value(4).isNull())
        s.templateId = query.value(4).toLongLong();
    if (!query.value(5).isNull())
        s.freelancerId = query.value(5).toLongLong();
    s.unpaidBreakMinutes = query.value(6).toInt();
    s.pinned = query.value(7).toBool();
    return s;
}

void bindShift(QSqlQuery& query, const Shift& s)
{
    query.addBindValue(s.start.toSecsSinceEpoch());
    query.addBindValue(s.end.toSecsSinceEpoch());
    query.addBindValue(s.skillId);
    query.addBindValue(optionalId(s.templateId));
    query.addBindValue(optionalId(s.freelancerId));
    query.addBindValue(s.unpaidBreakMinutes);
    query.addBindValue(s.pinned ? 1 : 0);
}

} // namespace

QList<Shift> ScheduleRepository::overlapping(const UtcInterval& span) const
{
    QList<Shift> shifts;
    // Shifts are at most 16 hours long, which lets the start index bound the search.
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT %1 FROM shifts WHERE start_utc < ? AND start_utc > ? AND "
                       "end_utc > ? ORDER BY start_utc, id")
            .arg(shiftColumns));
    query.addBindValue(span.end);
    query.addBindValue(span.start - qint64{17} * 3600);
    query.addBindValue(span.start);
    m_db.exec(query);
    while (query.next())
        shifts.append(shiftFrom(query));
    return shifts;
}

std::optional<Shift> ScheduleRepository::find(Id id) const
{
    QSqlQuery query =
        m_db.prepare(QStringLiteral("SELECT %1 FROM shifts WHERE id = ?").arg(shiftColumns));
    query.addBindValue(id);
    m_db.exec(query);
    if (!query.next())
        return std::nullopt;
    return shiftFrom(query);
}

Id ScheduleRepository::add(const Shift& shift)
{
    requireValid(shift.validate(), QT_TRANSLATE_NOOP("Repositories", "shift"));
    Transaction transaction(m_db);
    QSqlQuery query =
        m_db.prepare(QStringLiteral("INSERT INTO shifts (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                         .arg(shiftColumns));
    query.addBindValue(shift.id == NoId ? QVariant(QMetaType::fromType<qint64>())
                                        : QVariant(shift.id));
    bindShift(query, shift);
    m_db.exec(query);
    transaction.commit();
    return lastId(query);
}

void ScheduleRepository::update(const Shift& shift)
{
    requireValid(shift.validate(), QT_TRANSLATE_NOOP("Repositories", "shift"));
    Transaction transaction(m_db);
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "UPDATE shifts SET start_utc = ?, end_utc = ?, skill_id = ?, template_id = ?, "
        "freelancer_id = ?, unpaid_break_minutes = ?, pinned = ? WHERE id = ?"));
    bindShift(query, shift);
    query.addBindValue(shift.id);
    m_db.exec(query);
    transaction.commit();
}

void ScheduleRepository::remove(Id id)
{
    deleteById(m_db, "shifts", id);
}

qint64 ScheduleRepository::count() const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT count(*) FROM shifts"));
    m_db.exec(query);
    return query.next() ? query.value(0).toLongLong() : 0;
}

std::optional<UtcInterval> ScheduleRepository::extent() const
{
    QSqlQuery query =
        m_db.prepare(QStringLiteral("SELECT min(start_utc), max(end_utc) FROM shifts"));
    m_db.exec(query);
    if (!query.next() || query.value(0).isNull())
        return std::nullopt;
    return UtcInterval{query.value(0).toLongLong(), query.value(1).toLongLong()};
}

void ScheduleRepository::stampAllChangedAt(qint64 utcSeconds)
{
    Transaction transaction(m_db);
    for (const QString& sql :
         {QStringLiteral("UPDATE shifts SET modified_utc = ?"),
          QStringLiteral("UPDATE calendar_cancellations SET cancelled_utc = ?")}) {
        QSqlQuery stamp = m_db.prepare(sql);
        stamp.addBindValue(utcSeconds);
        m_db.exec(stamp);
    }
    transaction.commit();
}

} // namespace shiftlane
