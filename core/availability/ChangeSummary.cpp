#include "availability/ChangeSummary.h"

#include "availability/WeeklyGrid.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace shiftlane {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ChangeSummary", text);
}

QString day(QDate date)
{
    return QLocale::c().toString(date, QStringLiteral("d MMM"));
}

QString range(QDate first, QDate last)
{
    if (first == last)
        return QLocale::c().toString(first, QStringLiteral("d MMM yyyy"));
    return QStringLiteral("%1–%2").arg(day(first),
                                       QLocale::c().toString(last, QStringLiteral("d MMM yyyy")));
}

QString hhmm(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

QString hours(int minutes)
{
    return minutes % 60 == 0 ? tr("%1 h").arg(minutes / 60)
                             : tr("%1 h").arg(QLocale::c().toString(minutes / 60.0, 'f', 1));
}

// Items of `from` that `to` does not have, ignoring ids (a save writes new rows).
template <typename T, typename Same>
QList<T> missing(const QList<T>& from, const QList<T>& to, Same same)
{
    QList<T> result;
    for (const T& item : from)
        if (std::none_of(to.begin(), to.end(), [&](const T& other) { return same(item, other); }))
            result.append(item);
    return result;
}

QString weeklyChange(const QList<WeeklyWindow>& before, const QList<WeeklyWindow>& after)
{
    // Minute by minute, so that windows cut differently but covering the same hours are
    // not reported.
    const WeeklyGrid was = WeeklyGrid::fromWindows(before, 1);
    const WeeklyGrid now = WeeklyGrid::fromWindows(after, 1);
    QStringList days;
    for (int d = 1; d <= 7; ++d)
        for (int m = 0; m < MinutesPerDay; ++m)
            if (was.cell(d, m) != now.cell(d, m)) {
                days.append(QLocale::c().dayName(d, QLocale::ShortFormat));
                break;
            }
    if (days.isEmpty())
        return {};
    const int wasMinutes =
        was.minutesIn(CellState::Available) + was.minutesIn(CellState::Preferred);
    const int nowMinutes =
        now.minutesIn(CellState::Available) + now.minutesIn(CellState::Preferred);
    return tr("weekly hours changed on %1 (%2 → %3 a week, %4 preferred)")
        .arg(days.join(QStringLiteral(", ")), hours(wasMinutes), hours(nowMinutes),
             hours(now.minutesIn(CellState::Preferred)));
}

} // namespace

QString describeAvailabilityChange(const FreelancerAvailability& before,
                                   const FreelancerAvailability& after)
{
    QStringList parts;
    if (const QString weekly = weeklyChange(before.weekly, after.weekly); !weekly.isEmpty())
        parts.append(weekly);

    const auto sameOff = [](const TimeOff& a, const TimeOff& b) {
        return a.firstDay == b.firstDay && a.lastDay == b.lastDay && a.reason == b.reason;
    };
    const auto offText = [](const TimeOff& off) {
        return off.reason.isEmpty()
                   ? range(off.firstDay, off.lastDay)
                   : QStringLiteral("%1 (%2)").arg(range(off.firstDay, off.lastDay), off.reason);
    };
    for (const TimeOff& off : missing(after.timeOff, before.timeOff, sameOff))
        parts.append(tr("time off %1 added").arg(offText(off)));
    for (const TimeOff& off : missing(before.timeOff, after.timeOff, sameOff))
        parts.append(tr("time off %1 removed").arg(offText(off)));

    const auto sameWindow = [](const OneOffWindow& a, const OneOffWindow& b) {
        return a.day == b.day && a.startMinute == b.startMinute && a.endMinute == b.endMinute &&
               a.kind == b.kind;
    };
    const auto windowText = [](const OneOffWindow& w) {
        return QStringLiteral("%1 %2 %3–%4")
            .arg(toString(w.kind), range(w.day, w.day), hhmm(w.startMinute), hhmm(w.endMinute));
    };
    for (const OneOffWindow& w : missing(after.oneOff, before.oneOff, sameWindow))
        parts.append(tr("extra window %1 added").arg(windowText(w)));
    for (const OneOffWindow& w : missing(before.oneOff, after.oneOff, sameWindow))
        parts.append(tr("extra window %1 removed").arg(windowText(w)));

    const auto sameTrip = [](const TravelPeriod& a, const TravelPeriod& b) {
        return a.firstDay == b.firstDay && a.lastDay == b.lastDay && a.timeZone == b.timeZone;
    };
    const auto tripText = [](const TravelPeriod& t) {
        return QStringLiteral("%1 %2").arg(QString::fromUtf8(t.timeZone),
                                           range(t.firstDay, t.lastDay));
    };
    for (const TravelPeriod& t : missing(after.travel, before.travel, sameTrip))
        parts.append(tr("travel to %1 added").arg(tripText(t)));
    for (const TravelPeriod& t : missing(before.travel, after.travel, sameTrip))
        parts.append(tr("travel to %1 removed").arg(tripText(t)));

    QString sentence = parts.join(QStringLiteral("; "));
    if (!sentence.isEmpty())
        sentence[0] = sentence[0].toUpper();
    return sentence;
}

} // namespace shiftlane
