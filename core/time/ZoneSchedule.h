#pragma once

#include "domain/Availability.h"
#include "domain/Freelancer.h"
#include "time/WallClock.h"

#include <QByteArray>
#include <QList>

#include <vector>

namespace shiftlane {

// The time zone in force for one freelancer: their home zone, except on the dates of a
// travel period, when it is the zone they travel to.
//
// A date belongs wholly to one zone, so the switch happens at local midnight: the first
// travel date starts at 00:00 in the new zone and the day after the last one starts at
// 00:00 at home. Flying east, the last home day and the first travel day then overlap in
// UTC (both clocks read their own evening and morning); flying west, a few UTC hours belong
// to neither. Windows are read on each date in that date's zone, so the hours on either
// side of the switch are exactly what the person's watch would say there.
class ZoneSchedule
{
public:
    ZoneSchedule(const QByteArray& homeZone, const QList<TravelPeriod>& travel);
    ZoneSchedule(const Freelancer& freelancer, const FreelancerAvailability& availability)
        : ZoneSchedule(freelancer.timeZone, availability.travel)
    {}

    // The clock of the zone in force on a local calendar date.
    const WallClock& clockOn(QDate localDay) const;
    QByteArray zoneIdOn(QDate localDay) const;

    // The clock in force at an instant: the travel zone while the instant lies within the
    // travel dates read in that zone, otherwise home. On an eastward switch, where both
    // dates claim the same instants, travel wins.
    const WallClock& clockAt(qint64 utcSeconds) const;
    QByteArray zoneIdAt(qint64 utcSeconds) const;
    QDate localDay(qint64 utcSeconds) const { return clockAt(utcSeconds).localDay(utcSeconds); }

    const WallClock& home() const { return m_home; }
    QByteArray homeZoneId() const { return m_homeId; }
    bool hasTravel() const { return !m_travel.empty(); }

private:
    struct Leg
    {
        TravelPeriod period;
        WallClock clock;
        qint64 startUtc; // 00:00 of the first date in the travel zone
        qint64 endUtc;   // 24:00 of the last date there
    };

    QByteArray m_homeId;
    WallClock m_home;
    std::vector<Leg> m_travel; // by first date
};

} // namespace shiftlane
