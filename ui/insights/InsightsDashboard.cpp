#include "insights/InsightsDashboard.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QScrollArea>
#include <QSet>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <functional>

namespace shiftlane::ui {

namespace {

// A chart view with "Save as PNG…" in its context menu.
class ChartView : public QChartView
{
public:
    ChartView(QChart* chart, std::function<void()> save, QWidget* parent)
        : QChartView(chart, parent), m_save(std::move(save))
    {}

protected:
    void contextMenuEvent(QContextMenuEvent* event) override
    {
        QMenu menu(this);
        menu.addAction(InsightsDashboard::tr("Save chart as PNG…"), m_save);
        menu.exec(event->globalPos());
    }

private:
    std::function<void()> m_save;
};

double hours(qint64 minutes)
{
    return double(minutes) / 60.0;
}

double amount(qint64 cents)
{
    return double(cents) / 100.0;
}

// A value axis from zero to a little above the highest value, with round ticks.
QValueAxis* valueAxis(double highest, const QString& title, const QString& format)
{
    auto* axis = new QValueAxis;
    const double top = std::max(1.0, highest);
    const double magnitude = std::pow(10.0, std::floor(std::log10(top)));
    double step = magnitude;
    for (const double factor : {0.2, 0.25, 0.5, 1.0})
        if (top / (magnitude * factor) <= 8) {
            step = magnitude * factor;
            break;
        }
    axis->setRange(0, std::ceil(top * 1.05 / step) * step);
    axis->setTickCount(int(std::lround(axis->max() / step)) + 1);
    axis->setLabelFormat(format);
    axis->setTitleText(title);
    return axis;
}

// Many categories (freelancers; the days of a long period) get vertical labels.
QBarCategoryAxis* categoryAxis(const QStringList& categories, int verticalAbove = 10)
{
    auto* axis = new QBarCategoryAxis;
    axis->append(categories);
    if (categories.size() > verticalAbove) {
        // A vertical name needs no more width than the text's height and, unlike a slanted
        // one, sits right under its bar; Qt would otherwise cut each to "..." for lack of room.
        axis->setLabelsAngle(-90);
        axis->setTruncateLabels(false);
    }
    return axis;
}

void clear(QChart* chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

void attach(QChart* chart, QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

// Markers for a contract's minimum or maximum above each category's bar.
QScatterSeries* limitMarkers(const QString& name, const QList<double>& values, const QColor& color)
{
    auto* markers = new QScatterSeries;
    markers->setName(name);
    markers->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    markers->setMarkerSize(7);
    markers->setColor(color);
    markers->setBorderColor(color.darker(150));
    for (qsizetype i = 0; i < values.size(); ++i)
        markers->append(double(i), values[i]);
    return markers;
}

// 0 to 100 %: shares that cannot exceed the whole.
QValueAxis* percentAxis(const QString& title)
{
    auto* axis = new QValueAxis;
    axis->setRange(0, 100);
    axis->setTickCount(6);
    axis->setLabelFormat(QStringLiteral("%.0f%%"));
    axis->setTitleText(title);
    return axis;
}

const QColor BarColor(0x4a, 0x90, 0xd9);
const QColor MinColor(0xe6, 0x9f, 0x00);
const QColor MaxColor(0xc0, 0x20, 0x20);

} // namespace

InsightsDashboard::InsightsDashboard(QWidget* parent) : QWidget(parent), m_summary(new QLabel(this))
{
    auto* page = new QWidget;
    auto* grid = new QGridLayout(page);
    grid->setContentsMargins(6, 6, 6, 6);
    grid->setSpacing(8);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(m_summary, 0, 0);

    const auto addChart = [&](Chart which, int row, int height) {
        auto* chart = new QChart;
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->setBackgroundRoundness(0);
        chart->setMargins(QMargins(4, 4, 4, 4));
        chart->legend()->setAlignment(Qt::AlignTop);
        auto* view = new ChartView(
            chart, [this, which] { chooseFileAndSave(which); }, page);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(height);
        view->setObjectName(QStringLiteral("insightsChart%1").arg(int(which)));
        auto* save = new QToolButton(view);
        save->setText(tr("Save PNG…"));
        save->setToolTip(tr("Save this chart as a PNG picture"));
        save->setAutoRaise(true);
        connect(save, &QToolButton::clicked, this, [this, which] { chooseFileAndSave(which); });
        auto* corner = new QHBoxLayout(view);
        corner->setContentsMargins(0, 0, 2, 0);
        corner->addStretch(1);
        corner->addWidget(save, 0, Qt::AlignTop);
        m_views[std::size_t(which)] = view;
        grid->addWidget(view, row, 0);
    };
    // A chart per freelancer needs room under its plot for their names, upright.
    constexpr int PerFreelancer = 440;
    constexpr int Other = 330;
    addChart(Chart::Hours, 1, PerFreelancer);
    addChart(Chart::Pay, 2, PerFreelancer);
    addChart(Chart::WeeklyPay, 3, PerFreelancer);
    addChart(Chart::AskedGot, 4, PerFreelancer);
    addChart(Chart::Preferred, 5, PerFreelancer);
    addChart(Chart::Coverage, 6, Other);
    addChart(Chart::CostPerWeek, 7, Other);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    redraw();
}

void InsightsDashboard::setSnapshot(const ScheduleSnapshot& snapshot)
{
    m_snapshot = snapshot;
    m_stale = true;
    if (isVisible())
        refresh();
}

void InsightsDashboard::setReadScope(const ReadScope& scope)
{
    m_scope = scope;
    chartView(Chart::CostPerWeek)->setVisible(scope.isWholeTeam());
    m_stale = true;
    if (isVisible())
        refresh();
}

const Insights& InsightsDashboard::insights()
{
    if (m_stale)
        refresh();
    return m_insights;
}

void InsightsDashboard::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void InsightsDashboard::refresh()
{
    m_stale = false;
    // Computed from the whole team (coverage counts everyone), then cut to what may be read.
    m_insights = m_snapshot ? m_scope.restrict(Insights::compute(*m_snapshot)) : Insights();
    redraw();
}

QChart* InsightsDashboard::chart(Chart which) const
{
    return m_views[std::size_t(which)]->chart();
}

QChartView* InsightsDashboard::chartView(Chart which) const
{
    return m_views[std::size_t(which)];
}

bool InsightsDashboard::saveChart(Chart which, const QString& path) const
{
    return chartView(which)->grab().save(path, "PNG");
}

void InsightsDashboard::chooseFileAndSave(Chart which)
{
    QString name = chart(which)->title();
    name.replace(QRegularExpression(QStringLiteral("[^\\w-]+")), QStringLiteral("-"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save chart"), name.left(60) + QStringLiteral(".png"), tr("PNG pictures (*.png)"));
    if (!path.isEmpty() && !saveChart(which, path))
        m_summary->setText(tr("Could not write %1.").arg(path));
}

QString InsightsDashboard::payUnit() const
{
    QSet<QString> currencies;
    for (const FreelancerInsight& f : m_insights.freelancers)
        currencies.insert(f.currency);
    return currencies.size() == 1 ? *currencies.begin() : tr("each freelancer's currency");
}

void InsightsDashboard::redraw()
{
    for (QChartView* view : m_views)
        clear(view->chart());
    const QLocale locale;
    if (!m_insights.period.isValid()) {
        m_summary->setText(tr("Open a schedule to see its insights."));
        for (QChartView* view : m_views)
            view->chart()->setTitle(QString());
        return;
    }
    qint64 paid = 0;
    int belowMin = 0;
    int aboveMax = 0;
    for (const FreelancerInsight& f : m_insights.freelancers) {
        paid += f.paidMinutes;
        belowMin += f.paidMinutes < f.minMinutes ? 1 : 0;
        aboveMax += f.paidMinutes > f.maxMinutes ? 1 : 0;
    }
    const auto preferred = m_insights.preferredShare();
    const QString preferredText =
        preferred ? locale.toString(*preferred * 100, 'f', 0) + QLatin1Char('%') : tr("no shifts");
    if (!m_scope.isWholeTeam()) {
        const FreelancerInsight* own =
            m_insights.freelancers.isEmpty() ? nullptr : &m_insights.freelancers.first();
        m_summary->setText(
            own ? tr("<b>%1 – %2</b>: your %3 scheduled hours (your contract: %4–%5), %6 of your "
                     "shift time in preferred hours. The coverage chart is the whole team's; "
                     "the figures of other freelancers are not shown.")
                      .arg(locale.toString(m_insights.period.first, QLocale::ShortFormat),
                           locale.toString(m_insights.period.last, QLocale::ShortFormat),
                           locale.toString(hours(own->paidMinutes), 'f', 1),
                           locale.toString(hours(own->minMinutes), 'f', 0),
                           locale.toString(hours(own->maxMinutes), 'f', 0), preferredText)
                : tr("You are not in this file's team any more."));
    } else {
        m_summary->setText(
            tr("<b>%1 – %2</b>: %3 scheduled hours; %4 of %5 freelancers below their minimum, %6 "
               "above their maximum; %7 of shift time in preferred hours.")
                .arg(locale.toString(m_insights.period.first, QLocale::ShortFormat),
                     locale.toString(m_insights.period.last, QLocale::ShortFormat),
                     locale.toString(hours(paid), 'f', 1))
                .arg(belowMin)
                .arg(m_insights.freelancers.size())
                .arg(aboveMax)
                .arg(preferredText));
    }
    drawHours();
    drawPay();
    drawWeeklyPay();
    drawAskedGot();
    drawPreferred();
    drawCoverage();
    drawCost();
}

void InsightsDashboard::drawHours()
{
    QChart* c = chart(Chart::Hours);
    c->setTitle(tr("Hours per freelancer against their contract"));
    QStringList names;
    auto* scheduled = new QBarSet(tr("Scheduled hours"));
    scheduled->setColor(BarColor);
    QList<double> mins;
    QList<double> maxes;
    double highest = 0;
    for (const FreelancerInsight& f : m_insights.freelancers) {
        names << f.name;
        scheduled->append(hours(f.paidMinutes));
        mins << hours(f.minMinutes);
        maxes << hours(f.maxMinutes);
        highest = std::max({highest, hours(f.paidMinutes), hours(f.maxMinutes)});
    }
    auto* bars = new QBarSeries;
    bars->append(scheduled);
    auto* x = categoryAxis(names);
    auto* y = valueAxis(highest, tr("Hours"), QStringLiteral("%.0f"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    attach(c, bars, x, y);
    attach(c, limitMarkers(tr("Minimum"), mins, MinColor), x, y);
    attach(c, limitMarkers(tr("Maximum"), maxes, MaxColor), x, y);
}

void InsightsDashboard::drawPay()
{
    QChart* c = chart(Chart::Pay);
    c->setTitle(
        tr("Pay in the period against the contract's minimum and maximum (%1)").arg(payUnit()));
    QStringList names;
    auto* pay = new QBarSet(tr("Pay"));
    pay->setColor(QColor(0x2c, 0xa0, 0x2c));
    QList<double> mins;
    QList<double> maxes;
    double highest = 0;
    for (const FreelancerInsight& f : m_insights.freelancers) {
        names << f.name;
        pay->append(amount(f.payCents));
        mins << amount(f.minPayCents);
        maxes << amount(f.maxPayCents);
        highest = std::max({highest, amount(f.payCents), amount(f.maxPayCents)});
    }
    auto* bars = new QBarSeries;
    bars->append(pay);
    auto* x = categoryAxis(names);
    auto* y = valueAxis(highest, tr("Pay (%1)").arg(payUnit()), QStringLiteral("%.0f"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    attach(c, bars, x, y);
    attach(c, limitMarkers(tr("Pay at the minimum hours"), mins, MinColor), x, y);
    attach(c, limitMarkers(tr("Pay at the maximum hours"), maxes, MaxColor), x, y);
}

void InsightsDashboard::drawWeeklyPay()
{
    QChart* c = chart(Chart::WeeklyPay);
    c->setTitle(tr("Pay per week, and how much it swings from week to week (income risk)"));
    const QLocale locale;
    QStringList names;
    for (const FreelancerInsight& f : m_insights.freelancers)
        names << f.name;
    auto* bars = new QBarSeries;
    double highest = 0;
    for (qsizetype w = 0; w < m_insights.weeks.size(); ++w) {
        auto* set = new QBarSet(
            tr("Week of %1")
                .arg(locale.toString(m_insights.weeks[w].first, QStringLiteral("d MMM"))));
        for (const FreelancerInsight& f : m_insights.freelancers) {
            set->append(amount(f.weeklyPayCents.value(w)));
            highest = std::max(highest, amount(f.weeklyPayCents.value(w)));
        }
        bars->append(set);
    }
    auto* variation = new QScatterSeries;
    variation->setName(tr("Variability (std. dev. ÷ mean)"));
    variation->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    variation->setMarkerSize(8);
    variation->setColor(QColor(0x94, 0x67, 0xbd));
    double highestVariation = 0;
    for (qsizetype i = 0; i < m_insights.freelancers.size(); ++i)
        if (const auto cv = m_insights.freelancers[i].payVariation) {
            variation->append(double(i), *cv * 100);
            highestVariation = std::max(highestVariation, *cv * 100);
        }
    auto* x = categoryAxis(names);
    auto* y = valueAxis(highest, tr("Pay (%1)").arg(payUnit()), QStringLiteral("%.0f"));
    auto* right = valueAxis(std::max(100.0, highestVariation), tr("Variability (%)"),
                            QStringLiteral("%.0f%%"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    c->addAxis(right, Qt::AlignRight);
    attach(c, bars, x, y);
    attach(c, variation, x, right);
}

void InsightsDashboard::drawAskedGot()
{
    QChart* c = chart(Chart::AskedGot);
    c->setTitle(tr("Hours asked for (available, of which preferred) and hours got"));
    QStringList names;
    auto* available = new QBarSet(tr("Available hours"));
    auto* preferred = new QBarSet(tr("Preferred hours"));
    auto* got = new QBarSet(tr("Scheduled hours"));
    available->setColor(QColor(0xc7, 0xc7, 0xc7));
    preferred->setColor(QColor(0x98, 0xdf, 0x8a));
    got->setColor(BarColor);
    double highest = 0;
    for (const FreelancerInsight& f : m_insights.freelancers) {
        names << f.name;
        available->append(hours(f.availableMinutes));
        preferred->append(hours(f.preferredMinutes));
        got->append(hours(f.paidMinutes));
        highest = std::max({highest, hours(f.availableMinutes), hours(f.paidMinutes)});
    }
    auto* bars = new QBarSeries;
    bars->append({available, preferred, got});
    auto* x = categoryAxis(names);
    auto* y = valueAxis(highest, tr("Hours"), QStringLiteral("%.0f"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    attach(c, bars, x, y);
}

void InsightsDashboard::drawPreferred()
{
    QChart* c = chart(Chart::Preferred);
    const auto team = m_insights.preferredShare();
    c->setTitle(team ? tr("Share of shift time in preferred hours (team: %1%)")
                           .arg(QLocale().toString(*team * 100, 'f', 0))
                     : tr("Share of shift time in preferred hours"));
    QStringList names;
    auto* share = new QBarSet(tr("In preferred hours"));
    share->setColor(QColor(0x17, 0xbe, 0xcf));
    for (const FreelancerInsight& f : m_insights.freelancers) {
        names << f.name;
        share->append(f.preferredShare().value_or(0.0) * 100);
    }
    auto* bars = new QBarSeries;
    bars->append(share);
    auto* x = categoryAxis(names);
    auto* y = percentAxis(tr("% of shift time"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    attach(c, bars, x, y);
}

void InsightsDashboard::drawCoverage()
{
    QChart* c = chart(Chart::Coverage);
    c->setTitle(tr("Demand met per skill and day"));
    const QLocale locale;
    QStringList days;
    for (QDate d = m_insights.period.first; d <= m_insights.period.last; d = d.addDays(1))
        days << locale.toString(d, QStringLiteral("ddd d"));
    auto* x = categoryAxis(days, 21); // two weeks of "Mon 30" fit the full width
    auto* y = percentAxis(tr("% of demand met"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    for (const SkillCoverageInsight& skill : m_insights.coverage) {
        auto* line = new QLineSeries;
        line->setName(skill.name);
        QColor color(skill.color);
        line->setPen(QPen(color.isValid() ? color : QColor(Qt::gray), 2));
        line->setPointsVisible(true);
        // Days without demand for the skill have no point: there is nothing to meet.
        for (int day = 0; day < skill.demanded.size(); ++day)
            if (const auto share = skill.share(day))
                line->append(double(day), *share * 100);
        attach(c, line, x, y);
    }
}

void InsightsDashboard::drawCost()
{
    QChart* c = chart(Chart::CostPerWeek);
    c->setTitle(tr("Cost per week"));
    const QLocale locale;
    QStringList weeks;
    for (const InsightWeek& w : m_insights.weeks)
        weeks << tr("Week of %1").arg(locale.toString(w.first, QStringLiteral("d MMM")));
    auto* bars = new QBarSeries;
    double highest = 0;
    for (const WeeklyCost& cost : m_insights.costPerWeek) {
        auto* set = new QBarSet(cost.currency);
        for (const qint64 cents : cost.cents) {
            set->append(amount(cents));
            highest = std::max(highest, amount(cents));
        }
        bars->append(set);
    }
    bars->setLabelsVisible(true);
    bars->setLabelsFormat(QStringLiteral("@value"));
    bars->setLabelsPrecision(8);
    auto* x = categoryAxis(weeks);
    auto* y = valueAxis(highest,
                        m_insights.costPerWeek.size() == 1
                            ? tr("Cost (%1)").arg(m_insights.costPerWeek[0].currency)
                            : tr("Cost"),
                        QStringLiteral("%.0f"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    attach(c, bars, x, y);
}

} // namespace shiftlane::ui
