#include "CoveragePainter.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace shiftlane::report {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CoveragePainter", text);
}

const QColor GridColor(215, 215, 215);
const QColor HeaderFill(236, 239, 243);
const QColor DemandFill(205, 205, 205);
const QColor DemandEdge(90, 90, 90);
const QColor ShortColor(200, 30, 30);
const QColor Grey(95, 95, 95);

// 1, 2 or 5 times a power of ten: gridlines at round numbers.
double niceStep(double roughStep)
{
    if (roughStep <= 0)
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(roughStep)));
    for (const double m : {1.0, 2.0, 5.0, 10.0})
        if (m * power >= roughStep)
            return m * power;
    return 10 * power;
}

QString percent(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return QStringLiteral("–");
    // Rounded down: 99.6% covered is not "100%".
    return QStringLiteral("%1%").arg(std::floor(100.0 * double(part) / double(whole)));
}

} // namespace

CoveragePainter::CoveragePainter(const ScheduleReport& report, const ReportLayout& layout)
    : m_report(report), m_layout(layout), m_m(layout.metrics())
{}

double CoveragePainter::hours(qint64 freelancerIntervals) const
{
    return double(freelancerIntervals) * m_report.intervalMinutes / 60.0;
}

QString CoveragePainter::describe(const ReportLayout::ChartPage& page) const
{
    return tr("Coverage · days %1–%2 of %3")
        .arg(page.firstDay + 1)
        .arg(page.firstDay + page.dayCount)
        .arg(m_report.period.days());
}

QString CoveragePainter::describe(const ReportLayout::UnmetPage& page) const
{
    Q_UNUSED(page)
    return QCoreApplication::translate("CoveragePainter", "Unmet demand · %n short run(s) in all",
                                       nullptr, int(m_report.unmet.size()));
}

void CoveragePainter::paintChart(const ReportCanvas& canvas,
                                 const ReportLayout::ChartPage& page) const
{
    const double width = m_layout.pageSize().width();
    const QDate first = m_report.period.first.addDays(page.firstDay);
    const QDate last = first.addDays(page.dayCount - 1);
    drawPageHeader(canvas, width,
                   m_report.teamName.isEmpty() ? tr("Coverage")
                                               : tr("Coverage — %1").arg(m_report.teamName),
                   tr("%1 to %2 · demand against scheduled freelancer-hours per skill and day · "
                      "planning time zone %3")
                       .arg(QLocale().toString(first, QStringLiteral("ddd d MMM yyyy")),
                            QLocale().toString(last, QStringLiteral("ddd d MMM yyyy")),
                            QString::fromUtf8(m_report.planningZone)));

    double top = m_m.pageHeaderHeight;
    const QFont font = ReportCanvas::font(7);
    const double h = m_m.chartLegendHeight;
    canvas.fillRect({0, top + 4, 10, h - 8}, DemandFill);
    canvas.strokeRect({0, top + 4, 10, h - 8}, DemandEdge);
    canvas.text({14, top, 120, h - 2}, tr("Demand"), font);
    canvas.fillRect({80, top + 4, 10, h - 8}, QColor(70, 130, 200));
    canvas.text({94, top, 200, h - 2}, tr("Scheduled (in the skill's colour)"), font);
    canvas.text({260, top, width - 260, h - 2},
                tr("Percentages under each day: demand covered. Red: some demand is not met."),
                font, Qt::AlignLeft | Qt::AlignVCenter, Grey);
    top += h;

    const double area = m_layout.pageSize().height() - top - m_m.pageFooterHeight;
    if (page.skills.isEmpty()) {
        canvas.text({0, top, width, 20}, tr("No demand and no shifts on these days."),
                    ReportCanvas::font(9), Qt::AlignLeft | Qt::AlignVCenter, Grey);
        return;
    }
    const double panelW = width / page.columns;
    const double panelH = area / page.rows;
    for (int i = 0; i < page.skills.size(); ++i) {
        const int row = i / page.columns;
        const int column = i % page.columns;
        paintPanel(
            canvas, page, page.skills[i],
            QRectF(column * panelW, top + row * panelH, panelW, panelH).adjusted(4, 4, -4, -4));
    }
}

