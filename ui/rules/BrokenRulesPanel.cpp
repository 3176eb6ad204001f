#include "rules/BrokenRulesPanel.h"

#include "schedule/PlanningModel.h"
#include "schedule/RuleChecker.h"
#include "solver/Explanation.h"

#include <QAbstractTableModel>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>

namespace shiftlane::ui {

namespace {

constexpr int SortRole = Qt::UserRole;
constexpr int CategoryRole = Qt::UserRole + 1;

QColor categoryColor(BrokenRule::Category category)
{
    switch (category) {
    case BrokenRule::Category::Hard:
        return {200, 30, 30};
    case BrokenRule::Category::Coverage:
        return {230, 140, 20};
    case BrokenRule::Category::Cost:
        return {110, 120, 135};
    }
    return Qt::gray;
}

QIcon dot(const QColor& color, bool square)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color.darker(130));
    painter.setBrush(color);
    if (square)
        painter.drawRoundedRect(QRectF(1.5, 1.5, 9, 9), 2, 2);
    else
        painter.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    return QIcon(pixmap);
}

QString categoryKey(BrokenRule::Category category)
{
    switch (category) {
    case BrokenRule::Category::Hard:
        return QStringLiteral("hard");
    case BrokenRule::Category::Coverage:
        return QStringLiteral("coverage");
    case BrokenRule::Category::Cost:
        return QStringLiteral("cost");
    }
    return {};
}

QString hhmm(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60 % 24, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

QString dayName(QDate day)
{
    return QLocale().toString(day, QStringLiteral("ddd d MMM"));
}

} // namespace

class BrokenRulesModel : public QAbstractTableModel
{
public:
    explicit BrokenRulesModel(QObject* parent) : QAbstractTableModel(parent) {}

    void setRules(const QList<BrokenRule>* rules)
    {
        beginResetModel();
        m_rules = rules;
        endResetModel();
    }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() || !m_rules ? 0 : int(m_rules->size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : BrokenRulesPanel::ColumnCount;
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!index.isValid() || !m_rules || index.row() >= m_rules->size())
            return {};
        const BrokenRule& r = (*m_rules)[index.row()];
        const bool hard = r.category == BrokenRule::Category::Hard;
        switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
            case BrokenRulesPanel::RuleColumn:
                return r.rule;
            case BrokenRulesPanel::FreelancerColumn:
                return r.freelancer;
            case BrokenRulesPanel::WhenColumn:
                return r.when;
            case BrokenRulesPanel::WeightColumn:
                return r.weight;
            default:
                return {};
            }
        case SortRole:
            switch (index.column()) {
            case BrokenRulesPanel::RuleColumn:
                return r.rule;
            case BrokenRulesPanel::FreelancerColumn:
                return r.freelancer;
            case BrokenRulesPanel::WhenColumn:
                return r.whenUtc;
            case BrokenRulesPanel::WeightColumn:
                // Hard before soft, then by penalty; a shift's own check counts as one hard.
                return hard ? 1e15 + double(std::max<std::int64_t>(1, r.penalty))
                            : PlanningModel::softInWeightUnits(r.penalty);
            default:
                return {};
            }
        case CategoryRole:
            return categoryKey(r.category);
        case Qt::DecorationRole:
            if (index.column() == BrokenRulesPanel::RuleColumn)
                return dot(categoryColor(r.category), r.source == BrokenRule::Source::Shift);
            return {};
        case Qt::ForegroundRole:
            if (index.column() == BrokenRulesPanel::WeightColumn && hard)
                return QColor(170, 20, 20);
            return {};
        case Qt::TextAlignmentRole:
            if (index.column() == BrokenRulesPanel::WeightColumn)
                return int(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        case Qt::ToolTipRole:
            if (index.column() == BrokenRulesPanel::RuleColumn)
                return r.source == BrokenRule::Source::Shift
                           ? BrokenRulesPanel::tr("%1\n(checked on the shift itself)").arg(r.rule)
                           : BrokenRulesPanel::tr("%1\n(a term of the schedule's score)")
                                 .arg(r.rule);
            return data(index, Qt::DisplayRole);
        default:
            return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        switch (section) {
        case BrokenRulesPanel::RuleColumn:
            return BrokenRulesPanel::tr("Rule");
        case BrokenRulesPanel::FreelancerColumn:
            return BrokenRulesPanel::tr("Freelancer");
        case BrokenRulesPanel::WhenColumn:
            return BrokenRulesPanel::tr("When");
        case BrokenRulesPanel::WeightColumn:
            return BrokenRulesPanel::tr("Weight");
        default:
            return {};
        }
    }

