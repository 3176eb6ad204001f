#include "availability/WeeklyGrid.h"

#include <algorithm>

namespace shiftlane {

namespace {

constexpr int DaysPerWeek = 7;

int usableInterval(int minutes)
{
    return minutes > 0 && minutes <= MinutesPerDay && MinutesPerDay % minutes == 0 ? minutes : 30;
}

CellState stateOf(AvailabilityKind kind)
{
    return kind == AvailabilityKind::Preferred ? CellState::Preferred : CellState::Available;
}

} // namespace

WeeklyGrid::WeeklyGrid(int intervalMinutes)
    : m_interval(usableInterval(intervalMinutes)), m_cellsPerDay(MinutesPerDay / m_interval),
      m_cells(std::size_t(DaysPerWeek * m_cellsPerDay), CellState::Unavailable)
{}

WeeklyGrid WeeklyGrid::fromWindows(const QList<WeeklyWindow>& windows, int intervalMinutes)
{
    WeeklyGrid grid(intervalMinutes);
    for (const WeeklyWindow& w : windows) {
        if (w.dayOfWeek < 1 || w.dayOfWeek > DaysPerWeek)
            continue;
        for (int i = 0; i < grid.m_cellsPerDay; ++i) {
            // Twice the middle, to stay in whole minutes for odd intervals.
            const int middle2 = (2 * i + 1) * grid.m_interval;
            if (middle2 < 2 * w.startMinute || middle2 >= 2 * w.endMinute)
                continue;
            CellState& cell = grid.m_cells[grid.at(w.dayOfWeek, i)];
            cell = std::max(cell, stateOf(w.kind));
        }
    }
    return grid;
}

CellState WeeklyGrid::cell(int dayOfWeek, int index) const
{
    if (dayOfWeek < 1 || dayOfWeek > DaysPerWeek || index < 0 || index >= m_cellsPerDay)
        return CellState::Unavailable;
    return m_cells[at(dayOfWeek, index)];
}

void WeeklyGrid::paint(int fromDay, int toDay, int fromCell, int toCell, CellState state)
{
    const int firstDay = std::max(1, std::min(fromDay, toDay));
    const int lastDay = std::min(DaysPerWeek, std::max(fromDay, toDay));
    const int firstCell = std::max(0, std::min(fromCell, toCell));
    const int lastCell = std::min(m_cellsPerDay - 1, std::max(fromCell, toCell));
    for (int day = firstDay; day <= lastDay; ++day)
        for (int i = firstCell; i <= lastCell; ++i)
            m_cells[at(day, i)] = state;
}

void WeeklyGrid::copyDay(int fromDay, const QList<int>& toDays)
{
    if (fromDay < 1 || fromDay > DaysPerWeek)
        return;
    for (int day : toDays) {
        if (day < 1 || day > DaysPerWeek || day == fromDay)
            continue;
        std::copy_n(m_cells.begin() + std::ptrdiff_t(at(fromDay, 0)), m_cellsPerDay,
                    m_cells.begin() + std::ptrdiff_t(at(day, 0)));
    }
}

void WeeklyGrid::clearDay(int dayOfWeek)
{
    paint(dayOfWeek, dayOfWeek, 0, m_cellsPerDay - 1, CellState::Unavailable);
}

void WeeklyGrid::clearAll()
{
    std::fill(m_cells.begin(), m_cells.end(), CellState::Unavailable);
}

QList<WeeklyWindow> WeeklyGrid::toWindows(Id freelancerId) const
{
    QList<WeeklyWindow> windows;
    for (int day = 1; day <= DaysPerWeek; ++day) {
        int i = 0;
        while (i < m_cellsPerDay) {
            const CellState state = m_cells[at(day, i)];
            int end = i + 1;
            while (end < m_cellsPerDay && m_cells[at(day, end)] == state)
                ++end;
            if (state != CellState::Unavailable)
                windows.append({NoId, freelancerId, day, i * m_interval, end * m_interval,
                                state == CellState::Preferred ? AvailabilityKind::Preferred
                                                              : AvailabilityKind::Available});
            i = end;
        }
    }
    return windows;
}

int WeeklyGrid::minutesIn(CellState state) const
{
    return int(std::count(m_cells.begin(), m_cells.end(), state)) * m_interval;
}

bool fitsGrid(const QList<WeeklyWindow>& windows, int intervalMinutes)
{
    const WeeklyGrid grid = WeeklyGrid::fromWindows(windows, intervalMinutes);
    // The same cover, minute by minute, as the windows themselves give.
    const WeeklyGrid fine = WeeklyGrid::fromWindows(windows, 1);
    const WeeklyGrid back = WeeklyGrid::fromWindows(grid.toWindows(NoId), 1);
    return fine == back;
}

} // namespace shiftlane
