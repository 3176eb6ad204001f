#pragma once

#include "domain/Freelancer.h"
#include "domain/Shift.h"
#include "edit/Actor.h"
#include "edit/Edit.h"
#include "storage/Repositories.h"

#include <optional>

namespace shiftlane {

// Adds a freelancer, or changes one: the freelancer before (none when adding) and after.
class FreelancerSave : public Edit
{
public:
    FreelancerSave(std::optional<Freelancer> before, Freelancer after);
    // The same, asked for by `actor`: only the team lead adds or changes freelancers (their
    // contract, rate and skills); a freelancer is refused with StorageError (NotAllowed).
    FreelancerSave(const Actor& actor, std::optional<Freelancer> before, Freelancer after);

    QString name() const override;
    void apply(Database& db) override;
    void revert(Database& db) override;
    // The freelancer's id once applied (a new one gets it on the first apply).
    Id freelancerId() const { return m_after.id; }

private:
    std::optional<Freelancer> m_before;
    Freelancer m_after;
};

// Removes a freelancer with everything they said (availability, time off), after deciding
// what happens to their shifts; undo brings all of it back, ids included.
class FreelancerRemoval : public Edit
{
public:
    enum class Shifts
    {
        Unassign,
        Delete
    };

    // Reads what the removal will take away. Throws StorageError; NotAllowed when `actor`
    // is not the team lead.
    static FreelancerRemoval prepare(Database& db, const Actor& actor, Id freelancerId,
                                     Shifts shifts);
    // As the team lead (the command line).
    static FreelancerRemoval prepare(Database& db, Id freelancerId, Shifts shifts);

    QString name() const override;
    void apply(Database& db) override;
    void revert(Database& db) override;
    int affectedShifts() const { return int(m_shifts.size()); }

private:
    FreelancerRemoval() = default;

    Freelancer m_freelancer;
    FreelancerAvailability m_availability;
    QList<Shift> m_shifts;
    Shifts m_handling = Shifts::Unassign;
};

// How many shifts a freelancer has (any date); the delete dialog asks only when there are.
int countShiftsOf(Database& db, Id freelancerId);

} // namespace shiftlane