void CoveragePainter::paintPanel(const ReportCanvas& canvas, const ReportLayout::ChartPage& page,
                                 Id skillId, const QRectF& box) const
{
    const Skill* skill = m_report.skill(skillId);
    const QColor color = skill ? QColor(skill->color) : QColor(150, 150, 150);
    canvas.strokeRect(box, GridColor);

    CoverageTotals sum;
    double most = 0;
    for (int d = 0; d < page.dayCount; ++d) {
        const QDate day = m_report.period.first.addDays(page.firstDay + d);
        if (const SkillDayCoverage* c = m_report.coverageOf(skillId, day)) {
            sum.demanded += c->totals.demanded;
            sum.scheduled += c->totals.scheduled;
            sum.covered += c->totals.covered;
            sum.shortfall += c->totals.shortfall;
            most = std::max({most, hours(c->totals.demanded), hours(c->totals.scheduled)});
        }
    }
    const QRectF title = box.adjusted(6, 3, -6, 0);
    canvas.fillRect({title.x(), title.y() + 3, 3, 9}, color);
    canvas.fittedText({title.x() + 6, title.y(), title.width() * 0.45, 15},
                      skill ? skill->name : tr("Skill %1").arg(skillId),
                      ReportCanvas::font(9, true), 6);
    canvas.fittedText(
        {title.x() + title.width() * 0.45, title.y(), title.width() * 0.55, 15},
        tr("%1 of %2 covered · %3 short")
            .arg(percent(sum.covered, sum.demanded),
                 ScheduleReport::hours(qint64(std::llround(hours(sum.demanded) * 60))),
                 ScheduleReport::hours(qint64(std::llround(hours(sum.shortfall) * 60)))),
        ReportCanvas::font(7), 5, Qt::AlignRight | Qt::AlignVCenter,
        sum.shortfall > 0 ? ShortColor : Grey);

    // The plot: hours up the left, days along the bottom with the coverage % under each.
    const QRectF plot = box.adjusted(30, 22, -8, -26);
    const double step = niceStep(std::max(1.0, most) / 4);
    const double top = std::max(step, std::ceil(most / step) * step);
    const QFont axis = ReportCanvas::font(6);
    for (double v = 0; v <= top + step / 2; v += step) {
        const double y = plot.bottom() - plot.height() * v / top;
        canvas.line({plot.left(), y}, {plot.right(), y}, GridColor, 0.4);
        canvas.text({box.left(), y - 5, plot.left() - box.left() - 3, 10},
                    tr("%1 h").arg(QLocale().toString(v, 'f', step < 1 ? 1 : 0)), axis,
                    Qt::AlignRight | Qt::AlignVCenter, Grey);
    }
    const double group = plot.width() / page.dayCount;
    const double bar = std::min(14.0, group * 0.34);
    for (int d = 0; d < page.dayCount; ++d) {
        const QDate day = m_report.period.first.addDays(page.firstDay + d);
        const double centre = plot.left() + group * (d + 0.5);
        const SkillDayCoverage* c = m_report.coverageOf(skillId, day);
        if (c) {
            const double demand = plot.height() * hours(c->totals.demanded) / top;
            const double scheduled = plot.height() * hours(c->totals.scheduled) / top;
            const QRectF demandBar(centre - bar - 0.5, plot.bottom() - demand, bar, demand);
            canvas.fillRect(demandBar, DemandFill);
            canvas.strokeRect(demandBar, DemandEdge, 0.4);
            canvas.fillRect({centre + 0.5, plot.bottom() - scheduled, bar, scheduled}, color);
        }
        canvas.text({centre - group / 2, plot.bottom() + 1, group, 9},
                    tr("%1 %2").arg(weekdayLabel(day), QString::number(day.day())), axis,
                    Qt::AlignHCenter | Qt::AlignTop);
        const bool shortDay = c && c->totals.shortfall > 0;
        canvas.text({centre - group / 2, plot.bottom() + 10, group, 10},
                    c ? percent(c->totals.covered, c->totals.demanded) : QStringLiteral("–"),
                    ReportCanvas::font(6.5, shortDay), Qt::AlignHCenter | Qt::AlignTop,
                    shortDay ? ShortColor : Grey);
    }
    canvas.line(plot.bottomLeft(), plot.bottomRight(), DemandEdge, 0.6);
}

