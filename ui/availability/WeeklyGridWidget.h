#pragma once

#include "availability/WeeklyGrid.h"

#include <QColor>
#include <QWidget>

#include <optional>

namespace shiftlane::ui {

// The colours of the timeline's availability shading: green preferred, white available,
// grey unavailable.
QColor cellColor(CellState state);

// The week as a grid in the freelancer's own zone: days across, the day's intervals down.
// Click or drag paints the cells under the mouse with the current brush, snapping to the
// interval (a drag paints the rectangle between where it started and where it is); the
// right button erases.
class WeeklyGridWidget : public QWidget
{
    Q_OBJECT
public:
    explicit WeeklyGridWidget(QWidget* parent = nullptr);

    void setGrid(const WeeklyGrid& grid);
    const WeeklyGrid& grid() const { return m_grid; }
    void setBrush(CellState brush) { m_brush = brush; }
    CellState brush() const { return m_brush; }
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    // Where a cell is drawn (tests drag between cell centres).
    QRect cellRect(int dayOfWeek, int index) const;
    QSize sizeHint() const override;

Q_SIGNALS:
    void gridChanged();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    struct Cell
    {
        int day;
        int index;
    };
    Cell cellAt(QPoint pos) const;
    double rowHeight() const;
    double columnWidth() const;
    void paintTo(Cell cell);

    WeeklyGrid m_grid{30};
    WeeklyGrid m_beforeDrag{30};
    CellState m_brush = CellState::Preferred;
    CellState m_dragState = CellState::Preferred;
    std::optional<Cell> m_anchor;
    bool m_readOnly = false;
};

} // namespace shiftlane::ui
