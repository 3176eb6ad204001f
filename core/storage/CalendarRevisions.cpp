#include "storage/CalendarRevisions.h"

namespace shiftlane {

namespace {

constexpr int FirstVersionWithRevisions = 5;

QDateTime utcFrom(const QVariant& seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds.toLongLong(), Qt::UTC);
}

} // namespace

bool CalendarRevisions::available() const
{
    return m_db.schemaVersion() >= FirstVersionWithRevisions;
}

QHash<Id, CalendarRevisions::Revision> CalendarRevisions::ofFreelancer(Id freelancerId) const
{
    QHash<Id, Revision> revisions;
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT id, revision, modified_utc FROM shifts WHERE freelancer_id = ?"));
    query.addBindValue(freelancerId);
    m_db.exec(query);
    while (query.next())
        revisions.insert(query.value(0).toLongLong(),
                         {query.value(1).toLongLong(), utcFrom(query.value(2))});
    return revisions;
}

QList<CalendarRevisions::Cancellation> CalendarRevisions::cancelledFor(Id freelancerId) const
{
    QList<Cancellation> cancelled;
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT shift_id, start_utc, end_utc, skill_id, revision, cancelled_utc"
                       " FROM calendar_cancellations WHERE freelancer_id = ?"
                       " ORDER BY start_utc, shift_id"));
    query.addBindValue(freelancerId);
    m_db.exec(query);
    while (query.next())
        cancelled.append({query.value(0).toLongLong(), utcFrom(query.value(1)),
                          utcFrom(query.value(2)), query.value(3).toLongLong(),
                          query.value(4).toLongLong(), utcFrom(query.value(5))});
    return cancelled;
}

} // namespace shiftlane
