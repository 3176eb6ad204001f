#pragma once

#include "time/UtcInterval.h"

#include <QRect>

namespace shiftlane::ui {

// Geometry of the timeline: time runs left to right in UTC (so 23- and 25-hour DST days
// are narrower or wider, as they really are), rows top to bottom. Coordinates are of the
// scrolled content, without the fixed name column and header.
class TimelineLayout
{
public:
    TimelineLayout() = default;
    TimelineLayout(UtcInterval span, double pixelsPerHour, int rowHeight)
        : m_span(span), m_pixelsPerHour(pixelsPerHour), m_rowHeight(rowHeight)
    {}

    const UtcInterval& span() const { return m_span; }
    double pixelsPerHour() const { return m_pixelsPerHour; }
    int rowHeight() const { return m_rowHeight; }

    int contentWidth() const { return x(m_span.end); }
    int x(qint64 utc) const { return int((utc - m_span.start) * m_pixelsPerHour / 3600.0 + 0.5); }
    qint64 time(int x) const { return m_span.start + qint64(x * 3600.0 / m_pixelsPerHour); }
    qint64 seconds(int pixels) const { return qint64(pixels * 3600.0 / m_pixelsPerHour); }
    int rowAt(int y) const { return y < 0 ? -1 : y / m_rowHeight; }
    int rowTop(int row) const { return row * m_rowHeight; }
    QRect blockRect(int row, qint64 start, qint64 end) const
    {
        return QRect(x(start), rowTop(row) + 3, std::max(3, x(end) - x(start)), m_rowHeight - 6);
    }

private:
    UtcInterval m_span;
    double m_pixelsPerHour = 12;
    int m_rowHeight = 34;
};

} // namespace shiftlane::ui
