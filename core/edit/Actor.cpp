#include "edit/Actor.h"

#include "storage/Repositories.h"
#include "storage/StorageError.h"

#include <QCoreApplication>

namespace shiftlane {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Actor", text);
}

} // namespace

QString Actor::displayName() const
{
    return isTeamLead() ? tr("Team lead") : m_name;
}

void Actor::requireTeamLead(const QString& action) const
{
    if (isTeamLead())
        return;
    throw StorageError(StorageError::Kind::NotAllowed,
                       tr("%1 is signed in as a freelancer and cannot %2: only the team lead "
                          "can. A freelancer can change only their own availability and time "
                          "off.")
                           .arg(m_name, action));
}

void Actor::requireMayEditAvailabilityOf(Id freelancerId, const QString& freelancerName) const
{
    if (mayEditAvailabilityOf(freelancerId))
        return;
    throw StorageError(StorageError::Kind::NotAllowed,
                       tr("%1 is signed in as a freelancer and cannot change the availability "
                          "or time off of %2: a freelancer can change only their own.")
                           .arg(m_name, freelancerName));
}

Actor Actor::freelancerNamed(Database& db, const QString& name)
{
    const QString wanted = name.trimmed();
    const QList<Freelancer> team = FreelancerRepository(db).all();
    QStringList names;
    for (const Freelancer& f : team) {
        if (f.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return freelancer(f.id, f.name);
        names.append(f.name);
    }
    const QString known = names.isEmpty()
                              ? tr("this file has no freelancers")
                              : tr("the team is: %1").arg(names.join(QStringLiteral(", ")));
    throw StorageError(StorageError::Kind::Invalid,
                       tr("No freelancer is called \"%1\" (%2).").arg(wanted, known));
}

} // namespace shiftlane
