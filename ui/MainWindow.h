#pragma once

#include "domain/PlanningSettings.h"
#include "storage/Database.h"

#include <QDate>
#include <QMainWindow>

#include <memory>
#include <optional>

class QLabel;
class QStackedWidget;
class QTableView;

namespace shiftlane::ui {

class WeekScheduleModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a schedule file. On failure the current file stays open and the returned
    // message says what is wrong with which file.
    std::optional<QString> openFile(const QString& path);
    void showWeek(QDate anyDayOfWeek);

    QDate shownWeek() const;
    const WeekScheduleModel* scheduleModel() const { return m_model; }
    QTableView* scheduleView() const { return m_view; }

private:
    void createMenus();
    void chooseFile();
    void reportError(const QString& message);
    QDate weekStartOf(QDate day) const;
    QDate firstPlannedDay() const;

    std::unique_ptr<Database> m_db;
    PlanningSettings m_settings;
    WeekScheduleModel* m_model;
    QTableView* m_view;
    QLabel* m_weekLabel;
    QLabel* m_placeholder;
    QStackedWidget* m_stack;
    QList<QAction*> m_weekActions;
};

} // namespace shiftlane::ui