void CoveragePainter::paintUnmet(const ReportCanvas& canvas,
                                 const ReportLayout::UnmetPage& page) const
{
    const double width = m_layout.pageSize().width();
    drawPageHeader(canvas, width,
                   m_report.teamName.isEmpty() ? tr("Unmet demand")
                                               : tr("Unmet demand — %1").arg(m_report.teamName),
                   tr("Demand intervals the schedule leaves short, %1 to %2 · times in the "
                      "planning time zone %3")
                       .arg(QLocale().toString(m_report.period.first, QStringLiteral("d MMM yyyy")),
                            QLocale().toString(m_report.period.last, QStringLiteral("d MMM yyyy")),
                            QString::fromUtf8(m_report.planningZone)));
    double top = m_m.pageHeaderHeight;
    const double h = m_m.unmetTableHeaderHeight;
    // Day, skill, time, most missing, hours short, then the rest of the width for why.
    const double cols[] = {
        0, width * 0.11, width * 0.19, width * 0.28, width * 0.38, width * 0.52, width};
    const QFont bold = ReportCanvas::font(7.5, true);
    canvas.fillRect({0, top, width, h}, HeaderFill);
    const Qt::Alignment left = Qt::AlignLeft | Qt::AlignVCenter;
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    canvas.text({cols[0] + 4, top, cols[1] - cols[0] - 8, h}, tr("Day"), bold, left);
    canvas.text({cols[1] + 4, top, cols[2] - cols[1] - 8, h}, tr("Skill"), bold, left);
    canvas.text({cols[2] + 4, top, cols[3] - cols[2] - 8, h}, tr("Time"), bold, left);
    canvas.text({cols[3] + 4, top, cols[4] - cols[3] - 8, h}, tr("Most missing"), bold, right);
    canvas.text({cols[4] + 4, top, cols[5] - cols[4] - 8, h}, tr("Freelancer-hours short"), bold,
                right);
    canvas.text({cols[5] + 12, top, cols[6] - cols[5] - 16, h}, tr("Why"), bold, left);
    top += h;

    const QFont font = ReportCanvas::font(7.5);
    const double lineH = m_m.unmetLineHeight;
    for (const BandSlice& slice : page.slices) {
        canvas.line({0, top + lineH}, {width, top + lineH}, GridColor, 0.4);
        if (m_report.unmet.isEmpty()) {
            canvas.text({4, top, width - 8, lineH},
                        tr("Every demand interval of the period is covered."), font, left, Grey);
            top += slice.height;
            continue;
        }
        const UnmetInterval& run = m_report.unmet[slice.band];
        const Skill* skill = m_report.skill(run.skillId);
        if (skill)
            canvas.fillRect({cols[1] + 4, top + 3, 3, lineH - 6}, QColor(skill->color));
        canvas.text({cols[0] + 4, top, cols[1] - cols[0] - 8, lineH},
                    QLocale().toString(run.day, QStringLiteral("ddd d MMM yyyy")), font, left);
        canvas.text({cols[1] + 10, top, cols[2] - cols[1] - 14, lineH},
                    skill ? skill->name : QString(), font, left);
        canvas.text({cols[2] + 4, top, cols[3] - cols[2] - 8, lineH},
                    m_report.intervalTimes(run.firstInterval, run.lastInterval), font, left);
        canvas.text({cols[3] + 4, top, cols[4] - cols[3] - 8, lineH},
                    QString::number(run.mostMissing), font, right, ShortColor);
        canvas.text({cols[4] + 4, top, cols[5] - cols[4] - 8, lineH},
                    ScheduleReport::hours(run.missingTotal * m_report.intervalMinutes), font,
                    right);
        canvas.text({cols[5] + 12, top, cols[6] - cols[5] - 16, lineH}, run.reason, font, left);
        top += slice.height;
    }
}

} // namespace shiftlane::report
