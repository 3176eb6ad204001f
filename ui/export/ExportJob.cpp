#include "export/ExportJob.h"

#include "storage/StorageError.h"

#include <QSaveFile>
#include <QThread>

namespace shiftlane::ui {

ExportJob::ExportJob(Producer produce, QString path, QObject* parent)
    : QObject(parent), m_produce(std::move(produce)), m_path(std::move(path))
{}

ExportJob::~ExportJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void ExportJob::start()
{
    m_thread = QThread::create([this] { run(); });
    // Queued to this object's (the GUI) thread once the worker is done with every member.
    connect(m_thread, &QThread::finished, this, &ExportJob::finished);
    m_thread->start();
}

void ExportJob::run()
{
    QByteArray bytes;
    try {
        bytes = m_produce();
    } catch (const StorageError& error) {
        m_error = error.message();
        return;
    }
    if (m_cancel) {
        m_cancelled = true;
        return;
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        m_error = tr("Could not write %1: %2").arg(m_path, file.errorString());
        return;
    }
    if (m_cancel) {
        file.cancelWriting();
        m_cancelled = true;
        return;
    }
    if (!file.commit())
        m_error = tr("Could not write %1: %2").arg(m_path, file.errorString());
}

} // namespace shiftlane::ui
