#include "rules/BrokenRulesPanel.h"
#include "coverage/CoverageChartWidget.h"
#include "demo/DemoTeam.h"
#include "schedule/PlanningModel.h"
#include "schedule/RuleChecker.h"
#include "solver/Explanation.h"
#include "solver/FullScorer.h"
#include "storage/Repositories.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QLabel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace shiftlane;
using shiftlane::ui::BrokenRule;
using shiftlane::ui::BrokenRulesPanel;

namespace {

const QDate Monday(2026, 11, 30);

// The demo's first two weeks, plus a double booking: a copy of an assigned shift (overlap,
// two shifts on one day) that only the rule checker sees on the shift itself.
struct Demo
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db = Database::create(dir.filePath(QStringLiteral("d.shiftlane")));
    ScheduleSnapshot snapshot;
    Id copyId = 987654;

    Demo()
    {
        DemoOptions options;
        options.start = Monday;
        options.freelancers = 30;
        writeDemoTeam(*db, options);
        snapshot = ScheduleSnapshot::load(*db, {Monday, Monday.addDays(13)});
        const PlanningCalendar calendar = snapshot.calendar();
        for (const Shift& s : snapshot.shifts)
            if (s.isAssigned() && calendar.dayOf(s.start.toSecsSinceEpoch()) == Monday.addDays(3)) {
                Shift copy = s;
                copy.id = copyId;
                snapshot.shifts.append(copy);
                break;
            }
    }
};

QModelIndex firstRow(const BrokenRulesPanel& panel,
                     const std::function<bool(const BrokenRule&)>& is)
{
    const QAbstractItemModel* model = panel.view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, BrokenRulesPanel::RuleColumn);
        if (is(*panel.ruleAt(index)))
            return index;
    }
    return {};
}

// setSnapshot works off the GUI thread; the rows change when updated() comes.
void load(BrokenRulesPanel& panel, const ScheduleSnapshot& snapshot)
{
    QSignalSpy updated(&panel, &BrokenRulesPanel::updated);
    panel.setSnapshot(snapshot);
    CHECK(panel.isUpdating());
    REQUIRE(updated.wait(60000));
    CHECK_FALSE(panel.isUpdating());
}

void click(BrokenRulesPanel& panel, const QModelIndex& index)
{
    panel.view()->scrollTo(index);
    const QRect rect = panel.view()->visualRect(index);
    REQUIRE(rect.isValid());
    QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, {}, rect.center());
}

} // namespace

TEST_CASE("The panel lists every rule of the explanation and every rule break on shifts")
{
    Demo demo;
    BrokenRulesPanel panel;
    load(panel, demo.snapshot);

    const PlanningModel planning(demo.snapshot, PlanningModel::Mode::FillFromScratch);
    const auto violations = solver::explain(planning.model(), planning.current());
    qsizetype breaks = 0;
    const auto byShift = RuleChecker(demo.snapshot).checkAll();
    for (const QList<RuleBreak>& list : byShift)
        breaks += list.size();
    REQUIRE(byShift.contains(demo.copyId));
    CHECK(breaks > 0);
    CHECK(panel.engineRuleCount() == qsizetype(violations.size()));
    CHECK(panel.shiftRuleCount() == breaks);
    CHECK(panel.rules().size() == qsizetype(violations.size()) + breaks);
    CHECK(panel.view()->model()->rowCount() == panel.rules().size());
    CHECK(panel.view()->model()->columnCount() == 4);

    // The total is the engine's score; the rows' weights add up to it.
    const solver::Score score = solver::fullScore(planning.model(), planning.current());
    CHECK(panel.score() == score);
    std::int64_t soft = 0;
    for (const BrokenRule& r : panel.rules())
        if (r.source == BrokenRule::Source::Engine && r.category != BrokenRule::Category::Hard)
            soft += r.penalty;
    CHECK(soft == score.soft);
    QString label;
    for (QLabel* l : panel.findChildren<QLabel*>())
        if (l->text().contains(QStringLiteral("Score")))
            label = l->text();
    CHECK(label.contains(QLocale().toString(PlanningModel::softInWeightUnits(score.soft), 'f', 1)));

    // Engine rows read as PlanningModel describes them, without the weight prefix.
    const QStringList lines = planning.describe(violations);
    for (const BrokenRule& r : panel.rules())
        if (r.source == BrokenRule::Source::Engine)
            CHECK(lines.contains(QStringLiteral("[%1] %2").arg(
                r.category == BrokenRule::Category::Hard
                    ? QStringLiteral("hard")
                    : QLocale::c().toString(PlanningModel::softInWeightUnits(r.penalty), 'f', 1),
                r.rule)));
}

TEST_CASE("Edits faster than the check show only the latest schedule")
{
    Demo demo;
    BrokenRulesPanel panel;
    ScheduleSnapshot without = demo.snapshot;
    without.shifts.removeLast(); // the double booking undone
    QSignalSpy updated(&panel, &BrokenRulesPanel::updated);
    panel.setSnapshot(demo.snapshot);
    panel.setSnapshot(without);
    REQUIRE(updated.wait(60000));
    QTest::qWait(50);
    CHECK(updated.count() == 1);
    CHECK_FALSE(panel.isUpdating());
    for (const BrokenRule& r : panel.rules())
        CHECK(r.shiftId != demo.copyId);
    const PlanningModel planning(without, PlanningModel::Mode::FillFromScratch);
    CHECK(panel.engineRuleCount() ==
          qsizetype(solver::explain(planning.model(), planning.current()).size()));
}

