#include "demand/DemandPanel.h"

#include "demand/DemandCurveChart.h"
#include "demand/DemandDayModel.h"
#include "edit/DemandEdits.h"
#include "staffing/DemandExpansion.h"
#include "storage/Repositories.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace shiftlane::ui {

namespace {

constexpr int DayRole = Qt::UserRole;      // weekday 1-7, or 0 for an override
constexpr int DateRole = Qt::UserRole + 1; // the override's date

QDoubleSpinBox* spin(QWidget* parent, double min, double max, int decimals, const QString& suffix)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(min, max);
    box->setDecimals(decimals);
    box->setSuffix(suffix);
    box->setKeyboardTracking(false); // recompute when the value is complete, not per keystroke
    return box;
}

} // namespace

DemandPanel::DemandPanel(std::function<Database*()> database, Apply apply, QWidget* parent)
    : QWidget(parent), m_database(std::move(database)), m_apply(std::move(apply)),
      m_skill(new QComboBox(this)), m_input(new QComboBox(this)), m_forecastBox(new QWidget(this)),
      m_handle(spin(this, 1, 4 * 3600, 0, tr(" s"))),
      m_serviceLevel(spin(this, 1, 99.9, 1, tr(" %"))), m_answer(spin(this, 0, 3600, 0, tr(" s"))),
      m_shrinkage(spin(this, 0, 95, 1, tr(" %"))), m_concurrency(new QSpinBox(this)),
      m_days(new QListWidget(this)), m_overrideDate(new QDateEdit(this)),
      m_addOverride(new QPushButton(tr("Override date"), this)),
      m_removeOverride(new QPushButton(tr("Remove override"), this)), m_grid(new QTableView(this)),
      m_model(new DemandDayModel(this)), m_chart(new DemandCurveChart(this)),
      m_intervalNote(new QLabel(this)), m_convert(new QPushButton(this)),
      m_summary(new QLabel(this)), m_status(new QLabel(this)),
      m_save(new QPushButton(tr("Save demand"), this)),
      m_discard(new QPushButton(tr("Discard changes"), this))
{
    m_input->addItem(tr("Headcount"), int(DemandInput::Headcount));
    m_input->addItem(tr("Forecast (Erlang C)"), int(DemandInput::Forecast));
    m_concurrency->setRange(1, 20);
    m_concurrency->setKeyboardTracking(false);
    m_handle->setToolTip(tr("Average handle time: talk or chat time plus wrap-up of one contact"));
    m_serviceLevel->setToolTip(tr("Share of contacts answered within the answer time"));
    m_shrinkage->setToolTip(tr("Share of paid time not on the queue: breaks, training, "
                               "meetings"));
    m_concurrency->setToolTip(tr("Contacts one freelancer handles at once: 1 for phone, 2 or 3 "
                                 "for chat"));

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Skill:"), this));
    top->addWidget(m_skill);
    top->addSpacing(12);
    top->addWidget(new QLabel(tr("Typed as:"), this));
    top->addWidget(m_input);
    auto* forecast = new QHBoxLayout(m_forecastBox);
    forecast->setContentsMargins(12, 0, 0, 0);
    const std::pair<QString, QWidget*> fields[] = {
        {tr("Handle time"), m_handle},  {tr("Service level"), m_serviceLevel},
        {tr("within"), m_answer},       {tr("Shrinkage"), m_shrinkage},
        {tr("At once"), m_concurrency},
    };
    for (const auto& [label, field] : fields) {
        forecast->addWidget(new QLabel(label, m_forecastBox));
        forecast->addWidget(field);
    }
    top->addWidget(m_forecastBox);
    top->addStretch(1);
    top->addWidget(m_discard);
    top->addWidget(m_save);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Days"), left));
    leftLayout->addWidget(m_days, 1);
    m_overrideDate->setCalendarPopup(true);
    m_overrideDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_overrideDate->setDate(QDate::currentDate());
    m_addOverride->setToolTip(tr("This date gets its own curve instead of its weekday's pattern "
                                 "(a holiday, a launch, a campaign)"));
    leftLayout->addWidget(m_overrideDate);
    leftLayout->addWidget(m_addOverride);
    leftLayout->addWidget(m_removeOverride);

    m_grid->setModel(m_model);
    m_grid->verticalHeader()->hide();
    m_grid->verticalHeader()->setDefaultSectionSize(22);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_grid->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    auto* paste = new QAction(tr("Paste values"), m_grid);
    paste->setShortcut(QKeySequence::Paste);
    paste->setShortcutContext(Qt::WidgetShortcut);
    m_grid->addAction(paste);
    connect(paste, &QAction::triggered, this, &DemandPanel::pasteIntoGrid);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_chart, 1);
    m_summary->setWordWrap(true);
    rightLayout->addWidget(m_summary);

    auto* split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(m_grid);
    split->addWidget(right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setStretchFactor(2, 2);
    split->setSizes({170, 330, 700});

    auto* intervalRow = new QHBoxLayout;
    m_intervalNote->setWordWrap(true);
    intervalRow->addWidget(m_intervalNote, 1);
    intervalRow->addWidget(m_convert);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(intervalRow);
    layout->addWidget(split, 1);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_skill, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            loadSkill(currentSkill());
    });
    connect(m_input, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        m_draft.input = DemandInput(m_input->currentData().toInt());
        forecastEdited();
    });
    for (QDoubleSpinBox* box : {m_handle, m_serviceLevel, m_answer, m_shrinkage})
        connect(box, &QDoubleSpinBox::valueChanged, this, [this] {
            if (!m_filling)
                forecastEdited();
        });
    connect(m_concurrency, &QSpinBox::valueChanged, this, [this] {
        if (!m_filling)
            forecastEdited();
    });
    connect(m_days, &QListWidget::currentRowChanged, this, [this] {
        if (m_filling || !m_days->currentItem())
            return;
        const QListWidgetItem* item = m_days->currentItem();
        DemandDay day;
        day.weekday = std::max(1, item->data(DayRole).toInt());
        day.date = item->data(DateRole).toDate();
        m_model->setDay(day);
        m_removeOverride->setEnabled(m_actor.mayEditTeamData() && day.isOverride());
        updateChart();
    });
    connect(m_addOverride, &QPushButton::clicked, this,
            [this] { addOverride(m_overrideDate->date()); });
    connect(m_removeOverride, &QPushButton::clicked, this, [this] {
        if (m_model->day().isOverride())
            removeOverride(m_model->day().date);
    });
    connect(m_convert, &QPushButton::clicked, this, &DemandPanel::convertToPlanningInterval);
    connect(m_save, &QPushButton::clicked, this, &DemandPanel::save);
    connect(m_discard, &QPushButton::clicked, this, &DemandPanel::discard);
    connect(m_model, &DemandDayModel::edited, this, [this] {
        markDirty();
        updateChart();
    });
    connect(m_model, &DemandDayModel::refused, this,
            [this](const QString& message) { setStatus(message, true); });
    setActor(m_actor);
}

