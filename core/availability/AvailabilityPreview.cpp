#include "availability/AvailabilityPreview.h"

#include "time/AvailabilityExpander.h"
#include "time/PlanningCalendar.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdlib>

namespace shiftlane {

QList<PreviewDay> previewInPlanningZone(const Freelancer& freelancer,
                                        const FreelancerAvailability& availability,
                                        const QByteArray& planningZone, QDate first, int days)
{
    const PlanningCalendar calendar{QTimeZone(planningZone)};
    const WallClock& planning = calendar.clock();
    const AvailabilityExpander expander(freelancer, availability);
    const ZoneSchedule& zones = expander.zones();

    QList<PreviewDay> preview;
    if (!first.isValid() || days <= 0)
        return preview;
    const UtcInterval all = calendar.days(first, first.addDays(days - 1));
    const QList<AvailabilitySpan> spans = expander.expand(all);
    for (int d = 0; d < days; ++d) {
        PreviewDay day;
        day.day = first.addDays(d);
        const UtcInterval range = calendar.day(day.day);
        const qint64 noon = calendar.instant(day.day, 12 * 60);
        const WallClock& theirs = zones.clockAt(noon);
        day.freelancerZone = zones.zoneIdAt(noon);
        day.differenceSeconds = theirs.offsetSeconds(noon) - planning.offsetSeconds(noon);
        day.differenceChanged =
            !preview.isEmpty() && preview.last().differenceSeconds != day.differenceSeconds;
        day.timeOff = expander.isOnTimeOff(theirs.localDay(noon));

        for (const AvailabilitySpan& span : spans) {
            if (span.interval.start >= range.end)
                break; // sorted
            const qint64 start = std::max(span.interval.start, range.start);
            const qint64 end = std::min(span.interval.end, range.end);
            if (end <= start)
                continue;
            PreviewWindow window;
            window.kind = span.kind;
            window.startMinute = start == range.start ? 0 : planning.localMinuteOfDay(start);
            window.endMinute = end == range.end ? MinutesPerDay : planning.localMinuteOfDay(end);
            // A 25-hour day's repeated hour can make the wall clock run backwards.
            window.endMinute = std::max(window.endMinute, window.startMinute);
            window.localStartMinute = zones.clockAt(start).localMinuteOfDay(start);
            window.localEndMinute = zones.clockAt(end - 1).localMinuteOfDay(end - 1) + 1;
            day.windows.append(window);
        }
        preview.append(day);
    }
    return preview;
}

QString describeDifference(int differenceSeconds)
{
    const int minutes = std::abs(differenceSeconds) / 60;
    if (minutes == 0)
        return QCoreApplication::translate("AvailabilityPreview", "same time");
    const QString amount =
        minutes % 60 == 0
            ? QCoreApplication::translate("AvailabilityPreview", "%1 h").arg(minutes / 60)
            : QCoreApplication::translate("AvailabilityPreview", "%1 h %2 min")
                  .arg(minutes / 60)
                  .arg(minutes % 60);
    return differenceSeconds > 0
               ? QCoreApplication::translate("AvailabilityPreview", "%1 ahead").arg(amount)
               : QCoreApplication::translate("AvailabilityPreview", "%1 behind").arg(amount);
}

} // namespace shiftlane
