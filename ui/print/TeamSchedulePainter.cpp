#include "TeamSchedulePainter.h"

#include <QCoreApplication>
#include <QLocale>

namespace shiftlane::report {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TeamSchedulePainter", text);
}

const QColor GridColor(200, 200, 200);
const QColor HeaderFill(236, 239, 243);
const QColor StripeFill(248, 248, 250);
const QColor Grey(95, 95, 95);
const double Pad = 3;

} // namespace

TeamSchedulePainter::TeamSchedulePainter(const ScheduleReport& report, const ReportLayout& layout)
    : m_report(report), m_layout(layout), m_m(layout.metrics())
{}

double TeamSchedulePainter::dayX(int column) const
{
    return m_m.nameColumnWidth + column * m_layout.dayColumnWidth();
}

double TeamSchedulePainter::totalsX(const ReportLayout::TeamPage& page) const
{
    return dayX(page.dayCount);
}

QColor TeamSchedulePainter::skillColor(Id skillId) const
{
    const Skill* skill = m_report.skill(skillId);
    return skill ? QColor(skill->color) : QColor(150, 150, 150);
}

QString TeamSchedulePainter::describe(const ReportLayout::TeamPage& page) const
{
    int first = -1;
    int last = -1;
    for (const BandSlice& slice : page.slices)
        if (slice.band != m_layout.totalsBand()) {
            if (first < 0)
                first = slice.band;
            last = slice.band;
        }
    const int days = m_report.period.days();
    QString text =
        tr("Days %1–%2 of %3").arg(page.firstDay + 1).arg(page.firstDay + page.dayCount).arg(days);
    if (first >= 0)
        text += tr(" · rows %1–%2 of %3").arg(first + 1).arg(last + 1).arg(m_report.rows.size());
    else
        text += tr(" · totals per day");
    return text;
}

void TeamSchedulePainter::paint(const ReportCanvas& canvas,
                                const ReportLayout::TeamPage& page) const
{
    const double width = totalsX(page) + m_m.totalsColumnWidth;
    drawPageHeader(canvas, m_layout.pageSize().width(), m_report.title(), m_report.subtitle());
    double top = m_m.pageHeaderHeight;
    paintLegend(canvas, top);
    top += m_m.legendHeight;
    paintColumnHeader(canvas, page, top);
    top += m_m.columnHeaderHeight;
    const double bodyTop = top;
    for (const BandSlice& slice : page.slices) {
        if (slice.band == m_layout.totalsBand())
            paintTotals(canvas, page, slice, top);
        else
            paintRow(canvas, page, slice, top);
        top += slice.height;
    }
    // Column rules over the whole body, drawn last so that blocks never hide them.
    for (int c = 0; c <= page.dayCount; ++c)
        canvas.line({dayX(c), bodyTop}, {dayX(c), top}, GridColor);
    canvas.line({0, bodyTop}, {0, top}, GridColor);
    canvas.line({width, bodyTop}, {width, top}, GridColor);
}

void TeamSchedulePainter::paintLegend(const ReportCanvas& canvas, double top) const
{
    const QFont font = ReportCanvas::font(7);
    double x = 0;
    canvas.text({x, top, 40, m_m.legendHeight - 3}, tr("Skills:"), ReportCanvas::font(7, true));
    x += canvas.textWidth(tr("Skills:"), ReportCanvas::font(7, true)) + 6;
    const double limit = m_layout.pageSize().width();
    for (const Skill& skill : m_report.skills) {
        const double w = canvas.textWidth(skill.name, font);
        if (x + 12 + w > limit)
            break;
        const QRectF swatch(x, top + 2, 8, m_m.legendHeight - 7);
        canvas.fillRect(swatch, tint(QColor(skill.color)));
        canvas.fillRect({x, top + 2, 2.5, m_m.legendHeight - 7}, QColor(skill.color));
        canvas.text({x + 11, top, w + 2, m_m.legendHeight - 3}, skill.name, font);
        x += 11 + w + 10;
    }
    const QString note = tr("+1: ends the next day · hours are paid hours");
    const double w = canvas.textWidth(note, font) + 2;
    if (x + w <= limit)
        canvas.text({limit - w, top, w, m_m.legendHeight - 3}, note, font,
                    Qt::AlignRight | Qt::AlignVCenter, Grey);
}

