#include "timeline/TimelineView.h"

#include <QContextMenuEvent>
#include <QDrag>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <functional>
#include <limits>

namespace shiftlane::ui {

namespace {

constexpr int EdgeGrip = 6;      // pixels at a block's ends that start a resize
constexpr int DragThreshold = 4; // pixels before a press becomes a drag

QString hhmm(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

UtcInterval spanOf(const Shift& shift)
{
    return {shift.start.toSecsSinceEpoch(), shift.end.toSecsSinceEpoch()};
}

} // namespace

namespace {

// The fixed header and name column live in the scroll area's margins and draw through the view.
class MarginStrip : public QWidget
{
public:
    MarginStrip(QWidget* parent, std::function<void(QPainter&)> paint)
        : QWidget(parent), m_paint(std::move(paint))
    {}

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        m_paint(painter);
    }

private:
    std::function<void(QPainter&)> m_paint;
};

} // namespace

TimelineView::TimelineView(QWidget* parent)
    : QAbstractScrollArea(parent), m_header(new MarginStrip(this,
                                                            [this](QPainter& p) {
                                                                if (m_snapshot)
                                                                    paintHeader(p);
                                                            })),
      m_names(new MarginStrip(this, [this](QPainter& p) {
          if (m_snapshot)
              paintNames(p);
      }))
{
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setViewportMargins(NameWidth, HeaderHeight, 0, 0);
    horizontalScrollBar()->setSingleStep(20);
    verticalScrollBar()->setSingleStep(20);
}

void TimelineView::setSnapshot(const ScheduleSnapshot* snapshot)
{
    m_snapshot = snapshot;
    m_checker = std::make_unique<RuleChecker>(*snapshot);
    m_editor = std::make_unique<ScheduleEditor>(*snapshot);
    m_skills.clear();
    for (const Skill& skill : snapshot->skills)
        m_skills.insert(skill.id, &skill);
    m_layout =
        TimelineLayout(snapshot->calendar().days(snapshot->period.first, snapshot->period.last),
                       m_pixelsPerHour, m_layout.rowHeight());
    updateZones();
    shiftsChanged();
}

void TimelineView::shiftsChanged()
{
    m_checker->shiftsChanged();
    m_breaks = m_checker->checkAll();
    // Keep only the selected shifts that still exist.
    QSet<Id> existing;
    for (const Shift& shift : m_snapshot->shifts)
        existing.insert(shift.id);
    m_selection.intersect(existing);
    rebuildRows();
}

void TimelineView::setNameFilter(const QString& text)
{
    m_nameFilter = text.trimmed();
    rebuildRows();
}

void TimelineView::setSkillFilter(Id skillId)
{
    m_skillFilter = skillId;
    rebuildRows();
}

void TimelineView::setSortOrder(SortOrder order)
{
    m_sortOrder = order;
    rebuildRows();
}

void TimelineView::setPixelsPerHour(double pixelsPerHour)
{
    m_pixelsPerHour = std::clamp(pixelsPerHour, 1.0, 400.0);
    m_layout = TimelineLayout(m_layout.span(), m_pixelsPerHour, m_layout.rowHeight());
    updateScrollBars();
    viewport()->update();
    m_header->update();
}

void TimelineView::zoomToDays(int days)
{
    setPixelsPerHour(std::max(1, viewport()->width()) / (24.0 * std::max(1, days)));
}

void TimelineView::setOnlyFreelancer(std::optional<Id> freelancerId)
{
    m_onlyFreelancer = freelancerId;
    m_selection.clear();
    updateZones();
    rebuildRows();
}

void TimelineView::setDisplayZone(const QByteArray& zone)
{
    m_displayZone = zone;
    updateZones();
    m_header->update();
    m_names->update();
    viewport()->update();
}

void TimelineView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_dragMode = DragMode::None;
    setAcceptDrops(!readOnly);
}

void TimelineView::updateZones()
{
    const Freelancer* only =
        m_snapshot && m_onlyFreelancer ? m_snapshot->freelancer(*m_onlyFreelancer) : nullptr;
    if (!m_displayZone.isEmpty())
        m_zones.emplace(m_displayZone, QList<TravelPeriod>());
    else if (only)
        m_zones.emplace(*only, m_snapshot->availability.value(only->id));
    else
        m_zones.emplace(m_snapshot ? m_snapshot->settings.planningTimeZone : QByteArray("UTC"),
                        QList<TravelPeriod>());
}

QByteArray TimelineView::displayZone() const
{
    return m_zones ? m_zones->homeZoneId() : QByteArray("UTC");
}

