#include "FreelancerSheetPainter.h"

#include <QCoreApplication>
#include <QLocale>

namespace shiftlane::report {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("FreelancerSheetPainter", text);
}

const QColor GridColor(210, 210, 210);
const QColor HeaderFill(236, 239, 243);
const QColor Grey(95, 95, 95);

QString longDay(QDate day)
{
    return QLocale().toString(day, QStringLiteral("ddd d MMM yyyy"));
}

} // namespace

FreelancerSheetPainter::FreelancerSheetPainter(const ScheduleReport& report,
                                               const ReportLayout& layout)
    : m_report(report), m_layout(layout), m_m(layout.metrics())
{}

FreelancerSheetPainter::Columns FreelancerSheetPainter::columns() const
{
    const double w = m_layout.pageSize().width();
    // Fractions of the width: the planning-zone column takes what is left.
    return {0, w * 0.17, w * 0.33, w * 0.48, w * 0.56, w * 0.68, w};
}

QString FreelancerSheetPainter::describe(const ReportLayout::SheetPage& page) const
{
    const FreelancerSheet& sheet = m_report.sheets[page.sheet];
    QString text = tr("%1 · %2").arg(sheet.name, m_report.teamName);
    if (page.parts > 1)
        text += tr(" · part %1 of %2").arg(page.part + 1).arg(page.parts);
    return text;
}

void FreelancerSheetPainter::paint(const ReportCanvas& canvas,
                                   const ReportLayout::SheetPage& page) const
{
    const FreelancerSheet& sheet = m_report.sheets[page.sheet];
    const QLocale locale;
    const QString zone = QString::fromUtf8(sheet.timeZone);
    const QString title = page.part == 0 ? tr("Shifts for %1").arg(sheet.name)
                                         : tr("Shifts for %1 (continued)").arg(sheet.name);
    drawPageHeader(canvas, m_layout.pageSize().width(), title,
                   tr("%1 · %2 to %3 · times in your time zone, %4")
                       .arg(m_report.teamName, longDay(m_report.period.first),
                            longDay(m_report.period.last), zone));

    const Columns c = columns();
    double top = m_m.pageHeaderHeight;
    const double h = m_m.sheetTableHeaderHeight;
    const double width = m_layout.pageSize().width();
    canvas.fillRect({0, top, width, h}, HeaderFill);
    const QFont bold = ReportCanvas::font(7.5, true);
    const Qt::Alignment left = Qt::AlignLeft | Qt::AlignVCenter;
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    canvas.text({c.date + 4, top, c.times - c.date - 8, h}, tr("Date (yours)"), bold, left);
    canvas.fittedText({c.times + 4, top, c.skill - c.times - 8, h}, tr("Time (%1)").arg(zone), bold,
                      5.5, left);
    canvas.text({c.skill + 4, top, c.hours - c.skill - 8, h}, tr("Skill"), bold, left);
    canvas.text({c.hours + 4, top, c.pay - c.hours - 8, h}, tr("Paid"), bold, right);
    canvas.text({c.pay + 4, top, c.planning - c.pay - 8, h}, tr("Pay"), bold, right);
    canvas.text({c.planning + 12, top, c.end - c.planning - 16, h},
                tr("Planning time (%1)").arg(QString::fromUtf8(m_report.planningZone)),
                ReportCanvas::font(6.5), left, Grey);
    top += h;

    for (const BandSlice& slice : page.slices) {
        if (slice.band < std::max<qsizetype>(1, sheet.shifts.size()))
            paintShiftLine(canvas, sheet, slice.band, top);
        else
            paintSummary(canvas, sheet, top);
        top += slice.height;
    }
}

