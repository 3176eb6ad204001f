#pragma once

#include "domain/Demand.h"
#include "edit/Actor.h"
#include "edit/Edit.h"

#include <optional>

namespace shiftlane {

// Saves one skill's whole demand plan (pattern, overrides, forecast parameters) as one
// undoable step. Only the team lead plans demand.
class DemandPlanSave : public Edit
{
public:
    // Reads the plan as it is now, to undo to. Throws StorageError: NotAllowed for a
    // freelancer, Invalid when `after` does not validate.
    static DemandPlanSave prepare(Database& db, const Actor& actor, DemandPlan after,
                                  const QString& skillName);

    QString name() const override;
    void apply(Database& db) override;
    void revert(Database& db) override;

private:
    DemandPlanSave() = default;

    std::optional<DemandPlan> m_before; // none: the skill had no plan
    DemandPlan m_after;
    QString m_skillName;
};

} // namespace shiftlane
