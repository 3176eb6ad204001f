#include "reports/ReportRunner.h"

#include <QPrinter>
#include <QThread>

namespace shiftlane::ui {

ReportRunner::ReportRunner(ScheduleSnapshot snapshot, const ReportContents& contents,
                           QString pdfPath, QObject* parent)
    : QObject(parent), m_snapshot(std::move(snapshot)), m_contents(contents),
      m_pdfPath(std::move(pdfPath))
{}

ReportRunner::ReportRunner(ScheduleSnapshot snapshot, const ReportContents& contents,
                           std::unique_ptr<QPrinter> printer, QObject* parent)
    : QObject(parent), m_snapshot(std::move(snapshot)), m_contents(contents),
      m_printer(std::move(printer))
{}

ReportRunner::~ReportRunner()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

void ReportRunner::start()
{
    m_thread = QThread::create([this] { run(); });
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, &ReportRunner::finished);
    m_thread->start();
}

void ReportRunner::run()
{
    const report::ReportDocument document(m_scope.restrict(ScheduleReport::build(m_snapshot)),
                                          m_contents);
    const auto progress = [this](int done, int count) { Q_EMIT this->progress(done, count); };
    if (!m_printer) {
        m_outcome = document.writePdf(m_pdfPath, progress, &m_cancel);
        return;
    }
    using Outcome = report::ReportDocument::Outcome;
    m_outcome.pages = document.layout(m_printer->pageLayout()).pageCount();
    if (document.paint(*m_printer, progress, &m_cancel)) {
        m_outcome.status = Outcome::Written;
    } else if (m_cancel) {
        m_printer->abort();
        m_outcome.status = Outcome::Cancelled;
    } else {
        m_outcome.status = Outcome::Failed;
        m_outcome.error = tr("The printer %1 refused the document.").arg(m_printer->printerName());
    }
}

void ReportRunner::cancel()
{
    m_cancel = true;
}

bool ReportRunner::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

} // namespace shiftlane::ui
