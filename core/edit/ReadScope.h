#pragma once

#include "edit/Actor.h"
#include "report/Insights.h"
#include "report/ScheduleReport.h"
#include "schedule/ScheduleSnapshot.h"

#include <QList>
#include <QString>

#include <optional>

namespace shiftlane {

// What an actor may read, the counterpart of what Actor lets them edit. The team lead reads
// everything. A freelancer reads their own profile, availability, shifts and figures, and the
// team's coverage: demand against how many are scheduled per skill and interval, counts that
// name nobody. Other people's shifts, hours, pay, availability and broken rules stay hidden,
// and so do the team's totals of pay and cost, which add up everyone's pay.
//
// Every view and export is fed through one scope decided from the window's actor, so the rule
// lives here once instead of in each widget. Coverage itself must be computed from the whole
// snapshot (it counts everyone); restrict the other products afterwards.
class ReadScope
{
public:
    explicit ReadScope(const Actor& actor = Actor::teamLead());

    bool isWholeTeam() const { return !m_only.has_value(); }
    // The one freelancer a freelancer's scope shows; empty for the team lead.
    std::optional<Id> onlyFreelancer() const { return m_only; }

    // Their profile, availability and figures.
    bool mayRead(Id freelancerId) const { return !m_only || *m_only == freelancerId; }
    // A shift of someone else, and an open (unassigned) shift, are the team lead's to see.
    bool mayRead(const Shift& shift) const
    {
        return !m_only || (shift.freelancerId && *shift.freelancerId == *m_only);
    }
    // Throws StorageError (Kind::NotAllowed) saying whose data cannot be read, for exports.
    void requireMayRead(Id freelancerId, const QString& freelancerName) const;

    QList<Freelancer> freelancers(const QList<Freelancer>& all) const;
    QList<Shift> shifts(const QList<Shift>& all) const;

    // The snapshot with only the readable freelancers, their availability and their shifts
    // (and history); settings, skills, templates and demand stay. Not for coverage.
    ScheduleSnapshot restrict(const ScheduleSnapshot& snapshot) const;
    // Only the readable freelancers' figures; the team's coverage stays, the team's cost
    // per week goes.
    Insights restrict(Insights insights) const;
    // Only the readable freelancers' rows and sheets, the totals of pay and hours theirs; the
    // coverage charts, the unmet demand and the headcounts per skill and day stay.
    ScheduleReport restrict(ScheduleReport report) const;

    friend bool operator==(const ReadScope&, const ReadScope&) = default;

private:
    std::optional<Id> m_only;
    QString m_name;
};

} // namespace shiftlane
