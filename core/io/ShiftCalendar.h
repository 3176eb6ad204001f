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
// file updates the events it imported before instead of adding copies. SEQUENCE is the shift's
// revision and LAST-MODIFIED when it happened (see CalendarRevisions): it goes up only when what
// the event shows changed, so a client replaces exactly the events that changed. DTSTAMP is the
// export time, as RFC 5545 asks of a file with a METHOD. A shift of theirs that was deleted or
// given to someone else is written as a cancelled event (same UID, STATUS:CANCELLED, a higher
// SEQUENCE), so it disappears from the calendar that imported it.
class ShiftCalendar
{
public:
    struct Result
    {
        QByteArray ics;
        int events = 0;    // the freelancer's shifts
        int cancelled = 0; // events that tell the calendar to drop a shift
    };

    // Shifts, and cancelled shifts, whose planning day is in the period (all when there is
    // none). Reads the database; throws StorageError. The identity is
    // SettingsRepository::calendarIdentity().
    static Result build(Database& db, Id freelancerId, const std::optional<PlanningPeriod>& period,
                        const QString& identity, const QDateTime& stamp);

    static QString uidOf(Id shiftId, const QString& identity);
};

} // namespace shiftlane
