#include "solve/SolveRunner.h"

#include <QThread>

namespace shiftlane::ui {

SolveRunner::SolveRunner(ScheduleSnapshot snapshot, PlanningModel::Mode mode, double seconds,
                         QObject* parent)
    : QObject(parent), m_snapshot(std::move(snapshot)),
      m_planning(std::make_unique<PlanningModel>(m_snapshot, mode))
{
    m_options.timeLimitSeconds = seconds;
    m_options.progressIntervalSeconds = 0.5;
    m_options.search = m_planning->searchParameters();
    if (mode == PlanningModel::Mode::KeepWhatYouCan)
        m_options.warmStart = m_planning->current();
}

SolveRunner::~SolveRunner()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

void SolveRunner::start()
{
    m_thread = QThread::create([this] {
        m_result = solver::solve(
            m_planning->model(), m_options,
            [this](const solver::SolverProgress& p) {
                Q_EMIT progress(p.best.hard, p.best.soft, p.elapsedSeconds, p.movesPerSecond);
            },
            &m_cancel);
    });
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, &SolveRunner::finished);
    m_thread->start();
}

void SolveRunner::cancel()
{
    m_cancel = true;
}

bool SolveRunner::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

} // namespace shiftlane::ui
