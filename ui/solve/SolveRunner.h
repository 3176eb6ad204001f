#pragma once

#include "schedule/PlanningModel.h"
#include "solver/Solver.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace shiftlane::ui {

// Runs the solver on a copy of a period off the GUI thread. progress() arrives on the GUI
// thread about twice a second; cancel() stops the search, which then hands back the best
// schedule it found; finished() says result() is ready.
class SolveRunner : public QObject
{
    Q_OBJECT
public:
    SolveRunner(ScheduleSnapshot snapshot, PlanningModel::Mode mode, double seconds,
                QObject* parent = nullptr);
    ~SolveRunner() override;

    void start();
    void cancel();
    bool isRunning() const;

    const PlanningModel& planning() const { return *m_planning; }
    const solver::SolverResult& result() const { return m_result; }

Q_SIGNALS:
    void progress(qint64 hard, qint64 soft, double elapsedSeconds, double movesPerSecond);
    void finished();

private:
    ScheduleSnapshot m_snapshot;
    std::unique_ptr<PlanningModel> m_planning;
    solver::SolverOptions m_options;
    solver::SolverResult m_result;
    std::atomic<bool> m_cancel{false};
    QThread* m_thread = nullptr;
};

} // namespace shiftlane::ui
