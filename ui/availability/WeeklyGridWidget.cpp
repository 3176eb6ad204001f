#include "availability/WeeklyGridWidget.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace shiftlane::ui {

namespace {

constexpr int Gutter = 44; // hour labels
constexpr int Header = 22; // day names

} // namespace

QColor cellColor(CellState state)
{
    switch (state) {
    case CellState::Preferred:
        return QColor(0x4c, 0xaf, 0x50);
    case CellState::Available:
        return QColor(0xff, 0xff, 0xff);
    case CellState::Unavailable:
        break;
    }
    return QColor(0xd5, 0xd5, 0xd5);
}

WeeklyGridWidget::WeeklyGridWidget(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(false);
    setMinimumSize(Gutter + 7 * 40, Header + 48 * 6);
}

void WeeklyGridWidget::setGrid(const WeeklyGrid& grid)
{
    m_grid = grid;
    m_anchor.reset();
    updateGeometry();
    update();
}

QSize WeeklyGridWidget::sizeHint() const
{
    const int rows = m_grid.cellsPerDay();
    return {Gutter + 7 * 96, Header + rows * std::max(6, 576 / std::max(1, rows)) + 1};
}

double WeeklyGridWidget::rowHeight() const
{
    return double(height() - Header - 1) / m_grid.cellsPerDay();
}

double WeeklyGridWidget::columnWidth() const
{
    return double(width() - Gutter - 1) / 7.0;
}

QRect WeeklyGridWidget::cellRect(int dayOfWeek, int index) const
{
    const double x0 = Gutter + (dayOfWeek - 1) * columnWidth();
    const double y0 = Header + index * rowHeight();
    const double x1 = Gutter + dayOfWeek * columnWidth();
    const double y1 = Header + (index + 1) * rowHeight();
    return QRect(QPoint(int(std::lround(x0)), int(std::lround(y0))),
                 QPoint(int(std::lround(x1)) - 1, int(std::lround(y1)) - 1));
}

WeeklyGridWidget::Cell WeeklyGridWidget::cellAt(QPoint pos) const
{
    const int day = std::clamp(int(std::floor((pos.x() - Gutter) / columnWidth())) + 1, 1, 7);
    const int index =
        std::clamp(int(std::floor((pos.y() - Header) / rowHeight())), 0, m_grid.cellsPerDay() - 1);
    return {day, index};
}

void WeeklyGridWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    const QLocale locale;
    const int rows = m_grid.cellsPerDay();
    const int perHour = std::max(1, 60 / std::min(60, m_grid.intervalMinutes()));
    const int labelEvery = rowHeight() * perHour < 14 ? 2 : 1; // hours between labels

    for (int day = 1; day <= 7; ++day) {
        const QRect head = cellRect(day, 0).adjusted(0, -Header, 0, 0);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(head.left(), 0, head.width(), Header), Qt::AlignCenter,
                   locale.dayName(day, QLocale::ShortFormat));
        for (int i = 0; i < rows; ++i)
            p.fillRect(cellRect(day, i), cellColor(m_grid.cell(day, i)));
    }

    // Hour lines and labels; interval lines fainter.
    const int left = Gutter;
    const int right = width() - 1;
    for (int i = 0; i <= rows; ++i) {
        const int y = int(std::lround(Header + i * rowHeight()));
        const bool hour = i % perHour == 0;
        p.setPen(hour ? QColor(0x9e, 0x9e, 0x9e) : QColor(0xe6, 0xe6, 0xe6));
        p.drawLine(left, y, right, y);
        const int minute = i * m_grid.intervalMinutes();
        if (hour && minute < MinutesPerDay && (minute / 60) % labelEvery == 0) {
            p.setPen(palette().color(QPalette::WindowText));
            p.drawText(QRect(0, y - 8, Gutter - 6, 16), Qt::AlignRight | Qt::AlignVCenter,
                       QStringLiteral("%1:00").arg(minute / 60, 2, 10, QLatin1Char('0')));
        }
    }
    p.setPen(QColor(0x75, 0x75, 0x75));
    for (int day = 1; day <= 8; ++day) {
        const int x = int(std::lround(Gutter + (day - 1) * columnWidth()));
        p.drawLine(x, Header, x, height() - 1);
    }
    if (m_readOnly) // washed out: nothing here can be painted
        p.fillRect(rect().adjusted(Gutter, Header, 0, 0), QColor(255, 255, 255, 90));
}

void WeeklyGridWidget::paintTo(Cell cell)
{
    if (!m_anchor)
        return;
    m_grid = m_beforeDrag;
    m_grid.paint(m_anchor->day, cell.day, m_anchor->index, cell.index, m_dragState);
    update();
}

void WeeklyGridWidget::mousePressEvent(QMouseEvent* event)
{
    if (m_readOnly || (event->button() != Qt::LeftButton && event->button() != Qt::RightButton))
        return;
    m_beforeDrag = m_grid;
    m_dragState = event->button() == Qt::RightButton ? CellState::Unavailable : m_brush;
    m_anchor = cellAt(event->position().toPoint());
    paintTo(*m_anchor);
}

void WeeklyGridWidget::mouseMoveEvent(QMouseEvent* event)
{
    if (m_anchor)
        paintTo(cellAt(event->position().toPoint()));
}

void WeeklyGridWidget::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_anchor)
        return;
    paintTo(cellAt(event->position().toPoint()));
    m_anchor.reset();
    if (!(m_grid == m_beforeDrag))
        Q_EMIT gridChanged();
}

} // namespace shiftlane::ui
