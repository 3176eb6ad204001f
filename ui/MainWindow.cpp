#include "MainWindow.h"

#include "availability/MyAvailabilityPage.h"
#include "backup/RestoreDialog.h"
#include "coverage/CoverageChartWidget.h"
#include "demand/DemandPanel.h"
#include "edit/EditCommand.h"
#include "edit/ImportEdits.h"
#include "edit/ScheduleEditor.h"
#include "export/ExportController.h"
#include "insights/InsightsDashboard.h"
#include "io/ImportProblemsDialog.h"
#include "people/FreelancersPanel.h"
#include "reports/ReportActions.h"
#include "rules/BrokenRulesPanel.h"
#include "schedule/PlanningModel.h"
#include "schedule/RuleChecker.h"
#include "schedule/WeekScheduleModel.h"
#include "solve/SolveRunner.h"
#include "storage/Repositories.h"
#include "time/PlanningCalendar.h"
#include "timeline/TemplatePalette.h"
#include "timeline/TimelineView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace shiftlane::ui {

MainWindow::MainWindow(QWidget* parent, std::function<QDate()> today)
    : QMainWindow(parent),
      m_today(today ? std::move(today) : std::function<QDate()>(&QDate::currentDate)),
      m_undo(new QUndoStack(this)), m_timeline(new TimelineView(this)),
      m_model(new WeekScheduleModel(this)), m_view(new QTableView(this)),
      m_tabs(new QTabWidget(this)), m_periodLabel(new QLabel(this)),
      m_placeholder(new QLabel(this)), m_stack(new QStackedWidget(this)),
      m_nameFilter(new QLineEdit(this)), m_skillFilter(new QComboBox(this)),
      m_sortOrder(new QComboBox(this)), m_solveSeconds(new QSpinBox(this)),
      m_palette(new TemplatePalette(this)), m_coverage(new CoverageChartWidget(this)),
      m_rules(new BrokenRulesPanel(this)), m_insights(new InsightsDashboard(this)),
      m_exports(new ExportController(
          this, [this] { return m_db.get(); },
          [this]() -> const ScheduleSnapshot& { return m_snapshot; })),
      m_reports(new ReportActions([this]() -> const ScheduleSnapshot& { return m_snapshot; },
                                  [this](const QString& message) { reportError(message); }, this)),
      m_profile(new QComboBox(this)), m_watchTimer(new QTimer(this)), m_retryTimer(new QTimer(this))
{
    setWindowTitle(tr("Shiftlane"));
    resize(1400, 820);

    m_view->setModel(m_model);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setDefaultSectionSize(132);

    auto* timelinePage = new QWidget(this);
    auto* timelineLayout = new QVBoxLayout(timelinePage);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->addWidget(createFilterBar());
    timelineLayout->addWidget(m_timeline, 1);
    m_tabs->addTab(timelinePage, tr("Timeline"));
    m_tabs->addTab(m_view, tr("Week table"));
    m_people = new FreelancersPanel([this] { return m_db.get(); },
                                    [this](std::unique_ptr<Edit> edit) {
                                        return applyEdit(std::move(edit), Refresh::Everything);
                                    },
                                    this);
    m_tabs->addTab(m_people, tr("Freelancers"));
    m_tabs->addTab(m_insights, tr("Insights"));
    // The dashboard follows every change, like the coverage dock (it redraws only when shown).
    connect(this, &MainWindow::scheduleChanged, m_insights,
            [this] { m_insights->setSnapshot(m_snapshot); });
    connect(m_exports, &ExportController::finished, this, [this](const QString& error, bool) {
        if (!error.isEmpty())
            reportError(error);
    });
    connect(m_timeline, &TimelineView::calendarExportRequested, m_exports,
            [this](Id freelancerId) { m_exports->chooseAndExportCalendar(freelancerId); });
    m_demand = new DemandPanel([this] { return m_db.get(); },
                               [this](std::unique_ptr<Edit> edit) {
                                   return applyEdit(std::move(edit), Refresh::Everything);
                               },
                               this);
    m_tabs->addTab(m_demand, tr("Demand"));
    m_myAvailability =
        new MyAvailabilityPage([this] { return m_db.get(); },
                               [this](std::unique_ptr<Edit> edit) {
                                   return applyEdit(std::move(edit), Refresh::Everything);
                               },
                               this);
    m_tabs->addTab(m_myAvailability, tr("My availability"));
    m_tabs->setTabVisible(m_tabs->indexOf(m_myAvailability), false);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setText(tr("Open a schedule with File → Open…"));
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_tabs);
    setCentralWidget(m_stack);

    createTemplatePalette();
    createDocks();
    createMenus();

    m_watchTimer->setInterval(WatchIntervalMs);
    connect(m_watchTimer, &QTimer::timeout, this, &MainWindow::checkForOutsideChanges);
    m_retryTimer->setSingleShot(true);
    m_retryTimer->setInterval(RetryIntervalMs);
    connect(m_retryTimer, &QTimer::timeout, this, &MainWindow::retrySave);

    connect(m_timeline, &TimelineView::placeRequested, this, [this](const QList<Placement>& p) {
        requestChange([&](const ScheduleEditor& e) { return e.requestPlace(p); });
    });
    connect(m_timeline, &TimelineView::copyRequested, this, [this](const QList<Placement>& p) {
        requestChange([&](const ScheduleEditor& e) { return e.requestCopy(p); });
    });
    connect(m_timeline, &TimelineView::createRequested, this,
            [this](Id templateId, QDate day, std::optional<Id> freelancer) {
                requestChange([&](const ScheduleEditor& e) {
                    return e.requestCreate(templateId, day, freelancer);
                });
            });
    connect(m_timeline, &TimelineView::deleteRequested, this, [this](const QList<Id>& ids) {
        requestChange([&](const ScheduleEditor& e) { return e.requestDelete(ids); });
    });
    connect(
        m_timeline, &TimelineView::pinRequested, this, [this](const QList<Id>& ids, bool pinned) {
            requestChange([&](const ScheduleEditor& e) { return e.requestSetPinned(ids, pinned); });
        });
    connect(m_timeline, &TimelineView::assignRequested, this,
            [this](const QList<Id>& ids, std::optional<Id> freelancer) {
                requestChange(
                    [&](const ScheduleEditor& e) { return e.requestAssign(ids, freelancer); });
            });
    m_people->setReport([this](const QString& message) { reportError(message); });
}

