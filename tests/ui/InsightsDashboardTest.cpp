// The Insights tab draws exactly the core's figures, follows edits, and saves charts as PNG.
#include "insights/InsightsDashboard.h"
#include "MainWindow.h"
#include "demo/DemoTeam.h"
#include "edit/ScheduleEditor.h"
#include "report/Insights.h"
#include "storage/Repositories.h"

#include <catch2/catch.hpp>

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QImage>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace shiftlane;
using shiftlane::ui::InsightsDashboard;
using Chart = InsightsDashboard::Chart;

namespace {

const QDate Monday(2026, 11, 30);

QString demoFile(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("demo.shiftlane"));
    auto db = Database::create(path);
    DemoOptions options;
    options.start = Monday;
    options.freelancers = 24;
    writeDemoTeam(*db, options);
    return path;
}

template <typename Series> QList<Series*> seriesOf(QChart* chart)
{
    QList<Series*> found;
    for (QAbstractSeries* s : chart->series())
        if (auto* typed = qobject_cast<Series*>(s))
            found.append(typed);
    return found;
}

QBarSet* barSet(QChart* chart, const QString& label)
{
    for (QBarSeries* bars : seriesOf<QBarSeries>(chart))
        for (QBarSet* set : bars->barSets())
            if (set->label() == label)
                return set;
    FAIL("no bar set " << label.toStdString());
    return nullptr;
}

QList<double> valuesOf(QBarSet* set)
{
    QList<double> values;
    for (int i = 0; i < set->count(); ++i)
        values.append(set->at(i));
    return values;
}

QList<QPointF> pointsOf(QChart* chart, const QString& name)
{
    for (QXYSeries* s : seriesOf<QXYSeries>(chart))
        if (s->name() == name)
            return s->points();
    FAIL("no series " << name.toStdString());
    return {};
}

void checkClose(const QList<double>& drawn, const QList<double>& expected)
{
    REQUIRE(drawn.size() == expected.size());
    for (qsizetype i = 0; i < drawn.size(); ++i)
        CHECK(drawn[i] == Approx(expected[i]).margin(1e-9));
}

QList<double> perFreelancer(const Insights& insights,
                            const std::function<double(const FreelancerInsight&)>& value)
{
    QList<double> values;
    for (const FreelancerInsight& f : insights.freelancers)
        values.append(value(f));
    return values;
}

QList<double> ys(const QList<QPointF>& points)
{
    QList<double> values;
    for (const QPointF& p : points)
        values.append(p.y());
    return values;
}

struct OpenDemo
{
    QTemporaryDir dir;
    QString path = demoFile(dir);
    ui::MainWindow window;

    OpenDemo()
    {
        window.show();
        REQUIRE_FALSE(window.openFile(path).has_value());
        auto* tabs = window.findChild<QTabWidget*>();
        tabs->setCurrentWidget(window.insightsDashboard());
    }
    Insights reference()
    {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        return Insights::compute(ScheduleSnapshot::load(*db, window.period()));
    }
};

} // namespace

