#include "ReportCanvas.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPaintDevice>
#include <QPainter>

namespace shiftlane::report {

ReportCanvas::ReportCanvas(QPainter& painter)
    : m_painter(painter), m_scale(painter.device()->logicalDpiX() / 72.0)
{}

QFont ReportCanvas::font(double points, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(points); // the device's resolution turns points into its own units
    font.setBold(bold);
    // Outline metrics: widths measured are the widths printed, at any size.
    font.setHintingPreference(QFont::PreferNoHinting);
    // Any letter spacing turns ligatures off: "fi" stays two letters, so that the text found
    // by a search or copied out of the PDF is the text written ("Sofia", not "So\uFB01a").
    // A 64th of a device unit is the smallest step Qt keeps; at 1200 dpi it is invisible.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
    return font;
}

QRectF ReportCanvas::device(const QRectF& points) const
{
    return {points.x() * m_scale, points.y() * m_scale, points.width() * m_scale,
            points.height() * m_scale};
}

QPointF ReportCanvas::device(QPointF points) const
{
    return points * m_scale;
}

void ReportCanvas::fillRect(const QRectF& points, const QColor& color) const
{
    m_painter.fillRect(device(points), color);
}

void ReportCanvas::strokeRect(const QRectF& points, const QColor& color, double widthPoints) const
{
    m_painter.setPen(QPen(color, widthPoints * m_scale));
    m_painter.setBrush(Qt::NoBrush);
    m_painter.drawRect(device(points));
}

void ReportCanvas::line(QPointF fromPoints, QPointF toPoints, const QColor& color,
                        double widthPoints) const
{
    m_painter.setPen(QPen(color, widthPoints * m_scale));
    m_painter.drawLine(device(fromPoints), device(toPoints));
}

double ReportCanvas::textWidth(const QString& text, const QFont& font) const
{
    return QFontMetricsF(font, m_painter.device()).horizontalAdvance(text) / m_scale;
}

void ReportCanvas::text(const QRectF& points, const QString& text, const QFont& font,
                        Qt::Alignment alignment, const QColor& color) const
{
    const QRectF box = device(points);
    const QFontMetricsF metrics(font, m_painter.device());
    const QString shown = metrics.elidedText(text, Qt::ElideRight, box.width());
    m_painter.setFont(font);
    m_painter.setPen(color);
    m_painter.drawText(box, int(alignment) | Qt::TextSingleLine, shown);
}

void ReportCanvas::fittedText(const QRectF& points, const QString& text, QFont font,
                              double minPoints, Qt::Alignment alignment, const QColor& color) const
{
    double size = font.pointSizeF();
    while (size > minPoints && textWidth(text, font) > points.width()) {
        size = std::max(minPoints, size - 0.5);
        font.setPointSizeF(size);
    }
    this->text(points, text, font, alignment, color);
}

QColor tint(const QColor& color, double strength)
{
    return QColor::fromRgbF(float(1 - strength + strength * color.redF()),
                            float(1 - strength + strength * color.greenF()),
                            float(1 - strength + strength * color.blueF()));
}

void drawPageHeader(const ReportCanvas& canvas, double width, const QString& title,
                    const QString& subtitle)
{
    canvas.fittedText({0, 0, width, 20}, title, ReportCanvas::font(14, true), 9);
    canvas.fittedText({0, 20, width, 12}, subtitle, ReportCanvas::font(8.5), 6,
                      Qt::AlignLeft | Qt::AlignVCenter, QColor(70, 70, 70));
}

void drawPageFooter(const ReportCanvas& canvas, const QRectF& footer, const QString& note, int page,
                    int pages)
{
    const QFont small = ReportCanvas::font(7);
    const QString number =
        QCoreApplication::translate("ReportCanvas", "Page %1 of %2").arg(page).arg(pages);
    const double numberWidth = canvas.textWidth(number, small) + 4;
    canvas.line(footer.topLeft(), footer.topRight(), QColor(180, 180, 180));
    canvas.text(footer.adjusted(0, 2, -numberWidth - 8, 0), note, small,
                Qt::AlignLeft | Qt::AlignVCenter, QColor(90, 90, 90));
    canvas.text(footer.adjusted(footer.width() - numberWidth, 2, 0, 0), number, small,
                Qt::AlignRight | Qt::AlignVCenter, QColor(90, 90, 90));
}

QString weekdayLabel(QDate day)
{
    return QLocale().toString(day, QStringLiteral("ddd"));
}

QString dateLabel(QDate day)
{
    return QLocale().toString(day, QStringLiteral("d MMM"));
}

} // namespace shiftlane::report