QByteArray TimelineView::zoneIdAt(qint64 utc) const
{
    return m_zones ? m_zones->zoneIdAt(utc) : QByteArray("UTC");
}

QList<TimelineView::ShownDay> TimelineView::shownDays() const
{
    QList<ShownDay> days;
    if (!m_zones)
        return days;
    const UtcInterval& span = m_layout.span();
    const WallClock& home = m_zones->home();
    // A travel zone can be up to a day away from home: look a day further either side.
    for (QDate date = home.localDay(span.start).addDays(-1);
         date <= home.localDay(span.end - 1).addDays(1); date = date.addDays(1)) {
        const WallClock& clock = m_zones->clockOn(date);
        const UtcInterval day{clock.earliestUtc(date, 0), clock.earliestUtc(date.addDays(1), 0)};
        if (day.end <= span.start || day.start >= span.end)
            continue;
        days.append({date, day, m_zones->zoneIdOn(date) != m_zones->homeZoneId()});
    }
    return days;
}

void TimelineView::rebuildRows()
{
    m_rows.clear();
    m_rowOfShift.clear();
    if (!m_snapshot)
        return;
    const PlanningCalendar calendar = m_snapshot->calendar();
    QHash<Id, qint64> minutes;
    for (const Shift& shift : m_snapshot->shifts)
        if (shift.freelancerId &&
            m_snapshot->period.contains(calendar.dayOf(shift.start.toSecsSinceEpoch())))
            minutes[*shift.freelancerId] += shift.paidMinutes();
    for (const Freelancer& f : m_snapshot->freelancers) {
        if (m_onlyFreelancer && f.id != *m_onlyFreelancer)
            continue;
        if (!m_nameFilter.isEmpty() && !f.name.contains(m_nameFilter, Qt::CaseInsensitive))
            continue;
        if (m_skillFilter != NoId && !f.hasSkill(m_skillFilter))
            continue;
        m_rows.append({f.id, &f, minutes.value(f.id)});
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const Row& a, const Row& b) {
        switch (m_sortOrder) {
        case SortOrder::Hours:
            return a.paidMinutes > b.paidMinutes;
        case SortOrder::TimeZone: {
            const qint64 now = m_layout.span().start;
            // Where they are at the start of the view: travel moves them.
            const auto offset = [&](const Freelancer* f) {
                return ZoneSchedule(*f, m_snapshot->availability.value(f->id))
                    .clockAt(now)
                    .offsetSeconds(now);
            };
            return offset(a.freelancer) < offset(b.freelancer);
        }
        case SortOrder::Name:
            break;
        }
        return a.freelancer->name.localeAwareCompare(b.freelancer->name) < 0;
    });
    if (!m_onlyFreelancer)
        m_rows.append({std::nullopt, nullptr, 0});
    m_names->update();
    m_header->update();
    for (const Shift& shift : m_snapshot->shifts) {
        const int row = rowOf(shift.freelancerId);
        if (row >= 0)
            m_rowOfShift.insert(shift.id, row);
    }
    updateScrollBars();
    viewport()->update();
}

int TimelineView::rowOf(const std::optional<Id>& freelancerId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].freelancerId == freelancerId)
            return row;
    return -1;
}

void TimelineView::updateScrollBars()
{
    const QSize page = viewport()->size();
    horizontalScrollBar()->setPageStep(page.width());
    horizontalScrollBar()->setRange(0, std::max(0, m_layout.contentWidth() - page.width()));
    verticalScrollBar()->setPageStep(page.height());
    verticalScrollBar()->setRange(0,
                                  std::max(0, m_layout.rowTop(int(m_rows.size())) - page.height()));
}

void TimelineView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    placeMargins();
}

QPoint TimelineView::toContent(const QPoint& p) const
{
    return p + QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value());
}

QPoint TimelineView::toViewport(const QPoint& p) const
{
    return p - QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value());
}

QRect TimelineView::shiftRect(Id shiftId) const
{
    if (!m_snapshot || !m_rowOfShift.contains(shiftId))
        return {};
    for (const Shift& shift : m_snapshot->shifts)
        if (shift.id == shiftId) {
            const QRect content =
                m_layout.blockRect(m_rowOfShift.value(shiftId), shift.start.toSecsSinceEpoch(),
                                   shift.end.toSecsSinceEpoch());
            return QRect(toViewport(content.topLeft()), content.size());
        }
    return {};
}