Id DemandPanel::currentSkill() const
{
    return m_skill->currentData().toLongLong();
}

void DemandPanel::setActor(const Actor& actor)
{
    m_actor = actor;
    const bool editable = actor.mayEditTeamData();
    m_model->setReadOnly(!editable);
    for (QWidget* w : {static_cast<QWidget*>(m_input), static_cast<QWidget*>(m_handle),
                       static_cast<QWidget*>(m_serviceLevel), static_cast<QWidget*>(m_answer),
                       static_cast<QWidget*>(m_shrinkage), static_cast<QWidget*>(m_concurrency),
                       static_cast<QWidget*>(m_overrideDate), static_cast<QWidget*>(m_addOverride),
                       static_cast<QWidget*>(m_convert)})
        w->setEnabled(editable);
    m_removeOverride->setEnabled(editable && m_model->day().isOverride());
    m_save->setEnabled(editable && m_dirty);
    m_discard->setEnabled(editable && m_dirty);
    if (!editable)
        setStatus(tr("Signed in as %1: the demand is shown read-only; only the team lead "
                     "changes it.")
                      .arg(actor.displayName()),
                  false);
}

void DemandPanel::reload()
{
    Database* db = m_database();
    if (!db)
        return;
    try {
        m_skills = SkillRepository(*db).all();
        m_planningIntervalMinutes = SettingsRepository(*db).load().intervalMinutes;
    } catch (const StorageError& error) {
        setStatus(error.message(), true);
        return;
    }
    const Id shown = currentSkill();
    m_filling = true;
    m_skill->clear();
    for (const Skill& skill : m_skills)
        m_skill->addItem(skill.name, QVariant::fromValue<qint64>(skill.id));
    const int index = m_skill->findData(QVariant::fromValue<qint64>(shown));
    m_skill->setCurrentIndex(std::max(0, index));
    m_filling = false;
    if (m_dirty && index >= 0 && m_draft.skillId == shown)
        return; // keep what is being typed; Save or Discard decides
    loadSkill(currentSkill());
}

