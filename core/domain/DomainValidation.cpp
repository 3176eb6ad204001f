// validate() of every domain value: each error names the field a user would correct.
#include "domain/Availability.h"
#include "domain/Demand.h"
#include "domain/Freelancer.h"
#include "domain/PlanningSettings.h"
#include "domain/Shift.h"
#include "domain/ShiftTemplate.h"
#include "domain/Skill.h"
#include "staffing/StaffingCalculator.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace shiftlane {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Validation", text);
}

void checkTimeZone(const QByteArray& zone, const QString& field, ValidationErrors& errors)
{
    if (zone.isEmpty())
        errors.append({field, tr("a time zone is required")});
    else if (!QTimeZone::isTimeZoneIdAvailable(zone))
        errors.append({field, tr("unknown time zone \"%1\" (use an IANA name such as "
                                 "Europe/Lisbon)")
                                  .arg(QString::fromUtf8(zone))});
}

void checkMinuteOfDay(int minute, const QString& field, ValidationErrors& errors)
{
    if (minute < 0 || minute > MinutesPerDay)
        errors.append({field, tr("must be a time of day from 00:00 to 24:00")});
}

void checkWindow(int start, int end, ValidationErrors& errors)
{
    checkMinuteOfDay(start, QStringLiteral("start"), errors);
    checkMinuteOfDay(end, QStringLiteral("end"), errors);
    if (errors.isEmpty() && end <= start)
        errors.append({QStringLiteral("end"),
                       tr("the window ends before it starts (split a window across midnight "
                          "into two days)")});
}

bool isColor(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return pattern.match(text).hasMatch();
}

} // namespace

ValidationErrors Skill::validate() const
{
    ValidationErrors errors;
    if (name.trimmed().isEmpty())
        errors.append({QStringLiteral("name"), tr("a skill needs a name")});
    if (!isColor(color))
        errors.append({QStringLiteral("color"), tr("must be a colour like #4a90d9")});
    return errors;
}

ValidationErrors Freelancer::validate() const
{
    ValidationErrors errors;
    if (name.trimmed().isEmpty())
        errors.append({QStringLiteral("name"), tr("a freelancer needs a name")});
    checkTimeZone(timeZone, QStringLiteral("timeZone"), errors);
    if (hourlyRateCents < 0)
        errors.append({QStringLiteral("hourlyRate"), tr("the hourly rate cannot be negative")});
    static const QRegularExpression currencyPattern(QStringLiteral("^[A-Z]{3}$"));
    if (!currencyPattern.match(currency).hasMatch())
        errors.append(
            {QStringLiteral("currency"), tr("must be a three-letter ISO 4217 code such as EUR")});
    const ContractLimits& l = limits;
    if (l.maxMinutesPerWeek < 0 || l.maxMinutesPerWeek > 7 * MinutesPerDay)
        errors.append({QStringLiteral("maxMinutesPerWeek"), tr("must be between 0 and 168 hours")});
    if (l.minMinutesPerWeek < 0)
        errors.append({QStringLiteral("minMinutesPerWeek"), tr("cannot be negative")});
    else if (l.minMinutesPerWeek > l.maxMinutesPerWeek)
        errors.append({QStringLiteral("minMinutesPerWeek"),
                       tr("the minimum hours are above the maximum hours")});
    if (l.maxShiftsPerDay < 1)
        errors.append({QStringLiteral("maxShiftsPerDay"), tr("must be at least 1")});
    if (l.maxConsecutiveDays < 1 || l.maxConsecutiveDays > 31)
        errors.append({QStringLiteral("maxConsecutiveDays"), tr("must be from 1 to 31")});
    if (l.minConsecutiveDaysOff < 0 || l.minConsecutiveDaysOff > 7)
        errors.append({QStringLiteral("minConsecutiveDaysOff"), tr("must be from 0 to 7")});
    if (l.minRestHours < 0 || l.minRestHours > 48)
        errors.append({QStringLiteral("minRestHours"), tr("must be from 0 to 48 hours")});
    if (l.maxWorkingWeekends < 0)
        errors.append({QStringLiteral("maxWorkingWeekends"), tr("cannot be negative")});
    return errors;
}

ValidationErrors WeeklyWindow::validate() const
{
    ValidationErrors errors;
    if (dayOfWeek < 1 || dayOfWeek > 7)
        errors.append({QStringLiteral("dayOfWeek"), tr("must be a day from Monday to Sunday")});
    checkWindow(startMinute, endMinute, errors);
    return errors;
}

