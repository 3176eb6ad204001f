#include "availability/AvailabilityPreview.h"

#include <catch2/catch.hpp>

using namespace shiftlane;

namespace {

Freelancer living(const char* zone)
{
    Freelancer f;
    f.id = 3;
    f.name = QStringLiteral("Maya Brooks");
    f.timeZone = zone;
    return f;
}

FreelancerAvailability weekdays(int startHour, int endHour)
{
    FreelancerAvailability a;
    for (int day = 1; day <= 5; ++day)
        a.weekly.append({NoId, 3, day, startHour * 60, endHour * 60, AvailabilityKind::Available});
    return a;
}

PreviewWindow shown(int startHour, int endHour, int localStartHour, int localEndHour)
{
    return {startHour * 60, endHour * 60, AvailabilityKind::Available, localStartHour * 60,
            localEndHour * 60};
}

} // namespace

TEST_CASE("A New York day seen from Lisbon moves an hour for the weeks between the DST changes")
{
    // The US springs forward on 8 March 2026, Portugal on 29 March: for three weeks New
    // York is four hours behind Lisbon instead of five.
    const QList<PreviewDay> preview = previewInPlanningZone(
        living("America/New_York"), weekdays(9, 17), "Europe/Lisbon", QDate(2026, 3, 2), 35);
    REQUIRE(preview.size() == 35);

    const PreviewDay& before = preview[0]; // Monday 2 March
    CHECK(before.day == QDate(2026, 3, 2));
    CHECK(before.windows == QList{shown(14, 22, 9, 17)});
    CHECK(before.differenceSeconds == -5 * 3600);
    CHECK_FALSE(before.differenceChanged);
    CHECK(before.freelancerZone == "America/New_York");

    const PreviewDay& usChange = preview[6]; // Sunday 8 March: nobody works, but it is marked
    CHECK(usChange.windows.isEmpty());
    CHECK(usChange.differenceSeconds == -4 * 3600);
    CHECK(usChange.differenceChanged);

    CHECK(preview[7].windows == QList{shown(13, 21, 9, 17)}); // Monday 9 March
    CHECK_FALSE(preview[7].differenceChanged);

    const PreviewDay& euChange = preview[27]; // Sunday 29 March
    CHECK(euChange.differenceSeconds == -5 * 3600);
    CHECK(euChange.differenceChanged);
    CHECK(preview[28].windows == QList{shown(14, 22, 9, 17)}); // Monday 30 March

    int changes = 0;
    for (const PreviewDay& day : preview)
        changes += day.differenceChanged ? 1 : 0;
    CHECK(changes == 2);
}

TEST_CASE("An evening in New York falls after midnight in Lisbon, on the next planning day")
{
    FreelancerAvailability evenings;
    evenings.weekly = {{NoId, 3, 1, 20 * 60, 24 * 60, AvailabilityKind::Preferred}}; // Mondays
    const QList<PreviewDay> preview = previewInPlanningZone(living("America/New_York"), evenings,
                                                            "Europe/Lisbon", QDate(2026, 1, 5), 2);
    CHECK(preview[0].windows.isEmpty());
    REQUIRE(preview[1].windows.size() == 1);
    const PreviewWindow& w = preview[1].windows[0];
    CHECK(w.startMinute == 60); // Tuesday 01:00-05:00 in Lisbon
    CHECK(w.endMinute == 5 * 60);
    CHECK(w.kind == AvailabilityKind::Preferred);
    CHECK(w.localStartMinute == 20 * 60);
    CHECK(w.localEndMinute == 24 * 60);
}

TEST_CASE("Travel shows in the preview with the zone and a marker where it starts and ends")
{
    FreelancerAvailability a = weekdays(9, 17);
    a.travel = {{NoId, 3, QDate(2026, 6, 8), QDate(2026, 6, 12), "Asia/Dubai"}};
    a.timeOff = {{NoId, 3, QDate(2026, 6, 15), QDate(2026, 6, 15), QStringLiteral("Jet lag")}};
    const QList<PreviewDay> preview =
        previewInPlanningZone(living("Europe/Lisbon"), a, "Europe/Lisbon", QDate(2026, 6, 1), 28);
    CHECK(preview[0].windows == QList{shown(9, 17, 9, 17)});
    CHECK(preview[0].differenceSeconds == 0);

    const PreviewDay& arrival = preview[7]; // Monday 8 June in Dubai: 06:00-14:00 in Lisbon
    CHECK(arrival.freelancerZone == "Asia/Dubai");
    CHECK(arrival.differenceSeconds == 3 * 3600);
    CHECK(arrival.differenceChanged);
    CHECK(arrival.windows == QList{shown(6, 14, 9, 17)});

    const PreviewDay& back = preview[12]; // Saturday 13 June: home again
    CHECK(back.freelancerZone == "Europe/Lisbon");
    CHECK(back.differenceChanged);
    CHECK(preview[14].timeOff);
    CHECK(preview[14].windows.isEmpty());
    CHECK(preview[15].windows == QList{shown(9, 17, 9, 17)});
}

TEST_CASE("Differences read as hours ahead or behind")
{
    CHECK(describeDifference(0) == QStringLiteral("same time"));
    CHECK(describeDifference(-5 * 3600) == QStringLiteral("5 h behind"));
    CHECK(describeDifference(5 * 3600 + 1800) == QStringLiteral("5 h 30 min ahead"));
}