void TeamSchedulePainter::paintColumnHeader(const ReportCanvas& canvas,
                                            const ReportLayout::TeamPage& page, double top) const
{
    const double h = m_m.columnHeaderHeight;
    const double width = totalsX(page) + m_m.totalsColumnWidth;
    canvas.fillRect({0, top, width, h}, HeaderFill);
    const QFont bold = ReportCanvas::font(7.5, true);
    const QFont small = ReportCanvas::font(6.5);
    canvas.text({Pad, top, m_m.nameColumnWidth - 2 * Pad, h}, tr("Freelancer"), bold);
    for (int c = 0; c < page.dayCount; ++c) {
        const QDate day = m_report.period.first.addDays(page.firstDay + c);
        const QRectF cell(dayX(c) + Pad, top, m_layout.dayColumnWidth() - 2 * Pad, h);
        canvas.text(cell.adjusted(0, 1, 0, -h / 2), weekdayLabel(day), bold,
                    Qt::AlignHCenter | Qt::AlignBottom);
        canvas.text(cell.adjusted(0, h / 2, 0, -1), dateLabel(day), small,
                    Qt::AlignHCenter | Qt::AlignTop, Grey);
    }
    const QRectF totals(totalsX(page) + Pad, top, m_m.totalsColumnWidth - 2 * Pad, h);
    const bool wholePeriod = page.dayCount == m_report.period.days();
    canvas.text(totals.adjusted(0, 1, 0, -h / 2),
                wholePeriod ? tr("Hours") : tr("Hours: days · period"), bold,
                Qt::AlignRight | Qt::AlignBottom);
    canvas.text(totals.adjusted(0, h / 2, 0, -1), tr("Pay in the period"), small,
                Qt::AlignRight | Qt::AlignTop, Grey);
    canvas.strokeRect({0, top, width, h}, GridColor);
}

void TeamSchedulePainter::paintRow(const ReportCanvas& canvas, const ReportLayout::TeamPage& page,
                                   const BandSlice& slice, double top) const
{
    const ScheduleRow& row = m_report.rows[slice.band];
    const double width = totalsX(page) + m_m.totalsColumnWidth;
    if (slice.band % 2 == 1)
        canvas.fillRect({0, top, width, slice.height}, StripeFill);
    canvas.line({0, top + slice.height}, {width, top + slice.height}, GridColor);

    const double inner = top + m_m.rowPadding / 2;
    const double nameWidth = m_m.nameColumnWidth - 2 * Pad;
    QString name = row.name;
    if (slice.firstItem > 0)
        name = tr("%1 (continued)").arg(name);
    canvas.fittedText({Pad, inner, nameWidth, 11}, name, ReportCanvas::font(7.5, true), 5.5);
    if (!row.timeZone.isEmpty())
        canvas.text({Pad, inner + 11, nameWidth, 9}, QString::fromUtf8(row.timeZone),
                    ReportCanvas::font(6), Qt::AlignLeft | Qt::AlignVCenter, Grey);

    for (int c = 0; c < page.dayCount; ++c) {
        const QList<ReportShift>& shifts = row.days[page.firstDay + c];
        for (int k = 0; k < slice.items; ++k) {
            const int index = slice.firstItem + k;
            if (index >= shifts.size())
                break;
            const QRectF slot(dayX(c), inner + k * m_m.shiftSlotHeight, m_layout.dayColumnWidth(),
                              m_m.shiftSlotHeight);
            paintShift(canvas, shifts[index], slot);
        }
    }

    const QRectF totals(totalsX(page) + Pad, inner, m_m.totalsColumnWidth - 2 * Pad, 11);
    const bool wholePeriod = page.dayCount == m_report.period.days();
    const qint64 shown = row.paidMinutesOn(page.firstDay, page.dayCount);
    const QString hours = wholePeriod ? ScheduleReport::hours(row.paidMinutes)
                                      : tr("%1 · %2").arg(ScheduleReport::hours(shown),
                                                          ScheduleReport::hours(row.paidMinutes));
    canvas.fittedText(totals, hours, ReportCanvas::font(7.5, true), 5.5,
                      Qt::AlignRight | Qt::AlignVCenter);
    const QString pay = row.freelancerId == NoId
                            ? tr("open shifts")
                            : ScheduleReport::money(row.payCents, row.currency);
    canvas.fittedText(totals.translated(0, 11).adjusted(0, 0, 0, -2), pay, ReportCanvas::font(6.5),
                      5, Qt::AlignRight | Qt::AlignVCenter, Grey);
}

