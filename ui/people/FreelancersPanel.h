#pragma once

#include "edit/Actor.h"
#include "edit/FreelancerEdits.h"
#include "schedule/ScheduleSnapshot.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace shiftlane::ui {

class AvailabilityEditor;
class FreelancerDialog;
class FreelancerTableModel;

// The team list: a sortable, filterable table with Add, Edit and Remove. Every change is an
// undoable edit handed to `apply`; the window then gives the panel the new snapshot.
class FreelancersPanel : public QWidget
{
    Q_OBJECT
public:
    using Apply = std::function<bool(std::unique_ptr<Edit>)>;
    // Asked before removing someone who has shifts: unassign or delete them, or cancel.
    using AskShifts =
        std::function<std::optional<FreelancerRemoval::Shifts>(const Freelancer&, int shifts)>;
    // Shows the dialog; true when it was accepted. Tests replace it to drive the dialog.
    using RunDialog = std::function<bool(FreelancerDialog&)>;
    using RunAvailability = std::function<bool(AvailabilityEditor&)>;

    FreelancersPanel(std::function<Database*()> database, Apply apply, QWidget* parent = nullptr);

    void setSnapshot(const ScheduleSnapshot& snapshot);
    void setAskShifts(AskShifts ask) { m_askShifts = std::move(ask); }
    void setRunDialog(RunDialog run) { m_runDialog = std::move(run); }
    void setRunAvailability(RunAvailability run) { m_runAvailability = std::move(run); }
    // Where a refused edit is reported (the window's error line); a warning box otherwise.
    void setReport(std::function<void(const QString&)> report) { m_report = std::move(report); }
    // Who is using the app: only the team lead adds, edits and removes freelancers; the
    // availability editor is read-only for anyone else's availability.
    void setActor(const Actor& actor);

    QTableView* table() const { return m_table; }
    QLineEdit* filter() const { return m_filter; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }

    void addFreelancer();
    void editFreelancer(Id id);
    void removeFreelancer(Id id);
    // Opens the availability editor; saving is one undoable edit with an audit line.
    void editAvailability(Id id);
    std::optional<Id> currentFreelancer() const;

private:
    std::function<Database*()> m_database;
    Apply m_apply;
    AskShifts m_askShifts;
    RunDialog m_runDialog;
    RunAvailability m_runAvailability;
    std::function<void(const QString&)> m_report;
    Actor m_actor = Actor::teamLead();
    QList<QPushButton*> m_editButtons;
    PlanningSettings m_settings;
    QList<Skill> m_skills;
    QList<Freelancer> m_freelancers;
    FreelancerTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLineEdit* m_filter;
};

} // namespace shiftlane::ui
