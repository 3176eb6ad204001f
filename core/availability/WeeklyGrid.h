#pragma once

#include "domain/Availability.h"

#include <QList>

#include <vector>

namespace shiftlane {

// What one cell of the weekly grid says.
enum class CellState : quint8
{
    Unavailable,
    Available,
    Preferred,
};

// A week painted in cells of the planning's demand interval, in the freelancer's own
// zone: the model behind the availability editor. Days are 1 (Monday) to 7 (Sunday),
// cells 0 to cellsPerDay() - 1 from midnight.
class WeeklyGrid
{
public:
    // intervalMinutes must divide a day (15, 30, 60, ...); anything else falls back to 30.
    explicit WeeklyGrid(int intervalMinutes);
    // Each cell takes the state of the window covering its middle (preferred wins over
    // available), so windows off the interval's grid round to the nearest cell edge.
    static WeeklyGrid fromWindows(const QList<WeeklyWindow>& windows, int intervalMinutes);

    int intervalMinutes() const { return m_interval; }
    int cellsPerDay() const { return m_cellsPerDay; }

    CellState cell(int dayOfWeek, int index) const;
    // Paints the rectangle of days [fromDay, toDay] and cells [fromCell, toCell], either
    // order, as a mouse drag does; out-of-range parts are ignored.
    void paint(int fromDay, int toDay, int fromCell, int toCell, CellState state);
    void copyDay(int fromDay, const QList<int>& toDays);
    void clearDay(int dayOfWeek);
    void clearAll();

    // Adjacent cells of the same state merged into one window each, by day and start.
    QList<WeeklyWindow> toWindows(Id freelancerId) const;
    // Minutes per week in that state.
    int minutesIn(CellState state) const;

    friend bool operator==(const WeeklyGrid&, const WeeklyGrid&) = default;

private:
    std::size_t at(int dayOfWeek, int index) const
    {
        return std::size_t(dayOfWeek - 1) * std::size_t(m_cellsPerDay) + std::size_t(index);
    }

    int m_interval;
    int m_cellsPerDay;
    std::vector<CellState> m_cells;
};

// True when the windows are exactly what a grid of that interval can hold (the editor warns
// before rounding someone's windows).
bool fitsGrid(const QList<WeeklyWindow>& windows, int intervalMinutes);

} // namespace shiftlane
