#pragma once

#include "ReportDocument.h"
#include "edit/ReadScope.h"
#include "schedule/ScheduleSnapshot.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QPrinter;
class QThread;

namespace shiftlane::ui {

// Builds and paints a report off the GUI thread: into a PDF file, or onto a printer. progress()
// arrives on the GUI thread after each page; cancel() stops after the page being drawn (a PDF
// then leaves the file that was there untouched); finished() says outcome() is ready.
class ReportRunner : public QObject
{
    Q_OBJECT
public:
    ReportRunner(ScheduleSnapshot snapshot, const ReportContents& contents, QString pdfPath,
                 QObject* parent = nullptr);
    ReportRunner(ScheduleSnapshot snapshot, const ReportContents& contents,
                 std::unique_ptr<QPrinter> printer, QObject* parent = nullptr);
    ~ReportRunner() override;

    // Whose rows and sheets the document holds (before start()); coverage is the team's.
    void setReadScope(const ReadScope& scope) { m_scope = scope; }
    void start();
    void cancel();
    bool isRunning() const;
    const report::ReportDocument::Outcome& outcome() const { return m_outcome; }
    const QString& pdfPath() const { return m_pdfPath; }

Q_SIGNALS:
    void progress(int pagesDone, int pageCount);
    void finished();

private:
    void run();

    ScheduleSnapshot m_snapshot;
    ReportContents m_contents;
    ReadScope m_scope;
    QString m_pdfPath;
    std::unique_ptr<QPrinter> m_printer;
    report::ReportDocument::Outcome m_outcome;
    std::atomic<bool> m_cancel{false};
    QThread* m_thread = nullptr;
};

} // namespace shiftlane::ui
