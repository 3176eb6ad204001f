#include "coverage/CoverageChartWidget.h"
#include "demo/DemoTeam.h"
#include "schedule/Coverage.h"
#include "storage/Repositories.h"

#include <catch2/catch.hpp>

#include <QAbstractAxis>
#include <QChart>
#include <QComboBox>
#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QValueAxis>

using namespace shiftlane;
using shiftlane::ui::CoverageChartWidget;

namespace {

const QDate Monday(2026, 11, 30);

struct Demo
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db = Database::create(dir.filePath(QStringLiteral("d.shiftlane")));
    PlanningPeriod period{Monday, Monday.addDays(13)};

    Demo()
    {
        DemoOptions options;
        options.start = Monday;
        options.freelancers = 30;
        writeDemoTeam(*db, options);
    }
    ScheduleSnapshot snapshot() const { return ScheduleSnapshot::load(*db, period); }
};

QList<int> scheduledColumn(const QList<CoverageInterval>& values)
{
    QList<int> column;
    for (const CoverageInterval& v : values)
        column.append(v.scheduled);
    return column;
}

QComboBox* skillBox(CoverageChartWidget& widget)
{
    for (QComboBox* box : widget.findChildren<QComboBox*>())
        if (box->itemText(0) == QStringLiteral("All skills"))
            return box;
    return nullptr;
}

} // namespace

TEST_CASE("The chart's numbers equal the core's coverage for every day and skill")
{
    Demo demo;
    CoverageChartWidget widget;
    widget.setSnapshot(demo.snapshot());
    // The reference is computed from its own load of the same period.
    const ScheduleSnapshot snapshot = demo.snapshot();
    const Coverage coverage(snapshot);

    CHECK(widget.day() == Monday);
    CHECK(widget.skill() == Coverage::AllSkills);
    qint64 demanded = 0;
    qint64 scheduled = 0;
    for (QDate day = demo.period.first; day <= demo.period.last; day = day.addDays(1)) {
        widget.setDay(day);
        REQUIRE(widget.day() == day);
        widget.setSkill(Coverage::AllSkills);
        INFO(day.toString(Qt::ISODate).toStdString());
        CHECK(widget.currentValues() == coverage.ofDay(day));
        // All skills: one band per skill, each its own numbers.
        CHECK(widget.drawnSkills() == coverage.skillsOn(day));
        for (const Id skill : coverage.skillsOn(day))
            CHECK(widget.scheduledOf(skill) == scheduledColumn(coverage.ofDay(day, skill)));
        for (const Skill& skill : snapshot.skills) {
            widget.setSkill(skill.id);
            REQUIRE(widget.skill() == skill.id);
            INFO(skill.name.toStdString());
            CHECK(widget.currentValues() == coverage.ofDay(day, skill.id));
            CHECK(widget.drawnSkills() == QList<Id>{skill.id});
            const CoverageTotals totals = CoverageTotals::of(widget.currentValues());
            demanded += totals.demanded;
            scheduled += totals.scheduled;
        }
    }
    CHECK(demanded > 0); // the comparison is not vacuous
    CHECK(scheduled > 0);
}

TEST_CASE("The day and skill selectors switch the chart and say so")
{
    Demo demo;
    CoverageChartWidget widget;
    widget.setSnapshot(demo.snapshot());
    const Coverage coverage(demo.snapshot());
    QSignalSpy days(&widget, &CoverageChartWidget::dayChanged);
    QSignalSpy skills(&widget, &CoverageChartWidget::skillChanged);

    QComboBox* box = skillBox(widget);
    REQUIRE(box != nullptr);
    REQUIRE(box->count() == demo.snapshot().skills.size() + 1);
    box->setCurrentIndex(1);
    const Id first = demo.snapshot().skills.first().id;
    REQUIRE(skills.count() == 1);
    CHECK(skills.first().first().toLongLong() == first);
    CHECK(widget.currentValues() == coverage.ofDay(Monday, first));

    QToolButton* next = nullptr;
    for (QToolButton* b : widget.findChildren<QToolButton*>())
        if (b->arrowType() == Qt::RightArrow)
            next = b;
    REQUIRE(next != nullptr);
    QTest::mouseClick(next, Qt::LeftButton);
    REQUIRE(days.count() == 1);
    CHECK(days.first().first().toDate() == Monday.addDays(1));
    CHECK(widget.currentValues() == coverage.ofDay(Monday.addDays(1), first));

    widget.setDay(QDate(2030, 1, 1)); // outside the period: ignored
    CHECK(widget.day() == Monday.addDays(1));
}

TEST_CASE("A new snapshot after an edit redraws the chart, keeping day and skill")
{
    Demo demo;
    CoverageChartWidget widget;
    ScheduleSnapshot snapshot = demo.snapshot();
    widget.setSnapshot(snapshot);
    widget.setDay(Monday.addDays(2));
    const QList<CoverageInterval> before = widget.currentValues();

    // Unassign every shift of that day: the edit the main window would pass on.
    const PlanningCalendar calendar = snapshot.calendar();
    int unassigned = 0;
    for (Shift& s : snapshot.shifts)
        if (s.isAssigned() && calendar.dayOf(s.start.toSecsSinceEpoch()) == Monday.addDays(2)) {
            s.freelancerId.reset();
            ++unassigned;
        }
    REQUIRE(unassigned > 0);
    widget.setSnapshot(snapshot);
    CHECK(widget.day() == Monday.addDays(2));
    CHECK(widget.currentValues() != before);
    CHECK(widget.currentValues() == Coverage(snapshot).ofDay(Monday.addDays(2)));
}

TEST_CASE("The coverage chart renders for a manager")
{
    Demo demo;
    CoverageChartWidget widget;
    widget.resize(1200, 300);
    widget.setSnapshot(demo.snapshot());
    widget.show();
    REQUIRE(QTest::qWaitForWindowExposed(&widget));
    CHECK(widget.chart()->series().size() >= 3); // skill bands, shortfall, demand
    CHECK(widget.grab().save(QStringLiteral("/tmp/shiftlane-coverage-all.png")));
    widget.setSkill(demo.snapshot().skills.first().id);
    CHECK(widget.grab().save(QStringLiteral("/tmp/shiftlane-coverage-skill.png")));
}

TEST_CASE("The axes show whole numbers and times, not cut-off labels, in a low dock")
{
    Demo demo;
    CoverageChartWidget widget;
    widget.setSnapshot(demo.snapshot());
    widget.resize(800, 230); // the height the main window's Coverage dock starts with
    widget.show();
    REQUIRE(QTest::qWaitForWindowExposed(&widget));
    QCoreApplication::processEvents();
    for (QAbstractAxis* axis : widget.chart()->axes()) {
        INFO(axis->titleText().toStdString());
        CHECK_FALSE(axis->labelsTruncated());
        // Few enough headcount ticks that Qt Charts draws every label, evenly spaced.
        if (axis->orientation() == Qt::Vertical)
            CHECK(qobject_cast<QValueAxis*>(axis)->tickCount() <= 6);
    }
}
