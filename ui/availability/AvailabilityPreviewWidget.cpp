#include "availability/AvailabilityPreviewWidget.h"

#include "availability/WeeklyGridWidget.h"

#include <QFont>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

namespace shiftlane::ui {

namespace {

constexpr int RowHeight = 18;
constexpr int Header = 20;
constexpr int DateColumn = 92;
constexpr int ZoneColumn = 230;

QString hhmm(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

AvailabilityPreviewWidget::AvailabilityPreviewWidget(QWidget* parent) : QWidget(parent)
{
    setMinimumWidth(DateColumn + ZoneColumn + 300);
}

void AvailabilityPreviewWidget::setPreview(const QList<PreviewDay>& days,
                                           const QByteArray& planningZone)
{
    m_days = days;
    m_planningZone = planningZone;
    setMinimumHeight(Header + int(m_days.size()) * RowHeight + 2);
    updateGeometry();
    update();
}

QSize AvailabilityPreviewWidget::sizeHint() const
{
    return {DateColumn + ZoneColumn + 480, Header + int(m_days.size()) * RowHeight + 2};
}

QRect AvailabilityPreviewWidget::barArea() const
{
    return QRect(DateColumn, Header, width() - DateColumn - ZoneColumn - 8,
                 int(m_days.size()) * RowHeight);
}

int AvailabilityPreviewWidget::rowTop(int row) const
{
    return Header + row * RowHeight;
}

void AvailabilityPreviewWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const QRect bars = barArea();
    const double perMinute = double(bars.width()) / MinutesPerDay;
    const QLocale locale;

    // Hours across the top, in the planning zone.
    p.setPen(palette().color(QPalette::Text));
    for (int hour = 0; hour < 24; hour += 3) { // no "24": the zone column starts there
        const int x = bars.left() + int(hour * 60 * perMinute);
        p.drawText(QRect(x - 20, 0, 40, Header), Qt::AlignCenter,
                   QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0')));
    }
    p.drawText(QRect(bars.right() + 8, 0, ZoneColumn, Header), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Where they are"));

    for (int row = 0; row < m_days.size(); ++row) {
        const PreviewDay& day = m_days[row];
        const int top = rowTop(row);
        const QRect band(bars.left(), top + 2, bars.width(), RowHeight - 4);
        const bool weekend = day.day.dayOfWeek() >= 6;
        p.fillRect(band, cellColor(CellState::Unavailable).lighter(weekend ? 100 : 108));
        for (const PreviewWindow& w : day.windows) {
            const int x0 = bars.left() + int(w.startMinute * perMinute);
            const int x1 = bars.left() + int(w.endMinute * perMinute);
            const CellState state =
                w.kind == AvailabilityKind::Preferred ? CellState::Preferred : CellState::Available;
            p.fillRect(QRect(x0, band.top(), std::max(1, x1 - x0), band.height()),
                       cellColor(state));
            p.setPen(QColor(0x75, 0x75, 0x75));
            p.drawRect(
                QRect(x0, band.top(), std::max(1, x1 - x0), band.height()).adjusted(0, 0, -1, -1));
        }
        if (day.timeOff) {
            p.setPen(palette().color(QPalette::Text));
            p.drawText(band, Qt::AlignCenter, tr("time off"));
        }
        // Every 6 hours a faint line, so the eye finds the hours.
        p.setPen(QColor(0, 0, 0, 30));
        for (int hour = 6; hour < 24; hour += 6) {
            const int x = bars.left() + int(hour * 60 * perMinute);
            p.drawLine(x, band.top(), x, band.bottom());
        }

        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(4, top, DateColumn - 8, RowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   locale.toString(day.day, QStringLiteral("ddd d MMM")));
        QFont font = p.font();
        font.setBold(day.differenceChanged);
        p.setFont(font);
        if (day.differenceChanged) {
            p.setPen(QColor(0xd3, 0x2f, 0x2f));
            p.drawLine(bars.left(), top + 1, bars.right(), top + 1);
        }
        p.drawText(QRect(bars.right() + 8, top, ZoneColumn, RowHeight),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   QStringLiteral("%1%2, %3")
                       .arg(day.differenceChanged ? QStringLiteral("▲ ") : QString(),
                            QString::fromUtf8(day.freelancerZone),
                            describeDifference(day.differenceSeconds)));
        font.setBold(false);
        p.setFont(font);
    }
}

bool AvailabilityPreviewWidget::event(QEvent* event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const QPoint pos = static_cast<QHelpEvent*>(event)->pos();
    const int row = (pos.y() - Header) / RowHeight;
    if (pos.y() < Header || row < 0 || row >= m_days.size()) {
        QToolTip::hideText();
        return true;
    }
    const PreviewDay& day = m_days[row];
    QStringList lines;
    lines << tr("%1 in %2")
                 .arg(QLocale().toString(day.day, QStringLiteral("dddd d MMMM yyyy")),
                      QString::fromUtf8(m_planningZone));
    for (const PreviewWindow& w : day.windows)
        lines << tr("%1–%2 here = %3–%4 for them (%5)")
                     .arg(hhmm(w.startMinute), hhmm(w.endMinute), hhmm(w.localStartMinute),
                          hhmm(w.localEndMinute), toString(w.kind));
    if (day.windows.isEmpty())
        lines << tr("not available");
    lines << tr("They are in %1, %2")
                 .arg(QString::fromUtf8(day.freelancerZone),
                      describeDifference(day.differenceSeconds));
    if (day.differenceChanged)
        lines << tr("The time difference changes on this day.");
    QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(), lines.join(QLatin1Char('\n')),
                       this);
    return true;
}

} // namespace shiftlane::ui
