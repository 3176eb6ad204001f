#pragma once

#include "domain/Ids.h"
#include "domain/Validation.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
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

// "From firstDay to lastDay I am in Asia/Dubai": on those dates (the traveller's own
// calendar dates) their windows are wall-clock times of that zone instead of their home
// zone. A date has one zone, so one person's travel periods never overlap.
struct TravelPeriod
{
    Id id = NoId;
    Id freelancerId = NoId;
    QDate firstDay;
    QDate lastDay;       // inclusive
    QByteArray timeZone; // IANA id

    bool covers(QDate day) const { return day >= firstDay && day <= lastDay; }
    ValidationErrors validate() const;
    friend bool operator==(const TravelPeriod&, const TravelPeriod&) = default;
};

// Checks each period and that no two of one person's periods share a date; an overlap
// is reported on the later period's "firstDay", naming the period it runs into.
ValidationErrors validateTravelPlan(const QList<TravelPeriod>& periods);

// Everything one freelancer said about when, and where, they can work.
struct FreelancerAvailability
{
    QList<WeeklyWindow> weekly;
    QList<TimeOff> timeOff;
    QList<OneOffWindow> oneOff;
    QList<TravelPeriod> travel;

    friend bool operator==(const FreelancerAvailability&, const FreelancerAvailability&) = default;
};

// One line of the availability audit trail: who changed whose availability, when, and a
// short sentence saying what changed.
struct AvailabilityChange
{
    Id id = NoId;
    QDateTime atUtc;
    QString actor; // "Team lead" or the freelancer's name, as they were acting
    Id freelancerId = NoId;
    QString summary;
    friend bool operator==(const AvailabilityChange&, const AvailabilityChange&) = default;
};

QString toString(AvailabilityKind kind);
bool availabilityKindFromString(const QString& text, AvailabilityKind& kind);

} // namespace shiftlane