void DemandPanel::selectSkill(Id skillId)
{
    const int index = m_skill->findData(QVariant::fromValue<qint64>(skillId));
    if (index >= 0)
        m_skill->setCurrentIndex(index);
}

void DemandPanel::loadSkill(Id skillId)
{
    Database* db = m_database();
    if (!db || skillId == NoId) {
        m_draft = DemandPlan();
        m_model->setPlan(nullptr, m_intervalMinutes);
        showIntervalNote();
        return;
    }
    try {
        m_draft = DemandRepository(*db).plan(skillId);
    } catch (const StorageError& error) {
        setStatus(error.message(), true);
        return;
    }
    m_dirty = false;
    showDraft();
    setStatus({}, false);
    setActor(m_actor);
}

void DemandPanel::showDraft()
{
    m_filling = true;
    m_input->setCurrentIndex(m_input->findData(int(m_draft.input)));
    m_handle->setValue(m_draft.forecast.handleSeconds);
    m_serviceLevel->setValue(m_draft.forecast.serviceLevel * 100);
    m_answer->setValue(m_draft.forecast.answerSeconds);
    m_shrinkage->setValue(m_draft.forecast.shrinkage * 100);
    m_concurrency->setValue(m_draft.forecast.concurrency);
    m_forecastBox->setVisible(m_draft.input == DemandInput::Forecast);
    m_filling = false;
    const DemandDay day = m_model->day();
    m_intervalMinutes = m_draft.intervalMinutes;
    m_model->setPlan(&m_draft, m_intervalMinutes);
    showIntervalNote();
    fillDayList();
    selectDay(day.isOverride() && !m_draft.overrides.contains(day.date) ? DemandDay{} : day);
}

QString DemandPanel::dayTitle(const DemandDay& day) const
{
    const QLocale locale;
    if (day.isOverride())
        return tr("%1 (override)").arg(locale.toString(day.date, QStringLiteral("ddd yyyy-MM-dd")));
    return locale.dayName(day.weekday);
}

void DemandPanel::fillDayList()
{
    m_filling = true;
    m_days->clear();
    auto* pattern = new QListWidgetItem(tr("Weekly pattern"), m_days);
    pattern->setFlags(Qt::NoItemFlags);
    QFont bold = m_days->font();
    bold.setBold(true);
    pattern->setFont(bold);
    for (int weekday = 1; weekday <= 7; ++weekday) {
        auto* item = new QListWidgetItem(dayTitle({weekday, {}}), m_days);
        item->setData(DayRole, weekday);
    }
    auto* overrides = new QListWidgetItem(tr("Dated overrides"), m_days);
    overrides->setFlags(Qt::NoItemFlags);
    overrides->setFont(bold);
    if (m_draft.overrides.isEmpty()) {
        auto* none = new QListWidgetItem(tr("none"), m_days);
        none->setFlags(Qt::NoItemFlags);
    }
    for (auto it = m_draft.overrides.cbegin(); it != m_draft.overrides.cend(); ++it) {
        auto* item = new QListWidgetItem(dayTitle({1, it.key()}), m_days);
        item->setData(DayRole, 0);
        item->setData(DateRole, it.key());
    }
    m_filling = false;
}