QPoint TimelineView::pointAt(std::optional<Id> freelancerId, qint64 utc) const
{
    const int row = rowOf(freelancerId);
    return toViewport(QPoint(m_layout.x(utc), m_layout.rowTop(row) + m_layout.rowHeight() / 2));
}

void TimelineView::selectShift(Id shiftId)
{
    m_selection = {shiftId};
    const QRect rect = shiftRect(shiftId);
    if (!rect.isEmpty()) {
        const QPoint content = toContent(rect.center());
        horizontalScrollBar()->setValue(content.x() - viewport()->width() / 2);
        verticalScrollBar()->setValue(content.y() - viewport()->height() / 2);
    }
    viewport()->update();
    Q_EMIT selectionChanged();
}

const Shift* TimelineView::shiftAt(const QPoint& content) const
{
    if (!m_snapshot)
        return nullptr;
    const int row = m_layout.rowAt(content.y());
    for (const Shift& shift : m_snapshot->shifts)
        if (m_rowOfShift.value(shift.id, -1) == row &&
            m_layout.blockRect(row, shift.start.toSecsSinceEpoch(), shift.end.toSecsSinceEpoch())
                .contains(content))
            return &shift;
    return nullptr;
}

bool TimelineView::isPreferred(const Shift& shift) const
{
    return shift.freelancerId && AvailabilityExpander::fit(m_checker->spansOf(*shift.freelancerId),
                                                           spanOf(shift)) == Fit::Preferred;
}

// --- painting ------------------------------------------------------------------------------

void TimelineView::paintEvent(QPaintEvent*)
{
    QPainter body(viewport());
    body.fillRect(viewport()->rect(), palette().base());
    if (!m_snapshot)
        return;
    paintBody(body, QRect(toContent(QPoint(0, 0)), viewport()->size()));
}

void TimelineView::scrollContentsBy(int, int)
{
    viewport()->update();
    m_header->update();
    m_names->update();
}

void TimelineView::placeMargins()
{
    const int f = frameWidth();
    m_header->setGeometry(f + NameWidth, f, viewport()->width(), HeaderHeight);
    m_names->setGeometry(f, f, NameWidth, HeaderHeight + viewport()->height());
}

void TimelineView::paintHeader(QPainter& painter) const
{
    const int left = 0;
    const QRect header(0, 0, viewport()->width(), HeaderHeight);
    painter.save();
    painter.setClipRect(header);
    painter.fillRect(header, palette().window());
    const int scroll = horizontalScrollBar()->value();
    const double hoursPerTick = m_pixelsPerHour >= 30 ? 1 : m_pixelsPerHour >= 10 ? 3 : 6;
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    int previousEnd = std::numeric_limits<int>::min();
    for (const ShownDay& shown : shownDays()) {
        const QDate day = shown.date;
        const WallClock& clock = m_zones->clockOn(day);
        const int x0 = left + m_layout.x(shown.span.start) - scroll;
        const int x1 = left + m_layout.x(shown.span.end) - scroll;
        // Flying east, a travel date starts before the home date ends: its label starts after.
        const int textLeft = std::max(x0, previousEnd);
        previousEnd = x1;
        if (shown.away)
            painter.fillRect(QRect(textLeft, header.top(), x1 - textLeft, header.height()),
                             QColor(0xfd, 0xf3, 0xd0));
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawLine(x0, header.top(), x0, header.bottom());
        painter.setPen(palette().color(QPalette::WindowText));
        QString label = QLocale().toString(day, x1 - x0 > 110 ? QStringLiteral("dddd d MMM")
                                                              : QStringLiteral("ddd d"));
        if (shown.away) // "· Dubai": where they are that day
            label += QStringLiteral(" · ") + QString::fromUtf8(m_zones->zoneIdOn(day))
                                                 .section(QLatin1Char('/'), -1)
                                                 .replace(QLatin1Char('_'), QLatin1Char(' '));
        painter.drawText(QRect(textLeft + 4, header.top() + 2, x1 - textLeft - 8, 18),
                         Qt::AlignLeft | Qt::AlignVCenter, label);
        painter.setFont(small);
        for (double h = hoursPerTick; h < 24; h += hoursPerTick) {
            const qint64 at = clock.earliestUtc(day, int(h * 60));
            const int x = left + m_layout.x(at) - scroll;
            if (x < textLeft)
                continue;
            painter.setPen(palette().color(QPalette::Mid));
            painter.drawLine(x, header.bottom() - 5, x, header.bottom());
            if (hoursPerTick * m_pixelsPerHour >= 28) {
                painter.setPen(palette().color(QPalette::WindowText));
                painter.drawText(QRect(x - 20, header.top() + 20, 40, 16), Qt::AlignCenter,
                                 hhmm(int(h * 60)));
            }
        }
        painter.setFont(font());
    }
    painter.restore();
}