void MainWindow::requestChange(
    const std::function<std::optional<ShiftChange>(const ScheduleEditor&)>& make)
{
    try {
        applyChange(make(ScheduleEditor(m_snapshot, m_actor)));
    } catch (const StorageError& error) {
        reportError(error.message());
    }
}

void MainWindow::setActor(const Actor& actor)
{
    const bool becomesFreelancer = actor.isFreelancer() && !(actor == m_actor);
    m_actor = actor;
    m_scope = ReadScope(actor);
    const bool lead = actor.isTeamLead();
    QByteArray zone;
    if (!lead)
        for (const Freelancer& f : std::as_const(m_snapshot.freelancers))
            if (f.id == actor.freelancerId())
                zone = f.timeZone;
    m_timeline->setOnlyFreelancer(lead ? std::nullopt : std::optional<Id>(actor.freelancerId()));
    // Empty: a freelancer's timeline follows them, each date in the zone in force on it.
    m_timeline->setDisplayZone({});
    m_timeline->setReadOnly(!lead);
    if (m_templatesDock)
        m_templatesDock->setVisible(lead);
    for (QAction* action : std::as_const(m_teamLeadActions))
        action->setEnabled(lead && m_db);
    m_solveSeconds->setEnabled(lead);
    m_people->setActor(actor);
    m_demand->setActor(actor);
    m_myAvailability->setActor(actor, m_settings);
    m_tabs->setTabVisible(m_tabs->indexOf(m_myAvailability), !lead);
    if (m_myAvailabilityAction)
        m_myAvailabilityAction->setVisible(!lead);
    if (becomesFreelancer && m_db)
        m_tabs->setCurrentWidget(m_myAvailability);
    showScopedViews();
    const int index =
        lead ? 0 : m_profile->findData(QVariant::fromValue<qint64>(actor.freelancerId()));
    if (index >= 0 && m_profile->currentIndex() != index) {
        const QSignalBlocker block(m_profile);
        m_profile->setCurrentIndex(index);
    }
    if (m_db)
        setWindowTitle(lead ? tr("%1 — Shiftlane").arg(QFileInfo(m_db->path()).fileName())
                            : tr("%1 — %2 (freelancer) — Shiftlane")
                                  .arg(QFileInfo(m_db->path()).fileName(), actor.displayName()));
    statusBar()->showMessage(lead ? tr("Team lead: every edit is allowed")
                                  : tr("Signed in as %1: your shifts in %2; you can change only "
                                       "your own availability and time off")
                                        .arg(actor.displayName(), QString::fromUtf8(zone)));
}

