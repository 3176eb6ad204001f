#include "ReportDocument.h"

#include "CoveragePainter.h"
#include "FreelancerSheetPainter.h"
#include "ReportCanvas.h"
#include "TeamSchedulePainter.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace shiftlane::report {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ReportDocument", text);
}

} // namespace

ReportDocument::ReportDocument(ScheduleReport report, const ReportContents& contents)
    : m_report(std::move(report)), m_contents(contents)
{}

QPageLayout ReportDocument::pdfPageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10),
                       QPageLayout::Millimeter);
}

ReportLayout ReportDocument::layout(QSizeF printablePoints) const
{
    return ReportLayout(m_report, printablePoints, m_contents);
}

ReportLayout ReportDocument::layout(const QPageLayout& page) const
{
    return layout(page.paintRect(QPageLayout::Point).size());
}

bool ReportDocument::paint(QPagedPaintDevice& device, const Progress& progress,
                           const std::atomic<bool>* cancel) const
{
    const ReportLayout pages = layout(device.pageLayout());
    const int count = pages.pageCount();
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    const ReportCanvas canvas(painter);
    const TeamSchedulePainter team(m_report, pages);
    const FreelancerSheetPainter sheets(m_report, pages);
    const CoveragePainter coverage(m_report, pages);
    const QSizeF size = pages.pageSize();
    const QRectF footer(0, size.height() - pages.metrics().pageFooterHeight + 4, size.width(),
                        pages.metrics().pageFooterHeight - 4);

    for (int i = 0; i < count; ++i) {
        if (cancel && cancel->load()) {
            painter.end();
            return false;
        }
        if (i > 0)
            device.newPage();
        const ReportLayout::Page& page = pages.pages()[i];
        QString note;
        switch (page.section) {
        case ReportLayout::Section::TeamSchedule:
            team.paint(canvas, pages.teamPages()[page.index]);
            note = team.describe(pages.teamPages()[page.index]);
            break;
        case ReportLayout::Section::FreelancerSheet:
            sheets.paint(canvas, pages.sheetPages()[page.index]);
            note = sheets.describe(pages.sheetPages()[page.index]);
            break;
        case ReportLayout::Section::CoverageChart:
            coverage.paintChart(canvas, pages.chartPages()[page.index]);
            note = coverage.describe(pages.chartPages()[page.index]);
            break;
        case ReportLayout::Section::UnmetList:
            coverage.paintUnmet(canvas, pages.unmetPages()[page.index]);
            note = coverage.describe(pages.unmetPages()[page.index]);
            break;
        }
        drawPageFooter(canvas, footer, note, i + 1, count);
        if (progress)
            progress(i + 1, count);
    }
    return painter.end();
}

ReportDocument::Outcome ReportDocument::writePdf(const QString& path, const Progress& progress,
                                                 const std::atomic<bool>* cancel) const
{
    Outcome outcome;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        outcome.error = tr("cannot write %1: %2").arg(path, file.errorString());
        return outcome;
    }
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(pdfPageLayout());
        writer.setTitle(m_report.title());
        writer.setCreator(QStringLiteral("Shiftlane %1").arg(QStringLiteral(SHIFTLANE_VERSION)));
        outcome.pages = layout(pdfPageLayout()).pageCount();
        if (outcome.pages == 0) {
            outcome.error = tr("nothing to print: the period has no days");
            file.cancelWriting();
            return outcome;
        }
        if (!paint(writer, progress, cancel)) {
            file.cancelWriting();
            outcome.status = cancel && cancel->load() ? Outcome::Cancelled : Outcome::Failed;
            if (outcome.status == Outcome::Failed)
                outcome.error = tr("cannot write %1: the PDF could not be drawn").arg(path);
            return outcome;
        }
    }
    if (!file.commit()) {
        outcome.error = tr("cannot write %1: %2").arg(path, file.errorString());
        return outcome;
    }
    outcome.status = Outcome::Written;
    return outcome;
}

} // namespace shiftlane::report
