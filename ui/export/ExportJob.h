#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

class QThread;

namespace shiftlane::ui {

// One export off the GUI thread: produce the bytes (which may read the database through the
// worker's own connection), then write them to the file all or nothing -- an existing file is
// replaced only once the new one is complete. cancel() stops before anything is written.
// finished() arrives on the GUI thread; error() is empty on success.
class ExportJob : public QObject
{
    Q_OBJECT
public:
    // Runs on the worker thread; may throw StorageError.
    using Producer = std::function<QByteArray()>;

    ExportJob(Producer produce, QString path, QObject* parent = nullptr);
    ~ExportJob() override; // waits for the worker

    void start();
    void cancel() { m_cancel = true; }
    bool wasCancelled() const { return m_cancelled; }
    const QString& error() const { return m_error; }
    const QString& path() const { return m_path; }

Q_SIGNALS:
    void finished();

private:
    void run();

    Producer m_produce;
    QString m_path;
    QString m_error;
    bool m_cancelled = false;
    std::atomic<bool> m_cancel{false};
    QThread* m_thread = nullptr;
};

} // namespace shiftlane::ui
