#pragma once

#include "edit/ReadScope.h"
#include "schedule/ScheduleSnapshot.h"
#include "solver/Score.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QWidget>

#include <cstdint>
#include <memory>

class QComboBox;
class QLabel;
class QModelIndex;
class QSortFilterProxyModel;
class QTableView;
class QThread;

namespace shiftlane::ui {

class BrokenRulesModel;

// One row of the broken-rules dock.
struct BrokenRule
{
    enum class Source
    {
        Engine, // a term of the solver's score (solver::explain), in PlanningModel's words
        Shift,  // a hard rule one placed shift breaks (RuleChecker), in the tooltip's words
    };
    enum class Category
    {
        Hard,     // hard rules: the schedule is not valid while one is broken
        Coverage, // demand short or over-covered
        Cost,     // pay, unpreferred hours, fairness, moved assignments
    };
    Source source = Source::Engine;
    Category category = Category::Hard;
    QString rule;             // in words
    QString freelancer;       // name, or empty (coverage)
    QString when;             // the shift's times, the day(s) or the interval, planning zone
    qint64 whenUtc = 0;       // sort key: the first instant it is about
    QString weight;           // "hard", "hard ×3", or the soft penalty in the user's weight units
    std::int64_t penalty = 0; // engine units (hard count or soft); 0 for Shift rows
    Id shiftId = NoId;        // the shift it is about, if one
    Id freelancerId = NoId;   // the freelancer it is about, if one
    QDate day;                // the (first) planning day it is about, if one
};

// The broken-rules dock: every broken rule of the period as the engine explains the score
// (PlanningModel in FillFromScratch mode, solver::explain of the current schedule), plus the
// per-shift hard rule breaks of RuleChecker::checkAll(); the total score above. Columns Rule,
// Freelancer, When, Weight; sortable; a filter by category. Clicking a row emits
// shiftActivated if the row is about a shift, else freelancerActivated, else dayActivated.
class BrokenRulesPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        RuleColumn,
        FreelancerColumn,
        WhenColumn,
        WeightColumn,
        ColumnCount
    };
    enum class Filter
    {
        All,
        Hard,
        Coverage,
        Cost,
    };

    explicit BrokenRulesPanel(QWidget* parent = nullptr);
    ~BrokenRulesPanel() override;

    // Recomputes everything from a copy of the snapshot off the GUI thread (building the
    // solver's model of a large period takes a few hundred ms); the rows and the score change
    // when updated() is emitted. Edits that come faster than that are coalesced: only the
    // latest snapshot's result is shown.
    void setSnapshot(const ScheduleSnapshot& snapshot);
    // Whose rules are listed: everyone's for the team lead; for a freelancer only the rows
    // about them (their shifts' breaks, their contract, pay and preferences), the score line
    // counting just those. The team's coverage has its own dock. Applies from the next
    // setSnapshot().
    void setReadScope(const ReadScope& scope) { m_scope = scope; }
    const ReadScope& readScope() const { return m_scope; }
    bool isUpdating() const { return m_worker != nullptr || m_pending != nullptr; }
    void setFilter(Filter filter);

    // Every row, unfiltered, in the order built: engine rows first (explanation order), then
    // the shifts' rule breaks by shift start.
    const QList<BrokenRule>& rules() const { return m_rules; }
    int engineRuleCount() const { return m_engineRules; }
    int shiftRuleCount() const { return int(m_rules.size()) - m_engineRules; }
    // The engine's score of the current schedule: the sum of the engine rows' penalties (for a
    // freelancer, of the rows about them).
    solver::Score score() const { return m_score; }
    // The row behind an index of view()'s model (the sorted, filtered proxy).
    const BrokenRule* ruleAt(const QModelIndex& viewIndex) const;
    QTableView* view() const { return m_view; }

Q_SIGNALS:
    // The rows and the score now show the latest snapshot.
    void updated();
    void shiftActivated(Id shiftId);
    void freelancerActivated(Id freelancerId);
    void dayActivated(QDate day);

private:
    struct Result
    {
        QList<BrokenRule> rules;
        int engineRules = 0;
        solver::Score score;
    };
    static Result compute(const ScheduleSnapshot& snapshot, const ReadScope& scope);
    void startWorker();
    void activate(const QModelIndex& viewIndex);
    void showScore();

    QList<BrokenRule> m_rules;
    int m_engineRules = 0;
    solver::Score m_score;
    bool m_hasSnapshot = false;
    ReadScope m_scope;
    bool m_shownWholeTeam = true; // the scope of the rows shown
    std::shared_ptr<const ScheduleSnapshot> m_pending;
    QThread* m_worker = nullptr;

    QLabel* m_scoreLabel;
    QComboBox* m_filter;
    BrokenRulesModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
};

} // namespace shiftlane::ui
