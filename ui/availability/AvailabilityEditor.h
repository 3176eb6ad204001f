#pragma once

#include "availability/WeeklyGrid.h"
#include "domain/Availability.h"
#include "domain/Freelancer.h"
#include "domain/PlanningSettings.h"
#include "edit/Actor.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace shiftlane::ui {

class AvailabilityPreviewWidget;
class WeeklyGridWidget;

// One freelancer's availability in one dialog: the weekly grid in their own zone (painted
// with the mouse), time off, one-off extra windows, travel, a preview of the next weeks in
// the planning zone and the history of changes. It edits a copy; the caller saves what
// availability() returns as one undoable edit (AvailabilitySave). The acting person is a
// parameter: someone who may not change this freelancer's availability sees it read-only.
class AvailabilityEditor : public QDialog
{
    Q_OBJECT
public:
    static constexpr int PreviewWeeks = 4;

    AvailabilityEditor(const Freelancer& freelancer, const FreelancerAvailability& availability,
                       const QList<AvailabilityChange>& history, const Actor& actor,
                       const PlanningSettings& settings, QDate previewFrom,
                       QWidget* parent = nullptr);

    // What the editor holds now: the grid as merged windows plus the dated exceptions.
    FreelancerAvailability availability() const;
    bool isReadOnly() const { return m_readOnly; }

    // The message shown beside a field of the exception forms ("timeOff.lastDay",
    // "oneOff.end", "travel.firstDay", ...), empty if none.
    QString fieldMessage(const QString& field) const;

    // What the buttons do, for tests and the menus.
    void setBrush(CellState brush);
    void copyDay(int fromDay, const QList<int>& toDays);
    void clearDay(int dayOfWeek);
    void clearAll();
    bool addTimeOff(QDate first, QDate last, const QString& reason);
    bool addOneOff(QDate day, int startMinute, int endMinute, AvailabilityKind kind);
    bool addTravel(QDate first, QDate last, const QByteArray& zone);

    WeeklyGridWidget* grid() const { return m_grid; }
    AvailabilityPreviewWidget* preview() const { return m_preview; }
    QTabWidget* tabs() const { return m_tabs; }
    QListWidget* history() const { return m_history; }
    QTableWidget* timeOffTable() const { return m_timeOffTable; }
    QTableWidget* oneOffTable() const { return m_oneOffTable; }
    QTableWidget* travelTable() const { return m_travelTable; }
    QPushButton* saveButton() const { return m_save; }

private:
    QWidget* buildWeeklyTab();
    QWidget* buildTimeOffTab();
    QWidget* buildOneOffTab();
    QWidget* buildTravelTab();
    QWidget* buildPreviewTab();
    QWidget* buildHistoryTab();
    QLabel* messageLabel(const QString& field);
    void showErrors(const QString& prefix, const ValidationErrors& errors);
    void refreshLists();
    void refreshPreview();
    void refreshTotals();

    Freelancer m_freelancer;
    FreelancerAvailability m_availability; // the dated parts; weekly lives in the grid
    QList<AvailabilityChange> m_historyItems;
    PlanningSettings m_settings;
    QDate m_previewFrom;
    bool m_readOnly = false;

    QTabWidget* m_tabs;
    WeeklyGridWidget* m_grid;
    QLabel* m_totals = nullptr;
    QComboBox* m_day = nullptr;
    QDateEdit* m_offFirst = nullptr;
    QDateEdit* m_offLast = nullptr;
    QLineEdit* m_offReason = nullptr;
    QDateEdit* m_oneOffDay = nullptr;
    QComboBox* m_oneOffStart = nullptr;
    QComboBox* m_oneOffEnd = nullptr;
    QComboBox* m_oneOffKind = nullptr;
    QDateEdit* m_travelFirst = nullptr;
    QDateEdit* m_travelLast = nullptr;
    QComboBox* m_travelZone = nullptr;
    QTableWidget* m_timeOffTable = nullptr;
    QTableWidget* m_oneOffTable = nullptr;
    QTableWidget* m_travelTable = nullptr;
    AvailabilityPreviewWidget* m_preview = nullptr;
    QListWidget* m_history = nullptr;
    QPushButton* m_save = nullptr;
    QHash<QString, QLabel*> m_messages;
};

// "UTC+04:00" for a zone at an instant.
QString utcOffsetText(const QByteArray& zone, const QDateTime& at);

} // namespace shiftlane::ui
