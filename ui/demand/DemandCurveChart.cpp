#include "demand/DemandCurveChart.h"

#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QPen>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace shiftlane::ui {

namespace {

const QColor RequiredColor(31, 119, 180);
const QColor ContactsColor(255, 127, 14);

// A step per interval: flat from its start to its end, in hours of the day.
template <typename T>
void fillSteps(QLineSeries* series, const QList<T>& values, int intervalMinutes)
{
    QList<QPointF> points;
    points.reserve(values.size() * 2);
    for (qsizetype i = 0; i < values.size(); ++i) {
        const double from = double(i) * intervalMinutes / 60.0;
        const double to = double(i + 1) * intervalMinutes / 60.0;
        points.append({from, double(values[i])});
        points.append({to, double(values[i])});
    }
    series->replace(points);
}

double niceTop(double value)
{
    if (value <= 4)
        return 4;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (value <= step * magnitude)
            return step * magnitude;
    return 10 * magnitude;
}

} // namespace

DemandCurveChart::DemandCurveChart(QWidget* parent)
    : QWidget(parent), m_chart(new QChart()), m_view(new QChartView(m_chart, this)),
      m_axisX(new QValueAxis(m_chart)), m_axisAgents(new QValueAxis(m_chart)),
      m_axisContacts(new QValueAxis(m_chart)), m_contacts(new QLineSeries(m_chart)),
      m_required(new QLineSeries(m_chart))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));

    m_required->setName(tr("Freelancers needed"));
    m_required->setPen(QPen(RequiredColor, 2.5));
    m_contacts->setName(tr("Contacts"));
    m_contacts->setPen(QPen(ContactsColor, 1.5, Qt::DashLine));
    m_chart->addSeries(m_required);
    m_chart->addSeries(m_contacts);

    m_axisX->setRange(0, 24);
    m_axisX->setTickCount(9);
    m_axisX->setLabelFormat(QStringLiteral("%02.0f:00"));
    m_axisX->setTitleText(tr("Time of day (planning zone)"));
    m_axisAgents->setLabelFormat(QStringLiteral("%.0f"));
    m_axisAgents->setTitleText(tr("Freelancers"));
    m_axisAgents->setLabelsColor(RequiredColor.darker(120));
    m_axisContacts->setLabelFormat(QStringLiteral("%.0f"));
    m_axisContacts->setTitleText(tr("Contacts per interval"));
    m_axisContacts->setLabelsColor(ContactsColor.darker(120));
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisAgents, Qt::AlignLeft);
    m_chart->addAxis(m_axisContacts, Qt::AlignRight);
    m_required->attachAxis(m_axisX);
    m_required->attachAxis(m_axisAgents);
    m_contacts->attachAxis(m_axisX);
    m_contacts->attachAxis(m_axisContacts);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void DemandCurveChart::setCurve(const QString& title, const QList<double>& contacts,
                                const QList<int>& required, int intervalMinutes)
{
    m_chart->setTitle(title);
    fillSteps(m_required, required, intervalMinutes);
    const int mostAgents =
        required.isEmpty() ? 0 : *std::max_element(required.begin(), required.end());
    m_axisAgents->setRange(0, niceTop(mostAgents));
    const bool forecast = !contacts.isEmpty();
    fillSteps(m_contacts, contacts, intervalMinutes);
    m_contacts->setVisible(forecast);
    m_axisContacts->setVisible(forecast);
    const double mostContacts =
        forecast ? *std::max_element(contacts.begin(), contacts.end()) : 0.0;
    m_axisContacts->setRange(0, niceTop(mostContacts));
    const auto markers = m_chart->legend()->markers(m_contacts);
    for (auto* marker : markers)
        marker->setVisible(forecast);
}

double DemandCurveChart::valueAt(const QLineSeries* series, int interval)
{
    const qsizetype at = qsizetype(interval) * 2;
    return at < series->count() ? series->at(at).y() : 0.0;
}

} // namespace shiftlane::ui