TEST_CASE("Rows sort by weight, filter by category, and clicking one names its shift")
{
    Demo demo;
    BrokenRulesPanel panel;
    panel.resize(1100, 420);
    load(panel, demo.snapshot);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    QTableView* view = panel.view();

    // Heaviest first: hard rules on top.
    CHECK(panel.ruleAt(view->model()->index(0, 0))->category == BrokenRule::Category::Hard);
    view->sortByColumn(BrokenRulesPanel::WhenColumn, Qt::AscendingOrder);
    qint64 previous = std::numeric_limits<qint64>::min();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const qint64 when = panel.ruleAt(view->model()->index(row, 0))->whenUtc;
        CHECK(when >= previous);
        previous = when;
    }

    QSignalSpy shifts(&panel, &BrokenRulesPanel::shiftActivated);
    QSignalSpy freelancers(&panel, &BrokenRulesPanel::freelancerActivated);
    QSignalSpy days(&panel, &BrokenRulesPanel::dayActivated);
    const QModelIndex copy = firstRow(panel, [&](const BrokenRule& r) {
        return r.source == BrokenRule::Source::Shift && r.shiftId == demo.copyId;
    });
    REQUIRE(copy.isValid());
    click(panel, copy);
    REQUIRE(shifts.count() == 1);
    CHECK(shifts.first().first().toLongLong() == demo.copyId);
    CHECK(freelancers.isEmpty());

    // An engine rule about a cell names the shift in it too.
    const QModelIndex cell = firstRow(panel, [&](const BrokenRule& r) {
        return r.source == BrokenRule::Source::Engine && r.shiftId != NoId;
    });
    REQUIRE(cell.isValid());
    click(panel, cell);
    REQUIRE(shifts.count() == 2);
    CHECK(shifts.last().first().toLongLong() == panel.ruleAt(cell)->shiftId);

    // Coverage is about a day.
    const QModelIndex cover = firstRow(
        panel, [](const BrokenRule& r) { return r.category == BrokenRule::Category::Coverage; });
    REQUIRE(cover.isValid());
    click(panel, cover);
    REQUIRE(days.count() == 1);
    CHECK(days.first().first().toDate() == panel.ruleAt(cover)->day);
    CHECK(shifts.count() == 2);

    // A freelancer's totals name the freelancer.
    const QModelIndex person = firstRow(
        panel, [](const BrokenRule& r) { return r.shiftId == NoId && r.freelancerId != NoId; });
    if (person.isValid()) {
        click(panel, person);
        REQUIRE(freelancers.count() == 1);
        CHECK(freelancers.first().first().toLongLong() == panel.ruleAt(person)->freelancerId);
    }

    panel.setFilter(BrokenRulesPanel::Filter::Hard);
    int hard = 0;
    for (const BrokenRule& r : panel.rules())
        hard += r.category == BrokenRule::Category::Hard ? 1 : 0;
    CHECK(view->model()->rowCount() == hard);
    panel.setFilter(BrokenRulesPanel::Filter::All);
    CHECK(view->model()->rowCount() == panel.rules().size());

    view->sortByColumn(BrokenRulesPanel::WeightColumn, Qt::DescendingOrder);
    CHECK(panel.grab().save(QStringLiteral("/tmp/shiftlane-broken-rules.png")));
}

// Not run by default: `test_ui_docks "[.bench]"` prints how long the docks take to follow an
// edit on the benchmark size (200 freelancers, 4 weeks).
TEST_CASE("Docks follow an edit of a large period quickly", "[.bench]")
{
    QTemporaryDir dir;
    auto db = Database::create(dir.filePath(QStringLiteral("big.shiftlane")));
    DemoOptions options;
    options.start = Monday;
    options.freelancers = 200;
    options.weeks = 4;
    writeDemoTeam(*db, options);
    const ScheduleSnapshot snapshot = ScheduleSnapshot::load(*db, {Monday, Monday.addDays(27)});
    BrokenRulesPanel panel;
    shiftlane::ui::CoverageChartWidget chart;
    QElapsedTimer timer;
    for (int round = 0; round < 3; ++round) {
        QSignalSpy updated(&panel, &BrokenRulesPanel::updated);
        timer.start();
        panel.setSnapshot(snapshot);
        const qint64 blockedMs = timer.restart();
        chart.setSnapshot(snapshot);
        const qint64 chartMs = timer.elapsed();
        REQUIRE(updated.wait(60000));
        const qint64 rulesMs = timer.elapsed();
        WARN("coverage chart " << chartMs << " ms; broken-rules panel blocks " << blockedMs
                               << " ms, rows after " << rulesMs << " ms (" << panel.rules().size()
                               << " rows)");
    }
}

TEST_CASE("Closing the panel while it checks waits for the check")
{
    Demo demo;
    auto panel = std::make_unique<BrokenRulesPanel>();
    panel->setSnapshot(demo.snapshot);
    panel->setSnapshot(demo.snapshot);
    CHECK(panel->isUpdating());
    panel.reset(); // joins the worker; nothing arrives after
    QTest::qWait(20);
}