bool MainWindow::importCsv(ImportKind kind, const QString& path)
{
    if (!m_db)
        return false;
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        reportError(
            tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    const QByteArray bytes = file.readAll();
    std::unique_ptr<CsvImport> import;
    try {
        import = std::make_unique<CsvImport>(CsvImport::prepare(*m_db, m_actor,
                                                                kind == ImportKind::Freelancers
                                                                    ? CsvImport::Kind::Freelancers
                                                                    : CsvImport::Kind::Availability,
                                                                bytes, name));
    } catch (const StorageError& error) {
        reportError(error.message());
        return false;
    }
    if (import->hasProblems()) {
        m_lastError =
            tr("%1 was not imported: %n problem(s)", nullptr, int(import->report().problems.size()))
                .arg(name);
        statusBar()->showMessage(m_lastError, 10000);
        // Not exec(): the window (and a test driving it) stays live behind the list.
        auto* dialog =
            new ImportProblemsDialog(name, import->report().rows, import->report().problems, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        return false;
    }
    const QString summary = import->summary();
    if (!applyEdit(std::move(import), Refresh::Everything))
        return false;
    statusBar()->showMessage(summary, 15000);
    return true;
}

bool MainWindow::showTab(const QString& title)
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (m_tabs->tabText(i).remove(QLatin1Char('&')).compare(title, Qt::CaseInsensitive) == 0) {
            m_tabs->setCurrentIndex(i);
            return true;
        }
    return false;
}

void MainWindow::fillProfiles()
{
    const QSignalBlocker block(m_profile);
    m_profile->clear();
    m_profile->addItem(tr("Team lead"), QVariant::fromValue<qint64>(NoId));
    for (const Freelancer& f : std::as_const(m_snapshot.freelancers))
        m_profile->addItem(f.name, QVariant::fromValue<qint64>(f.id));
    const int index =
        m_actor.isTeamLead()
            ? 0
            : m_profile->findData(QVariant::fromValue<qint64>(m_actor.freelancerId()));
    m_profile->setCurrentIndex(std::max(0, index));
}

MainWindow::~MainWindow()
{
    delete m_solve; // waits for the solver thread
}

QWidget* MainWindow::createFilterBar()
{
    auto* bar = new QWidget(this);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(6, 4, 6, 4);
    m_nameFilter->setPlaceholderText(tr("Filter by name"));
    m_nameFilter->setClearButtonEnabled(true);
    layout->addWidget(m_nameFilter);
    layout->addWidget(new QLabel(tr("Skill:"), bar));
    layout->addWidget(m_skillFilter);
    layout->addWidget(new QLabel(tr("Sort by:"), bar));
    m_sortOrder->addItem(tr("Name"), int(TimelineView::SortOrder::Name));
    m_sortOrder->addItem(tr("Hours"), int(TimelineView::SortOrder::Hours));
    m_sortOrder->addItem(tr("Time zone"), int(TimelineView::SortOrder::TimeZone));
    layout->addWidget(m_sortOrder);
    layout->addSpacing(16);
    layout->addWidget(new QLabel(tr("Zoom:"), bar));
    for (const auto& [label, days] :
         {std::pair{tr("Day"), 1}, {tr("Week"), 7}, {tr("Two weeks"), 14}}) {
        auto* button = new QToolButton(bar);
        button->setText(label);
        connect(button, &QToolButton::clicked, this,
                [this, days = days] { m_timeline->zoomToDays(days); });
        layout->addWidget(button);
    }
    layout->addStretch(1);
    connect(m_nameFilter, &QLineEdit::textChanged, m_timeline, &TimelineView::setNameFilter);
    connect(m_skillFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_timeline->setSkillFilter(m_skillFilter->currentData().toLongLong()); });
    connect(m_sortOrder, &QComboBox::currentIndexChanged, this, [this] {
        m_timeline->setSortOrder(TimelineView::SortOrder(m_sortOrder->currentData().toInt()));
    });
    return bar;
}

void MainWindow::createTemplatePalette()
{
    auto* dock = new QDockWidget(tr("Shift templates"), this);
    dock->setObjectName(QStringLiteral("templatesDock"));
    dock->setWidget(m_palette);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    m_templatesDock = dock;
}