void TeamSchedulePainter::paintShift(const ReportCanvas& canvas, const ReportShift& shift,
                                     const QRectF& slot) const
{
    const QColor color = skillColor(shift.skillId);
    const QRectF block = slot.adjusted(2, 1, -2, -1);
    canvas.fillRect(block, tint(color));
    canvas.fillRect({block.x(), block.y(), 2.5, block.height()}, color);
    const QRectF text = block.adjusted(4.5, 0.5, -1.5, -0.5);
    canvas.fittedText({text.x(), text.y(), text.width(), text.height() * 0.55}, shift.times,
                      ReportCanvas::font(7.5, true), 5.5);
    const Skill* skill = m_report.skill(shift.skillId);
    QString label = skill ? skill->name : QString();
    if (shift.pinned)
        label = tr("%1 · pinned").arg(label);
    canvas.text({text.x(), text.y() + text.height() * 0.55, text.width(), text.height() * 0.45},
                label, ReportCanvas::font(6), Qt::AlignLeft | Qt::AlignVCenter, QColor(50, 50, 50));
}

void TeamSchedulePainter::paintTotals(const ReportCanvas& canvas,
                                      const ReportLayout::TeamPage& page, const BandSlice& slice,
                                      double top) const
{
    const double width = totalsX(page) + m_m.totalsColumnWidth;
    canvas.fillRect({0, top, width, slice.height}, HeaderFill);
    canvas.strokeRect({0, top, width, slice.height}, GridColor);
    const QList<Id> skills = m_layout.totalsSkills(page.firstDay, page.dayCount);
    const QFont font = ReportCanvas::font(7);
    const QFont bold = ReportCanvas::font(7, true);
    const double lineH = m_m.totalsLineHeight;
    const double inner = top + m_m.rowPadding / 2;

    qint64 minutes = 0;
    for (const ScheduleRow& row : m_report.rows)
        if (row.freelancerId != NoId)
            minutes += row.paidMinutesOn(page.firstDay, page.dayCount);
    const bool wholePeriod = page.dayCount == m_report.period.days();
    QStringList totalsColumn{
        tr("Hours: %1").arg(ScheduleReport::hours(minutes)),
        wholePeriod ? tr("Pay: %1").arg(m_report.totalPay())
                    : tr("Period: %1").arg(ScheduleReport::hours(m_report.paidMinutes)),
    };
    if (!wholePeriod)
        totalsColumn.append(tr("Pay: %1").arg(m_report.totalPay()));

    for (int k = 0; k < slice.items; ++k) {
        const int line = slice.firstItem + k;
        const double y = inner + k * lineH;
        const QRectF label(Pad, y, m_m.nameColumnWidth - 2 * Pad, lineH);
        auto count = [&](int c) -> QString {
            const DayTotals& totals = m_report.dayTotals[page.firstDay + c];
            if (line < skills.size()) {
                for (const SkillHeadcount& h : totals.bySkill)
                    if (h.skillId == skills[line])
                        return QString::number(h.freelancers);
                return QStringLiteral("–");
            }
            if (line == skills.size())
                return QString::number(totals.freelancers);
            return QString::number(totals.unassignedShifts);
        };
        if (line < skills.size()) {
            const QColor color = skillColor(skills[line]);
            canvas.fillRect({Pad, y + 2, 2.5, lineH - 4}, color);
            const Skill* skill = m_report.skill(skills[line]);
            canvas.text(label.adjusted(5, 0, 0, 0),
                        tr("%1 (headcount)").arg(skill ? skill->name : QString()), font);
        } else {
            canvas.text(
                label, line == skills.size() ? tr("Freelancers working") : tr("Open shifts"), bold);
        }
        for (int c = 0; c < page.dayCount; ++c)
            canvas.text({dayX(c), y, m_layout.dayColumnWidth(), lineH}, count(c),
                        line < skills.size() ? font : bold, Qt::AlignCenter);
        if (line < totalsColumn.size())
            canvas.fittedText({totalsX(page) + Pad, y, m_m.totalsColumnWidth - 2 * Pad, lineH},
                              totalsColumn[line], font, 5, Qt::AlignRight | Qt::AlignVCenter);
    }
}

} // namespace shiftlane::report
