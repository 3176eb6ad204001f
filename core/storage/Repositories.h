#pragma once

// One repository per aggregate. Every public method that writes is one transaction (or
// joins the caller's, when a user action spans several calls). All throw StorageError.
#include "domain/Availability.h"
#include "domain/Demand.h"
#include "domain/Freelancer.h"
#include "domain/PlanningSettings.h"
#include "domain/Shift.h"
#include "domain/ShiftTemplate.h"
#include "domain/Skill.h"
#include "storage/Database.h"
#include "time/UtcInterval.h"

#include <QHash>
#include <QList>
#include <optional>

namespace shiftlane {

class SettingsRepository
{
public:
    explicit SettingsRepository(Database& db) : m_db(db) {}
    PlanningSettings load() const;
    void save(const PlanningSettings& settings);

    // A random id of this database, made once and kept: calendar event UIDs include it, so the
    // events of two teams' files never collide and a re-exported event keeps its UID. Empty
    // while none has been made (a file no calendar was exported from yet).
    QString calendarIdentity() const;
    // The identity, made (in one transaction) if the file has none yet.
    QString ensureCalendarIdentity();

private:
    Database& m_db;
};

class SkillRepository
{
public:
    explicit SkillRepository(Database& db) : m_db(db) {}
    QList<Skill> all() const;
    // Inserts with the skill's own id when it has one.
    Id add(const Skill& skill);
    void update(const Skill& skill);
    void remove(Id id);

private:
    Database& m_db;
};

class FreelancerRepository
{
public:
    explicit FreelancerRepository(Database& db) : m_db(db) {}
    QList<Freelancer> all() const; // by name
    std::optional<Freelancer> find(Id id) const;
    // Inserts with the freelancer's own id when it has one (undo brings a removal back so).
    Id add(const Freelancer& freelancer);
    void update(const Freelancer& freelancer);
    void remove(Id id);

private:
    void writeSkills(const Freelancer& freelancer, Id id);
    Database& m_db;
};

class AvailabilityRepository
{
public:
    explicit AvailabilityRepository(Database& db) : m_db(db) {}
    FreelancerAvailability forFreelancer(Id freelancerId) const;
    QHash<Id, FreelancerAvailability> all() const;
    // Replaces the whole weekly pattern: painting a grid is one user action.
    void replaceWeekly(Id freelancerId, const QList<WeeklyWindow>& windows);
    Id addTimeOff(const TimeOff& timeOff);
    void removeTimeOff(Id id);
    Id addOneOff(const OneOffWindow& window);
    void removeOneOff(Id id);
    // Replaces the travel plan; refuses invalid or overlapping periods (nothing written).
    void replaceTravel(Id freelancerId, const QList<TravelPeriod>& periods);
    // Replaces everything the freelancer said, in one transaction; rows keep the ids they
    // carry (so undo brings back the very rows a save replaced).
    void replaceAll(Id freelancerId, const FreelancerAvailability& availability);

private:
    Database& m_db;
};

// Who changed availability and when; rows outlive a freelancer's removal (undo brings the
// freelancer back with their history).
class AvailabilityAuditRepository
{
public:
    explicit AvailabilityAuditRepository(Database& db) : m_db(db) {}
    Id record(const AvailabilityChange& change);
    QList<AvailabilityChange> forFreelancer(Id freelancerId) const; // newest first

private:
    Database& m_db;
};

class TemplateRepository
{
public:
    explicit TemplateRepository(Database& db) : m_db(db) {}
    QList<ShiftTemplate> all() const; // by start time
    Id add(const ShiftTemplate& shiftTemplate);
    void update(const ShiftTemplate& shiftTemplate);
    void remove(Id id);

private:
    Database& m_db;
};

// Demand is stored as each skill's plan (weekly pattern + dated overrides); what a date needs
// is always derived from the plans, so there is one source of truth.
class DemandRepository
{
public:
    explicit DemandRepository(Database& db) : m_db(db) {}
    QList<DemandPlan> plans() const; // by skill id
    // The skill's plan; a skill nobody planned gets an empty headcount plan.
    DemandPlan plan(Id skillId) const;
    // Replaces the skill's whole plan (pattern, overrides and forecast parameters).
    void savePlan(const DemandPlan& plan);
    bool hasPlan(Id skillId) const;
    void removePlan(Id skillId);
    // The freelancers needed per skill, day and interval (only intervals that need someone),
    // by day, skill and interval: the plans expanded with the file's interval length.
    QList<DemandInterval> between(QDate first, QDate last) const;
    // Sets headcounts of single dated intervals: each (skill, day) becomes an override day
    // (starting from that weekday's pattern) with those intervals replaced. Refused for a
    // skill whose demand is typed as a forecast.
    void set(const QList<DemandInterval>& intervals, int intervalMinutes);
    // Number of skills with a demand plan and of dated override days, and the overrides' range.
    int plannedSkills() const;
    qint64 countOverrideDays() const;
    std::optional<std::pair<QDate, QDate>> dateRange() const;

private:
    int intervalMinutes() const;
    Database& m_db;
};

class ScheduleRepository
{
public:
    explicit ScheduleRepository(Database& db) : m_db(db) {}
    // Shifts that overlap the span, by start time.
    QList<Shift> overlapping(const UtcInterval& span) const;
    std::optional<Shift> find(Id id) const;
    // Inserts with the shift's own id when it has one (undo restores deleted shifts so).
    Id add(const Shift& shift);
    void update(const Shift& shift);
    void remove(Id id);
    qint64 count() const;
    std::optional<UtcInterval> extent() const;
    // Every shift and calendar cancellation stamped as last changed at that instant instead of
    // the second it was written (the database's own stamp), for files that must be reproducible.
    void stampAllChangedAt(qint64 utcSeconds);

private:
    Database& m_db;
};

} // namespace shiftlane