ValidationErrors TimeOff::validate() const
{
    ValidationErrors errors;
    if (!firstDay.isValid())
        errors.append({QStringLiteral("firstDay"), tr("a start date is required")});
    if (!lastDay.isValid())
        errors.append({QStringLiteral("lastDay"), tr("an end date is required")});
    else if (firstDay.isValid() && lastDay < firstDay)
        errors.append({QStringLiteral("lastDay"), tr("the time off ends before it starts")});
    return errors;
}

ValidationErrors TravelPeriod::validate() const
{
    ValidationErrors errors;
    if (!firstDay.isValid())
        errors.append({QStringLiteral("firstDay"), tr("a start date is required")});
    if (!lastDay.isValid())
        errors.append({QStringLiteral("lastDay"), tr("an end date is required")});
    else if (firstDay.isValid() && lastDay < firstDay)
        errors.append({QStringLiteral("lastDay"), tr("the travel ends before it starts")});
    checkTimeZone(timeZone, QStringLiteral("timeZone"), errors);
    return errors;
}

ValidationErrors validateTravelPlan(const QList<TravelPeriod>& periods)
{
    ValidationErrors errors;
    for (const TravelPeriod& period : periods)
        errors.append(period.validate());
    if (!errors.isEmpty())
        return errors;
    QList<TravelPeriod> sorted = periods;
    std::sort(sorted.begin(), sorted.end(),
              [](const TravelPeriod& a, const TravelPeriod& b) { return a.firstDay < b.firstDay; });
    const QString format = QStringLiteral("d MMM yyyy");
    // The earlier period reaching furthest is the one a later period can run into.
    qsizetype reaching = 0;
    for (qsizetype i = 1; i < sorted.size(); ++i) {
        const TravelPeriod& earlier = sorted[reaching];
        const TravelPeriod& later = sorted[i];
        if (later.lastDay > earlier.lastDay)
            reaching = i;
        if (later.firstDay <= earlier.lastDay)
            errors.append(
                {QStringLiteral("firstDay"),
                 tr("the travel from %1 to %2 (%3) overlaps the travel from %4 to %5 (%6): a "
                    "date can have only one time zone")
                     .arg(QLocale::c().toString(later.firstDay, format),
                          QLocale::c().toString(later.lastDay, format),
                          QString::fromUtf8(later.timeZone),
                          QLocale::c().toString(earlier.firstDay, format),
                          QLocale::c().toString(earlier.lastDay, format),
                          QString::fromUtf8(earlier.timeZone))});
    }
    return errors;
}

ValidationErrors OneOffWindow::validate() const
{
    ValidationErrors errors;
    if (!day.isValid())
        errors.append({QStringLiteral("day"), tr("a date is required")});
    checkWindow(startMinute, endMinute, errors);
    return errors;
}

ValidationErrors ShiftTemplate::validate() const
{
    ValidationErrors errors;
    if (name.trimmed().isEmpty())
        errors.append({QStringLiteral("name"), tr("a shift template needs a name")});
    if (startMinute < 0 || startMinute >= MinutesPerDay)
        errors.append({QStringLiteral("start"), tr("must be a time of day from 00:00 to 23:59")});
    if (lengthMinutes <= 0 || lengthMinutes > 16 * 60)
        errors.append({QStringLiteral("length"), tr("must be more than 0 and at most 16 hours")});
    if (unpaidBreakMinutes < 0 || unpaidBreakMinutes >= lengthMinutes)
        errors.append(
            {QStringLiteral("unpaidBreak"), tr("must be at least 0 and shorter than the shift")});
    if (skillId == NoId)
        errors.append({QStringLiteral("skill"), tr("a shift template needs a skill")});
    if (!color.isEmpty() && !isColor(color))
        errors.append({QStringLiteral("color"), tr("must be a colour like #4a90d9")});
    return errors;
}

ValidationErrors DemandInterval::validate(int intervalMinutes) const
{
    ValidationErrors errors;
    if (skillId == NoId)
        errors.append({QStringLiteral("skill"), tr("demand needs a skill")});
    if (!day.isValid())
        errors.append({QStringLiteral("day"), tr("a date is required")});
    if (intervalMinutes <= 0 || interval < 0 || interval >= MinutesPerDay / intervalMinutes)
        errors.append({QStringLiteral("interval"), tr("is outside the day")});
    if (required < 0)
        errors.append({QStringLiteral("required"), tr("cannot be negative")});
    return errors;
}

ValidationErrors ForecastParameters::validate() const
{
    StaffingRequest request;
    request.handleSeconds = handleSeconds;
    request.serviceLevel = serviceLevel;
    request.answerSeconds = answerSeconds;
    request.shrinkage = shrinkage;
    request.concurrency = concurrency;
    return request.validate(); // the same limits as the staffing command, by the same names
}

