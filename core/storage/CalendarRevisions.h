#pragma once

#include "domain/Ids.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace shiftlane {

// What a calendar client needs beyond the shift itself to replace or drop the event it imported:
// how many times the event changed and when it last did, and which of a freelancer's events were
// taken away from them. The database keeps both up to date on every write (schema version 5);
// this class only reads them. Throws StorageError.
class CalendarRevisions
{
public:
    struct Revision
    {
        qint64 number = 0;
        QDateTime modified; // UTC
    };

    // A shift that was in the freelancer's calendar and is not any more: deleted, or given to
    // someone else. Its times and skill are those the freelancer last saw.
    struct Cancellation
    {
        Id shiftId = NoId;
        QDateTime start; // UTC
        QDateTime end;   // UTC
        Id skillId = NoId;
        qint64 revision = 0; // above every revision the live event had
        QDateTime cancelled; // UTC
    };

    explicit CalendarRevisions(Database& db) : m_db(db) {}

    // False for a file at an older schema opened read-only: it has no revisions to read.
    bool available() const;
    // The revisions of the freelancer's shifts, by shift id.
    QHash<Id, Revision> ofFreelancer(Id freelancerId) const;
    // The freelancer's cancelled events, by start.
    QList<Cancellation> cancelledFor(Id freelancerId) const;

private:
    Database& m_db;
};

} // namespace shiftlane
