#pragma once

#include "demand/DemandDayModel.h"
#include "domain/Demand.h"
#include "domain/Skill.h"
#include "edit/Actor.h"
#include "edit/Edit.h"

#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableView;
class QWidget;

namespace shiftlane {
class Database;
}

namespace shiftlane::ui {

class DemandCurveChart;
class DemandDayModel;

// The demand editor: per skill, a weekly pattern per interval plus dated overrides, typed as
// headcount or as a contact forecast (average handle time, service level target, shrinkage,
// chats at once) that Erlang C staffs live. The grid shows what was typed and the freelancers
// it needs; the chart draws the selected day. Changes stay in a draft until Save, which is one
// undoable edit for the skill's whole plan.
class DemandPanel : public QWidget
{
    Q_OBJECT
public:
    using Apply = std::function<bool(std::unique_ptr<Edit>)>;

    DemandPanel(std::function<Database*()> database, Apply apply, QWidget* parent = nullptr);

    // Reads the skills and the interval length; keeps an unsaved draft of the shown skill.
    void reload();
    // A freelancer sees the demand but cannot change it.
    void setActor(const Actor& actor);

    void selectSkill(Id skillId);
    void selectDay(const DemandDay& day);
    // Adds an override of `date` starting from that weekday's pattern, and selects it.
    void addOverride(QDate date);
    void removeOverride(QDate date);
    // Rewrites the draft in the planning interval length (see DemandExpansion: exact to shorter
    // intervals, the busiest part or the contacts' sum to longer ones); a length that cannot be
    // converted starts the curves again, empty. Saved with Save, undone with Undo.
    void convertToPlanningInterval();
    // Saves the draft as one edit; false (the reason in the status line) when refused.
    bool save();
    void discard();

    bool hasUnsavedChanges() const { return m_dirty; }
    const DemandPlan& draft() const { return m_draft; }
    DemandDayModel* dayModel() const { return m_model; }
    QTableView* grid() const { return m_grid; }
    DemandCurveChart* curveChart() const { return m_chart; }
    QComboBox* inputBox() const { return m_input; }
    QDoubleSpinBox* handleSeconds() const { return m_handle; }
    QDoubleSpinBox* serviceLevel() const { return m_serviceLevel; }
    QDoubleSpinBox* shrinkage() const { return m_shrinkage; }
    QSpinBox* concurrency() const { return m_concurrency; }
    QPushButton* saveButton() const { return m_save; }
    QLabel* intervalNote() const { return m_intervalNote; }
    QPushButton* convertButton() const { return m_convert; }
    const QString& status() const { return m_statusText; }

private:
    void loadSkill(Id skillId);
    void showDraft();
    void fillDayList();
    void updateChart();
    void forecastEdited();
    void markDirty();
    void showIntervalNote();
    void setStatus(const QString& text, bool error);
    void pasteIntoGrid();
    QString dayTitle(const DemandDay& day) const;
    Id currentSkill() const;

    std::function<Database*()> m_database;
    Apply m_apply;
    Actor m_actor = Actor::teamLead();
    QList<Skill> m_skills;
    int m_intervalMinutes = 30;         // the draft's own interval length, as the grid shows it
    int m_planningIntervalMinutes = 30; // the file's, as coverage and the solver count
    DemandPlan m_draft;
    bool m_dirty = false;
    bool m_filling = false;
    QString m_statusText;

    QComboBox* m_skill;
    QComboBox* m_input;
    QWidget* m_forecastBox;
    QDoubleSpinBox* m_handle;
    QDoubleSpinBox* m_serviceLevel;
    QDoubleSpinBox* m_answer;
    QDoubleSpinBox* m_shrinkage;
    QSpinBox* m_concurrency;
    QListWidget* m_days;
    QDateEdit* m_overrideDate;
    QPushButton* m_addOverride;
    QPushButton* m_removeOverride;
    QTableView* m_grid;
    DemandDayModel* m_model;
    DemandCurveChart* m_chart;
    QLabel* m_intervalNote;
    QPushButton* m_convert;
    QLabel* m_summary;
    QLabel* m_status;
    QPushButton* m_save;
    QPushButton* m_discard;
};

} // namespace shiftlane::ui