const DemandCurve& DemandPlan::curveOn(QDate day) const
{
    const auto found = overrides.constFind(day);
    return found != overrides.constEnd() ? *found : weekly[size_t(day.dayOfWeek() - 1)];
}

ValidationErrors DemandPlan::validate() const
{
    ValidationErrors errors;
    if (skillId == NoId)
        errors.append({QStringLiteral("skill"), tr("demand needs a skill")});
    if (intervalMinutes < 5 || intervalMinutes > 60 || MinutesPerDay % intervalMinutes != 0) {
        errors.append({QStringLiteral("intervalMinutes"),
                       tr("must be a length from 5 to 60 minutes that divides the day")});
        return errors; // the curves cannot be measured against it
    }
    const bool headcount = input == DemandInput::Headcount;
    const double most = headcount ? 10000 : 100000;
    const qsizetype intervals = intervalMinutes > 0 ? MinutesPerDay / intervalMinutes : 0;
    auto checkCurve = [&](const DemandCurve& curve, const QString& where) {
        if (curve.size() > intervals) {
            errors.append({where, tr("has more values than the day has intervals")});
            return;
        }
        for (qsizetype i = 0; i < curve.size(); ++i) {
            const double value = curve[i];
            const QString at = tr("%1, interval %2").arg(where).arg(i + 1);
            if (!std::isfinite(value) || value < 0 || value > most)
                errors.append({at, headcount ? tr("must be from 0 to 10,000 freelancers")
                                             : tr("must be from 0 to 100,000 contacts")});
            else if (headcount && value != std::floor(value))
                errors.append({at, tr("a headcount must be a whole number")});
        }
    };
    for (int d = 0; d < 7; ++d)
        checkCurve(weekly[size_t(d)], QLocale::c().dayName(d + 1));
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        if (!it.key().isValid())
            errors.append({QStringLiteral("override"), tr("a date is required")});
        else
            checkCurve(it.value(), it.key().toString(Qt::ISODate));
    }
    if (!headcount)
        errors.append(forecast.validate());
    return errors;
}

ValidationErrors Shift::validate() const
{
    ValidationErrors errors;
    if (!start.isValid())
        errors.append({QStringLiteral("start"), tr("a start time is required")});
    if (!end.isValid())
        errors.append({QStringLiteral("end"), tr("an end time is required")});
    else if (start.isValid() && end <= start)
        errors.append({QStringLiteral("end"), tr("the shift ends before it starts")});
    else if (start.isValid() && start.secsTo(end) > qint64{16} * 3600)
        errors.append({QStringLiteral("end"), tr("a shift cannot be longer than 16 hours")});
    if (skillId == NoId)
        errors.append({QStringLiteral("skill"), tr("a shift needs a skill")});
    if (unpaidBreakMinutes < 0 || (errors.isEmpty() && unpaidBreakMinutes >= lengthMinutes()))
        errors.append(
            {QStringLiteral("unpaidBreak"), tr("must be at least 0 and shorter than the shift")});
    return errors;
}

ValidationErrors PlanningSettings::validate() const
{
    ValidationErrors errors;
    checkTimeZone(planningTimeZone, QStringLiteral("planningTimeZone"), errors);
    if (intervalMinutes != 15 && intervalMinutes != 30)
        errors.append({QStringLiteral("intervalMinutes"), tr("must be 15 or 30 minutes")});
    if (weekStart < 1 || weekStart > 7)
        errors.append({QStringLiteral("weekStart"), tr("must be a day from Monday to Sunday")});
    const std::pair<const char*, int> weightValues[] = {
        {"underCoverWeight", weights.underCover},     {"overCoverWeight", weights.overCover},
        {"notPreferredWeight", weights.notPreferred}, {"payWeight", weights.pay},
        {"fairnessWeight", weights.fairness},         {"changeWeight", weights.change}};
    for (const auto& [field, value] : weightValues)
        if (value < 0 || value > 1000000)
            errors.append({QString::fromLatin1(field), tr("must be from 0 to 1000000")});
    return errors;
}

QString toString(AvailabilityKind kind)
{
    return kind == AvailabilityKind::Preferred ? QStringLiteral("preferred")
                                               : QStringLiteral("available");
}

bool availabilityKindFromString(const QString& text, AvailabilityKind& kind)
{
    if (text == QLatin1String("preferred"))
        kind = AvailabilityKind::Preferred;
    else if (text == QLatin1String("available"))
        kind = AvailabilityKind::Available;
    else
        return false;
    return true;
}

} // namespace shiftlane
