#pragma once

#include "domain/Availability.h"
#include "edit/Actor.h"
#include "edit/Edit.h"

#include <QDateTime>

#include <functional>

namespace shiftlane {

// Saves everything one freelancer said about when and where they work (weekly windows,
// time off, one-off windows, travel) as one user action, and writes a line to the audit
// trail in the same transaction: who (the actor), when, and what changed. Undo restores
// the previous rows, ids included, and records that too. A freelancer acting for
// themselves may change only their own availability: prepare(), apply() and revert()
// refuse anyone else's with StorageError (Kind::NotAllowed).
class AvailabilitySave : public Edit
{
public:
    using Clock = std::function<QDateTime()>; // UTC now; tests pass a fixed one

    // Reads the current availability as "before". Throws StorageError.
    static AvailabilitySave prepare(Database& db, const Actor& actor, Id freelancerId,
                                    FreelancerAvailability after, Clock clock = {});

    QString name() const override;
    void apply(Database& db) override;
    void revert(Database& db) override;

    // What changed, in the words the audit trail records; empty when nothing did.
    const QString& summary() const { return m_summary; }
    bool changesNothing() const { return m_summary.isEmpty(); }

private:
    explicit AvailabilitySave(Actor actor) : m_actor(std::move(actor)) {}
    void write(Database& db, const FreelancerAvailability& availability, const QString& summary);

    Actor m_actor;
    Id m_freelancerId = NoId;
    QString m_freelancerName;
    FreelancerAvailability m_before;
    FreelancerAvailability m_after;
    QString m_summary;
    Clock m_clock;
};

} // namespace shiftlane
