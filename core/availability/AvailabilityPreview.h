#pragma once

#include "domain/Availability.h"
#include "domain/Freelancer.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace shiftlane {

// One window as it falls on a planning day: wall-clock minutes of the planning zone
// (end may be 1440), and the freelancer's own wall-clock times it stands for.
struct PreviewWindow
{
    int startMinute = 0;
    int endMinute = 0;
    AvailabilityKind kind = AvailabilityKind::Available;
    int localStartMinute = 0; // in the zone the freelancer is in at that moment
    int localEndMinute = 0;
    friend bool operator==(const PreviewWindow&, const PreviewWindow&) = default;
};

// A planning day of the preview.
struct PreviewDay
{
    QDate day; // in the planning zone
    QList<PreviewWindow> windows;
    QByteArray freelancerZone; // in force at noon of the planning day (travel included)
    // The freelancer's UTC offset minus the planning zone's, at noon: +3600 = one hour ahead.
    int differenceSeconds = 0;
    // The difference is not the one of the day before (DST on either side, or travel); the
    // first day of a preview is never marked.
    bool differenceChanged = false;
    bool timeOff = false; // a time off covers the freelancer's date at noon
};

// What the freelancer's availability means in the planning zone, day by day from `first`
// for `days` days: their windows expanded in the zone in force on each of their dates,
// shown in the planning zone's wall-clock time, DST on both sides included.
QList<PreviewDay> previewInPlanningZone(const Freelancer& freelancer,
                                        const FreelancerAvailability& availability,
                                        const QByteArray& planningZone, QDate first, int days);

// "3 h behind", "5 h 30 min ahead", "same time".
QString describeDifference(int differenceSeconds);

} // namespace shiftlane
