#include "reports/ReportActions.h"

#include "reports/ReportContentsDialog.h"
#include "reports/ReportRunner.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>

namespace shiftlane::ui {

ReportActions::ReportActions(SnapshotSource snapshot, ErrorSink reportError, QWidget* window)
    : QObject(window), m_snapshot(std::move(snapshot)), m_reportError(std::move(reportError)),
      m_window(window), m_exportPdf(new QAction(tr("Export &PDF…"), this)),
      m_printPreview(new QAction(tr("Print Pre&view…"), this)),
      m_print(new QAction(tr("&Print…"), this))
{
    m_exportPdf->setToolTip(tr("Write the period's schedule as a PDF to hand out"));
    m_print->setShortcut(QKeySequence::Print);
    connect(m_exportPdf, &QAction::triggered, this, &ReportActions::chooseAndExport);
    connect(m_printPreview, &QAction::triggered, this, &ReportActions::chooseAndPreview);
    connect(m_print, &QAction::triggered, this, &ReportActions::chooseAndPrint);
}

ReportActions::~ReportActions()
{
    delete m_runner; // waits for the worker thread
}

void ReportActions::chooseAndExport()
{
    ReportContentsDialog dialog(m_lastContents, tr("Export…"), m_window);
    dialog.setWindowTitle(tr("Export PDF"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_lastContents = dialog.contents();
    const PlanningPeriod& period = m_snapshot().period;
    const QString suggested = QDir::home().filePath(
        tr("schedule %1 to %2.pdf")
            .arg(period.first.toString(Qt::ISODate), period.last.toString(Qt::ISODate)));
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export PDF"), suggested,
                                                tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QLatin1String(".pdf");
    exportPdf(path, m_lastContents);
}

void ReportActions::chooseAndPreview()
{
    ReportContentsDialog dialog(m_lastContents, tr("Preview…"), m_window);
    dialog.setWindowTitle(tr("Print Preview"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_lastContents = dialog.contents();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setWindowTitle(tr("Print Preview"));
    const ReportContents contents = m_lastContents;
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [this, contents](QPrinter* target) { paintPreview(target, contents); });
    preview.exec();
}

void ReportActions::chooseAndPrint()
{
    ReportContentsDialog dialog(m_lastContents, tr("Print…"), m_window);
    dialog.setWindowTitle(tr("Print"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_lastContents = dialog.contents();
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer->setPageOrientation(QPageLayout::Landscape);
    QPrintDialog printDialog(printer.get(), m_window);
    // The layout decides the pages; a range or a selection would cut rows from their header.
    printDialog.setOptions(QAbstractPrintDialog::PrintToFile |
                           QAbstractPrintDialog::PrintShowPageSize);
    if (printDialog.exec() != QDialog::Accepted)
        return;
    print(std::move(printer), m_lastContents);
}

void ReportActions::paintPreview(QPrinter* printer, const ReportContents& contents) const
{
    // The preview asks for the pages when it opens and after each page-setup change; Qt's
    // preview dialog wants them painted right here, on its own (GUI) thread.
    const report::ReportDocument document(m_scope.restrict(ScheduleReport::build(m_snapshot())),
                                          contents);
    if (!document.paint(*printer))
        m_reportError(tr("The preview could not be drawn."));
}

bool ReportActions::exportPdf(const QString& path, const ReportContents& contents)
{
    if (m_runner)
        return false;
    return start(new ReportRunner(m_snapshot(), contents, path, this),
                 tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
}

bool ReportActions::print(std::unique_ptr<QPrinter> printer, const ReportContents& contents)
{
    if (m_runner)
        return false;
    const QString name =
        printer->outputFileName().isEmpty() ? printer->printerName() : printer->outputFileName();
    return start(new ReportRunner(m_snapshot(), contents, std::move(printer), this),
                 tr("Printing to %1…").arg(name));
}

bool ReportActions::start(ReportRunner* runner, const QString& what)
{
    runner->setReadScope(m_scope);
    m_runner = runner;
    auto* progress = new QProgressDialog(what, tr("Cancel"), 0, 0, m_window);
    progress->setWindowTitle(tr("Export"));
    progress->setWindowModality(Qt::WindowModal); // no edits underneath; the window stays live
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    m_progress.hold(progress);
    connect(progress, &QProgressDialog::canceled, m_runner, &ReportRunner::cancel);
    connect(m_runner, &ReportRunner::progress, this, [this, what](int done, int count) {
        QProgressDialog* dialog = m_progress.dialog();
        if (!dialog)
            return;
        dialog->setMaximum(count);
        dialog->setLabelText(tr("%1\nPage %2 of %3").arg(what).arg(done).arg(count));
        // Last: a modal dialog's setValue() processes events, which may finish the export.
        m_progress.setValue(done);
    });
    connect(m_runner, &ReportRunner::finished, this, &ReportActions::done);
    for (QAction* action : {m_exportPdf, m_print})
        action->setEnabled(false);
    m_runner->start();
    return true;
}

void ReportActions::done()
{
    ReportRunner* runner = m_runner;
    m_lastOutcome = runner->outcome();
    m_progress.finish();
    m_runner = nullptr;
    runner->deleteLater();
    for (QAction* action : {m_exportPdf, m_print})
        action->setEnabled(m_printPreview->isEnabled());
    if (m_lastOutcome.status == report::ReportDocument::Outcome::Failed)
        m_reportError(m_lastOutcome.error);
    Q_EMIT finished();
}

} // namespace shiftlane::ui
