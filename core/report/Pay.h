#pragma once

#include "domain/Freelancer.h"
#include "domain/Shift.h"

#include <QString>

#include <cmath>

namespace shiftlane {

// What paid minutes earn a freelancer, in cents of their currency: the hourly rate times the
// minutes, rounded to the cent as the solver's pay cost is.
inline qint64 payCents(const Freelancer& freelancer, qint64 paidMinutes)
{
    return std::llround(double(freelancer.hourlyRateCents) * double(paidMinutes) / 60.0);
}

// What a shift earns its freelancer (the unpaid break left out).
inline qint64 payCents(const Freelancer& freelancer, const Shift& shift)
{
    return payCents(freelancer, shift.paidMinutes());
}

// "1234.50": cents as a decimal amount with a dot, the way CSV files and calendars carry it.
inline QString decimalAmount(qint64 cents)
{
    const qint64 magnitude = cents < 0 ? -cents : cents;
    return QStringLiteral("%1%2.%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

} // namespace shiftlane