void MainWindow::createDocks()
{
    auto* coverageDock = new QDockWidget(tr("Coverage"), this);
    coverageDock->setObjectName(QStringLiteral("coverageDock"));
    coverageDock->setWidget(m_coverage);
    addDockWidget(Qt::BottomDockWidgetArea, coverageDock);
    auto* rulesDock = new QDockWidget(tr("Broken rules"), this);
    rulesDock->setObjectName(QStringLiteral("rulesDock"));
    rulesDock->setWidget(m_rules);
    addDockWidget(Qt::BottomDockWidgetArea, rulesDock);
    // A row about a shift selects it on the timeline; one about a day shows that day's coverage.
    connect(m_rules, &BrokenRulesPanel::shiftActivated, this, [this](Id shiftId) {
        m_tabs->setCurrentIndex(0);
        m_timeline->selectShift(shiftId);
    });
    connect(m_rules, &BrokenRulesPanel::dayActivated, m_coverage, &CoverageChartWidget::setDay);
    connect(m_rules, &BrokenRulesPanel::freelancerActivated, this, [this](Id freelancerId) {
        for (const Freelancer& f : std::as_const(m_snapshot.freelancers))
            if (f.id == freelancerId) {
                m_tabs->setCurrentIndex(0);
                m_nameFilter->setText(f.name);
            }
    });
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::chooseFile);
    open->setShortcut(QKeySequence::Open);
    m_restoreAction = file->addAction(tr("&Restore…"), this, &MainWindow::chooseBackup);
    m_restoreAction->setToolTip(tr("Replace the file by one of its automatic daily copies"));
    m_restoreAction->setEnabled(false);
    QAction* refresh = file->addAction(tr("Re&fresh"), this, &MainWindow::refreshFromFile);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Show what the file holds now, with edits saved by another Shiftlane"));
    file->addSeparator();
    file->addAction(m_exports->scheduleAction());
    file->addAction(m_exports->calendarAction());
    const QList<QAction*> reports{m_reports->exportPdfAction(), m_reports->printPreviewAction(),
                                  m_reports->printAction()};
    file->addActions(reports);
    connect(m_reports, &ReportActions::finished, this, [this] {
        const auto& outcome = m_reports->lastOutcome();
        if (outcome.status == report::ReportDocument::Outcome::Written)
            statusBar()->showMessage(tr("%n page(s) written", nullptr, outcome.pages), 10000);
        else if (outcome.status == report::ReportDocument::Outcome::Cancelled)
            statusBar()->showMessage(tr("Export cancelled; nothing was written"), 10000);
    });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    edit->addAction(undo);
    edit->addAction(redo);

    QToolBar* bar = addToolBar(tr("Schedule"));
    bar->setObjectName(QStringLiteral("scheduleToolBar"));
    QAction* previous =
        bar->addAction(tr("◀ Previous week"), [this] { showWeek(m_period.first.addDays(-7)); });
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    QAction* next =
        bar->addAction(tr("Next week ▶"), [this] { showWeek(m_period.first.addDays(7)); });
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    bar->addWidget(m_periodLabel);
    bar->addSeparator();
    QAction* solveAction = bar->addAction(tr("Solve"), [this] { solve(false); });
    solveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    solveAction->setToolTip(tr("Fill the period: pinned shifts stay, everything else may change"));
    QAction* resolve = bar->addAction(tr("Re-solve from here"), [this] { solve(true); });
    resolve->setToolTip(tr("Improve the current schedule, moving as few assignments as possible"));
    m_solveSeconds->setRange(1, 600);
    m_solveSeconds->setValue(10);
    m_solveSeconds->setSuffix(tr(" s"));
    m_solveSeconds->setToolTip(tr("How long Solve searches"));
    bar->addWidget(m_solveSeconds);

    bar->addSeparator();
    bar->addWidget(new QLabel(tr(" Profile: "), this));
    m_profile->setToolTip(tr("Use Shiftlane as the team lead or as one freelancer"));
    m_profile->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    bar->addWidget(m_profile);
    connect(m_profile, &QComboBox::currentIndexChanged, this, [this] {
        const Id id = m_profile->currentData().toLongLong();
        if (id == NoId)
            setActor(Actor::teamLead());
        else
            setActor(Actor::freelancer(id, m_profile->currentText()));
    });
    QAction* importPeople = file->addAction(tr("Import &freelancers…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import freelancers"), QString(),
                                                          tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            importCsv(ImportKind::Freelancers, path);
    });
    QAction* importAvailability = file->addAction(tr("Import &availability…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import availability"), QString(), tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            importCsv(ImportKind::Availability, path);
    });
    file->insertAction(quit, importPeople);
    file->insertAction(quit, importAvailability);
    QAction* switchProfile = file->addAction(tr("Switch &profile…"), this, [this] {
        m_profile->setFocus();
        m_profile->showPopup();
    });
    file->insertAction(quit, switchProfile);
    m_myAvailabilityAction = file->addAction(tr("&My availability…"), this, [this] {
        if (m_actor.isFreelancer())
            m_tabs->setCurrentWidget(m_myAvailability);
    });
    m_myAvailabilityAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_myAvailabilityAction->setToolTip(
        tr("Your weekly availability, time off, extra windows and travel"));
    m_myAvailabilityAction->setVisible(false); // a freelancer's
    file->insertAction(quit, m_myAvailabilityAction);
    file->insertSeparator(quit);

    m_fileActions = {previous,      next,         solveAction,        resolve,
                     switchProfile, importPeople, importAvailability, refresh};
    m_fileActions += reports;
    m_teamLeadActions = {solveAction, resolve, importPeople};
    for (QAction* action : m_fileActions)
        action->setEnabled(false);
}