void TimelineView::paintNames(QPainter& painter) const
{
    const int top = HeaderHeight;
    const QRect column(0, top, NameWidth, viewport()->height());
    painter.save();
    painter.fillRect(QRect(0, 0, NameWidth, HeaderHeight), palette().window());
    painter.drawText(
        QRect(8, 0, NameWidth - 8, HeaderHeight), Qt::AlignVCenter,
        m_zones && m_zones->hasTravel()
            ? tr("Times in %1,\ntravel days where they are").arg(QString::fromUtf8(displayZone()))
            : tr("Times in %1").arg(QString::fromUtf8(displayZone())));
    painter.setClipRect(column);
    painter.fillRect(column, palette().window());
    const int scroll = verticalScrollBar()->value();
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    const double weeks = m_snapshot->period.days() / 7.0;
    for (int row = m_layout.rowAt(scroll); row >= 0 && row < m_rows.size(); ++row) {
        const int y = top + m_layout.rowTop(row) - scroll;
        if (y > column.bottom())
            break;
        const Row& r = m_rows[row];
        const QRect cell(column.left() + 8, y, NameWidth - 12, m_layout.rowHeight());
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawLine(column.left(), y + m_layout.rowHeight() - 1, column.right(),
                         y + m_layout.rowHeight() - 1);
        painter.setPen(palette().color(QPalette::WindowText));
        if (!r.freelancer) {
            painter.drawText(cell, Qt::AlignVCenter, tr("Unassigned"));
            continue;
        }
        painter.drawText(cell.adjusted(0, 2, 0, -m_layout.rowHeight() / 2), Qt::AlignBottom,
                         r.freelancer->name);
        QStringList skills;
        for (Id id : r.freelancer->skillIds)
            if (const Skill* s = m_skills.value(id))
                skills << s->name;
        const double hours = r.paidMinutes / 60.0;
        const double min = r.freelancer->limits.minMinutesPerWeek * weeks / 60.0;
        const double max = r.freelancer->limits.maxMinutesPerWeek * weeks / 60.0;
        painter.setFont(small);
        painter.setPen(hours > max   ? QColor(0xc0, 0x20, 0x20)
                       : hours < min ? QColor(0xb0, 0x70, 0x00)
                                     : palette().color(QPalette::PlaceholderText));
        painter.drawText(cell.adjusted(0, m_layout.rowHeight() / 2, 0, 0), Qt::AlignTop,
                         tr("%1 h of %2–%3 · %4")
                             .arg(QLocale().toString(hours, 'f', 1),
                                  QLocale().toString(min, 'f', 0), QLocale().toString(max, 'f', 0),
                                  skills.join(QStringLiteral(", "))));
        painter.setFont(font());
    }
    painter.restore();
}

