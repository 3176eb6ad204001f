#pragma once

#include "edit/ScheduleEditor.h"
#include "schedule/RuleChecker.h"
#include "schedule/ScheduleSnapshot.h"
#include "time/AvailabilityExpander.h"
#include "time/ZoneSchedule.h"
#include "timeline/TimelineLayout.h"

#include <QAbstractScrollArea>
#include <QHash>
#include <QSet>

#include <memory>
#include <optional>

namespace shiftlane::ui {

// The team lead's timeline: a row per freelancer (and one for unassigned shifts), time
// across, each shift a block coloured by skill, availability shaded behind. The view owns no
// schedule: gestures become requests (signals carrying Placements and ids) that the window
// turns into undoable changes, and then it is given the new snapshot.
class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    enum class SortOrder
    {
        Name,
        Hours,
        TimeZone
    };
    static constexpr const char* TemplateMimeType = "application/x-shiftlane-template";

    explicit TimelineView(QWidget* parent = nullptr);

    // The snapshot must outlive the view's use of it (until the next call).
    void setSnapshot(const ScheduleSnapshot* snapshot);
    // The snapshot's shifts changed (an edit, undo, redo): re-check them and redraw.
    void shiftsChanged();
    // The hard rules each shift of the period breaks.
    const QHash<Id, QList<RuleBreak>>& breaks() const { return m_breaks; }
    void setNameFilter(const QString& text);
    void setSkillFilter(Id skillId); // NoId: all
    void setSortOrder(SortOrder order);
    void setPixelsPerHour(double pixelsPerHour);
    double pixelsPerHour() const { return m_pixelsPerHour; }
    // Zooms so that this many days fill the visible width.
    void zoomToDays(int days);
    // Freelancer mode: only that person's row (no Unassigned row), times in `displayZone`,
    // and no gesture that changes the schedule. With no display zone set, the times of one
    // freelancer's timeline follow them: each date in the zone in force on it (their home
    // zone, or where they travel, core/time/ZoneSchedule); otherwise the planning zone.
    void setOnlyFreelancer(std::optional<Id> freelancerId);
    void setDisplayZone(const QByteArray& zone);
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // The home zone the header, the day lines, the labels and the tooltips are in.
    QByteArray displayZone() const;
    // The zone times are read in at an instant: displayZone(), or a travel zone.
    QByteArray zoneIdAt(qint64 utc) const;
    const ZoneSchedule& displayZones() const { return *m_zones; }

    QList<Id> selectedShifts() const { return QList<Id>(m_selection.begin(), m_selection.end()); }
    void selectShift(Id shiftId); // selects and scrolls to it
    // Where a shift is drawn, in viewport coordinates (empty when it is not shown).
    QRect shiftRect(Id shiftId) const;
    // The viewport point at a time in a freelancer's row (nullopt: the Unassigned row).
    QPoint pointAt(std::optional<Id> freelancerId, qint64 utc) const;
    int rowCount() const { return int(m_rows.size()); }
    std::optional<Id> rowFreelancer(int row) const { return m_rows.value(row).freelancerId; }
    const TimelineLayout& layout() const { return m_layout; }
    QString toolTipAt(const QPoint& viewportPoint) const;

    static constexpr int NameWidth = 210;
    static constexpr int HeaderHeight = 42;

Q_SIGNALS:
    // The context menu's "Export calendar of …" on a freelancer's row.
    void calendarExportRequested(shiftlane::Id freelancerId);
    void placeRequested(const QList<shiftlane::Placement>& placements);
    void copyRequested(const QList<shiftlane::Placement>& placements);
    void createRequested(shiftlane::Id templateId, QDate day,
                         std::optional<shiftlane::Id> freelancerId);
    void deleteRequested(const QList<shiftlane::Id>& shiftIds);
    void pinRequested(const QList<shiftlane::Id>& shiftIds, bool pinned);
    void assignRequested(const QList<shiftlane::Id>& shiftIds,
                         std::optional<shiftlane::Id> freelancerId);
    void selectionChanged();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    struct Row
    {
        std::optional<Id> freelancerId;
        const Freelancer* freelancer = nullptr;
        qint64 paidMinutes = 0;
    };
    enum class DragMode
    {
        None,
        Pending,
        Move,
        Copy,
        ResizeStart,
        ResizeEnd,
        RubberBand
    };

    void rebuildRows();
    void placeMargins();
    void updateScrollBars();
    QPoint toContent(const QPoint& viewportPoint) const;
    QPoint toViewport(const QPoint& contentPoint) const;
    int rowOf(const std::optional<Id>& freelancerId) const;
    const Shift* shiftAt(const QPoint& contentPoint) const;
    QList<Placement> dragPlacements() const;
    QList<RuleBreak> dragBreaks() const;
    void paintHeader(QPainter& painter) const;
    void paintNames(QPainter& painter) const;
    void paintBody(QPainter& painter, const QRect& visible) const;
    void paintShift(QPainter& painter, const Shift& shift, const QRect& rect, bool ghost,
                    bool broken) const;
    bool isPreferred(const Shift& shift) const;
    void updateZones();
    // The local dates of the display zones that touch the timeline's span, with where each
    // begins and ends in UTC (a travel date may overlap the date before it, or leave a gap).
    struct ShownDay
    {
        QDate date;
        UtcInterval span;
        bool away = false; // in a travel zone
    };
    QList<ShownDay> shownDays() const;

    QWidget* m_header;
    QWidget* m_names;
    const ScheduleSnapshot* m_snapshot = nullptr;
    std::unique_ptr<RuleChecker> m_checker;
    std::unique_ptr<ScheduleEditor> m_editor;
    QHash<Id, QList<RuleBreak>> m_breaks;
    QHash<Id, const Skill*> m_skills;
    QList<Row> m_rows;
    QHash<Id, int> m_rowOfShift;
    TimelineLayout m_layout;
    double m_pixelsPerHour = 12;
    QString m_nameFilter;
    Id m_skillFilter = NoId;
    SortOrder m_sortOrder = SortOrder::Name;
    QSet<Id> m_selection;
    std::optional<Id> m_onlyFreelancer;
    QByteArray m_displayZone;
    std::optional<ZoneSchedule> m_zones;
    bool m_readOnly = false;

    DragMode m_dragMode = DragMode::None;
    DragMode m_pendingMode = DragMode::None;
    QPoint m_pressPoint; // content coordinates
    QPoint m_dragPoint;
    Id m_anchorShift = NoId;
    std::optional<QDate> m_dropDay;
    std::optional<Id> m_dropTemplate;
    int m_dropRow = -1;
};

} // namespace shiftlane::ui
