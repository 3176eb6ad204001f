#include "coverage/CoverageChartWidget.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace shiftlane::ui {

namespace {

QString hhmm(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

QIcon swatch(const QColor& color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color.darker(130));
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(0.5, 0.5, 11, 11), 2, 2);
    return QIcon(pixmap);
}

const QColor ShortfallColor(214, 39, 40);
const QColor DemandColor(32, 32, 32);

} // namespace

CoverageChartWidget::CoverageChartWidget(QWidget* parent)
    : QWidget(parent), m_dayBox(new QComboBox(this)), m_skillBox(new QComboBox(this)),
      m_previous(new QToolButton(this)), m_next(new QToolButton(this)), m_summary(new QLabel(this)),
      m_chart(new QChart()), m_view(new QChartView(m_chart, this)),
      m_axisX(new QValueAxis(m_chart)), m_axisY(new QValueAxis(m_chart))
{
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setToolTip(tr("Previous day"));
    m_next->setArrowType(Qt::RightArrow);
    m_next->setToolTip(tr("Next day"));
    m_dayBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_skillBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 0);
    bar->addWidget(new QLabel(tr("Day:"), this));
    bar->addWidget(m_previous);
    bar->addWidget(m_dayBox);
    bar->addWidget(m_next);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Skill:"), this));
    bar->addWidget(m_skillBox);
    bar->addSpacing(12);
    bar->addWidget(m_summary, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->legend()->setShowToolTips(true);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(200);

    m_axisX->setRange(0, 24);
    m_axisX->setTickCount(13);
    m_axisX->setMinorTickCount(1);
    m_axisX->setLabelFormat(QStringLiteral("%02.0f:00"));
    m_axisY->setLabelFormat(QStringLiteral("%.0f"));
    m_axisY->setTitleText(tr("Freelancers"));
    // In a low dock Qt Charts cut these labels down to "…"; they are a few digits, so they are
    // shown whole.
    m_axisY->setTruncateLabels(false);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);

    connect(m_dayBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_updatingSelectors || index < 0)
            return;
        m_day = m_dayBox->itemData(index).toDate();
        redraw();
        Q_EMIT dayChanged(m_day);
    });
    connect(m_skillBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_updatingSelectors || index < 0)
            return;
        m_skill = m_skillBox->itemData(index).toLongLong();
        redraw();
        Q_EMIT skillChanged(m_skill);
    });
    connect(m_previous, &QToolButton::clicked, this,
            [this] { m_dayBox->setCurrentIndex(std::max(0, m_dayBox->currentIndex() - 1)); });
    connect(m_next, &QToolButton::clicked, this, [this] {
        m_dayBox->setCurrentIndex(std::min(m_dayBox->count() - 1, m_dayBox->currentIndex() + 1));
    });

    redraw();
}

void CoverageChartWidget::setSnapshot(const ScheduleSnapshot& snapshot)
{
    m_coverage.emplace(snapshot);
    m_period = snapshot.period;
    m_skills = snapshot.skills;
    m_zone = QString::fromUtf8(snapshot.settings.planningTimeZone);
    if (!m_period.isValid())
        m_day = QDate();
    else if (!m_period.contains(m_day))
        m_day = m_period.first;
    if (m_skill != Coverage::AllSkills && !snapshot.skill(m_skill))
        m_skill = Coverage::AllSkills;
    rebuildSelectors();
    redraw();
}

void CoverageChartWidget::setDay(QDate day)
{
    if (!m_period.contains(day) || day == m_day)
        return;
    m_dayBox->setCurrentIndex(int(m_period.first.daysTo(day))); // redraws and signals
}

void CoverageChartWidget::setSkill(Id skillId)
{
    const int index = m_skillBox->findData(QVariant::fromValue(qint64(skillId)));
    if (index >= 0 && skillId != m_skill)
        m_skillBox->setCurrentIndex(index); // redraws and signals
}

QString CoverageChartWidget::dayLabel(QDate day) const
{
    return QLocale().toString(day, QStringLiteral("ddd d MMM"));
}