void MainWindow::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open schedule"), QString(),
                                     tr("Shiftlane schedules (*.shiftlane);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const auto error = openFile(path))
        reportError(*error);
}

void MainWindow::setBackupRoot(const QString& folder)
{
    m_backupRoot = folder;
    m_restoreAction->setEnabled(m_db && !m_backupRoot.isEmpty());
}

QString MainWindow::backupFolder() const
{
    if (!m_db || m_backupRoot.isEmpty())
        return {};
    return BackupStore::folderFor(m_backupRoot, m_db->path());
}

void MainWindow::backUpOpenFile()
{
    const QString folder = backupFolder();
    if (folder.isEmpty())
        return;
    try {
        if (const auto made = BackupStore(folder).backUpDaily(*m_db, QDateTime::currentDateTime()))
            statusBar()->showMessage(
                tr("Today's backup of this file is in %1.")
                    .arg(QDir::toNativeSeparators(QFileInfo(made->path).absolutePath())),
                5000);
    } catch (const StorageError& error) {
        // The file itself is fine and open; say that its safety net is missing.
        reportError(tr("%1 No backup was made today.").arg(error.message()));
    }
}

QList<BackupInfo> MainWindow::backups() const
{
    const QString folder = backupFolder();
    return folder.isEmpty() ? QList<BackupInfo>() : BackupStore(folder).list();
}

void MainWindow::chooseBackup()
{
    if (!m_db)
        return;
    auto* dialog = new RestoreDialog(m_db->path(), backups(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const auto chosen = dialog->chosen())
            if (const auto error = restoreBackup(chosen->path))
                reportError(*error);
    });
    dialog->open();
}

std::optional<QString> MainWindow::restoreBackup(const QString& backupPath)
{
    if (!m_db)
        return tr("Open a schedule before restoring one of its backups.");
    if (m_solve)
        return tr("Wait for Solve to finish before restoring a backup.");
    if (m_waitingEdit)
        return tr("“%1” is still waiting to be saved; restore once it is saved.")
            .arg(m_waitingEdit->name());
    const QString path = m_db->path();
    try {
        BackupStore(backupFolder()).restore(*m_db, backupPath, QDateTime::currentDateTime());
    } catch (const StorageError& error) {
        return error.message();
    }
    // A restored copy may be at an older schema version: open it as any file is opened.
    if (const auto error = openFile(path))
        return error;
    statusBar()->showMessage(
        tr("Restored %1 from %2. The state it replaced is kept as a backup "
           "(File → Restore…).")
            .arg(QDir::toNativeSeparators(path), QFileInfo(backupPath).fileName()),
        15000);
    return std::nullopt;
}

