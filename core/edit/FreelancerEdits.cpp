#include "edit/FreelancerEdits.h"

#include <QCoreApplication>

namespace shiftlane {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("FreelancerEdits", text);
}

QList<Shift> shiftsOf(Database& db, Id freelancerId)
{
    QSqlQuery query = db.prepare(QStringLiteral("SELECT id FROM shifts WHERE freelancer_id = ?"));
    query.addBindValue(freelancerId);
    db.exec(query);
    QList<Shift> shifts;
    ScheduleRepository schedule(db);
    while (query.next())
        if (auto shift = schedule.find(query.value(0).toLongLong()))
            shifts.append(*shift);
    return shifts;
}

} // namespace

FreelancerSave::FreelancerSave(std::optional<Freelancer> before, Freelancer after)
    : m_before(std::move(before)), m_after(std::move(after))
{}

FreelancerSave::FreelancerSave(const Actor& actor, std::optional<Freelancer> before,
                               Freelancer after)
    : FreelancerSave(std::move(before), std::move(after))
{
    actor.requireTeamLead(m_before ? tr("change %1's details").arg(m_after.name)
                                   : tr("add freelancers"));
}

QString FreelancerSave::name() const
{
    return m_before ? tr("Edit %1").arg(m_after.name) : tr("Add %1").arg(m_after.name);
}

void FreelancerSave::apply(Database& db)
{
    FreelancerRepository people(db);
    Transaction transaction(db);
    if (m_before)
        people.update(m_after);
    else
        m_after.id = people.add(m_after); // with its old id again on redo
    transaction.commit();
}

void FreelancerSave::revert(Database& db)
{
    FreelancerRepository people(db);
    Transaction transaction(db);
    if (m_before)
        people.update(*m_before);
    else
        people.remove(m_after.id);
    transaction.commit();
}

FreelancerRemoval FreelancerRemoval::prepare(Database& db, const Actor& actor, Id freelancerId,
                                             Shifts shifts)
{
    actor.requireTeamLead(tr("remove freelancers"));
    return prepare(db, freelancerId, shifts);
}

FreelancerRemoval FreelancerRemoval::prepare(Database& db, Id freelancerId, Shifts shifts)
{
    FreelancerRemoval removal;
    const auto freelancer = FreelancerRepository(db).find(freelancerId);
    if (!freelancer)
        throw StorageError(StorageError::Kind::Failed,
                           tr("That freelancer no longer exists (removed in another window?)."));
    removal.m_freelancer = *freelancer;
    removal.m_availability = AvailabilityRepository(db).forFreelancer(freelancerId);
    removal.m_shifts = shiftsOf(db, freelancerId);
    removal.m_handling = shifts;
    return removal;
}

QString FreelancerRemoval::name() const
{
    return tr("Remove %1").arg(m_freelancer.name);
}

void FreelancerRemoval::apply(Database& db)
{
    ScheduleRepository schedule(db);
    Transaction transaction(db);
    for (const Shift& shift : m_shifts) {
        if (m_handling == Shifts::Delete) {
            schedule.remove(shift.id);
        } else {
            Shift open = shift;
            open.freelancerId.reset();
            schedule.update(open);
        }
    }
    FreelancerRepository(db).remove(m_freelancer.id); // availability goes with it
    transaction.commit();
}

void FreelancerRemoval::revert(Database& db)
{
    Transaction transaction(db);
    FreelancerRepository(db).add(m_freelancer);                             // keeps its id
    AvailabilityRepository(db).replaceAll(m_freelancer.id, m_availability); // travel too
    ScheduleRepository schedule(db);
    for (const Shift& shift : m_shifts) {
        if (m_handling == Shifts::Delete)
            schedule.add(shift); // keeps its id
        else
            schedule.update(shift);
    }
    transaction.commit();
}

int countShiftsOf(Database& db, Id freelancerId)
{
    QSqlQuery query =
        db.prepare(QStringLiteral("SELECT count(*) FROM shifts WHERE freelancer_id = ?"));
    query.addBindValue(freelancerId);
    db.exec(query);
    return query.next() ? query.value(0).toInt() : 0;
}

} // namespace shiftlane