void TimelineView::paintBody(QPainter& painter, const QRect& visible) const
{
    painter.translate(-visible.topLeft());
    const QColor unavailable(0xec, 0xec, 0xec);
    const QColor available(0xff, 0xff, 0xff);
    const QColor preferred(0xe3, 0xf4, 0xe1);
    const int firstRow = std::max(0, m_layout.rowAt(visible.top()));
    for (int row = firstRow; row < m_rows.size() && m_layout.rowTop(row) <= visible.bottom();
         ++row) {
        const QRect band(visible.left(), m_layout.rowTop(row), visible.width(),
                         m_layout.rowHeight());
        const Row& r = m_rows[row];
        if (!r.freelancerId) {
            painter.fillRect(band, QColor(0xf6, 0xf1, 0xe4));
            continue;
        }
        painter.fillRect(band, unavailable);
        for (const AvailabilitySpan& span : m_checker->spansOf(*r.freelancerId)) {
            const int x0 = m_layout.x(span.interval.start);
            const int x1 = m_layout.x(span.interval.end);
            if (x1 < visible.left() || x0 > visible.right())
                continue;
            painter.fillRect(QRect(x0, band.top(), x1 - x0, band.height()),
                             span.kind == AvailabilityKind::Preferred ? preferred : available);
        }
        painter.setPen(QColor(0xd8, 0xd8, 0xd8));
        painter.drawLine(band.left(), band.bottom(), band.right(), band.bottom());
    }
    // Day boundaries of the zone shown (on travel days, of the zone in force).
    painter.setPen(QColor(0xa0, 0xa0, 0xa0));
    const int bottom = std::min(visible.bottom(), m_layout.rowTop(int(m_rows.size())));
    for (const ShownDay& day : shownDays()) {
        const int x = m_layout.x(day.span.start);
        painter.drawLine(x, visible.top(), x, bottom);
    }

    const bool dragging = m_dragMode == DragMode::Move || m_dragMode == DragMode::Copy ||
                          m_dragMode == DragMode::ResizeStart || m_dragMode == DragMode::ResizeEnd;
    for (const Shift& shift : m_snapshot->shifts) {
        const int row = m_rowOfShift.value(shift.id, -1);
        if (row < 0)
            continue;
        const QRect rect =
            m_layout.blockRect(row, shift.start.toSecsSinceEpoch(), shift.end.toSecsSinceEpoch());
        if (!rect.intersects(visible))
            continue;
        const bool moving =
            dragging && m_dragMode != DragMode::Copy && m_selection.contains(shift.id);
        painter.setOpacity(moving ? 0.35 : 1.0);
        paintShift(painter, shift, rect, false, m_breaks.contains(shift.id));
        painter.setOpacity(1.0);
    }

    if (dragging) {
        const QList<RuleBreak> breaks = dragBreaks();
        for (const Placement& p : dragPlacements()) {
            const int row = rowOf(p.freelancerId);
            const Shift* original = nullptr;
            for (const Shift& s : m_snapshot->shifts)
                if (s.id == p.shiftId)
                    original = &s;
            if (!original || row < 0)
                continue;
            Shift ghost = *original;
            ghost.start = QDateTime::fromSecsSinceEpoch(p.start, Qt::UTC);
            ghost.end = QDateTime::fromSecsSinceEpoch(p.end, Qt::UTC);
            ghost.freelancerId = p.freelancerId;
            paintShift(painter, ghost, m_layout.blockRect(row, p.start, p.end), true,
                       !breaks.isEmpty());
        }
    }
    if (m_dragMode == DragMode::RubberBand) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DashLine));
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlpha(40);
        painter.setBrush(fill);
        painter.drawRect(QRect(m_pressPoint, m_dragPoint).normalized());
    }
}

void TimelineView::paintShift(QPainter& painter, const Shift& shift, const QRect& rect, bool ghost,
                              bool broken) const
{
    const Skill* skill = m_skills.value(shift.skillId);
    QColor color(skill ? skill->color : QStringLiteral("#888888"));
    // Merely available hours are drawn lighter than preferred ones.
    const bool preferred = isPreferred(shift);
    QColor fill = preferred || !shift.freelancerId ? color : color.lighter(135);
    if (ghost)
        fill.setAlpha(150);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawRoundedRect(rect, 4, 4);
    if (!preferred && shift.freelancerId) {
        painter.setBrush(QBrush(color.darker(115), Qt::BDiagPattern));
        painter.drawRoundedRect(rect, 4, 4);
    }
    const bool selected = m_selection.contains(shift.id) && !ghost;
    if (broken || selected || ghost) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(broken ? QColor(0xd0, 0x10, 0x10)
                                   : palette().color(QPalette::Highlight).darker(130),
                            selected || ghost ? 3 : 2, ghost ? Qt::DashLine : Qt::SolidLine));
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4);
    }
    // On their clock where they are when it starts.
    const WallClock& clock = m_zones->clockAt(shift.start.toSecsSinceEpoch());
    QString label =
        QStringLiteral("%1–%2").arg(hhmm(clock.localMinuteOfDay(shift.start.toSecsSinceEpoch())),
                                    hhmm(clock.localMinuteOfDay(shift.end.toSecsSinceEpoch())));
    if (skill && rect.width() > 110)
        label += QLatin1Char(' ') + skill->name;
    int textLeft = rect.left() + 4;
    if (shift.pinned) {
        // A pin: a head and a needle.
        painter.setPen(QPen(Qt::black, 1.5));
        painter.setBrush(QColor(0xe0, 0x30, 0x30));
        painter.drawLine(rect.left() + 8, rect.center().y() - 2, rect.left() + 8,
                         rect.center().y() + 7);
        painter.drawEllipse(QPoint(rect.left() + 8, rect.center().y() - 4), 4, 4);
        textLeft += 12;
    }
    if (broken) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xd0, 0x10, 0x10));
        const QRect badge(rect.right() - 15, rect.top() + 2, 13, 13);
        painter.drawEllipse(badge);
        painter.setPen(Qt::white);
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.drawText(badge, Qt::AlignCenter, QStringLiteral("!"));
        painter.setFont(font());
    }
    if (rect.width() > 40) {
        painter.setPen(color.lightness() > 150 ? Qt::black : Qt::white);
        painter.drawText(
            QRect(textLeft, rect.top(), rect.right() - textLeft - (broken ? 16 : 2), rect.height()),
            Qt::AlignVCenter | Qt::AlignLeft, label);
    }
}

