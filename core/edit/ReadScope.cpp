#include "edit/ReadScope.h"

#include "storage/StorageError.h"

#include <QCoreApplication>

#include <algorithm>

namespace shiftlane {

ReadScope::ReadScope(const Actor& actor)
{
    if (actor.isFreelancer()) {
        m_only = actor.freelancerId();
        m_name = actor.displayName();
    }
}

void ReadScope::requireMayRead(Id freelancerId, const QString& freelancerName) const
{
    if (mayRead(freelancerId))
        return;
    throw StorageError(StorageError::Kind::NotAllowed,
                       QCoreApplication::translate(
                           "ReadScope", "%1 is signed in as a freelancer and cannot see the "
                                        "shifts or availability of %2: a freelancer sees only "
                                        "their own, and the team's coverage.")
                           .arg(m_name, freelancerName));
}

QList<Freelancer> ReadScope::freelancers(const QList<Freelancer>& all) const
{
    if (!m_only)
        return all;
    QList<Freelancer> readable;
    for (const Freelancer& f : all)
        if (mayRead(f.id))
            readable.append(f);
    return readable;
}

QList<Shift> ReadScope::shifts(const QList<Shift>& all) const
{
    if (!m_only)
        return all;
    QList<Shift> readable;
    for (const Shift& s : all)
        if (mayRead(s))
            readable.append(s);
    return readable;
}

ScheduleSnapshot ReadScope::restrict(const ScheduleSnapshot& snapshot) const
{
    if (!m_only)
        return snapshot;
    ScheduleSnapshot own = snapshot;
    own.freelancers = freelancers(snapshot.freelancers);
    own.availability.clear();
    if (snapshot.availability.contains(*m_only))
        own.availability.insert(*m_only, snapshot.availability.value(*m_only));
    own.shifts = shifts(snapshot.shifts);
    own.history = shifts(snapshot.history);
    return own;
}

Insights ReadScope::restrict(Insights insights) const
{
    if (!m_only)
        return insights;
    insights.freelancers.removeIf(
        [this](const FreelancerInsight& f) { return !mayRead(f.freelancerId); });
    insights.costPerWeek.clear();
    return insights;
}

ScheduleReport ReadScope::restrict(ScheduleReport report) const
{
    if (!m_only)
        return report;
    // Unassigned shifts have the row id NoId, which no freelancer has.
    report.rows.removeIf([this](const ScheduleRow& r) { return !mayRead(r.freelancerId); });
    report.sheets.removeIf([this](const FreelancerSheet& s) { return !mayRead(s.freelancerId); });
    report.paidMinutes = 0;
    report.payByCurrency.clear();
    for (const ScheduleRow& r : std::as_const(report.rows)) {
        report.paidMinutes += r.paidMinutes;
        if (r.paidMinutes > 0)
            report.payByCurrency[r.currency] += r.payCents;
    }
    return report;
}

} // namespace shiftlane