void FreelancerSheetPainter::paintShiftLine(const ReportCanvas& canvas,
                                            const FreelancerSheet& sheet, int line,
                                            double top) const
{
    const Columns c = columns();
    const double h = m_m.sheetLineHeight;
    const double width = m_layout.pageSize().width();
    canvas.line({0, top + h}, {width, top + h}, GridColor);
    const Qt::Alignment left = Qt::AlignLeft | Qt::AlignVCenter;
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    if (sheet.shifts.isEmpty()) {
        canvas.text({4, top, width - 8, h}, tr("No shifts in this period."), ReportCanvas::font(8),
                    left, Grey);
        return;
    }
    const SheetShift& shift = sheet.shifts[line];
    const QFont font = ReportCanvas::font(8);
    const Skill* skill = m_report.skill(shift.skillId);
    const QColor color = skill ? QColor(skill->color) : QColor(150, 150, 150);
    canvas.text({c.date + 4, top, c.times - c.date - 8, h},
                QLocale().toString(shift.localDay, QStringLiteral("ddd d MMM")), font, left);
    // Away from home (travel), the zone they are in goes with the times.
    const QString times = shift.zone == sheet.timeZone
                              ? shift.localTimes
                              : tr("%1 %2").arg(shift.localTimes, QString::fromUtf8(shift.zone));
    canvas.fittedText({c.times + 4, top, c.skill - c.times - 8, h}, times,
                      ReportCanvas::font(8, true), 5.5, left);
    canvas.fillRect({c.skill + 4, top + 3, 8, h - 6}, tint(color));
    canvas.fillRect({c.skill + 4, top + 3, 2.5, h - 6}, color);
    canvas.text({c.skill + 16, top, c.hours - c.skill - 20, h}, skill ? skill->name : QString(),
                font, left);
    canvas.text({c.hours + 4, top, c.pay - c.hours - 8, h},
                ScheduleReport::hours(shift.paidMinutes), font, right);
    canvas.text({c.pay + 4, top, c.planning - c.pay - 8, h},
                ScheduleReport::money(shift.payCents, sheet.currency), font, right);
    canvas.text({c.planning + 12, top, c.end - c.planning - 16, h},
                tr("%1 %2").arg(QLocale().toString(shift.planningDay, QStringLiteral("ddd d MMM")),
                                shift.planningTimes),
                ReportCanvas::font(6.5), left, Grey);
}

void FreelancerSheetPainter::paintSummary(const ReportCanvas& canvas, const FreelancerSheet& sheet,
                                          double top) const
{
    const double width = m_layout.pageSize().width();
    const QLocale locale;
    const Qt::Alignment left = Qt::AlignLeft | Qt::AlignVCenter;
    top += 6;
    canvas.text({4, top, width - 8, 14},
                tr("Total for the period: %1 paid, %2")
                    .arg(ScheduleReport::hours(sheet.paidMinutes),
                         ScheduleReport::money(sheet.payCents, sheet.currency)),
                ReportCanvas::font(9.5, true), left);
    top += 15;
    canvas.text({4, top, width - 8, 11},
                tr("Rate %1 per hour · contract: %2 to %3 a week")
                    .arg(ScheduleReport::money(sheet.hourlyRateCents, sheet.currency),
                         ScheduleReport::hours(sheet.limits.minMinutesPerWeek),
                         ScheduleReport::hours(sheet.limits.maxMinutesPerWeek)),
                ReportCanvas::font(7.5), left, Grey);
    top += 12;
    // Hours per week of the period, by the planning day each shift starts on.
    QStringList weeks;
    for (QDate first = m_report.period.first; first <= m_report.period.last;
         first = first.addDays(7)) {
        qint64 minutes = 0;
        for (const SheetShift& shift : sheet.shifts)
            if (shift.planningDay >= first && shift.planningDay < first.addDays(7))
                minutes += shift.paidMinutes;
        weeks.append(tr("week of %1: %2").arg(dateLabel(first), ScheduleReport::hours(minutes)));
    }
    canvas.fittedText({4, top, width - 8, 11}, weeks.join(QStringLiteral(" · ")),
                      ReportCanvas::font(7.5), 5, left, Grey);
}

} // namespace shiftlane::report