void MainWindow::reportError(const QString& message)
{
    m_lastError = message;
    statusBar()->showMessage(message, 10000);
    // Not exec(): an error never blocks the window (or a test driving it).
    auto* box =
        new QMessageBox(QMessageBox::Critical, tr("Shiftlane"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

std::optional<QString> MainWindow::openFile(const QString& path)
{
    if (m_solve)
        return tr("Wait for Solve to finish before opening another file.");
    if (m_waitingEdit)
        return tr("“%1” is still waiting to be saved; open the file once it is saved.")
            .arg(m_waitingEdit->name());
    try {
        auto db = Database::open(path);
        PlanningSettings settings = SettingsRepository(*db).load();
        db->setBusyTimeout(BusyWaitMs);
        m_dataVersion = db->dataVersion();
        m_undo->clear();
        m_db = std::move(db);
        m_settings = std::move(settings);
    } catch (const StorageError& error) {
        return error.message();
    }
    setWindowTitle(tr("%1 — Shiftlane").arg(QFileInfo(path).fileName()));
    for (QAction* action : m_fileActions)
        action->setEnabled(true);
    m_exports->setEnabled(true);
    m_restoreAction->setEnabled(!m_backupRoot.isEmpty());
    m_actor = Actor::teamLead(); // another file, another team
    m_scope = ReadScope(m_actor);
    m_stack->setCurrentWidget(m_tabs);
    showWeek(firstPlannedDay());
    m_timeline->zoomToDays(7);
    setActor(m_actor);
    m_watchTimer->start();
    backUpOpenFile();
    return std::nullopt;
}

QDate MainWindow::weekStartOf(QDate day) const
{
    return day.addDays(-((day.dayOfWeek() - m_settings.weekStart + 7) % 7));
}

QDate MainWindow::firstPlannedDay() const
{
    const QDate today = m_today();
    try {
        // Open on the current week if it is scheduled, else on the first scheduled week. The
        // weekly demand pattern covers every week, so demand alone only helps through its
        // dated overrides.
        std::optional<std::pair<QDate, QDate>> range;
        if (const auto extent = ScheduleRepository(*m_db).extent()) {
            const PlanningCalendar calendar(QTimeZone(m_settings.planningTimeZone));
            range = std::pair{calendar.dayOf(extent->start), calendar.dayOf(extent->end - 1)};
        } else {
            range = DemandRepository(*m_db).dateRange();
        }
        if (range)
            return today >= range->first && today <= range->second ? today : range->first;
    } catch (const StorageError&) {
    }
    return today;
}

QDate MainWindow::shownWeek() const
{
    return m_period.first;
}

void MainWindow::showWeek(QDate anyDayOfWeek)
{
    if (!m_db)
        return;
    const QDate start = weekStartOf(anyDayOfWeek);
    m_period = {start, start.addDays(7 * m_periodWeeks - 1)};
    reload();
}

void MainWindow::setPeriodWeeks(int weeks)
{
    m_periodWeeks = std::clamp(weeks, 1, 4);
    if (m_db)
        showWeek(m_period.first);
}

void MainWindow::reload()
{
    if (!m_db)
        return;
    try {
        m_settings = SettingsRepository(*m_db).load();
        m_snapshot = ScheduleSnapshot::load(*m_db, m_period);
    } catch (const StorageError& error) {
        reportError(error.message());
        return;
    }
    m_timeline->setSnapshot(&m_snapshot);
    updateWeekTable();
    m_people->setSnapshot(m_scope.restrict(m_snapshot));
    m_myAvailability->reload(m_settings);
    m_demand->reload();
    fillProfiles();
    m_coverage->setSnapshot(m_snapshot);
    m_rules->setSnapshot(m_snapshot);
    m_view->resizeColumnToContents(WeekScheduleModel::NameColumn);
    m_view->resizeColumnToContents(WeekScheduleModel::ZoneColumn);
    m_view->setColumnWidth(WeekScheduleModel::SkillsColumn, 150);

    const Id skill = m_skillFilter->currentData().toLongLong();
    m_skillFilter->blockSignals(true);
    m_skillFilter->clear();
    m_skillFilter->addItem(tr("All skills"), QVariant::fromValue<qint64>(NoId));
    for (const Skill& s : std::as_const(m_snapshot.skills))
        m_skillFilter->addItem(s.name, QVariant::fromValue<qint64>(s.id));
    m_skillFilter->setCurrentIndex(
        std::max(0, m_skillFilter->findData(QVariant::fromValue<qint64>(skill))));
    m_skillFilter->blockSignals(false);
    m_palette->setTemplates(m_snapshot.templates, m_snapshot.skills);

    const QLocale locale;
    m_periodLabel->setText(tr("  %1 – %2 · %3 ")
                               .arg(locale.toString(m_period.first, QLocale::ShortFormat),
                                    locale.toString(m_period.last, QLocale::ShortFormat),
                                    m_settings.teamName));
    statusBar()->showMessage(tr("%n freelancer(s)", nullptr, int(m_snapshot.freelancers.size())));
    Q_EMIT scheduleChanged();
}

void MainWindow::updateWeekTable()
{
    m_model->setShowsUnassigned(m_scope.isWholeTeam());
    // A freelancer reads their week on their own watch (travel included); the team lead in
    // the planning zone.
    std::optional<ZoneSchedule> ownClock;
    if (const auto own = m_scope.onlyFreelancer())
        for (const Freelancer& f : std::as_const(m_snapshot.freelancers))
            if (f.id == *own)
                ownClock.emplace(f, m_snapshot.availability.value(f.id));
    m_model->setSchedule(m_settings.planningTimeZone, m_period.first,
                         m_scope.freelancers(m_snapshot.freelancers), m_snapshot.skills,
                         m_scope.shifts(m_snapshot.shifts), std::move(ownClock));
}

void MainWindow::showScopedViews()
{
    m_rules->setReadScope(m_scope);
    m_insights->setReadScope(m_scope);
    m_exports->setReadScope(m_scope);
    m_reports->setReadScope(m_scope);
    if (!m_db)
        return;
    updateWeekTable();
    m_people->setSnapshot(m_scope.restrict(m_snapshot));
    m_rules->setSnapshot(m_snapshot);
}

void MainWindow::reloadShifts()
{
    // An edit changes shifts only: the rest of the snapshot, and the availability the rule
    // checker has expanded, stay as they are.
    try {
        m_snapshot.shifts = ScheduleRepository(*m_db).overlapping(m_snapshot.window());
    } catch (const StorageError& error) {
        reportError(error.message());
        return;
    }
    m_timeline->shiftsChanged();
    updateWeekTable();
    m_coverage->setSnapshot(m_snapshot);
    m_rules->setSnapshot(m_snapshot);
    Q_EMIT scheduleChanged();
}

bool MainWindow::applyChange(std::optional<ShiftChange> change)
{
    if (!change || change->isEmpty())
        return false;
    return applyEdit(std::make_unique<ShiftChange>(std::move(*change)), Refresh::Shifts);
}

bool MainWindow::applyEdit(std::unique_ptr<Edit> edit, Refresh refresh)
{
    if (!edit || !m_db)
        return false;
    if (m_waitingEdit) {
        reportError(tr("“%1” was not made: “%2” is still waiting to be saved "
                       "(the file is busy). Make it again once that is saved.")
                        .arg(edit->name(), m_waitingEdit->name()));
        return false;
    }
    try {
        edit->apply(*m_db);
    } catch (const StorageError& error) {
        if (error.kind() == StorageError::Kind::Busy) {
            waitToSave(std::move(edit), refresh);
            return true;
        }
        reportError(error.message());
        reload(); // show what the database really holds
        return false;
    }
    pushApplied(std::move(edit), refresh);
    return true;
}

void MainWindow::pushApplied(std::unique_ptr<Edit> edit, Refresh refresh)
{
    const auto refreshView = [this, refresh] {
        if (refresh == Refresh::Shifts)
            reloadShifts();
        else
            reload();
    };
    m_undo->push(
        new EditCommand(*m_db, std::move(edit), refreshView, [this](const QString& message) {
            reportError(message);
            // QUndoStack has moved past the command that failed; put it back once it is done.
            QMetaObject::invokeMethod(this, &MainWindow::realignUndoStack, Qt::QueuedConnection);
        }));
    refreshView();
}

void MainWindow::realignUndoStack()
{
    // The applied commands are a prefix of the stack; the index belongs right after them.
    int applied = 0;
    while (applied < m_undo->count() &&
           static_cast<const EditCommand*>(m_undo->command(applied))->isApplied())
        ++applied;
    if (m_undo->index() != applied)
        m_undo->setIndex(applied);
}

void MainWindow::waitToSave(std::unique_ptr<Edit> edit, Refresh refresh)
{
    m_waitingEdit = std::move(edit);
    m_waitingRefresh = refresh;
    m_saveAttempts = 0;
    statusBar()->showMessage(tr("The file is busy (another Shiftlane is saving); retrying… "
                                "“%1” is not saved yet.")
                                 .arg(m_waitingEdit->name()));
    m_retryTimer->start();
}

void MainWindow::retrySave()
{
    if (!m_waitingEdit || !m_db)
        return;
    ++m_saveAttempts;
    try {
        m_waitingEdit->apply(*m_db);
    } catch (const StorageError& error) {
        if (error.kind() == StorageError::Kind::Busy && m_saveAttempts < MaxSaveAttempts) {
            statusBar()->showMessage(
                tr("The file is busy (another Shiftlane is saving); retrying… “%1” "
                   "is not saved yet (attempt %2).")
                    .arg(m_waitingEdit->name())
                    .arg(m_saveAttempts + 1));
            m_retryTimer->start();
            return;
        }
        const QString name = m_waitingEdit->name();
        m_waitingEdit.reset();
        reportError(error.kind() == StorageError::Kind::Busy
                        ? tr("%1 stayed busy for %2 minutes: another program kept it locked. "
                             "“%3” was not saved; make it again when the file is free.")
                              .arg(QDir::toNativeSeparators(m_db->path()))
                              .arg(MaxSaveAttempts * (RetryIntervalMs + BusyWaitMs) / 60000)
                              .arg(name)
                        : error.message());
        reload();
        return;
    }
    const QString name = m_waitingEdit->name();
    pushApplied(std::move(m_waitingEdit), m_waitingRefresh);
    statusBar()->showMessage(tr("Saved “%1”: the file is free again.").arg(name), 5000);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_waitingEdit && m_db) {
        // One last, longer wait; the window may freeze for it, as it is closing anyway.
        m_retryTimer->stop();
        m_db->setBusyTimeout(5000);
        m_saveAttempts = MaxSaveAttempts - 1;
        retrySave();
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::refreshFromFile()
{
    if (!m_db)
        return;
    try {
        m_dataVersion = m_db->dataVersion();
    } catch (const StorageError&) {
    }
    reload();
    statusBar()->showMessage(tr("Reloaded %1.").arg(QDir::toNativeSeparators(m_db->path())), 5000);
}

void MainWindow::checkForOutsideChanges()
{
    // Not in the middle of a drag: the shift under the mouse would be replaced.
    if (!m_db || QApplication::mouseButtons() != Qt::NoButton)
        return;
    qint64 version = 0;
    try {
        version = m_db->dataVersion();
    } catch (const StorageError&) {
        return; // asked again at the next tick
    }
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;
    reload();
    statusBar()->showMessage(tr("Updated: another Shiftlane or program saved changes to %1.")
                                 .arg(QDir::toNativeSeparators(m_db->path())),
                             8000);
}

void MainWindow::setSolveSeconds(int seconds)
{
    m_solveSeconds->setValue(seconds);
}

void MainWindow::solve(bool keepCurrent)
{
    if (!m_db || m_solve)
        return;
    try {
        m_actor.requireTeamLead(tr("solve the schedule"));
    } catch (const StorageError& error) {
        reportError(error.message());
        return;
    }
    m_solve = new SolveRunner(m_snapshot,
                              keepCurrent ? PlanningModel::Mode::KeepWhatYouCan
                                          : PlanningModel::Mode::FillFromScratch,
                              m_solveSeconds->value());
    auto* progress = new QProgressDialog(tr("Solving…"), tr("Stop and keep the best"), 0,
                                         m_solveSeconds->value() * 10, this);
    progress->setWindowTitle(tr("Solve"));
    progress->setWindowModality(Qt::WindowModal); // no edits underneath; the window stays live
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    m_solveProgress.hold(progress);
    connect(progress, &QProgressDialog::canceled, m_solve, &SolveRunner::cancel);
    connect(m_solve, &SolveRunner::progress, this,
            [this](qint64 hard, qint64 soft, double elapsed, double rate) {
                QProgressDialog* dialog = m_solveProgress.dialog();
                if (!dialog)
                    return;
                dialog->setLabelText(
                    tr("Solving… %1 s\nBest so far: %2 broken hard rules, cost %3\n%4 moves/s")
                        .arg(QLocale().toString(elapsed, 'f', 1))
                        .arg(hard)
                        .arg(QLocale().toString(PlanningModel::softInWeightUnits(soft), 'f', 0))
                        .arg(QLocale().toString(rate, 'f', 0)));
                // Last: a modal dialog's setValue() processes events, which may finish the
                // solve and close the dialog.
                m_solveProgress.setValue(std::min(dialog->maximum(), int(elapsed * 10)));
            });
    connect(m_solve, &SolveRunner::finished, this, &MainWindow::solveDone);
    m_solve->start();
}

void MainWindow::solveDone()
{
    SolveRunner* runner = m_solve;
    m_solveProgress.finish();
    const solver::SolverResult& result = runner->result();
    const bool applied = applyChange(runner->planning().changeTo(
        result.roster, result.cancelled ? tr("Solve (stopped early)") : tr("Solve")));
    statusBar()->showMessage(
        tr("Solve %1: %2 broken hard rules, cost %3%4")
            .arg(result.cancelled ? tr("stopped") : tr("finished"))
            .arg(result.score.hard)
            .arg(QLocale().toString(PlanningModel::softInWeightUnits(result.score.soft), 'f', 0))
            .arg(applied ? QString() : tr(" (nothing to change)")));
    m_solve = nullptr;
    runner->deleteLater();
    Q_EMIT solveFinished();
}

} // namespace shiftlane::ui
