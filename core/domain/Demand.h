#pragma once

#include "domain/Ids.h"
#include "domain/Validation.h"

#include <QDate>
#include <QList>
#include <QMap>

#include <array>

namespace shiftlane {

// How many freelancers a skill needs in one interval of one planning day. The
// interval index counts from the day's midnight in steps of the interval length.
struct DemandInterval
{
    Id skillId = NoId;
    QDate day;
    int interval = 0;
    int required = 0;

    ValidationErrors validate(int intervalMinutes) const;
    friend bool operator==(const DemandInterval&, const DemandInterval&) = default;
};

} // namespace shiftlane

namespace shiftlane {

// How a skill's demand is typed: straight as the freelancers needed, or as a forecast of
// contacts that Erlang C turns into freelancers (see staffing/DemandExpansion.h).
enum class DemandInput
{
    Headcount,
    Forecast,
};

// The queue a skill's forecast is staffed for: one set per skill, the same every interval.
struct ForecastParameters
{
    double handleSeconds = 180; // average handle time of one contact
    double serviceLevel = 0.8;  // share answered within answerSeconds
    double answerSeconds = 20;  // the T of "80% within T seconds"
    double shrinkage = 0.3;     // share of paid time not on the queue
    int concurrency = 1;        // chats one freelancer handles at once (1 for phone)

    ValidationErrors validate() const;
    friend bool operator==(const ForecastParameters&, const ForecastParameters&) = default;
};

// One day of a skill's demand, a value per interval from midnight (headcount or contacts,
// as the plan's input says), in the plan's interval length. Missing values at the end count
// as 0.
using DemandCurve = QList<double>;

// Everything a manager said about a skill's demand: a weekly pattern, and dated overrides
// that replace the pattern for that whole day (a holiday, a launch). This is the one source
// of truth: the demand per date that coverage, the solver and the timeline read is derived
// from it (DemandExpansion), never stored.
struct DemandPlan
{
    Id skillId = NoId;
    // The interval length the curves were entered in. A plan keeps it when the file's planning
    // interval changes; DemandExpansion converts it to the planning interval.
    int intervalMinutes = 30;
    DemandInput input = DemandInput::Headcount;
    ForecastParameters forecast;
    std::array<DemandCurve, 7> weekly; // [dayOfWeek - 1], Monday first
    QMap<QDate, DemandCurve> overrides;

    // The curve in force on a date: its override, else the weekly pattern of its weekday.
    const DemandCurve& curveOn(QDate day) const;
    // The interval length must divide the day; curves fit in a day of such intervals; values
    // must be whole numbers in headcount mode; the forecast is checked in forecast mode.
    ValidationErrors validate() const;
    friend bool operator==(const DemandPlan&, const DemandPlan&) = default;
};

} // namespace shiftlane
