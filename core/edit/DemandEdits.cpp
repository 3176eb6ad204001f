#include "edit/DemandEdits.h"

#include "staffing/DemandExpansion.h"
#include "storage/Repositories.h"

#include <QCoreApplication>

namespace shiftlane {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("DemandEdits", text);
}

} // namespace

DemandPlanSave DemandPlanSave::prepare(Database& db, const Actor& actor, DemandPlan after,
                                       const QString& skillName)
{
    actor.requireTeamLead(tr("change the demand"));
    const ValidationErrors errors = after.validate();
    if (!errors.isEmpty())
        throw StorageError(
            StorageError::Kind::Invalid,
            tr("The demand of %1 was not saved:\n%2").arg(skillName, describe(errors)));
    const int planning = SettingsRepository(db).load().intervalMinutes;
    if (!DemandExpansion::canConvert(after.intervalMinutes, planning))
        throw StorageError(
            StorageError::Kind::Invalid,
            DemandExpansion::conversionProblem(skillName, after.intervalMinutes, planning));
    DemandRepository demand(db);
    DemandPlanSave save;
    if (demand.hasPlan(after.skillId))
        save.m_before = demand.plan(after.skillId);
    save.m_after = std::move(after);
    save.m_skillName = skillName;
    return save;
}

QString DemandPlanSave::name() const
{
    return tr("Change demand of %1").arg(m_skillName);
}

void DemandPlanSave::apply(Database& db)
{
    DemandRepository(db).savePlan(m_after); // one transaction
}

void DemandPlanSave::revert(Database& db)
{
    DemandRepository demand(db);
    if (m_before)
        demand.savePlan(*m_before);
    else
        demand.removePlan(m_after.skillId);
}

} // namespace shiftlane