// --- gestures ------------------------------------------------------------------------------

QList<Placement> TimelineView::dragPlacements() const
{
    QList<Placement> placements;
    if (!m_editor)
        return placements;
    const qint64 deltaTime = m_layout.seconds(m_dragPoint.x() - m_pressPoint.x());
    const int deltaRow = m_layout.rowAt(m_dragPoint.y()) - m_layout.rowAt(m_pressPoint.y());
    for (const Shift& shift : m_snapshot->shifts) {
        const bool resize =
            m_dragMode == DragMode::ResizeStart || m_dragMode == DragMode::ResizeEnd;
        if (resize ? shift.id != m_anchorShift : !m_selection.contains(shift.id))
            continue;
        Placement p{shift.id, shift.start.toSecsSinceEpoch(), shift.end.toSecsSinceEpoch(),
                    shift.freelancerId};
        if (m_dragMode == DragMode::ResizeStart) {
            p.start = std::min(m_editor->snap(p.start + deltaTime),
                               p.end - 60 * m_snapshot->settings.intervalMinutes);
        } else if (m_dragMode == DragMode::ResizeEnd) {
            p.end = std::max(m_editor->snap(p.end + deltaTime),
                             p.start + 60 * m_snapshot->settings.intervalMinutes);
        } else {
            const qint64 length = p.end - p.start;
            p.start = m_editor->snap(p.start + deltaTime);
            p.end = p.start + length;
            const int row =
                std::clamp(m_rowOfShift.value(shift.id) + deltaRow, 0, int(m_rows.size()) - 1);
            p.freelancerId = m_rows[row].freelancerId;
        }
        placements.append(p);
    }
    return placements;
}

QList<RuleBreak> TimelineView::dragBreaks() const
{
    QList<RuleBreak> breaks;
    for (const Placement& p : dragPlacements()) {
        for (const Shift& s : m_snapshot->shifts) {
            if (s.id != p.shiftId)
                continue;
            Shift candidate = s;
            if (m_dragMode == DragMode::Copy)
                candidate.id = NoId;
            candidate.start = QDateTime::fromSecsSinceEpoch(p.start, Qt::UTC);
            candidate.end = QDateTime::fromSecsSinceEpoch(p.end, Qt::UTC);
            candidate.freelancerId = p.freelancerId;
            breaks += m_checker->check(candidate);
        }
    }
    return breaks;
}