void CoverageChartWidget::rebuildSelectors()
{
    m_updatingSelectors = true;
    m_dayBox->clear();
    if (m_period.isValid())
        for (QDate d = m_period.first; d <= m_period.last; d = d.addDays(1))
            m_dayBox->addItem(dayLabel(d), d);
    if (m_day.isValid())
        m_dayBox->setCurrentIndex(int(m_period.first.daysTo(m_day)));

    m_skillBox->clear();
    m_skillBox->addItem(tr("All skills"), QVariant::fromValue(qint64(Coverage::AllSkills)));
    for (const Skill& s : m_skills)
        m_skillBox->addItem(swatch(QColor(s.color)), s.name, QVariant::fromValue(qint64(s.id)));
    m_skillBox->setCurrentIndex(
        std::max(0, m_skillBox->findData(QVariant::fromValue(qint64(m_skill)))));
    m_updatingSelectors = false;
}

void CoverageChartWidget::redraw()
{
    m_chart->removeAllSeries();
    m_bands.clear();
    m_demand = nullptr;
    const bool hasDay = m_coverage && m_day.isValid();
    m_previous->setEnabled(hasDay && m_day > m_period.first);
    m_next->setEnabled(hasDay && m_day < m_period.last);
    if (!hasDay) {
        m_summary->setText(tr("No schedule open"));
        m_chart->setTitle(QString());
        m_axisY->setRange(0, 1);
        return;
    }

    const int step = m_coverage->intervalMinutes();
    const int n = m_coverage->intervalsPerDay();
    auto x = [step](int interval) { return interval * step / 60.0; };
    // Headcount is constant over an interval: a step line, with a corner only where the
    // headcount changes (no zero-length segments for the pen to draw stubs on).
    auto stepLine = [&](const QList<int>& values, QObject* parent) {
        auto* line = new QLineSeries(parent);
        QList<QPointF> points;
        for (int i = 0; i < n; ++i) {
            const double y = values.value(i);
            if (i == 0 || values.value(i - 1) != values.value(i)) {
                if (i > 0)
                    points.append({x(i), double(values.value(i - 1))});
                points.append({x(i), y});
            }
        }
        points.append({x(n), double(values.value(n - 1))});
        line->replace(points);
        return line;
    };
    auto addSeries = [&](QAbstractSeries* series) {
        m_chart->addSeries(series);
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
    };

    // Bands of scheduled headcount, one per skill, stacked bottom to top.
    QList<Id> skills;
    if (m_skill == Coverage::AllSkills)
        skills = m_coverage->skillsOn(m_day);
    else
        skills = {m_skill};
    QList<int> stacked(n, 0);
    for (const Id skillId : skills) {
        const QList<CoverageInterval> values = m_coverage->ofDay(m_day, skillId);
        QList<int> top = stacked;
        for (int i = 0; i < n; ++i)
            top[i] += values[i].scheduled;
        const Skill* skill = nullptr;
        for (const Skill& s : m_skills)
            if (s.id == skillId)
                skill = &s;
        auto* area = new QAreaSeries;
        Band band{skillId, stepLine(stacked, area), stepLine(top, area)};
        area->setLowerSeries(band.lower);
        area->setUpperSeries(band.upper);
        QColor color(skill ? skill->color : QStringLiteral("#9e9e9e"));
        if (!color.isValid())
            color = QColor(0x9e, 0x9e, 0x9e);
        color.setAlpha(190);
        area->setBrush(color);
        area->setPen(QPen(color.darker(140), 1, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
        area->setName(m_skill == Coverage::AllSkills
                          ? (skill ? skill->name : tr("Unknown skill"))
                          : tr("Scheduled (%1)").arg(skill ? skill->name : tr("unknown skill")));
        addSeries(area);
        m_bands.append(band);
        stacked = top;
    }

    const QList<CoverageInterval> total = m_coverage->ofDay(m_day, m_skill);
    QList<int> demand(n, 0);
    QList<int> ceiling(n, 0);
    int highest = 1;
    int peakShortfall = 0;
    int peakAt = 0;
    for (int i = 0; i < n; ++i) {
        demand[i] = total[i].demanded;
        ceiling[i] = std::max(total[i].demanded, stacked[i]);
        highest = std::max(highest, ceiling[i]);
        if (total[i].shortfall() > peakShortfall) {
            peakShortfall = total[i].shortfall();
            peakAt = i;
        }
    }
    const CoverageTotals totals = CoverageTotals::of(total);
    if (totals.shortfall > 0) {
        // A light red wash with red hatching on top: not to be mistaken for a red skill band.
        for (const bool hatched : {false, true}) {
            auto* shortfall = new QAreaSeries;
            shortfall->setLowerSeries(stepLine(stacked, shortfall));
            shortfall->setUpperSeries(stepLine(ceiling, shortfall));
            QColor wash = ShortfallColor;
            wash.setAlpha(60);
            shortfall->setBrush(hatched ? QBrush(ShortfallColor, Qt::BDiagPattern) : QBrush(wash));
            // No outline: it would trace the scheduled edge where nothing is missing.
            shortfall->setPen(Qt::NoPen);
            shortfall->setName(tr("Shortfall"));
            addSeries(shortfall);
            if (!hatched)
                for (QLegendMarker* marker : m_chart->legend()->markers(shortfall))
                    marker->setVisible(false);
        }
    }
    m_demand = stepLine(demand, nullptr);
    m_demand->setName(tr("Demand"));
    m_demand->setPen(QPen(DemandColor, 2, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
    addSeries(m_demand);

    // Whole-number ticks whatever the headcount, and few enough (at most six) that every label
    // fits in a low dock: Qt Charts drops labels that would overlap, which left uneven ones.
    int tick = 1;
    for (const int candidate : {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000}) {
        tick = candidate;
        if (highest / tick + 1 <= 5)
            break;
    }
    const int top = (highest / tick + 1) * tick; // a little room above the highest
    m_axisY->setRange(0, top);
    m_axisY->setTickCount(top / tick + 1);
    m_axisX->setTitleText(tr("Time of day (%1)").arg(m_zone));

    const QString skillName = m_skillBox->currentText();
    const auto hours = [step](qint64 intervals) {
        return QLocale().toString(double(intervals) * step / 60.0, 'f', 1);
    };
    QString summary = tr("%1, %2: demand %3 h, scheduled %4 h, short %5 h")
                          .arg(dayLabel(m_day), skillName, hours(totals.demanded),
                               hours(totals.scheduled), hours(totals.shortfall));
    if (peakShortfall > 0)
        summary +=
            tr(" (at most %n missing, at %1)", nullptr, peakShortfall).arg(hhmm(peakAt * step));
    m_summary->setText(summary);
}

// The height of a step line in the middle of an interval.
double CoverageChartWidget::heightAt(const QLineSeries* line, int interval) const
{
    const double middle = (interval + 0.5) * m_coverage->intervalMinutes() / 60.0;
    const QList<QPointF> points = line->points();
    for (qsizetype k = 0; k + 1 < points.size(); ++k)
        if (points[k].x() <= middle && middle < points[k + 1].x())
            return points[k].y();
    return 0;
}

QList<CoverageInterval> CoverageChartWidget::currentValues() const
{
    QList<CoverageInterval> values;
    if (!m_demand || !m_coverage)
        return values;
    for (int i = 0; i < m_coverage->intervalsPerDay(); ++i) {
        CoverageInterval v;
        v.interval = i;
        v.demanded = int(std::lround(heightAt(m_demand, i)));
        v.scheduled = m_bands.isEmpty() ? 0 : int(std::lround(heightAt(m_bands.last().upper, i)));
        values.append(v);
    }
    return values;
}

QList<int> CoverageChartWidget::scheduledOf(Id skillId) const
{
    QList<int> values;
    for (const Band& band : m_bands)
        if (band.skillId == skillId)
            for (int i = 0; i < m_coverage->intervalsPerDay(); ++i)
                values.append(int(std::lround(heightAt(band.upper, i) - heightAt(band.lower, i))));
    return values;
}

QList<Id> CoverageChartWidget::drawnSkills() const
{
    QList<Id> skills;
    for (const Band& band : m_bands)
        skills.append(band.skillId);
    return skills;
}

} // namespace shiftlane::ui
