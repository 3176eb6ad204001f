#include "availability/WeeklyGrid.h"

#include <catch2/catch.hpp>

using namespace shiftlane;

namespace {

WeeklyWindow window(int day, int start, int end,
                    AvailabilityKind kind = AvailabilityKind::Available)
{
    return {NoId, 7, day, start, end, kind};
}

} // namespace

TEST_CASE("Painted cells become merged windows, one per run of the same state")
{
    WeeklyGrid grid(30);
    REQUIRE(grid.cellsPerDay() == 48);
    grid.paint(1, 1, 18, 25, CellState::Available); // Mon 09:00-13:00
    grid.paint(1, 1, 22, 23, CellState::Preferred); // Mon 11:00-12:00 inside it
    grid.paint(3, 4, 47, 46, CellState::Preferred); // Wed-Thu 23:00-24:00, painted backwards
    CHECK(grid.toWindows(7) ==
          QList{window(1, 540, 660), window(1, 660, 720, AvailabilityKind::Preferred),
                window(1, 720, 780), window(3, 1380, 1440, AvailabilityKind::Preferred),
                window(4, 1380, 1440, AvailabilityKind::Preferred)});
    CHECK(grid.minutesIn(CellState::Available) == 180);
    CHECK(grid.minutesIn(CellState::Preferred) == 180);

    // Unavailable paint erases.
    grid.paint(1, 1, 0, 47, CellState::Unavailable);
    CHECK(grid.toWindows(7).size() == 2);
}

TEST_CASE("Windows read into a grid and back give the same windows")
{
    const QList<WeeklyWindow> windows = {
        window(2, 0, 90), window(2, 90, 600, AvailabilityKind::Preferred), window(5, 1020, 1440)};
    for (int interval : {15, 30}) {
        INFO("interval " << interval);
        CHECK(WeeklyGrid::fromWindows(windows, interval).toWindows(7) == windows);
        CHECK(fitsGrid(windows, interval));
    }
    // 01:30 is not on an hourly grid: the cell 01:00-02:00 takes the window over its middle.
    CHECK_FALSE(fitsGrid(windows, 60));
    CHECK(WeeklyGrid::fromWindows(windows, 60).toWindows(7).first() == window(2, 0, 60));
}

TEST_CASE("Overlapping windows read as preferred where either prefers")
{
    const WeeklyGrid grid = WeeklyGrid::fromWindows(
        {window(1, 540, 780), window(1, 600, 660, AvailabilityKind::Preferred)}, 60);
    CHECK(grid.cell(1, 9) == CellState::Available);
    CHECK(grid.cell(1, 10) == CellState::Preferred);
    CHECK(grid.cell(1, 12) == CellState::Available);
    CHECK(grid.cell(1, 13) == CellState::Unavailable);
}

TEST_CASE("Copying a day replaces the target days: clearing empties a day or the week")
{
    WeeklyGrid grid(15);
    grid.paint(1, 1, 36, 67, CellState::Preferred); // Mon 09:00-17:00
    grid.paint(6, 6, 0, 95, CellState::Available);  // all Saturday
    grid.copyDay(1, {2, 3, 6});
    const QList<WeeklyWindow> windows = grid.toWindows(7);
    REQUIRE(windows.size() == 4);
    for (int i = 0; i < 3; ++i) {
        CHECK(windows[i].startMinute == 540);
        CHECK(windows[i].endMinute == 1020);
    }
    CHECK(windows[3].dayOfWeek == 6); // Saturday was overwritten, not added to
    CHECK(windows[3].kind == AvailabilityKind::Preferred);

    grid.clearDay(2);
    CHECK(grid.toWindows(7).size() == 3);
    grid.clearAll();
    CHECK(grid.toWindows(7).isEmpty());
}

TEST_CASE("An interval that does not divide a day falls back to half hours")
{
    CHECK(WeeklyGrid(7).intervalMinutes() == 30);
    CHECK(WeeklyGrid(0).intervalMinutes() == 30);
    CHECK(WeeklyGrid(60).cellsPerDay() == 24);
}