void TimelineView::mousePressEvent(QMouseEvent* event)
{
    if (!m_snapshot || event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    setFocus();
    m_pressPoint = toContent(event->position().toPoint());
    m_dragPoint = m_pressPoint;
    const Shift* shift = shiftAt(m_pressPoint);
    const Qt::KeyboardModifiers mods = event->modifiers();
    if (!shift) {
        if (!(mods & (Qt::ShiftModifier | Qt::ControlModifier)))
            m_selection.clear();
        m_pendingMode = DragMode::RubberBand;
        m_dragMode = DragMode::Pending;
        viewport()->update();
        Q_EMIT selectionChanged();
        return;
    }
    m_anchorShift = shift->id;
    if (mods & Qt::ShiftModifier)
        m_selection.insert(shift->id);
    else if (mods & Qt::ControlModifier && m_selection.contains(shift->id) &&
             m_selection.size() > 1)
        ; // Ctrl on a selected shift starts a copy of the whole selection
    else if (mods & Qt::ControlModifier)
        m_selection.insert(shift->id);
    else if (!m_selection.contains(shift->id))
        m_selection = {shift->id};
    if (m_readOnly) { // select and read, never drag
        m_dragMode = DragMode::None;
        viewport()->update();
        Q_EMIT selectionChanged();
        return;
    }
    const QRect rect =
        m_layout.blockRect(m_rowOfShift.value(shift->id), shift->start.toSecsSinceEpoch(),
                           shift->end.toSecsSinceEpoch());
    if (m_pressPoint.x() - rect.left() <= EdgeGrip)
        m_pendingMode = DragMode::ResizeStart;
    else if (rect.right() - m_pressPoint.x() <= EdgeGrip)
        m_pendingMode = DragMode::ResizeEnd;
    else
        m_pendingMode = mods & Qt::ControlModifier ? DragMode::Copy : DragMode::Move;
    m_dragMode = DragMode::Pending;
    viewport()->update();
    Q_EMIT selectionChanged();
}

void TimelineView::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_snapshot)
        return;
    const QPoint content = toContent(event->position().toPoint());
    if (m_dragMode == DragMode::None) {
        // Show where a resize would start.
        const Shift* shift = shiftAt(content);
        Qt::CursorShape cursor = Qt::ArrowCursor;
        if (shift) {
            const QRect rect =
                m_layout.blockRect(m_rowOfShift.value(shift->id), shift->start.toSecsSinceEpoch(),
                                   shift->end.toSecsSinceEpoch());
            cursor = content.x() - rect.left() <= EdgeGrip || rect.right() - content.x() <= EdgeGrip
                         ? Qt::SizeHorCursor
                         : Qt::OpenHandCursor;
        }
        viewport()->setCursor(cursor);
        return;
    }
    m_dragPoint = content;
    if (m_dragMode == DragMode::Pending) {
        if ((m_dragPoint - m_pressPoint).manhattanLength() < DragThreshold)
            return;
        m_dragMode = m_pendingMode;
    }
    if (m_dragMode == DragMode::RubberBand) {
        const QRect band = QRect(m_pressPoint, m_dragPoint).normalized();
        for (const Shift& shift : m_snapshot->shifts) {
            const int row = m_rowOfShift.value(shift.id, -1);
            if (row >= 0 && band.intersects(m_layout.blockRect(row, shift.start.toSecsSinceEpoch(),
                                                               shift.end.toSecsSinceEpoch())))
                m_selection.insert(shift.id);
        }
        Q_EMIT selectionChanged();
    } else {
        // Say before the drop whether it would break a hard rule.
        const QList<RuleBreak> breaks = dragBreaks();
        QStringList lines;
        for (const RuleBreak& b : breaks)
            lines << b.message;
        if (lines.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint(), lines.join(QLatin1Char('\n')),
                               viewport());
    }
    viewport()->update();
}

void TimelineView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_snapshot) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    m_dragPoint = toContent(event->position().toPoint());
    const DragMode mode = m_dragMode;
    QList<Placement> placements;
    if (mode == DragMode::Move || mode == DragMode::Copy || mode == DragMode::ResizeStart ||
        mode == DragMode::ResizeEnd)
        placements = dragPlacements();
    m_dragMode = DragMode::None;
    QToolTip::hideText();
    viewport()->update();
    if (placements.isEmpty())
        return;
    if (mode == DragMode::Copy)
        Q_EMIT copyRequested(placements);
    else
        Q_EMIT placeRequested(placements);
}

void TimelineView::keyPressEvent(QKeyEvent* event)
{
    if (!m_snapshot || m_selection.isEmpty()) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    if (m_readOnly) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    const qint64 step = qint64(m_snapshot->settings.intervalMinutes) * 60;
    qint64 deltaTime = 0;
    int deltaRow = 0;
    switch (event->key()) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        Q_EMIT deleteRequested(selectedShifts());
        return;
    case Qt::Key_Left:
        deltaTime = -step;
        break;
    case Qt::Key_Right:
        deltaTime = step;
        break;
    case Qt::Key_Up:
        deltaRow = -1;
        break;
    case Qt::Key_Down:
        deltaRow = 1;
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    QList<Placement> placements;
    for (const Shift& shift : m_snapshot->shifts) {
        if (!m_selection.contains(shift.id))
            continue;
        const int row =
            std::clamp(m_rowOfShift.value(shift.id) + deltaRow, 0, int(m_rows.size()) - 1);
        placements.append({shift.id, shift.start.toSecsSinceEpoch() + deltaTime,
                           shift.end.toSecsSinceEpoch() + deltaTime, m_rows[row].freelancerId});
    }
    Q_EMIT placeRequested(placements);
}

