#pragma once

#include "edit/Actor.h"
#include "edit/ReadScope.h"
#include "edit/ShiftChange.h"
#include "progress/ProgressDialogKeeper.h"
#include "schedule/ScheduleSnapshot.h"
#include "storage/BackupStore.h"
#include "storage/Database.h"

#include <QDate>
#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QProgressDialog;
class QSpinBox;
class QStackedWidget;
class QTimer;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace shiftlane {
class ScheduleEditor;
}

namespace shiftlane::ui {

class BrokenRulesPanel;
class CoverageChartWidget;
class ExportController;
class InsightsDashboard;
class DemandPanel;
class MyAvailabilityPage;
class FreelancersPanel;
class ReportActions;
class SolveRunner;
class TemplatePalette;
class TimelineView;
class WeekScheduleModel;

// The team lead's window: the timeline of a two-week period with filters, a template palette,
// undo/redo of every edit (each saved at once), and Solve off the GUI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `today` tells the date the window opens on when the file plans it (default: the
    // system's date; tests pass a fixed one so that what they see does not depend on the day
    // they run).
    explicit MainWindow(QWidget* parent = nullptr, std::function<QDate()> today = {});
    ~MainWindow() override;

    // Opens a schedule file. On failure the current file stays open and the returned
    // message says what is wrong with which file.
    std::optional<QString> openFile(const QString& path);
    // Where the automatic daily copies go, a folder per file below it (the app passes its data
    // folder); empty, the default: none are made and File → Restore… is off.
    void setBackupRoot(const QString& folder);
    // The open file's copies, newest first (empty when none or no file is open).
    QList<BackupInfo> backups() const;
    // Replaces the open file by one of its copies (the current state is copied aside first)
    // and reopens it; the undo history goes, as it belonged to the replaced state. On failure
    // nothing changed and the message says why.
    std::optional<QString> restoreBackup(const QString& backupPath);
    // Shows the period starting with the week of this day.
    void showWeek(QDate anyDayOfWeek);
    // How many weeks the timeline holds (and Solve plans): 1 to 4, two by default.
    void setPeriodWeeks(int weeks);

    QDate shownWeek() const;
    const PlanningPeriod& period() const { return m_period; }
    const ScheduleSnapshot& snapshot() const { return m_snapshot; }
    const WeekScheduleModel* scheduleModel() const { return m_model; }
    QTableView* scheduleView() const { return m_view; }
    TimelineView* timeline() const { return m_timeline; }
    FreelancersPanel* freelancersPanel() const { return m_people; }
    // Freelancer mode's "My availability" tab (hidden for the team lead).
    MyAvailabilityPage* myAvailabilityPage() const { return m_myAvailability; }
    QAction* myAvailabilityAction() const { return m_myAvailabilityAction; }
    DemandPanel* demandPanel() const { return m_demand; }
    CoverageChartWidget* coverageChart() const { return m_coverage; }
    BrokenRulesPanel* brokenRulesPanel() const { return m_rules; }
    InsightsDashboard* insightsDashboard() const { return m_insights; }
    ExportController* exports() const { return m_exports; }
    ReportActions* reportActions() const { return m_reports; }
    QUndoStack* undoStack() const { return m_undo; }

    // Applies an edit, saves it and puts it on the undo stack; false (with the reason shown)
    // when the database refused it. When another program holds the file's write lock, the
    // edit waits (true is returned): the status bar says so and it is saved from the event
    // loop as soon as the file is free; until then other edits are refused, with a message.
    bool applyChange(std::optional<ShiftChange> change);
    // Any other undoable edit; Everything reloads the whole period afterwards (people,
    // availability), Shifts only the shifts.
    enum class Refresh
    {
        Shifts,
        Everything
    };
    bool applyEdit(std::unique_ptr<Edit> edit, Refresh refresh);
    Database* database() const { return m_db.get(); }

    // The edit waiting for the file's lock, if any.
    const Edit* editWaitingToSave() const { return m_waitingEdit.get(); }

