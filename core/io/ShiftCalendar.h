#pragma once

#include "domain/Freelancer.h"
#include "schedule/ScheduleSnapshot.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace shiftlane {

// The freelancer a name given on the command line means: the one with exactly that name, else
// the one whose name matches ignoring case, else the only one whose name contains it. Empty,
// with `error` saying why (nobody, or which several), when no single freelancer fits.
std::optional<Freelancer> findFreelancerByName(const QList<Freelancer>& freelancers,
                                               const QString& name, QString& error);

// One freelancer's shifts as an iCalendar file (RFC 5545) for their own calendar: one VEVENT per
// shift, times in UTC so every calendar shows them in its own zone. Each event's UID is made of
// the shift's id and the database's calendar identity, so importing a newer export of the same
// file updates the events it imported before instead of adding copies. SEQUENCE counts seconds
// since 2020 at the export, so a later export always outranks an earlier one in clients that
// compare it (Outlook, Apple Calendar); DTSTAMP and LAST-MODIFIED are the export time.
class ShiftCalendar
{
public:
    struct Result
    {
        QByteArray ics;
        int events = 0;
    };

    // Shifts whose planning day is in the period (every shift when there is none). Reads the
    // database; throws StorageError. The identity is SettingsRepository::calendarIdentity().
    static Result build(Database& db, Id freelancerId, const std::optional<PlanningPeriod>& period,
                        const QString& identity, const QDateTime& stamp);

    static QString uidOf(Id shiftId, const QString& identity);
    static qint64 sequenceAt(const QDateTime& stamp);
};

} // namespace shiftlane
