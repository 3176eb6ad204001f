#pragma once

#include "domain/Ids.h"

#include <QString>

namespace shiftlane {

class Database;

// Who is making an edit. The team lead may change anything; a freelancer (the app started
// with `--as NAME`, or the profile switched to them) may change only their own availability
// and time off. Every request that builds an edit is given the actor and refuses, by
// throwing StorageError (Kind::NotAllowed) with a message that says who may, so the rule
// holds for whatever calls the request, not only for the buttons the GUI shows.
class Actor
{
public:
    static Actor teamLead() { return Actor(NoId, {}); }
    static Actor freelancer(Id id, QString name) { return Actor(id, std::move(name)); }
    // The freelancer called `name` (ignoring case and surrounding spaces), for `--as NAME`.
    // Throws StorageError (Kind::Invalid) naming the team's freelancers when nobody is.
    static Actor freelancerNamed(Database& db, const QString& name);

    bool isTeamLead() const { return m_freelancerId == NoId; }
    bool isFreelancer() const { return !isTeamLead(); }
    Id freelancerId() const { return m_freelancerId; } // NoId for the team lead
    // "Team lead", or the freelancer's name.
    QString displayName() const;

    bool mayEditTeamData() const { return isTeamLead(); }
    bool mayEditAvailabilityOf(Id freelancerId) const
    {
        return isTeamLead() || freelancerId == m_freelancerId;
    }

    // `action` completes "… cannot <action>", e.g. tr("move shifts").
    void requireTeamLead(const QString& action) const;
    // For availability and time off of `freelancerName` (id `freelancerId`).
    void requireMayEditAvailabilityOf(Id freelancerId, const QString& freelancerName) const;

    friend bool operator==(const Actor&, const Actor&) = default;

private:
    Actor(Id freelancerId, QString name) : m_freelancerId(freelancerId), m_name(std::move(name)) {}

    Id m_freelancerId = NoId;
    QString m_name;
};

} // namespace shiftlane