    // File → Refresh: shows what the file holds now (edits another Shiftlane saved). The window
    // also does this by itself, checking about once a second whether another program committed.
    void refreshFromFile();
    static constexpr int WatchIntervalMs = 1000;
    static constexpr int BusyWaitMs = 200;      // how long one save attempt waits for the lock
    static constexpr int RetryIntervalMs = 500; // between attempts
    static constexpr int MaxSaveAttempts = 240; // about three minutes, then the edit is dropped
    // Who uses the window: the team lead, or one freelancer (`--as NAME`, or the Profile box),
    // who sees only their own shifts, in their own time zone, with the team's coverage, and
    // can change only their own availability and time off. Edits are refused in core too;
    // what each view shows goes through readScope() (core/edit/ReadScope). A freelancer
    // starts on their "My availability" tab.
    void setActor(const Actor& actor);
    const Actor& actor() const { return m_actor; }
    const ReadScope& readScope() const { return m_scope; }
    QComboBox* profileBox() const { return m_profile; }
    // Shows the tab with this title (ignoring case and the & of shortcuts); false if none.
    bool showTab(const QString& title);

    // File → Import freelancers / availability: every row is checked first; on any problem
    // nothing is written and a dialog lists every bad row (line, column, reason); otherwise the
    // import is one transaction and one step of Undo. True when something was imported.
    enum class ImportKind
    {
        Freelancers,
        Availability
    };
    bool importCsv(ImportKind kind, const QString& path);

    // Starts the solver on the shown period; the result becomes one undoable edit.
    void solve(bool keepCurrent);
    void setSolveSeconds(int seconds);
    SolveRunner* runningSolve() const { return m_solve; }

    // The last error shown to the user (also kept for tests).
    const QString& lastError() const { return m_lastError; }

Q_SIGNALS:
    void scheduleChanged();
    void solveFinished();

private:
    void createMenus();
    QWidget* createFilterBar();
    void createTemplatePalette();
    void createDocks();
    void chooseFile();
    void chooseBackup();
    void backUpOpenFile();
    QString backupFolder() const;
    void reportError(const QString& message);
    void closeEvent(QCloseEvent* event) override;
    void pushApplied(std::unique_ptr<Edit> edit, Refresh refresh);
    void waitToSave(std::unique_ptr<Edit> edit, Refresh refresh);
    void retrySave();
    void realignUndoStack();
    void checkForOutsideChanges();
    void reload();
    void reloadShifts();
    void updateWeekTable();
    // Feeds the views that show people's data what the actor may read.
    void showScopedViews();
    void solveDone();
    QDate weekStartOf(QDate day) const;
    QDate firstPlannedDay() const;
    void fillProfiles();
    // Runs a timeline request as the current actor; a refusal is reported, nothing applied.
    void
    requestChange(const std::function<std::optional<ShiftChange>(const ScheduleEditor&)>& make);

    std::function<QDate()> m_today;
    std::unique_ptr<Database> m_db;
    PlanningSettings m_settings;
    PlanningPeriod m_period;
    int m_periodWeeks = 2;
    // The timeline points into its lists: read them only through const access (a non-const
    // loop over a list shared with a copy detaches it and leaves those pointers dangling).
    ScheduleSnapshot m_snapshot;
    QUndoStack* m_undo;
    TimelineView* m_timeline;
    WeekScheduleModel* m_model;
    QTableView* m_view;
    QTabWidget* m_tabs;
    FreelancersPanel* m_people;
    DemandPanel* m_demand;
    QLabel* m_periodLabel;
    QLabel* m_placeholder;
    QStackedWidget* m_stack;
    QLineEdit* m_nameFilter;
    QComboBox* m_skillFilter;
    QComboBox* m_sortOrder;
    QSpinBox* m_solveSeconds;
    TemplatePalette* m_palette;
    CoverageChartWidget* m_coverage;
    BrokenRulesPanel* m_rules;
    InsightsDashboard* m_insights;
    ExportController* m_exports;
    ReportActions* m_reports;
    QList<QAction*> m_fileActions;
    QString m_backupRoot;
    QAction* m_restoreAction = nullptr;
    QList<QAction*> m_teamLeadActions; // hidden from a freelancer: solve
    Actor m_actor = Actor::teamLead();
    ReadScope m_scope;
    MyAvailabilityPage* m_myAvailability;
    QAction* m_myAvailabilityAction = nullptr;
    QComboBox* m_profile;
    QDockWidget* m_templatesDock = nullptr;
    SolveRunner* m_solve = nullptr;
    ProgressDialogKeeper m_solveProgress;
    QString m_lastError;
    QTimer* m_watchTimer;
    qint64 m_dataVersion = 0;
    QTimer* m_retryTimer;
    std::unique_ptr<Edit> m_waitingEdit;
    Refresh m_waitingRefresh = Refresh::Shifts;
    int m_saveAttempts = 0;
};

} // namespace shiftlane::ui
