#pragma once

#include "schedule/Coverage.h"
#include "schedule/ScheduleSnapshot.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <optional>

class QChart;
class QChartView;
class QValueAxis;
class QComboBox;
class QLabel;
class QLineSeries;
class QToolButton;

namespace shiftlane::ui {

// The coverage dock under the timeline: demand against scheduled headcount per demand
// interval of one planning day, for one skill or for all skills stacked by skill colour, with
// the shortfall shaded red. Feed it the period's snapshot after every edit (setSnapshot); the
// day and skill selectors are its own, setDay/setSkill drive them from outside.
class CoverageChartWidget : public QWidget
{
    Q_OBJECT

public:
    explicit CoverageChartWidget(QWidget* parent = nullptr);

    // Recomputes the coverage from the snapshot (nothing of it is kept). The selected day stays
    // if it is in the new period, else the period's first day; the skill stays if it still
    // exists, else "All skills".
    void setSnapshot(const ScheduleSnapshot& snapshot);
    void setDay(QDate day);
    // A skill id, or Coverage::AllSkills.
    void setSkill(Id skillId);
    QDate day() const { return m_day; }
    Id skill() const { return m_skill; }

    // The numbers the chart draws, read back from its series: one entry per interval of the
    // selected day; scheduled is the top of the stack when all skills are shown.
    QList<CoverageInterval> currentValues() const;
    // Scheduled headcount per interval of one skill's band of the stack (all skills shown), or
    // of the single skill shown; empty if that skill is not drawn.
    QList<int> scheduledOf(Id skillId) const;
    // Skills drawn as bands, bottom to top.
    QList<Id> drawnSkills() const;
    QChart* chart() const { return m_chart; }

Q_SIGNALS:
    void dayChanged(QDate day);
    void skillChanged(Id skillId);

private:
    struct Band
    {
        Id skillId = NoId;
        QLineSeries* lower = nullptr;
        QLineSeries* upper = nullptr;
    };

    void rebuildSelectors();
    void redraw();
    QString dayLabel(QDate day) const;
    double heightAt(const QLineSeries* line, int interval) const;

    std::optional<Coverage> m_coverage;
    PlanningPeriod m_period;
    QList<Skill> m_skills;
    QString m_zone;
    QDate m_day;
    Id m_skill = Coverage::AllSkills;
    bool m_updatingSelectors = false;

    QComboBox* m_dayBox;
    QComboBox* m_skillBox;
    QToolButton* m_previous;
    QToolButton* m_next;
    QLabel* m_summary;
    QChart* m_chart;
    QChartView* m_view;
    QValueAxis* m_axisX;
    QValueAxis* m_axisY;
    QLineSeries* m_demand = nullptr;
    QList<Band> m_bands;
};

} // namespace shiftlane::ui
