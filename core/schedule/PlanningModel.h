#pragma once

#include "edit/ShiftChange.h"
#include "schedule/ScheduleSnapshot.h"
#include "solver/Explanation.h"
#include "solver/LocalSearch.h"
#include "solver/Model.h"

#include <QList>
#include <QString>

#include <vector>

namespace shiftlane {

// A planning period of the app turned into the solver's flat model (employees × days, one
// shift type or off per cell), and the way back. Rows are freelancers; shift types are the
// templates, plus one type for each shift with custom times (kept where it is). Buckets are
// (skill, planning day, demand interval); a shift fills every interval its wall-clock times
// span, spilling into the next day past midnight. See README "Solving" for the weights.
class PlanningModel
{
public:
    enum class Mode
    {
        FillFromScratch, // unpinned shifts of the period are free to change
        KeepWhatYouCan,  // re-solve: every moved assignment costs the change weight
    };

    // A (skill, day, interval) demand, for explanations and coverage figures.
    struct Bucket
    {
        Id skillId = NoId;
        QDate day;
        int interval = 0;
    };

    // Demand the schedule cannot meet whatever the solver does, and why.
    struct Unmeetable
    {
        Id skillId = NoId;
        QDate day;
        int firstInterval = 0;
        int lastInterval = 0;
        int missing = 0; // freelancer-intervals short in that range
        QString reason;
    };

    struct Coverage
    {
        qint64 demanded = 0; // freelancer-intervals asked for
        // Of which availability and skills allow: the most that could be covered in each
        // interval by distinct freelancers, each available for a whole shift there and counted
        // once per interval (one person cannot take two skills' calls at once). An upper bound:
        // one shift a day, weekly hours and rest are left out.
        qint64 possible = 0;
        qint64 covered = 0; // of which the roster covers
        double percentOfPossible() const { return possible ? 100.0 * covered / possible : 100.0; }
    };

    PlanningModel(const ScheduleSnapshot& snapshot, Mode mode);

    // A soft score in the units of the user's weights (the engine works in finer units).
    static double softInWeightUnits(std::int64_t soft);

    const solver::Model& model() const { return m_model; }
    // Search settings scaled to this model's weights: a hard unit must outweigh anything one
    // move can gain in soft terms, and the annealing temperatures follow the soft scale.
    solver::SearchParameters searchParameters() const;
    // The schedule as it is now, in model terms (the warm start).
    const solver::Roster& current() const { return m_current; }
    const QList<Unmeetable>& unmeetable() const { return m_unmeetable; }
    const Bucket& bucket(int index) const { return m_buckets[index]; }
    Id freelancerOfRow(int row) const { return m_rows[row]; }
    // The snapshot's shift that current() holds in a cell (a row and a day of the period), or
    // null: an empty cell, or a shift the model keeps outside the cells (a second one that day).
    const Shift* shiftInCell(int row, int day) const;

    // The edit that turns the period's schedule into the roster: unpinned shifts of the
    // period are replaced, pinned and custom ones stay. One undoable change.
    ShiftChange changeTo(const solver::Roster& roster, const QString& name) const;
    Coverage coverage(const solver::Roster& roster) const;
    // Each broken rule in words, most costly first.
    QStringList describe(const std::vector<solver::Violation>& violations) const;

private:
    struct ShiftType
    {
        const ShiftTemplate* shiftTemplate = nullptr; // null: a custom shift's own type
        const Shift* custom = nullptr;
        int startMinute = 0; // wall clock on its day, in the planning zone
        int lengthMinutes = 0;
        Id skillId = NoId;
    };

    void addTypes();
    void placeCurrentShifts();
    void addBuckets();
    void addCells(Mode mode);
    void addRestSuccessions();
    void findUnmeetable();
    // Coverage::possible, from who could fill each bucket.
    qint64 possibleCover(const std::vector<std::vector<int>>& candidates) const;
    int rowOf(Id freelancerId) const;
    solver::CarryIn carryInOf(Id freelancerId) const;
    bool isInCell(const Shift& shift) const;
    int dayOf(const Shift& shift) const;
    QString dayName(QDate day) const;
    QString intervalRange(int first, int last) const;

    const ScheduleSnapshot& m_snapshot;
    PlanningCalendar m_calendar;
    int m_days = 0;
    int m_intervalsPerDay = 0;
    QList<Id> m_rows;
    QList<ShiftType> m_types;
    // A custom shift's type fits one cell, its freelancer's on its day (see addCells).
    QList<int> m_templateTypes;
    QHash<int, QList<int>> m_customTypesOfRow;
    QList<const Shift*> m_replaceable; // unpinned shifts starting in the period
    QList<Bucket> m_buckets;
    QHash<qint64, int> m_bucketIndex;        // packed (skill, day, interval)
    QList<int> m_demand;                     // per bucket, as the user asked
    QList<int> m_fixedCover;                 // per bucket, by shifts outside the model
    QList<int> m_capacity;                   // per bucket, freelancers who could fill it
    qint64 m_possible = 0;                   // see Coverage::possible
    QHash<qint64, const Shift*> m_cellShift; // row * days + day -> the shift in that cell
    solver::Model m_model;
    solver::Roster m_current;
    QList<Unmeetable> m_unmeetable;
};

} // namespace shiftlane
