#pragma once

#include "io/Csv.h"
#include "storage/Database.h"

namespace shiftlane::csv {

// What an import did, or -- when problems is not empty -- why it wrote nothing.
struct ImportReport
{
    QList<Problem> problems;
    int rows = 0;
    int added = 0; // freelancers added; for availability: rows added
    int updated =
        0; // freelancers updated; for availability: freelancers whose entries were replaced
    QStringList newSkills;

    bool succeeded() const { return problems.isEmpty(); }
};

// Freelancers, one per row. Columns (header names, any order; only name and time_zone required):
//   name, email, phone, time_zone (IANA), skills (names separated by |), hourly_rate (18.50),
//   currency (ISO 4217), min_hours_per_week, max_hours_per_week (decimal hours 37.5 or 37:30),
//   max_shifts_per_day, max_consecutive_days, min_consecutive_days_off, min_rest_hours,
//   max_working_weekends (per four weeks)
// A freelancer whose name (ignoring case) is already in the file is updated, anyone else is
// added; nobody is removed. An empty cell keeps the current value (or the default for someone
// new). Skills not in the database yet are created, and the report lists them.
QStringList freelancerColumns();
QByteArray exportFreelancers(Database& db);
ImportReport importFreelancers(Database& db, const QByteArray& bytes);

// Availability, one entry per row. Columns: freelancer, kind, day, start, end, until, reason,
// time_zone.
//   kind preferred|available, day Monday..Sunday (or Mon, or 1-7): a weekly window, start and
//     end HH:MM in the freelancer's own zone, end may be 24:00;
//   kind preferred|available, day a date (2026-12-24): a one-off window on that date;
//   kind time_off, day the first date, until the last date (empty: the same day), reason;
//   kind travel, day the first date, until the last date (empty: the same day), time_zone the
//     IANA zone the freelancer is in on those dates (their windows are read in it then).
// The file replaces the whole availability (weekly windows, one-off windows, time off and --
// when its header has the time_zone column -- travel) of every freelancer it names; freelancers
// it does not name keep theirs. A file without the time_zone column (written before travel was
// part of the format) leaves everyone's travel as it is.
QStringList availabilityColumns();
QByteArray exportAvailability(Database& db);
ImportReport importAvailability(Database& db, const QByteArray& bytes);

} // namespace shiftlane::csv