void DemandPanel::selectDay(const DemandDay& day)
{
    for (int row = 0; row < m_days->count(); ++row) {
        const QListWidgetItem* item = m_days->item(row);
        const bool match = day.isOverride() ? item->data(DateRole).toDate() == day.date
                                            : item->data(DayRole).toInt() == day.weekday;
        if (match && (item->flags() & Qt::ItemIsSelectable)) {
            if (m_days->currentRow() == row) {
                m_model->setDay(day); // same row: refresh what it shows
                updateChart();
            } else {
                m_days->setCurrentRow(row);
            }
            return;
        }
    }
}

void DemandPanel::addOverride(QDate date)
{
    if (!date.isValid() || !m_actor.mayEditTeamData() || m_draft.skillId == NoId)
        return;
    if (!m_draft.overrides.contains(date)) {
        m_draft.overrides.insert(date, m_draft.curveOn(date));
        fillDayList();
        markDirty();
    }
    selectDay({date.dayOfWeek(), date});
}

void DemandPanel::removeOverride(QDate date)
{
    if (!m_actor.mayEditTeamData() || !m_draft.overrides.remove(date))
        return;
    fillDayList();
    markDirty();
    selectDay({date.dayOfWeek(), {}});
}

void DemandPanel::showIntervalNote()
{
    const int own = m_draft.intervalMinutes;
    const int planning = m_planningIntervalMinutes;
    const bool differs = m_draft.skillId != NoId && own != planning;
    m_intervalNote->setVisible(differs);
    m_convert->setVisible(differs);
    if (!differs)
        return;
    const bool forecast = m_draft.input == DemandInput::Forecast;
    QString how;
    if (!DemandExpansion::canConvert(own, planning))
        how = DemandExpansion::conversionProblem(m_skill->currentText(), own, planning);
    else if (own < planning)
        how = forecast ? tr("Coverage and Solve add up the contacts of each %1 minutes and staff "
                            "the sum with Erlang C.")
                             .arg(planning)
                       : tr("Coverage and Solve ask each %1 minutes for the most any of its "
                            "%2-minute intervals needs, so none is left short.")
                             .arg(planning)
                             .arg(own);
    else
        how = forecast ? tr("Coverage and Solve share each interval's contacts evenly among its "
                            "%1-minute parts.")
                             .arg(planning)
                       : tr("Coverage and Solve ask each %1-minute part of an interval for what "
                            "the whole interval needs.")
                             .arg(planning);
    m_intervalNote->setText(tr("This demand was entered in %1-minute intervals; the file plans "
                               "in %2-minute intervals. %3")
                                .arg(own)
                                .arg(planning)
                                .arg(how));
    m_convert->setText(DemandExpansion::canConvert(own, planning)
                           ? tr("Convert to %1-minute intervals").arg(planning)
                           : tr("Start again in %1-minute intervals").arg(planning));
}

void DemandPanel::convertToPlanningInterval()
{
    if (!m_actor.mayEditTeamData() || m_draft.skillId == NoId ||
        m_draft.intervalMinutes == m_planningIntervalMinutes)
        return;
    if (DemandExpansion::canConvert(m_draft.intervalMinutes, m_planningIntervalMinutes)) {
        m_draft = DemandExpansion::convertPlan(m_draft, m_planningIntervalMinutes);
    } else {
        m_draft.intervalMinutes = m_planningIntervalMinutes;
        for (DemandCurve& curve : m_draft.weekly)
            curve.clear();
        for (DemandCurve& curve : m_draft.overrides)
            curve.clear();
    }
    showDraft();
    markDirty();
}

