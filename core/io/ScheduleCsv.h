#pragma once

#include "schedule/ScheduleSnapshot.h"

#include <QByteArray>
#include <QStringList>

namespace shiftlane::csv {

// The schedule of a period as CSV for spreadsheets and payroll: one row per shift whose planning
// day is in the snapshot's period, by start time, unassigned shifts with an empty freelancer.
// Columns: freelancer, skill, template, planning_time_zone, start, end (planning zone),
// freelancer_time_zone, freelancer_start, freelancer_end (the zone the freelancer is in when the
// shift starts: home, or where they travel to), paid_hours, unpaid_break_minutes, hourly_rate,
// pay, currency, pinned (yes/no). Times are "yyyy-MM-dd HH:mm"; amounts have a dot before the
// cents. Written with csv::write, so cells a spreadsheet would run as a formula (a freelancer
// called "=HYPERLINK(...)") are neutralised.
QStringList scheduleColumns();
QByteArray exportSchedule(const ScheduleSnapshot& snapshot);

} // namespace shiftlane::csv
