#pragma once

#include "domain/Ids.h"
#include "domain/Validation.h"

#include <QDate>
#include <QString>

namespace shiftlane {

enum class AvailabilityKind
{
    Available, // may be scheduled
    Preferred, // would like to be scheduled
};

// A recurring wall-clock window in the freelancer's own time zone: "every Monday
// 09:00-13:00". Minutes of the day; end may be 1440 (midnight at the end of the day).
// A window across midnight is two windows, one on each day.
struct WeeklyWindow
{
    Id id = NoId;
    Id freelancerId = NoId;
    int dayOfWeek = 1; // 1 = Monday ... 7 = Sunday (Qt::DayOfWeek)
    int startMinute = 0;
    int endMinute = 0;
    AvailabilityKind kind = AvailabilityKind::Available;

    ValidationErrors validate() const;
    friend bool operator==(const WeeklyWindow&, const WeeklyWindow&) = default;
};

// Dated changes to the weekly pattern, in the freelancer's own zone.
struct TimeOff
{
    Id id = NoId;
    Id freelancerId = NoId;
    QDate firstDay;
    QDate lastDay; // inclusive
    QString reason;

    bool covers(QDate day) const { return day >= firstDay && day <= lastDay; }
    ValidationErrors validate() const;
    friend bool operator==(const TimeOff&, const TimeOff&) = default;
};

struct OneOffWindow
{
    Id id = NoId;
    Id freelancerId = NoId;
    QDate day;
    int startMinute = 0;
    int endMinute = 0;
    AvailabilityKind kind = AvailabilityKind::Available;

    ValidationErrors validate() const;
    friend bool operator==(const OneOffWindow&, const OneOffWindow&) = default;
};

QString toString(AvailabilityKind kind);
bool availabilityKindFromString(const QString& text, AvailabilityKind& kind);

} // namespace shiftlane
