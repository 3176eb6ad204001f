#include "MainWindow.h"

#include "schedule/WeekScheduleModel.h"
#include "storage/Repositories.h"
#include "time/PlanningCalendar.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

namespace shiftlane::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_model(new WeekScheduleModel(this)), m_view(new QTableView(this)),
      m_weekLabel(new QLabel(this)), m_placeholder(new QLabel(this)),
      m_stack(new QStackedWidget(this))
{
    setWindowTitle(tr("Shiftlane"));
    resize(1280, 760);

    m_view->setModel(m_model);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setDefaultSectionSize(132);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setText(tr("Open a schedule with File → Open…"));
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_view);
    setCentralWidget(m_stack);
    createMenus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::chooseFile);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QToolBar* weekBar = addToolBar(tr("Week"));
    weekBar->setObjectName(QStringLiteral("weekToolBar"));
    QAction* previous =
        weekBar->addAction(tr("◀ Previous week"), [this] { showWeek(shownWeek().addDays(-7)); });
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    QAction* next =
        weekBar->addAction(tr("Next week ▶"), [this] { showWeek(shownWeek().addDays(7)); });
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    weekBar->addWidget(m_weekLabel);
    m_weekActions = {previous, next};
    for (QAction* action : m_weekActions)
        action->setEnabled(false);
}

void MainWindow::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open schedule"), QString(),
                                                      tr("Shiftlane schedules (*.shiftlane);;"
                                                         "All files (*)"));
    if (path.isEmpty())
        return;
    if (const auto error = openFile(path))
        reportError(*error);
}

void MainWindow::reportError(const QString& message)
{
    QMessageBox::critical(this, tr("Shiftlane"), message);
}

std::optional<QString> MainWindow::openFile(const QString& path)
{
    try {
        auto db = Database::open(path);
        PlanningSettings settings = SettingsRepository(*db).load();
        m_db = std::move(db);
        m_settings = std::move(settings);
    } catch (const StorageError& error) {
        return error.message();
    }
    setWindowTitle(tr("%1 — Shiftlane").arg(QFileInfo(path).fileName()));
    for (QAction* action : m_weekActions)
        action->setEnabled(true);
    m_stack->setCurrentWidget(m_view);
    showWeek(firstPlannedDay());
    return std::nullopt;
}

QDate MainWindow::weekStartOf(QDate day) const
{
    return day.addDays(-((day.dayOfWeek() - m_settings.weekStart + 7) % 7));
}

QDate MainWindow::firstPlannedDay() const
{
    const QDate today = QDate::currentDate();
    try {
        // Open on the current week if it is planned, else on the first planned week.
        if (const auto range = DemandRepository(*m_db).dateRange()) {
            if (today >= range->first && today <= range->second)
                return today;
            return range->first;
        }
        if (const auto extent = ScheduleRepository(*m_db).extent())
            return PlanningCalendar(QTimeZone(m_settings.planningTimeZone)).dayOf(extent->start);
    } catch (const StorageError&) {
    }
    return today;
}

QDate MainWindow::shownWeek() const
{
    return m_model->weekStart();
}

void MainWindow::showWeek(QDate anyDayOfWeek)
{
    if (!m_db)
        return;
    const QDate start = weekStartOf(anyDayOfWeek);
    try {
        const PlanningCalendar calendar{QTimeZone(m_settings.planningTimeZone)};
        const QList<Shift> shifts =
            ScheduleRepository(*m_db).overlapping(calendar.days(start, start.addDays(6)));
        m_model->setSchedule(m_settings.planningTimeZone, start, FreelancerRepository(*m_db).all(),
                             SkillRepository(*m_db).all(), shifts);
    } catch (const StorageError& error) {
        reportError(error.message());
        return;
    }
    m_view->resizeColumnToContents(WeekScheduleModel::NameColumn);
    m_view->resizeColumnToContents(WeekScheduleModel::ZoneColumn);
    m_view->setColumnWidth(WeekScheduleModel::SkillsColumn, 150);
    const QLocale locale;
    m_weekLabel->setText(tr("  %1 – %2 · %3 · times in %4")
                             .arg(locale.toString(start, QLocale::ShortFormat),
                                  locale.toString(start.addDays(6), QLocale::ShortFormat),
                                  m_settings.teamName,
                                  QString::fromUtf8(m_settings.planningTimeZone)));
    statusBar()->showMessage(tr("%n freelancer(s)", nullptr, m_model->rowCount() - 1));
}

} // namespace shiftlane::ui
