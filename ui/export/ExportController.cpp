#include "export/ExportController.h"

#include "export/ExportJob.h"
#include "io/ScheduleCsv.h"
#include "io/ShiftCalendar.h"
#include "storage/Repositories.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressDialog>
#include <QRadioButton>
#include <QStatusBar>
#include <QVBoxLayout>

namespace shiftlane::ui {

namespace {

// Which freelancer, and whether only the shown period's shifts.
struct CalendarChoice
{
    Id freelancerId = NoId;
    bool shownPeriodOnly = true;
};

std::optional<CalendarChoice> askCalendarChoice(QWidget* parent, const ScheduleSnapshot& snapshot,
                                                const ReadScope& scope,
                                                std::optional<Id> preselected)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(ExportController::tr("Export calendar"));
    auto* who = new QComboBox(&dialog);
    for (const Freelancer& f : scope.freelancers(snapshot.freelancers))
        who->addItem(f.name, QVariant::fromValue<qint64>(f.id));
    if (preselected)
        who->setCurrentIndex(std::max(0, who->findData(QVariant::fromValue<qint64>(*preselected))));
    const QLocale locale;
    auto* shown =
        new QRadioButton(ExportController::tr("Shifts of the shown period (%1 – %2)")
                             .arg(locale.toString(snapshot.period.first, QLocale::ShortFormat),
                                  locale.toString(snapshot.period.last, QLocale::ShortFormat)),
                         &dialog);
    auto* all = new QRadioButton(ExportController::tr("All their shifts"), &dialog);
    shown->setChecked(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout;
    form->addRow(ExportController::tr("Freelancer:"), who);
    form->addRow(ExportController::tr("Shifts:"), shown);
    form->addRow(QString(), all);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (who->count() == 0 || dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return CalendarChoice{who->currentData().toLongLong(), shown->isChecked()};
}

QString fileNamePart(QString text)
{
    text.replace(QRegularExpression(QStringLiteral("[^\\w-]+")), QStringLiteral("-"));
    return text;
}

} // namespace

ExportController::ExportController(QWidget* window, std::function<Database*()> database,
                                   std::function<const ScheduleSnapshot&()> snapshot)
    : QObject(window), m_window(window), m_database(std::move(database)),
      m_snapshot(std::move(snapshot)),
      m_scheduleAction(new QAction(tr("Export schedule as &CSV…"), this)),
      m_calendarAction(new QAction(tr("Export &calendar (.ics)…"), this))
{
    m_scheduleAction->setToolTip(
        tr("Write the shown period's shifts to a CSV file for spreadsheets and payroll"));
    m_calendarAction->setToolTip(
        tr("Write one freelancer's shifts to an iCalendar file for their own calendar"));
    connect(m_scheduleAction, &QAction::triggered, this, [this] { chooseAndExportSchedule(); });
    connect(m_calendarAction, &QAction::triggered, this, [this] { chooseAndExportCalendar(); });
    setEnabled(false);
}

ExportController::~ExportController()
{
    delete m_job; // waits for the worker
}

void ExportController::setEnabled(bool enabled)
{
    m_scheduleAction->setEnabled(enabled);
    m_calendarAction->setEnabled(enabled);
}

void ExportController::setReadScope(const ReadScope& scope)
{
    m_scope = scope;
    m_scheduleAction->setToolTip(
        scope.isWholeTeam()
            ? tr("Write the shown period's shifts to a CSV file for spreadsheets and payroll")
            : tr("Write your shifts of the shown period to a CSV file"));
}

void ExportController::chooseAndExportSchedule()
{
    const ScheduleSnapshot& snapshot = m_snapshot();
    if (!m_database() || !snapshot.period.isValid())
        return;
    const QString suggested = QStringLiteral("schedule-%1-%2.csv")
                                  .arg(snapshot.period.first.toString(Qt::ISODate),
                                       snapshot.period.last.toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export schedule as CSV"),
                                                      suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportSchedule(path);
}

void ExportController::chooseAndExportCalendar(std::optional<Id> freelancerId)
{
    const ScheduleSnapshot& snapshot = m_snapshot();
    if (!m_database())
        return;
    const auto choice = askCalendarChoice(m_window, snapshot, m_scope, freelancerId);
    if (!choice)
        return;
    const Freelancer* f = snapshot.freelancer(choice->freelancerId);
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export calendar"),
        QStringLiteral("shifts-%1.ics").arg(fileNamePart(f ? f->name : QString())),
        tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    exportCalendar(choice->freelancerId,
                   choice->shownPeriodOnly ? std::optional(snapshot.period) : std::nullopt, path);
}

bool ExportController::exportSchedule(const QString& path)
{
    Database* db = m_database();
    if (!db || m_job)
        return false;
    const QString file = db->path();
    const PlanningPeriod period = m_snapshot().period;
    return start(
        [file, period, scope = m_scope] {
            auto reader = Database::open(file, Database::Mode::ReadOnly);
            return csv::exportSchedule(scope.restrict(ScheduleSnapshot::load(*reader, period)));
        },
        path, tr("Exporting the schedule…"), tr("Exported the schedule to %1"));
}

bool ExportController::exportCalendar(Id freelancerId, const std::optional<PlanningPeriod>& period,
                                      const QString& path)
{
    Database* db = m_database();
    if (!db || m_job)
        return false;
    QString identity;
    try {
        if (const Freelancer* f = m_snapshot().freelancer(freelancerId))
            m_scope.requireMayRead(freelancerId, f->name);
        else
            m_scope.requireMayRead(freelancerId, tr("freelancer %1").arg(freelancerId));
        // The first calendar export of a file gives it its identity: a write, so here.
        identity = SettingsRepository(*db).ensureCalendarIdentity();
    } catch (const StorageError& error) {
        Q_EMIT finished(error.message(), false);
        return true;
    }
    const QString file = db->path();
    return start(
        [file, freelancerId, period, identity] {
            auto reader = Database::open(file, Database::Mode::ReadOnly);
            return ShiftCalendar::build(*reader, freelancerId, period, identity,
                                        QDateTime::currentDateTimeUtc())
                .ics;
        },
        path, tr("Exporting the calendar…"), tr("Exported the calendar to %1"));
}

bool ExportController::start(std::function<QByteArray()> produce, const QString& path,
                             const QString& label, const QString& done)
{
    m_job = new ExportJob(std::move(produce), path);
    m_progress = new QProgressDialog(label, tr("Cancel"), 0, 0, m_window);
    m_progress->setWindowTitle(tr("Export"));
    m_progress->setMinimumDuration(500); // quick exports show no dialog at all
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_job, &ExportJob::cancel);
    connect(m_job, &ExportJob::finished, this, [this, done] {
        ExportJob* job = m_job;
        m_job = nullptr;
        if (m_progress) {
            m_progress->close();
            m_progress->deleteLater();
        }
        const QString error = job->error();
        const bool cancelled = job->wasCancelled();
        if (auto* window = qobject_cast<QMainWindow*>(m_window); window && error.isEmpty())
            window->statusBar()->showMessage(
                cancelled ? tr("Export cancelled; nothing written") : done.arg(job->path()), 8000);
        job->deleteLater();
        Q_EMIT finished(error, cancelled);
    });
    m_job->start();
    return true;
}

} // namespace shiftlane::ui
