#pragma once

#include "edit/ReadScope.h"
#include "schedule/ScheduleSnapshot.h"
#include "storage/Database.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QProgressDialog;
class QWidget;

namespace shiftlane::ui {

class ExportJob;

// The GUI's File → Export actions for the schedule CSV and a freelancer's calendar (.ics): asks
// what and where, then runs the export off the GUI thread with a cancellable progress dialog.
// One export at a time. It reads the open database through its own read-only connection, so
// edits made meanwhile never mix into a half-written file.
class ExportController : public QObject
{
    Q_OBJECT
public:
    ExportController(QWidget* window, std::function<Database*()> database,
                     std::function<const ScheduleSnapshot&()> snapshot);
    ~ExportController() override;

    QAction* scheduleAction() const { return m_scheduleAction; }
    QAction* calendarAction() const { return m_calendarAction; }
    void setEnabled(bool enabled);
    // Whose shifts may be exported: a freelancer's schedule CSV holds only their own shifts,
    // and a calendar only theirs; asking for someone else's is refused with a message.
    void setReadScope(const ReadScope& scope);

    // Ask for the file (and, for a calendar, the freelancer and the shifts), then export.
    void chooseAndExportSchedule();
    void chooseAndExportCalendar(std::optional<Id> freelancerId = std::nullopt);

    // Start an export without asking; false (with finished() not emitted) when one is running
    // or no file is open. The schedule is the shown period's.
    bool exportSchedule(const QString& path);
    bool exportCalendar(Id freelancerId, const std::optional<PlanningPeriod>& period,
                        const QString& path);
    bool isRunning() const { return m_job != nullptr; }

Q_SIGNALS:
    // error is empty on success; cancelled exports wrote nothing.
    void finished(const QString& error, bool cancelled);

private:
    bool start(std::function<QByteArray()> produce, const QString& path, const QString& label,
               const QString& done);

    QWidget* m_window;
    std::function<Database*()> m_database;
    std::function<const ScheduleSnapshot&()> m_snapshot;
    ReadScope m_scope;
    QAction* m_scheduleAction;
    QAction* m_calendarAction;
    ExportJob* m_job = nullptr;
    QPointer<QProgressDialog> m_progress;
};

} // namespace shiftlane::ui
