#pragma once

#include "domain/Availability.h"
#include "domain/Freelancer.h"
#include "domain/Skill.h"
#include "edit/Actor.h"
#include "edit/Edit.h"
#include "io/TeamCsv.h"

#include <QDateTime>

#include <functional>
#include <optional>

namespace shiftlane {

// A CSV import (core/io/TeamCsv) as one undoable step. prepare() runs the import inside a
// transaction it then rolls back, so every row is checked and the exact result is known while
// nothing is written; apply() writes that result in one transaction, revert() puts back what
// the import added or changed (and removes what it created), nothing else.
class CsvImport : public Edit
{
public:
    enum class Kind
    {
        Freelancers,
        Availability,
    };

    // The report's problems are the file's; when there are any, the edit must not be applied.
    // Throws StorageError: NotAllowed when `actor` may not import this (freelancers: the team
    // lead only; availability: only rows of the freelancers the actor may edit), or when the
    // database cannot be read.
    // Each freelancer whose availability the import changes gets a line in the availability
    // audit (who, when: `clock`, UTC; the current time when empty), as a save in the editor does.
    using Clock = std::function<QDateTime()>;
    static CsvImport prepare(Database& db, const Actor& actor, Kind kind, const QByteArray& bytes,
                             const QString& fileName, Clock clock = {});

    const csv::ImportReport& report() const { return m_report; }
    bool hasProblems() const { return !m_report.succeeded(); }
    // One line for the status bar: what was added, updated, created.
    QString summary() const;

    QString name() const override;
    void apply(Database& db) override;
    void revert(Database& db) override;

private:
    explicit CsvImport(const Actor& actor) : m_actor(actor) {}
    void recordAvailabilityAudit(Database& db, bool undoing) const;

    struct PersonChange
    {
        std::optional<Freelancer> before; // none: the import adds them
        Freelancer after;
    };
    struct AvailabilityChange
    {
        Id freelancerId = NoId;
        FreelancerAvailability before;
        FreelancerAvailability after;
    };

    Actor m_actor;
    Clock m_clock;
    Kind m_kind = Kind::Freelancers;
    QString m_fileName;
    csv::ImportReport m_report;
    QList<Skill> m_createdSkills;
    QList<PersonChange> m_people;
    QList<AvailabilityChange> m_availability;
};

} // namespace shiftlane