TEST_CASE("Every chart of the dashboard shows the core's figures")
{
    OpenDemo demo;
    InsightsDashboard& dashboard = *demo.window.insightsDashboard();
    const Insights core = demo.reference(); // from its own load of the same period
    REQUIRE(core.freelancers.size() == 24);
    REQUIRE(core.weeks.size() == 2);

    QChart* hoursChart = dashboard.chart(Chart::Hours);
    checkClose(valuesOf(barSet(hoursChart, QStringLiteral("Scheduled hours"))),
               perFreelancer(core, [](const auto& f) { return f.paidMinutes / 60.0; }));
    checkClose(ys(pointsOf(hoursChart, QStringLiteral("Minimum"))),
               perFreelancer(core, [](const auto& f) { return f.minMinutes / 60.0; }));
    checkClose(ys(pointsOf(hoursChart, QStringLiteral("Maximum"))),
               perFreelancer(core, [](const auto& f) { return f.maxMinutes / 60.0; }));

    QChart* payChart = dashboard.chart(Chart::Pay);
    checkClose(valuesOf(barSet(payChart, QStringLiteral("Pay"))),
               perFreelancer(core, [](const auto& f) { return f.payCents / 100.0; }));
    checkClose(ys(pointsOf(payChart, QStringLiteral("Pay at the maximum hours"))),
               perFreelancer(core, [](const auto& f) { return f.maxPayCents / 100.0; }));

    QChart* weekly = dashboard.chart(Chart::WeeklyPay);
    const QList<QBarSet*> weeks = seriesOf<QBarSeries>(weekly).value(0)->barSets();
    REQUIRE(weeks.size() == 2);
    for (int w = 0; w < 2; ++w)
        checkClose(valuesOf(weeks[w]),
                   perFreelancer(core, [w](const auto& f) { return f.weeklyPayCents[w] / 100.0; }));
    QList<double> variation;
    for (const FreelancerInsight& f : core.freelancers)
        if (f.payVariation)
            variation.append(*f.payVariation * 100);
    REQUIRE_FALSE(variation.isEmpty());
    checkClose(ys(pointsOf(weekly, QStringLiteral("Variability (std. dev. ÷ mean)"))), variation);

    QChart* asked = dashboard.chart(Chart::AskedGot);
    checkClose(valuesOf(barSet(asked, QStringLiteral("Available hours"))),
               perFreelancer(core, [](const auto& f) { return f.availableMinutes / 60.0; }));
    checkClose(valuesOf(barSet(asked, QStringLiteral("Preferred hours"))),
               perFreelancer(core, [](const auto& f) { return f.preferredMinutes / 60.0; }));
    checkClose(valuesOf(barSet(asked, QStringLiteral("Scheduled hours"))),
               perFreelancer(core, [](const auto& f) { return f.paidMinutes / 60.0; }));

    checkClose(
        valuesOf(barSet(dashboard.chart(Chart::Preferred), QStringLiteral("In preferred hours"))),
        perFreelancer(core, [](const auto& f) { return f.preferredShare().value_or(0.0) * 100; }));

    QChart* coverage = dashboard.chart(Chart::Coverage);
    REQUIRE(seriesOf<QLineSeries>(coverage).size() == core.coverage.size());
    for (const SkillCoverageInsight& skill : core.coverage) {
        QList<QPointF> expected;
        for (int day = 0; day < skill.demanded.size(); ++day)
            if (const auto share = skill.share(day))
                expected.append({double(day), *share * 100});
        const QList<QPointF> drawn = pointsOf(coverage, skill.name);
        REQUIRE(drawn.size() == expected.size());
        for (qsizetype i = 0; i < drawn.size(); ++i) {
            CHECK(drawn[i].x() == expected[i].x());
            CHECK(drawn[i].y() == Approx(expected[i].y()));
        }
    }

    QChart* cost = dashboard.chart(Chart::CostPerWeek);
    REQUIRE(core.costPerWeek.size() == 1);
    QList<double> expectedCost;
    for (const qint64 cents : core.costPerWeek[0].cents)
        expectedCost.append(cents / 100.0);
    checkClose(valuesOf(barSet(cost, core.costPerWeek[0].currency)), expectedCost);
}

TEST_CASE("The dashboard follows an edit of the schedule")
{
    OpenDemo demo;
    InsightsDashboard& dashboard = *demo.window.insightsDashboard();
    const ScheduleSnapshot& snapshot = demo.window.snapshot();
    const PlanningCalendar calendar = snapshot.calendar();
    const Shift* shift = nullptr;
    for (const Shift& s : snapshot.shifts)
        if (s.freelancerId && snapshot.period.contains(calendar.dayOf(s.start.toSecsSinceEpoch())))
            shift = &s;
    REQUIRE(shift);
    const Id who = *shift->freelancerId;
    const qint64 paid = shift->paidMinutes();
    qsizetype row = -1;
    for (qsizetype i = 0; i < dashboard.insights().freelancers.size(); ++i)
        if (dashboard.insights().freelancers[i].freelancerId == who)
            row = i;
    REQUIRE(row >= 0);
    QBarSet* before = barSet(dashboard.chart(Chart::Hours), QStringLiteral("Scheduled hours"));
    const double hoursBefore = before->at(row);

    REQUIRE(demo.window.applyChange(ScheduleEditor(snapshot).requestDelete({shift->id})));
    QBarSet* after = barSet(dashboard.chart(Chart::Hours), QStringLiteral("Scheduled hours"));
    CHECK(after->at(row) == Approx(hoursBefore - paid / 60.0));
    CHECK(after->at(row) == Approx(demo.reference().freelancers[row].paidMinutes / 60.0));
}

TEST_CASE("A chart is saved as a PNG of what the view shows")
{
    OpenDemo demo;
    InsightsDashboard& dashboard = *demo.window.insightsDashboard();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hours.png"));
    REQUIRE(dashboard.saveChart(Chart::Hours, path));
    const QImage image(path);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.size() == dashboard.chartView(Chart::Hours)->grab().size());
    CHECK(image.width() > 300);
    CHECK_FALSE(dashboard.saveChart(Chart::Hours, dir.filePath(QStringLiteral("no/such/x.png"))));
}
