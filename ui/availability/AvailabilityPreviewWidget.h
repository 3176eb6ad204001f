#pragma once

#include "availability/AvailabilityPreview.h"

#include <QWidget>

namespace shiftlane::ui {

// The preview drawn: a row per planning day, 00:00 to 24:00 of the planning zone across,
// the freelancer's windows as bars (their own times in the tooltip), the zone they are in
// and how far ahead or behind, and a red marker on the days the difference changes.
class AvailabilityPreviewWidget : public QWidget
{
    Q_OBJECT
public:
    explicit AvailabilityPreviewWidget(QWidget* parent = nullptr);

    void setPreview(const QList<PreviewDay>& days, const QByteArray& planningZone);
    const QList<PreviewDay>& preview() const { return m_days; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRect barArea() const;
    int rowTop(int row) const;

    QList<PreviewDay> m_days;
    QByteArray m_planningZone;
};

} // namespace shiftlane::ui
