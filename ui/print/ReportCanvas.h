#pragma once

#include <QColor>
#include <QDate>
#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;

namespace shiftlane::report {

// Draws in points (1/72 inch) on a paint device of any resolution (a QPdfWriter at 1200 dpi,
// a printer, a preview): the layout is decided in points, fonts keep their true point size and
// the device's full precision, and text stays text. Text is fitted to its box (elided with
// "…" when nothing else helps), never drawn past it.
class ReportCanvas
{
public:
    explicit ReportCanvas(QPainter& painter);

    QPainter& painter() const { return m_painter; }
    static QFont font(double points, bool bold = false);

    void fillRect(const QRectF& points, const QColor& color) const;
    void strokeRect(const QRectF& points, const QColor& color, double widthPoints = 0.5) const;
    void line(QPointF fromPoints, QPointF toPoints, const QColor& color,
              double widthPoints = 0.5) const;
    // Text in a box, elided to its width; vertical alignment from flags.
    void text(const QRectF& points, const QString& text, const QFont& font,
              Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter,
              const QColor& color = Qt::black) const;
    // Like text(), but first shrinks the font (down to minPoints) until the text fits.
    void fittedText(const QRectF& points, const QString& text, QFont font, double minPoints,
                    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter,
                    const QColor& color = Qt::black) const;
    double textWidth(const QString& text, const QFont& font) const; // in points

private:
    QRectF device(const QRectF& points) const;
    QPointF device(QPointF points) const;

    QPainter& m_painter;
    double m_scale; // device units per point
};

// A skill's colour mixed with white: the fill behind dark text.
QColor tint(const QColor& color, double strength = 0.28);

// The title block every page starts with (title, subtitle), metrics.pageHeaderHeight high.
void drawPageHeader(const ReportCanvas& canvas, double width, const QString& title,
                    const QString& subtitle);
// The footer line at the bottom of the page: what the page holds, and "Page N of M".
void drawPageFooter(const ReportCanvas& canvas, const QRectF& footer, const QString& note, int page,
                    int pages);
// Short labels of a day: "Mon", "30 Nov".
QString weekdayLabel(QDate day);
QString dateLabel(QDate day);

} // namespace shiftlane::report
