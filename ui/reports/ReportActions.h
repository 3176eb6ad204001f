#pragma once

#include "ReportDocument.h"
#include "edit/ReadScope.h"
#include "progress/ProgressDialogKeeper.h"
#include "schedule/ScheduleSnapshot.h"

#include <QObject>

#include <functional>

class QAction;
class QPrinter;
class QProgressDialog;
class QWidget;

namespace shiftlane::ui {

class ReportRunner;

// The File menu's Export PDF…, Print Preview… and Print…: each asks which parts to include
// (team schedule, a page per freelancer, coverage) for the period on screen. Export and print
// run off the GUI thread with a progress dialog that can cancel; the preview paints on demand
// as QPrintPreviewDialog asks it to.
class ReportActions : public QObject
{
    Q_OBJECT
public:
    using SnapshotSource = std::function<const ScheduleSnapshot&()>;
    using ErrorSink = std::function<void(const QString&)>;

    ReportActions(SnapshotSource snapshot, ErrorSink reportError, QWidget* window);
    ~ReportActions() override;

    // A freelancer's documents hold only their own row and sheet, and the team's coverage.
    void setReadScope(const ReadScope& scope) { m_scope = scope; }
    QAction* exportPdfAction() const { return m_exportPdf; }
    QAction* printPreviewAction() const { return m_printPreview; }
    QAction* printAction() const { return m_print; }

    // Without dialogs (the actions call these after theirs): start writing a PDF / printing.
    // False when an export is already running.
    bool exportPdf(const QString& path, const ReportContents& contents);
    bool print(std::unique_ptr<QPrinter> printer, const ReportContents& contents);
    // What the preview paints on each request.
    void paintPreview(QPrinter* printer, const ReportContents& contents) const;
    ReportRunner* running() const { return m_runner; }
    // The progress dialog while an export runs (tests press its Cancel).
    QProgressDialog* progressDialog() const { return m_progress.dialog(); }
    const report::ReportDocument::Outcome& lastOutcome() const { return m_lastOutcome; }

Q_SIGNALS:
    // After an export or print ends; how it went is lastOutcome().
    void finished();

private:
    void chooseAndExport();
    void chooseAndPreview();
    void chooseAndPrint();
    bool start(ReportRunner* runner, const QString& what);
    void done();

    SnapshotSource m_snapshot;
    ErrorSink m_reportError;
    ReadScope m_scope;
    QWidget* m_window;
    QAction* m_exportPdf;
    QAction* m_printPreview;
    QAction* m_print;
    ReportContents m_lastContents;
    ReportRunner* m_runner = nullptr;
    ProgressDialogKeeper m_progress;
    report::ReportDocument::Outcome m_lastOutcome;
};

} // namespace shiftlane::ui