void TimelineView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        setPixelsPerHour(m_pixelsPerHour * (event->angleDelta().y() > 0 ? 1.25 : 0.8));
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void TimelineView::contextMenuEvent(QContextMenuEvent* event)
{
    if (!m_snapshot || m_readOnly)
        return;
    const Shift* shift = shiftAt(toContent(event->pos()));
    const int row = m_layout.rowAt(toContent(event->pos()).y());
    const Freelancer* rowFreelancer =
        row >= 0 && row < m_rows.size() ? m_rows[row].freelancer : nullptr;
    const auto addCalendarExport = [&](QMenu& menu) {
        if (rowFreelancer)
            menu.addAction(tr("Export calendar of %1…").arg(rowFreelancer->name), this,
                           [this, id = rowFreelancer->id] { Q_EMIT calendarExportRequested(id); });
    };
    if (!shift) {
        QMenu menu(this);
        addCalendarExport(menu);
        if (!menu.isEmpty())
            menu.exec(event->globalPos());
        return;
    }
    if (!m_selection.contains(shift->id)) {
        m_selection = {shift->id};
        viewport()->update();
        Q_EMIT selectionChanged();
    }
    const QList<Id> ids = selectedShifts();
    QMenu menu(this);
    menu.addAction(shift->pinned ? tr("Unpin") : tr("Pin"), this,
                   [this, ids, pinned = !shift->pinned] { Q_EMIT pinRequested(ids, pinned); });
    menu.addAction(tr("Unassign"), this,
                   [this, ids] { Q_EMIT assignRequested(ids, std::nullopt); });
    QMenu* assign = menu.addMenu(tr("Assign to"));
    for (const Freelancer& f : m_snapshot->freelancers)
        if (f.hasSkill(shift->skillId))
            assign->addAction(f.name, this,
                              [this, ids, id = f.id] { Q_EMIT assignRequested(ids, id); });
    menu.addSeparator();
    menu.addAction(tr("Delete"), this, [this, ids] { Q_EMIT deleteRequested(ids); });
    if (rowFreelancer) {
        menu.addSeparator();
        addCalendarExport(menu);
    }
    menu.exec(event->globalPos());
}

// --- drops from the template palette --------------------------------------------------------

void TimelineView::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_snapshot && !m_readOnly &&
        event->mimeData()->hasFormat(QString::fromLatin1(TemplateMimeType)))
        event->acceptProposedAction();
}

void TimelineView::dragMoveEvent(QDragMoveEvent* event)
{
    if (m_snapshot && event->mimeData()->hasFormat(QString::fromLatin1(TemplateMimeType)))
        event->acceptProposedAction();
}

void TimelineView::dropEvent(QDropEvent* event)
{
    if (!m_snapshot || m_readOnly ||
        !event->mimeData()->hasFormat(QString::fromLatin1(TemplateMimeType)))
        return;
    const Id templateId =
        event->mimeData()->data(QString::fromLatin1(TemplateMimeType)).toLongLong();
    const QPoint content = toContent(event->position().toPoint());
    const int row = m_layout.rowAt(content.y());
    if (row < 0 || row >= m_rows.size())
        return;
    const QDate day = m_snapshot->calendar().dayOf(m_layout.time(content.x()));
    event->acceptProposedAction();
    Q_EMIT createRequested(templateId, day, m_rows[row].freelancerId);
}

// --- tooltips -------------------------------------------------------------------------------

QString TimelineView::toolTipAt(const QPoint& viewportPoint) const
{
    const Shift* shift = m_snapshot ? shiftAt(toContent(viewportPoint)) : nullptr;
    if (!shift)
        return {};
    QStringList lines;
    const Skill* skill = m_skills.value(shift->skillId);
    const qint64 start = shift->start.toSecsSinceEpoch();
    const WallClock& clock = m_zones->clockAt(start);
    const QByteArray zone = m_zones->zoneIdAt(start);
    lines << tr("%1 %2 %3–%4 (%5)")
                 .arg(skill ? skill->name : QString(),
                      QLocale().toString(clock.localDay(start), QStringLiteral("ddd d MMM")),
                      hhmm(clock.localMinuteOfDay(start)),
                      hhmm(clock.localMinuteOfDay(shift->end.toSecsSinceEpoch())),
                      QString::fromUtf8(zone));
    if (zone != m_zones->homeZoneId())
        lines << tr("Travelling: local time in %1 (home: %2)")
                     .arg(QString::fromUtf8(zone), QString::fromUtf8(m_zones->homeZoneId()));
    if (shift->freelancerId)
        lines << (isPreferred(*shift) ? tr("In preferred hours")
                                      : tr("In available, not preferred, hours"));
    if (shift->pinned)
        lines << tr("Pinned: Solve leaves it where it is");
    for (const RuleBreak& b : m_breaks.value(shift->id))
        lines << QStringLiteral("⚠ ") + b.message;
    return lines.join(QLatin1Char('\n'));
}

bool TimelineView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip && m_dragMode == DragMode::None) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace shiftlane::ui
