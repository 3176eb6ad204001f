#pragma once

#include "report/ReportLayout.h"
#include "report/ScheduleReport.h"

#include <QPageLayout>
#include <QString>

#include <atomic>
#include <functional>

class QPagedPaintDevice;

namespace shiftlane::report {

// A printable report of one period: the team schedule, each freelancer's sheet, the coverage
// pages, as chosen. Paints page by page with QPainter onto a PDF writer or a printer; text is
// drawn as text, so the PDF is searchable. Needs a QGuiApplication (fonts), no widgets; safe
// to run on a worker thread (it only reads the report it owns).
class ReportDocument
{
public:
    using Progress = std::function<void(int pagesDone, int pageCount)>;

    struct Outcome
    {
        enum Status
        {
            Written,
            Cancelled,
            Failed
        } status = Failed;
        int pages = 0;
        QString error; // what went wrong and with which file
    };

    ReportDocument(ScheduleReport report, const ReportContents& contents);

    // A4 landscape with 10 mm margins: how PDFs are written.
    static QPageLayout pdfPageLayout();
    // The layout for a page whose printable area is this many points.
    ReportLayout layout(QSizeF printablePoints) const;
    ReportLayout layout(const QPageLayout& page) const;

    // Paints every page onto a device whose page layout is already set (a QPdfWriter, a
    // QPrinter). Stops early, returning false, when cancel is set.
    bool paint(QPagedPaintDevice& device, const Progress& progress = {},
               const std::atomic<bool>* cancel = nullptr) const;
    // Writes a PDF file. An existing file is replaced only once the new one is complete; a
    // cancelled or failed export leaves it as it was.
    Outcome writePdf(const QString& path, const Progress& progress = {},
                     const std::atomic<bool>* cancel = nullptr) const;

    const ScheduleReport& report() const { return m_report; }
    const ReportContents& contents() const { return m_contents; }

private:
    ScheduleReport m_report;
    ReportContents m_contents;
};

} // namespace shiftlane::report