private:
    const QList<BrokenRule>* m_rules = nullptr;
};

BrokenRulesPanel::~BrokenRulesPanel()
{
    if (m_worker) {
        m_worker->disconnect(this);
        m_worker->wait();
        delete m_worker;
    }
}

BrokenRulesPanel::BrokenRulesPanel(QWidget* parent)
    : QWidget(parent), m_scoreLabel(new QLabel(this)), m_filter(new QComboBox(this)),
      m_model(new BrokenRulesModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this))
{
    m_filter->addItem(tr("All rules"), int(Filter::All));
    m_filter->addItem(tr("Hard rules"), int(Filter::Hard));
    m_filter->addItem(tr("Coverage"), int(Filter::Coverage));
    m_filter->addItem(tr("Pay, preferences and fairness"), int(Filter::Cost));

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 0);
    bar->addWidget(m_scoreLabel, 1);
    bar->addWidget(new QLabel(tr("Show:"), this));
    bar->addWidget(m_filter);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterRole(CategoryRole);
    m_proxy->setFilterKeyColumn(RuleColumn);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(WeightColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(RuleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(FreelancerColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(WhenColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(WeightColumn, QHeaderView::Interactive);
    header->resizeSection(FreelancerColumn, 150);
    header->resizeSection(WhenColumn, 170);
    header->resizeSection(WeightColumn, 80);

    connect(m_view, &QTableView::clicked, this, &BrokenRulesPanel::activate);
    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this] { setFilter(Filter(m_filter->currentData().toInt())); });
    showScore();
}

void BrokenRulesPanel::setFilter(Filter filter)
{
    const int index = m_filter->findData(int(filter));
    if (index != m_filter->currentIndex())
        m_filter->setCurrentIndex(index); // comes back here through the signal
    switch (filter) {
    case Filter::All:
        m_proxy->setFilterRegularExpression(QString());
        break;
    case Filter::Hard:
        m_proxy->setFilterRegularExpression(QStringLiteral("^hard$"));
        break;
    case Filter::Coverage:
        m_proxy->setFilterRegularExpression(QStringLiteral("^coverage$"));
        break;
    case Filter::Cost:
        m_proxy->setFilterRegularExpression(QStringLiteral("^cost$"));
        break;
    }
}

BrokenRulesPanel::Result BrokenRulesPanel::compute(const ScheduleSnapshot& snapshot,
                                                   const ReadScope& scope)
{
    Result result;
    QList<BrokenRule>& rules = result.rules;
    const PlanningCalendar calendar = snapshot.calendar();
    const int step = snapshot.settings.intervalMinutes;
    const int days = snapshot.period.days();
    auto shiftTimes = [&](const Shift& shift) {
        const qint64 start = shift.start.toSecsSinceEpoch();
        const qint64 end = shift.end.toSecsSinceEpoch();
        return tr("%1 %2–%3")
            .arg(dayName(calendar.dayOf(start)), hhmm(calendar.clock().localMinuteOfDay(start)),
                 hhmm(calendar.clock().localMinuteOfDay(end)));
    };

    const PlanningModel planning(snapshot, PlanningModel::Mode::FillFromScratch);
    const std::vector<solver::Violation> violations =
        solver::explain(planning.model(), planning.current());
    result.score = solver::sumOf(violations);
    for (const solver::Violation& v : violations) {
        BrokenRule r;
        r.source = BrokenRule::Source::Engine;
        r.category =
            solver::isHard(v.kind) ? BrokenRule::Category::Hard
            : v.kind == solver::RuleKind::CoverUnder || v.kind == solver::RuleKind::CoverOver
                ? BrokenRule::Category::Coverage
                : BrokenRule::Category::Cost;
        // describe() says "[weight] text"; the weight has its own column.
        QString line = planning.describe({v}).value(0);
        if (line.startsWith(QLatin1Char('['))) {
            const qsizetype end = line.indexOf(QStringLiteral("] "));
            if (end > 0)
                line = line.mid(end + 2);
        }
        r.rule = line;
        r.penalty = v.penalty;
        if (solver::isHard(v.kind))
            r.weight = v.penalty == 1 ? tr("hard") : tr("hard ×%1").arg(v.penalty);
        else
            r.weight = QLocale().toString(PlanningModel::softInWeightUnits(v.penalty), 'f', 1);
        if (v.employee >= 0 && v.employee < snapshot.freelancers.size()) {
            r.freelancerId = planning.freelancerOfRow(v.employee);
            r.freelancer = snapshot.freelancers[v.employee].name;
        }
        if (v.bucket >= 0) {
            const PlanningModel::Bucket& b = planning.bucket(v.bucket);
            r.day = b.day;
            r.when =
                tr("%1 %2–%3")
                    .arg(dayName(b.day), hhmm(b.interval * step), hhmm((b.interval + 1) * step));
            r.whenUtc = calendar.instant(b.day, b.interval * step);
        } else if (v.firstDay >= 0) {
            const QDate first = snapshot.period.first.addDays(v.firstDay);
            const QDate last = snapshot.period.first.addDays(std::max(v.firstDay, v.lastDay));
            r.day = first;
            r.whenUtc = calendar.day(first).start;
            if (v.firstDay == 0 && v.lastDay == days - 1 && days > 1)
                r.when = tr("Whole period");
            else if (first == last)
                r.when = dayName(first);
            else
                r.when = tr("%1 – %2").arg(dayName(first), dayName(last));
            const bool aboutCell = v.kind == solver::RuleKind::ForbiddenShift ||
                                   v.kind == solver::RuleKind::ForbiddenSuccession ||
                                   v.kind == solver::RuleKind::CellWish;
            if (aboutCell)
                if (const Shift* shift = planning.shiftInCell(v.employee, v.firstDay)) {
                    r.shiftId = shift->id;
                    r.when = shiftTimes(*shift);
                    r.whenUtc = shift->start.toSecsSinceEpoch();
                }
        }
        rules.append(r);
    }
    result.engineRules = int(rules.size());

    const RuleChecker checker(snapshot);
    const QHash<Id, QList<RuleBreak>> breaks = checker.checkAll();
    QList<const Shift*> broken;
    for (const Shift& shift : snapshot.shifts)
        if (breaks.contains(shift.id))
            broken.append(&shift);
    std::stable_sort(broken.begin(), broken.end(),
                     [](const Shift* a, const Shift* b) { return a->start < b->start; });
    for (const Shift* shift : broken)
        for (const RuleBreak& b : breaks.value(shift->id)) {
            BrokenRule r;
            r.source = BrokenRule::Source::Shift;
            r.category = BrokenRule::Category::Hard;
            r.rule = b.message;
            if (shift->freelancerId) {
                r.freelancerId = *shift->freelancerId;
                if (const Freelancer* f = snapshot.freelancer(*shift->freelancerId))
                    r.freelancer = f->name;
            }
            r.when = shiftTimes(*shift);
            r.whenUtc = shift->start.toSecsSinceEpoch();
            r.weight = tr("hard");
            r.shiftId = shift->id;
            r.day = calendar.dayOf(r.whenUtc);
            rules.append(r);
        }

    if (!scope.isWholeTeam()) {
        // The engine needs the whole team (coverage counts everyone); the rows shown are
        // only those about the freelancer. Coverage rows name nobody and have their own dock.
        const auto hidden = [&scope](const BrokenRule& r) {
            return r.freelancerId == NoId || !scope.mayRead(r.freelancerId);
        };
        QList<BrokenRule> own;
        result.engineRules = 0;
        result.score = {};
        for (int i = 0; i < rules.size(); ++i) {
            if (hidden(rules[i]))
                continue;
            if (rules[i].source == BrokenRule::Source::Engine) {
                ++result.engineRules;
                if (rules[i].category == BrokenRule::Category::Hard)
                    result.score.hard += rules[i].penalty;
                else
                    result.score.soft += rules[i].penalty;
            }
            own.append(rules[i]);
        }
        rules = std::move(own);
    }
    return result;
}

void BrokenRulesPanel::setSnapshot(const ScheduleSnapshot& snapshot)
{
    m_pending = std::make_shared<const ScheduleSnapshot>(snapshot);
    if (!m_worker)
        startWorker();
    showScore();
}

void BrokenRulesPanel::startWorker()
{
    std::shared_ptr<const ScheduleSnapshot> snapshot = std::move(m_pending);
    m_pending.reset();
    auto result = std::make_shared<Result>();
    const ReadScope scope = m_scope;
    m_worker = QThread::create([snapshot, result, scope] { *result = compute(*snapshot, scope); });
    connect(m_worker, &QThread::finished, this, [this, result, scope] {
        m_worker->deleteLater();
        m_worker = nullptr;
        if (m_pending) { // an edit came in meanwhile: only its result is worth showing
            startWorker();
            return;
        }
        m_rules = std::move(result->rules);
        m_engineRules = result->engineRules;
        m_score = result->score;
        m_shownWholeTeam = scope.isWholeTeam();
        m_hasSnapshot = true;
        m_model->setRules(&m_rules);
        showScore();
        Q_EMIT updated();
    });
    m_worker->start(QThread::LowPriority);
}

void BrokenRulesPanel::showScore()
{
    if (!m_hasSnapshot) {
        m_scoreLabel->setText(isUpdating() ? tr("Checking the schedule…") : tr("No schedule open"));
        return;
    }
    const QString soft = QLocale().toString(PlanningModel::softInWeightUnits(m_score.soft), 'f', 1);
    if (!m_shownWholeTeam) {
        QString text = m_score.hard > 0 ? tr("<b>Your part: %1 hard</b>, %2 soft")
                                              .arg(QLocale().toString(m_score.hard), soft)
                                        : tr("<b>Your part: valid</b> (0 hard), %1 soft").arg(soft);
        text += tr(" · %n rule break(s) on your shifts", nullptr, shiftRuleCount());
        text += tr(" · only the rules about you; the team's coverage is in the Coverage dock");
        if (isUpdating())
            text += tr(" · <i>updating…</i>");
        m_scoreLabel->setText(text);
        return;
    }
    QString text =
        m_score.hard > 0
            ? tr("<b>Score: %1 hard</b>, %2 soft").arg(QLocale().toString(m_score.hard), soft)
            : tr("<b>Score: valid</b> (0 hard), %1 soft").arg(soft);
    text += tr(" · %n rule(s) behind the score", nullptr, m_engineRules);
    text += tr(" · %n rule break(s) on shifts", nullptr, shiftRuleCount());
    if (isUpdating())
        text += tr(" · <i>updating…</i>");
    m_scoreLabel->setText(text);
}

const BrokenRule* BrokenRulesPanel::ruleAt(const QModelIndex& viewIndex) const
{
    const QModelIndex source = m_proxy->mapToSource(viewIndex);
    if (!source.isValid() || source.row() >= m_rules.size())
        return nullptr;
    return &m_rules[source.row()];
}

void BrokenRulesPanel::activate(const QModelIndex& viewIndex)
{
    const BrokenRule* r = ruleAt(viewIndex);
    if (!r)
        return;
    if (r->shiftId != NoId)
        Q_EMIT shiftActivated(r->shiftId);
    else if (r->freelancerId != NoId)
        Q_EMIT freelancerActivated(r->freelancerId);
    else if (r->day.isValid())
        Q_EMIT dayActivated(r->day);
}

} // namespace shiftlane::ui
