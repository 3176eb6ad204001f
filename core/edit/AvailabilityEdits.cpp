#include "edit/AvailabilityEdits.h"

#include "availability/ChangeSummary.h"
#include "storage/Repositories.h"

#include <QCoreApplication>

namespace shiftlane {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("AvailabilityEdits", text);
}

// Rows belong to the freelancer they are saved for, whatever the caller filled in.
FreelancerAvailability ownedBy(FreelancerAvailability a, Id freelancerId)
{
    for (WeeklyWindow& w : a.weekly)
        w.freelancerId = freelancerId;
    for (TimeOff& t : a.timeOff)
        t.freelancerId = freelancerId;
    for (OneOffWindow& w : a.oneOff)
        w.freelancerId = freelancerId;
    for (TravelPeriod& t : a.travel)
        t.freelancerId = freelancerId;
    return a;
}

} // namespace

AvailabilitySave AvailabilitySave::prepare(Database& db, const Actor& actor, Id freelancerId,
                                           FreelancerAvailability after, Clock clock)
{
    const auto freelancer = FreelancerRepository(db).find(freelancerId);
    if (!freelancer)
        throw StorageError(StorageError::Kind::Failed,
                           tr("That freelancer no longer exists (removed in another window?)."));
    actor.requireMayEditAvailabilityOf(freelancerId, freelancer->name);

    AvailabilitySave save(actor);
    save.m_freelancerId = freelancerId;
    save.m_freelancerName = freelancer->name;
    save.m_before = AvailabilityRepository(db).forFreelancer(freelancerId);
    save.m_after = ownedBy(std::move(after), freelancerId);
    save.m_summary = describeAvailabilityChange(save.m_before, save.m_after);
    save.m_clock = clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); };
    return save;
}

QString AvailabilitySave::name() const
{
    return tr("Change the availability of %1").arg(m_freelancerName);
}

void AvailabilitySave::write(Database& db, const FreelancerAvailability& availability,
                             const QString& summary)
{
    m_actor.requireMayEditAvailabilityOf(m_freelancerId, m_freelancerName);
    Transaction transaction(db);
    AvailabilityRepository(db).replaceAll(m_freelancerId, availability);
    AvailabilityAuditRepository(db).record(
        {NoId, m_clock(), m_actor.displayName(), m_freelancerId, summary});
    transaction.commit();
}

void AvailabilitySave::apply(Database& db)
{
    write(db, m_after, m_summary);
    // Rows saved without an id got one: keep them, so a later undo/redo cycle restores the
    // very rows the database holds.
    m_after = AvailabilityRepository(db).forFreelancer(m_freelancerId);
}

void AvailabilitySave::revert(Database& db)
{
    write(db, m_before, tr("Undone: %1").arg(m_summary));
}

} // namespace shiftlane
