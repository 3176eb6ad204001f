#include "availability/AvailabilityEditor.h"

#include "availability/AvailabilityPreviewWidget.h"
#include "availability/WeeklyGridWidget.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace shiftlane::ui {

namespace {

QString hhmm(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

QString dateText(QDate date)
{
    return QLocale().toString(date, QStringLiteral("ddd d MMM yyyy"));
}

QString hours(int minutes)
{
    return QLocale().toString(minutes / 60.0, 'f', minutes % 60 ? 1 : 0);
}

// Times of day in steps of the interval, 00:00 to 24:00, the minute as item data.
void fillTimes(QComboBox* box, int interval, int selected)
{
    for (int minute = 0; minute <= MinutesPerDay; minute += interval)
        box->addItem(hhmm(minute), minute);
    box->setCurrentIndex(std::max(0, box->findData(selected)));
}

QTableWidget* makeTable(const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    return table;
}

void setRow(QTableWidget* table, int row, const QStringList& cells)
{
    for (int column = 0; column < cells.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells[column]));
}

} // namespace

QString utcOffsetText(const QByteArray& zone, const QDateTime& at)
{
    const int offset = QTimeZone(zone).offsetFromUtc(at);
    const int minutes = std::abs(offset) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(offset < 0 ? QStringLiteral("−") : QStringLiteral("+"))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

AvailabilityEditor::AvailabilityEditor(const Freelancer& freelancer,
                                       const FreelancerAvailability& availability,
                                       const QList<AvailabilityChange>& history, const Actor& actor,
                                       const PlanningSettings& settings, QDate previewFrom,
                                       QWidget* parent)
    : QDialog(parent), m_freelancer(freelancer), m_availability(availability),
      m_historyItems(history), m_settings(settings), m_previewFrom(previewFrom),
      m_readOnly(!actor.mayEditAvailabilityOf(freelancer.id)), m_tabs(new QTabWidget(this)),
      m_grid(new WeeklyGridWidget(this))
{
    setWindowTitle(tr("Availability of %1").arg(freelancer.name));
    m_grid->setGrid(WeeklyGrid::fromWindows(availability.weekly, settings.intervalMinutes));
    m_grid->setReadOnly(m_readOnly);

    auto* heading =
        new QLabel(tr("<b>%1</b> — times in their own zone, %2 (%3 today)")
                       .arg(freelancer.name.toHtmlEscaped(), QString::fromUtf8(freelancer.timeZone),
                            utcOffsetText(freelancer.timeZone, QDateTime::currentDateTimeUtc())),
                   this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    if (m_readOnly) {
        auto* banner = new QLabel(
            tr("You are signed in as %1: you can look at %2's availability but change only "
               "your own.")
                .arg(actor.displayName(), freelancer.name),
            this);
        banner->setWordWrap(true);
        banner->setStyleSheet(QStringLiteral("color: #b71c1c"));
        layout->addWidget(banner);
    }
    m_tabs->addTab(buildWeeklyTab(), tr("Weekly"));
    m_tabs->addTab(buildTimeOffTab(), tr("Time off"));
    m_tabs->addTab(buildOneOffTab(), tr("Extra windows"));
    m_tabs->addTab(buildTravelTab(), tr("Travel"));
    m_tabs->addTab(buildPreviewTab(), tr("Preview"));
    m_tabs->addTab(buildHistoryTab(), tr("History"));
    layout->addWidget(m_tabs, 1);

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    buttons->addButton(m_readOnly ? QDialogButtonBox::Close : QDialogButtonBox::Cancel);
    m_save->setEnabled(!m_readOnly);
    m_save->setVisible(!m_readOnly);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_grid, &WeeklyGridWidget::gridChanged, this, [this] {
        refreshTotals();
        refreshPreview();
    });
    refreshLists();
    refreshTotals();
    refreshPreview();
}

FreelancerAvailability AvailabilityEditor::availability() const
{
    FreelancerAvailability a = m_availability;
    a.weekly = m_grid->grid().toWindows(m_freelancer.id);
    return a;
}

QLabel* AvailabilityEditor::messageLabel(const QString& field)
{
    auto* label = new QLabel(this);
    label->setStyleSheet(QStringLiteral("color: #b71c1c"));
    label->setWordWrap(true);
    label->hide();
    m_messages.insert(field, label);
    return label;
}

QString AvailabilityEditor::fieldMessage(const QString& field) const
{
    const QLabel* label = m_messages.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void AvailabilityEditor::showErrors(const QString& prefix, const ValidationErrors& errors)
{
    for (auto it = m_messages.begin(); it != m_messages.end(); ++it)
        if (it.key().startsWith(prefix + QLatin1Char('.')))
            it.value()->hide();
    for (const ValidationError& error : errors) {
        QLabel* label = m_messages.value(prefix + QLatin1Char('.') + error.field);
        if (!label)
            continue;
        label->setText(label->isHidden() ? error.message
                                         : label->text() + QLatin1Char('\n') + error.message);
        label->show();
    }
}

// --- weekly ---------------------------------------------------------------------------------

QWidget* AvailabilityEditor::buildWeeklyTab()
{
    auto* page = new QWidget(this);
    auto* brushes = new QButtonGroup(page);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Paint:"), page));
    const std::pair<CellState, QString> kinds[] = {{CellState::Preferred, tr("Preferred")},
                                                   {CellState::Available, tr("Available")},
                                                   {CellState::Unavailable, tr("Unavailable")}};
    for (const auto& [state, name] : kinds) {
        auto* button = new QToolButton(page);
        button->setText(name);
        button->setCheckable(true);
        button->setChecked(state == m_grid->brush());
        button->setObjectName(QStringLiteral("brush-") + name.toLower());
        QPixmap swatch(12, 12);
        swatch.fill(cellColor(state));
        button->setIcon(QIcon(swatch));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setEnabled(!m_readOnly);
        brushes->addButton(button);
        connect(button, &QToolButton::clicked, this, [this, s = state] { setBrush(s); });
        bar->addWidget(button);
    }
    bar->addSpacing(16);
    m_day = new QComboBox(page);
    for (int d = 1; d <= 7; ++d)
        m_day->addItem(QLocale().dayName(d), d);
    m_day->setEnabled(!m_readOnly);
    bar->addWidget(m_day);

    auto* copy = new QToolButton(page);
    copy->setText(tr("Copy to"));
    copy->setPopupMode(QToolButton::InstantPopup);
    copy->setEnabled(!m_readOnly);
    auto* menu = new QMenu(copy);
    const auto addCopy = [&](const QString& text, const QList<int>& days) {
        connect(menu->addAction(text), &QAction::triggered, this,
                [this, days] { copyDay(m_day->currentData().toInt(), days); });
    };
    addCopy(tr("Weekdays (Mon–Fri)"), {1, 2, 3, 4, 5});
    addCopy(tr("Weekend (Sat, Sun)"), {6, 7});
    addCopy(tr("Every day"), {1, 2, 3, 4, 5, 6, 7});
    menu->addSeparator();
    for (int d = 1; d <= 7; ++d)
        addCopy(QLocale().dayName(d), {d});
    copy->setMenu(menu);
    bar->addWidget(copy);

    auto* clear = new QPushButton(tr("Clear day"), page);
    auto* clearEverything = new QPushButton(tr("Clear all"), page);
    clear->setEnabled(!m_readOnly);
    clearEverything->setEnabled(!m_readOnly);
    connect(clear, &QPushButton::clicked, this, [this] { clearDay(m_day->currentData().toInt()); });
    connect(clearEverything, &QPushButton::clicked, this, &AvailabilityEditor::clearAll);
    bar->addWidget(clear);
    bar->addWidget(clearEverything);
    bar->addStretch(1);

    m_totals = new QLabel(page);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(bar);
    if (!fitsGrid(m_availability.weekly, m_settings.intervalMinutes)) {
        auto* rounding = new QLabel(
            tr("Some saved hours do not fall on the %1-minute grid; they are shown rounded "
               "to the nearest %1 minutes and saved so.")
                .arg(m_grid->grid().intervalMinutes()),
            page);
        rounding->setWordWrap(true);
        layout->addWidget(rounding);
    }
    auto* scroll = new QScrollArea(page);
    scroll->setWidget(m_grid);
    scroll->setWidgetResizable(true);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_totals);
    return page;
}

void AvailabilityEditor::setBrush(CellState brush)
{
    m_grid->setBrush(brush);
}

void AvailabilityEditor::copyDay(int fromDay, const QList<int>& toDays)
{
    if (m_readOnly)
        return;
    WeeklyGrid grid = m_grid->grid();
    grid.copyDay(fromDay, toDays);
    m_grid->setGrid(grid);
    refreshTotals();
    refreshPreview();
}

void AvailabilityEditor::clearDay(int dayOfWeek)
{
    if (m_readOnly)
        return;
    WeeklyGrid grid = m_grid->grid();
    grid.clearDay(dayOfWeek);
    m_grid->setGrid(grid);
    refreshTotals();
    refreshPreview();
}

void AvailabilityEditor::clearAll()
{
    if (m_readOnly)
        return;
    WeeklyGrid grid = m_grid->grid();
    grid.clearAll();
    m_grid->setGrid(grid);
    refreshTotals();
    refreshPreview();
}

void AvailabilityEditor::refreshTotals()
{
    const WeeklyGrid& grid = m_grid->grid();
    const int preferred = grid.minutesIn(CellState::Preferred);
    const int available = grid.minutesIn(CellState::Available);
    m_totals->setText(tr("%1 h a week: %2 h preferred, %3 h available. Drag to paint, "
                         "right-drag to erase.")
                          .arg(hours(preferred + available), hours(preferred), hours(available)));
}

// --- dated exceptions -----------------------------------------------------------------------

QWidget* AvailabilityEditor::buildTimeOffTab()
{
    auto* page = new QWidget(this);
    m_timeOffTable = makeTable({tr("From"), tr("To"), tr("Reason")}, page);
    m_offFirst = new QDateEdit(m_previewFrom, page);
    m_offLast = new QDateEdit(m_previewFrom, page);
    for (QDateEdit* edit : {m_offFirst, m_offLast}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    }
    m_offReason = new QLineEdit(page);
    m_offReason->setPlaceholderText(tr("e.g. Holiday, exams"));
    auto* add = new QPushButton(tr("Add time off"), page);
    auto* remove = new QPushButton(tr("Remove selected"), page);
    connect(add, &QPushButton::clicked, this, [this] {
        addTimeOff(m_offFirst->date(), m_offLast->date(), m_offReason->text().trimmed());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_timeOffTable->currentRow();
        if (row >= 0 && row < m_availability.timeOff.size()) {
            m_availability.timeOff.removeAt(row);
            refreshLists();
            refreshPreview();
        }
    });
    auto* form = new QFormLayout;
    form->addRow(tr("First day off"), m_offFirst);
    form->addRow(QString(), messageLabel(QStringLiteral("timeOff.firstDay")));
    form->addRow(tr("Last day off"), m_offLast);
    form->addRow(QString(), messageLabel(QStringLiteral("timeOff.lastDay")));
    form->addRow(tr("Reason"), m_offReason);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_timeOffTable, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    page->setEnabled(!m_readOnly);
    return page;
}

bool AvailabilityEditor::addTimeOff(QDate first, QDate last, const QString& reason)
{
    const TimeOff off{NoId, m_freelancer.id, first, last, reason};
    const ValidationErrors errors = off.validate();
    showErrors(QStringLiteral("timeOff"), errors);
    if (!errors.isEmpty() || m_readOnly)
        return false;
    m_availability.timeOff.append(off);
    std::sort(m_availability.timeOff.begin(), m_availability.timeOff.end(),
              [](const TimeOff& a, const TimeOff& b) { return a.firstDay < b.firstDay; });
    m_offReason->clear();
    refreshLists();
    refreshPreview();
    return true;
}

QWidget* AvailabilityEditor::buildOneOffTab()
{
    auto* page = new QWidget(this);
    m_oneOffTable = makeTable({tr("Date"), tr("From"), tr("To"), tr("Kind")}, page);
    m_oneOffDay = new QDateEdit(m_previewFrom, page);
    m_oneOffDay->setCalendarPopup(true);
    m_oneOffDay->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    const int interval = m_grid->grid().intervalMinutes();
    m_oneOffStart = new QComboBox(page);
    m_oneOffEnd = new QComboBox(page);
    fillTimes(m_oneOffStart, interval, 9 * 60);
    fillTimes(m_oneOffEnd, interval, 13 * 60);
    m_oneOffKind = new QComboBox(page);
    m_oneOffKind->addItem(tr("Preferred"), int(AvailabilityKind::Preferred));
    m_oneOffKind->addItem(tr("Available"), int(AvailabilityKind::Available));
    auto* add = new QPushButton(tr("Add window"), page);
    auto* remove = new QPushButton(tr("Remove selected"), page);
    connect(add, &QPushButton::clicked, this, [this] {
        addOneOff(m_oneOffDay->date(), m_oneOffStart->currentData().toInt(),
                  m_oneOffEnd->currentData().toInt(),
                  AvailabilityKind(m_oneOffKind->currentData().toInt()));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_oneOffTable->currentRow();
        if (row >= 0 && row < m_availability.oneOff.size()) {
            m_availability.oneOff.removeAt(row);
            refreshLists();
            refreshPreview();
        }
    });
    auto* form = new QFormLayout;
    form->addRow(tr("Date"), m_oneOffDay);
    form->addRow(QString(), messageLabel(QStringLiteral("oneOff.day")));
    form->addRow(tr("From"), m_oneOffStart);
    form->addRow(QString(), messageLabel(QStringLiteral("oneOff.start")));
    form->addRow(tr("To"), m_oneOffEnd);
    form->addRow(QString(), messageLabel(QStringLiteral("oneOff.end")));
    form->addRow(tr("Kind"), m_oneOffKind);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(
        new QLabel(tr("Hours on one date on top of the weekly pattern, in their own zone."), page));
    layout->addWidget(m_oneOffTable, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    page->setEnabled(!m_readOnly);
    return page;
}

bool AvailabilityEditor::addOneOff(QDate day, int startMinute, int endMinute, AvailabilityKind kind)
{
    const OneOffWindow window{NoId, m_freelancer.id, day, startMinute, endMinute, kind};
    const ValidationErrors errors = window.validate();
    showErrors(QStringLiteral("oneOff"), errors);
    if (!errors.isEmpty() || m_readOnly)
        return false;
    m_availability.oneOff.append(window);
    std::sort(m_availability.oneOff.begin(), m_availability.oneOff.end(),
              [](const OneOffWindow& a, const OneOffWindow& b) {
                  return std::pair(a.day, a.startMinute) < std::pair(b.day, b.startMinute);
              });
    refreshLists();
    refreshPreview();
    return true;
}

QWidget* AvailabilityEditor::buildTravelTab()
{
    auto* page = new QWidget(this);
    m_travelTable = makeTable({tr("From"), tr("To"), tr("Time zone"), tr("UTC offset")}, page);
    m_travelFirst = new QDateEdit(m_previewFrom, page);
    m_travelLast = new QDateEdit(m_previewFrom.addDays(6), page);
    for (QDateEdit* edit : {m_travelFirst, m_travelLast}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    }
    m_travelZone = new QComboBox(page);
    m_travelZone->setEditable(true);
    m_travelZone->setInsertPolicy(QComboBox::NoInsert);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        if (id.contains('/'))
            m_travelZone->addItem(
                QStringLiteral("%1 (%2)").arg(QString::fromUtf8(id), utcOffsetText(id, now)), id);
    m_travelZone->setCurrentIndex(-1);
    m_travelZone->lineEdit()->setPlaceholderText(tr("e.g. Asia/Dubai"));
    auto* add = new QPushButton(tr("Add travel"), page);
    auto* remove = new QPushButton(tr("Remove selected"), page);
    connect(add, &QPushButton::clicked, this, [this] {
        // A typed name works as well as a picked one: take the id before " (UTC…)".
        QString text = m_travelZone->currentText().trimmed();
        if (const qsizetype paren = text.indexOf(QStringLiteral(" (")); paren > 0)
            text.truncate(paren);
        addTravel(m_travelFirst->date(), m_travelLast->date(), text.toUtf8());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_travelTable->currentRow();
        if (row >= 0 && row < m_availability.travel.size()) {
            m_availability.travel.removeAt(row);
            refreshLists();
            refreshPreview();
        }
    });
    auto* form = new QFormLayout;
    form->addRow(tr("First day there"), m_travelFirst);
    form->addRow(QString(), messageLabel(QStringLiteral("travel.firstDay")));
    form->addRow(tr("Last day there"), m_travelLast);
    form->addRow(QString(), messageLabel(QStringLiteral("travel.lastDay")));
    form->addRow(tr("Time zone"), m_travelZone);
    form->addRow(QString(), messageLabel(QStringLiteral("travel.timeZone")));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    auto* note = new QLabel(tr("On these dates the weekly hours are read in the zone they travel "
                               "to: 09:00–17:00 stays 09:00–17:00 on their watch."),
                            page);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(m_travelTable, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    page->setEnabled(!m_readOnly);
    return page;
}

bool AvailabilityEditor::addTravel(QDate first, QDate last, const QByteArray& zone)
{
    const TravelPeriod period{NoId, m_freelancer.id, first, last, zone};
    ValidationErrors errors = period.validate();
    if (errors.isEmpty()) {
        QList<TravelPeriod> plan = m_availability.travel;
        plan.append(period);
        errors = validateTravelPlan(plan);
    }
    showErrors(QStringLiteral("travel"), errors);
    if (!errors.isEmpty() || m_readOnly)
        return false;
    m_availability.travel.append(period);
    std::sort(m_availability.travel.begin(), m_availability.travel.end(),
              [](const TravelPeriod& a, const TravelPeriod& b) { return a.firstDay < b.firstDay; });
    refreshLists();
    refreshPreview();
    return true;
}

void AvailabilityEditor::refreshLists()
{
    m_timeOffTable->setRowCount(int(m_availability.timeOff.size()));
    for (int row = 0; row < m_availability.timeOff.size(); ++row) {
        const TimeOff& off = m_availability.timeOff[row];
        setRow(m_timeOffTable, row, {dateText(off.firstDay), dateText(off.lastDay), off.reason});
    }
    m_oneOffTable->setRowCount(int(m_availability.oneOff.size()));
    for (int row = 0; row < m_availability.oneOff.size(); ++row) {
        const OneOffWindow& w = m_availability.oneOff[row];
        setRow(m_oneOffTable, row,
               {dateText(w.day), hhmm(w.startMinute), hhmm(w.endMinute),
                w.kind == AvailabilityKind::Preferred ? tr("Preferred") : tr("Available")});
    }
    m_travelTable->setRowCount(int(m_availability.travel.size()));
    for (int row = 0; row < m_availability.travel.size(); ++row) {
        const TravelPeriod& t = m_availability.travel[row];
        setRow(m_travelTable, row,
               {dateText(t.firstDay), dateText(t.lastDay), QString::fromUtf8(t.timeZone),
                utcOffsetText(t.timeZone, QDateTime(t.firstDay, QTime(12, 0), Qt::UTC))});
    }
    for (QTableWidget* table : {m_timeOffTable, m_oneOffTable, m_travelTable})
        table->resizeColumnsToContents();
}

// --- preview and history --------------------------------------------------------------------

QWidget* AvailabilityEditor::buildPreviewTab()
{
    auto* page = new QWidget(this);
    m_preview = new AvailabilityPreviewWidget(page);
    auto* scroll = new QScrollArea(page);
    scroll->setWidget(m_preview);
    scroll->setWidgetResizable(true);
    auto* layout = new QVBoxLayout(page);
    auto* note = new QLabel(tr("The next %1 weeks as the team sees them, in the planning time zone "
                               "%2. ▲ marks a day the time difference changes (daylight saving "
                               "time on either side, or travel).")
                                .arg(PreviewWeeks)
                                .arg(QString::fromUtf8(m_settings.planningTimeZone)),
                            page);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(scroll, 1);
    return page;
}

void AvailabilityEditor::refreshPreview()
{
    m_preview->setPreview(previewInPlanningZone(m_freelancer, availability(),
                                                m_settings.planningTimeZone, m_previewFrom,
                                                PreviewWeeks * 7),
                          m_settings.planningTimeZone);
}

QWidget* AvailabilityEditor::buildHistoryTab()
{
    auto* page = new QWidget(this);
    m_history = new QListWidget(page);
    m_history->setWordWrap(true);
    for (const AvailabilityChange& change : m_historyItems)
        m_history->addItem(
            tr("Changed by %1 on %2 UTC: %3")
                .arg(change.actor,
                     QLocale().toString(change.atUtc, QStringLiteral("d MMM yyyy HH:mm")),
                     change.summary));
    if (m_historyItems.isEmpty())
        m_history->addItem(tr("No changes recorded yet."));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_history);
    return page;
}

} // namespace shiftlane::ui