void DemandPanel::forecastEdited()
{
    m_draft.forecast.handleSeconds = m_handle->value();
    m_draft.forecast.serviceLevel = m_serviceLevel->value() / 100.0;
    m_draft.forecast.answerSeconds = m_answer->value();
    m_draft.forecast.shrinkage = m_shrinkage->value() / 100.0;
    m_draft.forecast.concurrency = m_concurrency->value();
    m_forecastBox->setVisible(m_draft.input == DemandInput::Forecast);
    showIntervalNote();
    m_model->planChanged();
    markDirty();
    updateChart();
}

void DemandPanel::markDirty()
{
    m_dirty = true;
    m_save->setEnabled(m_actor.mayEditTeamData());
    m_discard->setEnabled(m_actor.mayEditTeamData());
    const ValidationErrors errors = m_draft.validate();
    if (errors.isEmpty())
        setStatus(tr("Unsaved changes to the demand of %1.").arg(m_skill->currentText()), false);
    else
        setStatus(tr("Cannot be saved yet:\n%1").arg(describe(errors)), true);
}

void DemandPanel::setStatus(const QString& text, bool error)
{
    m_statusText = text;
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void DemandPanel::updateChart()
{
    const QList<int> required = m_model->required();
    const QList<double> values = m_model->values();
    const bool forecast = m_draft.input == DemandInput::Forecast;
    m_chart->setCurve(tr("%1 · %2").arg(m_skill->currentText(), dayTitle(m_model->day())),
                      forecast ? values : QList<double>(), required, m_intervalMinutes);
    double contacts = 0;
    int agentIntervals = 0;
    int peak = 0;
    for (qsizetype i = 0; i < required.size(); ++i) {
        contacts += values[i];
        agentIntervals += required[i];
        peak = std::max(peak, required[i]);
    }
    const double hours = agentIntervals * m_intervalMinutes / 60.0;
    const QLocale locale;
    m_summary->setText(
        forecast ? tr("%1 contacts in the day; %2 freelancer-hours, %3 at the peak.")
                       .arg(locale.toString(contacts, 'f', 0), locale.toString(hours, 'f', 1))
                       .arg(peak)
                 : tr("%1 freelancer-hours in the day, %2 at the peak.")
                       .arg(locale.toString(hours, 'f', 1))
                       .arg(peak));
}

void DemandPanel::pasteIntoGrid()
{
    const QModelIndex at = m_grid->currentIndex();
    const int row = at.isValid() ? at.row() : 0;
    QStringList texts;
    const QString clip = QApplication::clipboard()->text();
    for (const QString& line : clip.split(QLatin1Char('\n'))) {
        const QString cell = line.section(QLatin1Char('\t'), 0, 0).trimmed();
        if (!line.trimmed().isEmpty() || !texts.isEmpty())
            texts.append(cell);
    }
    while (!texts.isEmpty() && texts.last().isEmpty())
        texts.removeLast();
    QString error;
    const int set = m_model->setValues(row, texts, &error);
    if (!error.isEmpty())
        setStatus(tr("Pasted %n value(s); stopped at %1", nullptr, set).arg(error), true);
}

bool DemandPanel::save()
{
    Database* db = m_database();
    if (!db || m_draft.skillId == NoId)
        return false;
    try {
        auto edit = std::make_unique<DemandPlanSave>(
            DemandPlanSave::prepare(*db, m_actor, m_draft, m_skill->currentText()));
        if (!m_apply(std::move(edit)))
            return false;
    } catch (const StorageError& error) {
        setStatus(error.message(), true);
        return false;
    }
    m_dirty = false;
    loadSkill(m_draft.skillId); // what the database now holds
    setStatus(tr("Saved the demand of %1 (Edit → Undo takes it back).").arg(m_skill->currentText()),
              false);
    return true;
}

void DemandPanel::discard()
{
    m_dirty = false;
    loadSkill(currentSkill());
}

} // namespace shiftlane::ui
