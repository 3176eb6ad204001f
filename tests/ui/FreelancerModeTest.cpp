// Freelancer mode: one freelancer sees their own shifts in their own zone and cannot change
// anyone else's data, through the window's gestures or the requests and panels underneath.
#include "../PdfText.h"
#include "MainWindow.h"
#include "availability/AvailabilityEditor.h"
#include "availability/MyAvailabilityPage.h"
#include "demand/DemandDayModel.h"
#include "demand/DemandPanel.h"
#include "edit/FreelancerEdits.h"
#include "edit/ScheduleEditor.h"
#include "export/ExportController.h"
#include "insights/InsightsDashboard.h"
#include "people/FreelancerDialog.h"
#include "people/FreelancersPanel.h"
#include "reports/ReportActions.h"
#include "rules/BrokenRulesPanel.h"
#include "schedule/WeekScheduleModel.h"
#include "storage/Repositories.h"
#include "timeline/TimelineView.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace shiftlane;
using namespace shiftlane::ui;

namespace {

const QDate Monday(2026, 11, 30);

struct Team
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("team.shiftlane"));
    Id phone = 0;
    Id ana = 0;
    Id zoe = 0;
    Id anaShift = 0;
    Id zoeShift = 0;
    Id openShift = 0;

    Team()
    {
        auto db = Database::create(path);
        PlanningSettings settings;
        settings.planningTimeZone = "Europe/Lisbon";
        SettingsRepository(*db).save(settings);
        phone =
            SkillRepository(*db).add({NoId, QStringLiteral("Phone"), QStringLiteral("#1f77b4")});
        Freelancer f;
        f.skillIds = {phone};
        f.name = QStringLiteral("Ana Souza");
        f.timeZone = "Asia/Manila";
        ana = FreelancerRepository(*db).add(f);
        f.name = QStringLiteral("Zoe Ng");
        f.timeZone = "America/Bogota";
        zoe = FreelancerRepository(*db).add(f);
        anaShift = addShift(*db, ana, 9);
        zoeShift = addShift(*db, zoe, 14);
        openShift = addShift(*db, std::nullopt, 11);
        DemandRepository(*db).set({{phone, Monday, 20, 2}}, 30);
    }

    Id addShift(Database& db, std::optional<Id> who, int hour) const
    {
        Shift s;
        s.start = QDateTime(Monday, QTime(hour, 0), Qt::UTC);
        s.end = s.start.addSecs(6 * 3600);
        s.skillId = phone;
        s.freelancerId = who;
        return ScheduleRepository(db).add(s);
    }

    std::unique_ptr<Database> read() const
    {
        return Database::open(path, Database::Mode::ReadOnly);
    }
};

} // namespace

TEST_CASE("A freelancer sees only their own shifts, in their own time zone, read-only")
{
    Team team;
    MainWindow window;
    REQUIRE_FALSE(window.openFile(team.path).has_value());
    CHECK(window.timeline()->rowCount() == 3); // two people and Unassigned
    window.setActor(Actor::freelancerNamed(*window.database(), QStringLiteral("ana souza")));

    CHECK(window.actor().freelancerId() == team.ana);
    CHECK(window.timeline()->rowCount() == 1);
    CHECK(window.timeline()->rowFreelancer(0) == team.ana);
    CHECK(window.timeline()->displayZone() == "Asia/Manila");
    CHECK(window.timeline()->isReadOnly());
    CHECK(window.timeline()->shiftRect(team.zoeShift).isEmpty());
    CHECK_FALSE(window.timeline()->shiftRect(team.anaShift).isEmpty());
    // 09:00 UTC is 17:00 in Manila: the tooltip speaks the freelancer's time.
    const QString tip =
        window.timeline()->toolTipAt(window.timeline()->shiftRect(team.anaShift).center());
    CHECK(tip.contains(QStringLiteral("17:00–23:00 (Asia/Manila)")));
    CHECK(window.profileBox()->currentText() == QStringLiteral("Ana Souza"));

    // Back to the team lead through the profile box.
    window.profileBox()->setCurrentIndex(0);
    CHECK(window.actor().isTeamLead());
    CHECK(window.timeline()->rowCount() == 3);
    CHECK_FALSE(window.timeline()->isReadOnly());
}

TEST_CASE("Freelancer mode cannot change anyone else's data through the window or its models")
{
    Team team;
    MainWindow window;
    REQUIRE_FALSE(window.openFile(team.path).has_value());
    window.profileBox()->setCurrentIndex(
        window.profileBox()->findData(QVariant::fromValue<qint64>(team.ana)));
    REQUIRE(window.actor().freelancerId() == team.ana);
    const Actor ana = window.actor();
    const int steps = window.undoStack()->count();

    // The timeline's requests, as its gestures would send them, are refused in core.
    TimelineView* timeline = window.timeline();
    Q_EMIT timeline->deleteRequested({team.zoeShift});
    CHECK(window.lastError().contains(QStringLiteral("cannot change the schedule")));
    Q_EMIT timeline->assignRequested({team.zoeShift}, team.ana);
    Q_EMIT timeline->pinRequested({team.anaShift}, true);
    const Shift zoeShift = *ScheduleRepository(*team.read()).find(team.zoeShift);
    CHECK(zoeShift.freelancerId == team.zoe);
    CHECK_FALSE(ScheduleRepository(*team.read()).find(team.anaShift)->pinned);
    const ScheduleEditor editor(window.snapshot(), ana);
    CHECK_THROWS_AS(editor.requestDelete({team.zoeShift}), StorageError);
    CHECK_THROWS_AS(editor.requestAssign({team.anaShift}, std::nullopt), StorageError);

    // Solve does not start.
    window.solve(false);
    CHECK(window.runningSolve() == nullptr);
    CHECK(window.lastError().contains(QStringLiteral("cannot solve the schedule")));

    // The Freelancers tab: no edit of anyone (the request itself refuses too).
    window.freelancersPanel()->setRunDialog([](FreelancerDialog&) { return true; });
    window.freelancersPanel()->editFreelancer(team.zoe);
    window.freelancersPanel()->removeFreelancer(team.zoe);
    CHECK(window.lastError().contains(QStringLiteral("cannot remove freelancers")));
    CHECK(FreelancerRepository(*team.read()).find(team.zoe).has_value());
    const Freelancer zoe = *FreelancerRepository(*team.read()).find(team.zoe);
    Freelancer renamed = zoe;
    renamed.name = QStringLiteral("Zoe Hacked");
    CHECK_THROWS_AS(FreelancerSave(ana, zoe, renamed), StorageError);
    auto db = Database::open(team.path);
    CHECK_THROWS_AS(
        FreelancerRemoval::prepare(*db, ana, team.zoe, FreelancerRemoval::Shifts::Delete),
        StorageError);

    // The demand grid is read-only and Save is refused.
    DemandPanel* demand = window.demandPanel();
    demand->selectSkill(team.phone);
    demand->addOverride(Monday);
    DemandDayModel* model = demand->dayModel();
    const QModelIndex cell = model->index(20, DemandDayModel::ValueColumn);
    CHECK_FALSE(model->flags(cell) & Qt::ItemIsEditable);
    CHECK_FALSE(model->setData(cell, QStringLiteral("9")));
    CHECK_FALSE(demand->save());
    CHECK(demand->status().contains(QStringLiteral("cannot change the demand")));
    CHECK(DemandRepository(*team.read()).between(Monday, Monday).first().required == 2);

    CHECK(window.undoStack()->count() == steps);
}

namespace {

// The window's rules dock after its background check of the latest snapshot.
const QList<BrokenRule>& settledRules(MainWindow& window)
{
    BrokenRulesPanel* panel = window.brokenRulesPanel();
    if (panel->isUpdating()) {
        QSignalSpy updated(panel, &BrokenRulesPanel::updated);
        while (panel->isUpdating())
            REQUIRE(updated.wait(60000));
    }
    return panel->rules();
}

QStringList columnTexts(const QAbstractItemModel* model, int column)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, column).data().toString();
    return texts;
}

QString allCells(const QAbstractItemModel* model)
{
    QStringList cells;
    for (int row = 0; row < model->rowCount(); ++row)
        for (int column = 0; column < model->columnCount(); ++column)
            cells << model->index(row, column).data().toString();
    return cells.join(QLatin1Char('|'));
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_CASE("A freelancer sees only their own rules, row, figures and exports and the team lead all")
{
    Team team;
    MainWindow window;
    REQUIRE_FALSE(window.openFile(team.path).has_value());
    // Nobody said when they can work, so both shifts break the availability rule.
    settledRules(window);
    CHECK(
        columnTexts(window.brokenRulesPanel()->view()->model(), BrokenRulesPanel::FreelancerColumn)
            .contains(QStringLiteral("Zoe Ng")));
    CHECK(window.freelancersPanel()->proxy()->rowCount() == 2);
    CHECK(window.scheduleModel()->rowCount() == 3);

    window.setActor(Actor::freelancerNamed(*window.database(), QStringLiteral("Ana Souza")));

    // Broken rules: only the rows about Ana, none about Zoe or the team's coverage.
    const QList<BrokenRule>& rules = settledRules(window);
    REQUIRE_FALSE(rules.isEmpty());
    for (const BrokenRule& r : rules) {
        CHECK(r.freelancerId == team.ana);
        CHECK_FALSE(r.rule.contains(QStringLiteral("Zoe")));
    }
    const QStringList shownNames =
        columnTexts(window.brokenRulesPanel()->view()->model(), BrokenRulesPanel::FreelancerColumn);
    CHECK(shownNames.contains(QStringLiteral("Ana Souza")));
    CHECK_FALSE(shownNames.contains(QStringLiteral("Zoe Ng")));
    CHECK(shownNames.count(QString()) == 0); // no coverage rows

    // The Freelancers tab and the week table: Ana's row only, no Unassigned row.
    CHECK(window.freelancersPanel()->proxy()->rowCount() == 1);
    CHECK_FALSE(allCells(window.freelancersPanel()->proxy()).contains(QStringLiteral("Zoe")));
    CHECK(allCells(window.freelancersPanel()->proxy()).contains(QStringLiteral("Ana Souza")));
    // Not even Zoe's availability opens, whatever calls the panel.
    bool opened = false;
    window.freelancersPanel()->setRunAvailability([&](AvailabilityEditor&) {
        opened = true;
        return false;
    });
    window.freelancersPanel()->editAvailability(team.zoe);
    CHECK_FALSE(opened);
    CHECK(window.lastError().contains(QStringLiteral("cannot see the shifts or availability of "
                                                     "Zoe Ng")));
    window.freelancersPanel()->editAvailability(team.ana);
    CHECK(opened);
    const WeekScheduleModel* week = window.scheduleModel();
    REQUIRE(week->rowCount() == 1);
    CHECK(week->index(0, WeekScheduleModel::NameColumn).data().toString() ==
          QStringLiteral("Ana Souza"));
    CHECK_FALSE(allCells(week).contains(QStringLiteral("14:00"))); // Zoe's shift, Lisbon time
    CHECK_FALSE(allCells(week).contains(QStringLiteral("11:00"))); // the open shift

    // Insights: Ana's figures; coverage of the whole team; no team cost.
    InsightsDashboard* insights = window.insightsDashboard();
    REQUIRE(insights->insights().freelancers.size() == 1);
    CHECK(insights->insights().freelancers[0].freelancerId == team.ana);
    REQUIRE(insights->insights().coverage.size() == 1);
    CHECK(insights->insights().costPerWeek.isEmpty());
    CHECK(insights->chartView(InsightsDashboard::Chart::CostPerWeek)->isHidden());

    // Exports: her shifts only; Zoe's calendar is refused and nothing is written.
    const QString csvPath = team.dir.filePath(QStringLiteral("mine.csv"));
    {
        QSignalSpy done(window.exports(), &ExportController::finished);
        REQUIRE(window.exports()->exportSchedule(csvPath));
        REQUIRE(done.wait(20000));
        CHECK(done.at(0).at(0).toString().isEmpty());
    }
    const QString csv = QString::fromUtf8(contents(csvPath));
    CHECK(csv.contains(QStringLiteral("Ana Souza")));
    CHECK_FALSE(csv.contains(QStringLiteral("Zoe Ng")));
    const QString zoeIcs = team.dir.filePath(QStringLiteral("zoe.ics"));
    {
        QSignalSpy done(window.exports(), &ExportController::finished);
        window.exports()->exportCalendar(team.zoe, std::nullopt, zoeIcs);
        REQUIRE(done.count() == 1);
        CHECK(done.at(0).at(0).toString().contains(
            QStringLiteral("cannot see the shifts or availability of Zoe Ng")));
    }
    CHECK_FALSE(QFile::exists(zoeIcs));
    const QString pdf = team.dir.filePath(QStringLiteral("mine.pdf"));
    {
        QSignalSpy finished(window.reportActions(), &ReportActions::finished);
        REQUIRE(window.reportActions()->exportPdf(pdf, {true, true, true}));
        REQUIRE(finished.wait(30000));
    }
    const QString printed = pdfText(pdf);
    CHECK(printed.contains(QStringLiteral("Ana Souza")));
    CHECK_FALSE(printed.contains(QStringLiteral("Zoe Ng")));
    CHECK_FALSE(printed.contains(QStringLiteral("Unassigned")));

    // The team lead sees everyone again.
    window.setActor(Actor::teamLead());
    bool zoeListed = false;
    for (const BrokenRule& r : settledRules(window))
        zoeListed = zoeListed || r.freelancerId == team.zoe;
    CHECK(zoeListed);
    CHECK(window.freelancersPanel()->proxy()->rowCount() == 2);
    CHECK(window.scheduleModel()->rowCount() == 3);
    CHECK(window.insightsDashboard()->insights().freelancers.size() == 2);
}

TEST_CASE("A freelancer starts on their own availability and saves it with an audit line")
{
    Team team;
    MainWindow window;
    REQUIRE_FALSE(window.openFile(team.path).has_value());
    auto* tabs = window.findChild<QTabWidget*>();
    REQUIRE(tabs);
    const int page = tabs->indexOf(window.myAvailabilityPage());
    CHECK_FALSE(tabs->isTabVisible(page));
    CHECK_FALSE(window.myAvailabilityAction()->isVisible());
    CHECK(window.myAvailabilityPage()->editor() == nullptr);

    window.setActor(Actor::freelancerNamed(*window.database(), QStringLiteral("Ana Souza")));
    CHECK(tabs->isTabVisible(page));
    CHECK(tabs->currentWidget() == window.myAvailabilityPage());
    CHECK(window.myAvailabilityAction()->isVisible());
    AvailabilityEditor* editor = window.myAvailabilityPage()->editor();
    REQUIRE(editor);
    CHECK_FALSE(editor->isReadOnly());
    CHECK(editor->windowTitle().contains(QStringLiteral("Ana Souza")));

    // The menu action comes back to the page from anywhere.
    tabs->setCurrentIndex(0);
    window.myAvailabilityAction()->trigger();
    CHECK(tabs->currentWidget() == window.myAvailabilityPage());

    const int steps = window.undoStack()->count();
    REQUIRE(editor->addTimeOff(QDate(2026, 12, 24), QDate(2026, 12, 26), QStringLiteral("Family")));
    CHECK(window.myAvailabilityPage()->hasUnsavedChanges());
    editor->saveButton()->click();

    const FreelancerAvailability saved =
        AvailabilityRepository(*team.read()).forFreelancer(team.ana);
    REQUIRE(saved.timeOff.size() == 1);
    CHECK(saved.timeOff[0].reason == QStringLiteral("Family"));
    CHECK(window.undoStack()->count() == steps + 1);
    const QList<AvailabilityChange> history =
        AvailabilityAuditRepository(*team.read()).forFreelancer(team.ana);
    REQUIRE(history.size() == 1);
    CHECK(history[0].actor == QStringLiteral("Ana Souza"));
    // A fresh editor shows the saved state and its history line.
    AvailabilityEditor* fresh = window.myAvailabilityPage()->editor();
    REQUIRE(fresh);
    CHECK_FALSE(window.myAvailabilityPage()->hasUnsavedChanges());
    CHECK(fresh->availability().timeOff.size() == 1);
    CHECK(fresh->history()->count() >= 1);

    // Typed but not saved: a refresh from the file keeps it; Discard puts back the file's.
    REQUIRE(fresh->addTimeOff(QDate(2027, 1, 4), QDate(2027, 1, 4), QStringLiteral("Dentist")));
    window.refreshFromFile();
    REQUIRE(window.myAvailabilityPage()->editor() == fresh);
    CHECK(fresh->availability().timeOff.size() == 2);
    window.myAvailabilityPage()->discard();
    CHECK(window.myAvailabilityPage()->editor()->availability().timeOff.size() == 1);
    CHECK(AvailabilityRepository(*team.read()).forFreelancer(team.ana).timeOff.size() == 1);
    CHECK(AvailabilityRepository(*team.read()).forFreelancer(team.zoe).timeOff.isEmpty());

    // Undo takes the save back, in the file too.
    window.undoStack()->undo();
    CHECK(AvailabilityRepository(*team.read()).forFreelancer(team.ana).timeOff.isEmpty());

    window.setActor(Actor::teamLead());
    CHECK_FALSE(tabs->isTabVisible(page));
    CHECK_FALSE(window.myAvailabilityAction()->isVisible());
}

TEST_CASE("A travelling freelancer's timeline shows each shift in the zone in force that date")
{
    Team team;
    // Ana (home Asia/Manila, UTC+8) is in Dubai (UTC+4) from Tuesday to Thursday.
    const QDate tuesday = Monday.addDays(1);
    Id travelShift = 0;
    Id afterShift = 0;
    {
        auto db = Database::open(team.path);
        AvailabilityRepository(*db).replaceTravel(
            team.ana, {{NoId, team.ana, tuesday, Monday.addDays(3), "Asia/Dubai"}});
        Shift s;
        s.start = QDateTime(tuesday, QTime(9, 0), Qt::UTC);
        s.end = s.start.addSecs(6 * 3600);
        s.skillId = team.phone;
        s.freelancerId = team.ana;
        travelShift = ScheduleRepository(*db).add(s);
        s.start = QDateTime(Monday.addDays(4), QTime(9, 0), Qt::UTC); // Friday: home again
        s.end = s.start.addSecs(6 * 3600);
        afterShift = ScheduleRepository(*db).add(s);
    }
    MainWindow window;
    REQUIRE_FALSE(window.openFile(team.path).has_value());
    window.setActor(Actor::freelancerNamed(*window.database(), QStringLiteral("Ana Souza")));
    TimelineView* timeline = window.timeline();
    timeline->resize(1400, 400);
    timeline->zoomToDays(7);

    CHECK(timeline->displayZone() == "Asia/Manila");
    const qint64 tuesdayNine = QDateTime(tuesday, QTime(9, 0), Qt::UTC).toSecsSinceEpoch();
    CHECK(timeline->zoneIdAt(tuesdayNine) == "Asia/Dubai");
    CHECK(timeline->zoneIdAt(QDateTime(Monday, QTime(9, 0), Qt::UTC).toSecsSinceEpoch()) ==
          "Asia/Manila");

    const auto tipOf = [&](Id shift) {
        const QRect rect = timeline->shiftRect(shift);
        REQUIRE_FALSE(rect.isEmpty());
        return timeline->toolTipAt(rect.center());
    };
    // Monday 09:00 UTC: 17:00 at home in Manila.
    CHECK(tipOf(team.anaShift).contains(QStringLiteral("17:00–23:00 (Asia/Manila)")));
    // Tuesday 09:00 UTC: 13:00 in Dubai, said so.
    const QString away = tipOf(travelShift);
    CHECK(away.contains(QStringLiteral("13:00–19:00 (Asia/Dubai)")));
    CHECK(away.contains(QStringLiteral("Travelling: local time in Asia/Dubai (home: "
                                       "Asia/Manila)")));
    // Friday: home again.
    CHECK(tipOf(afterShift).contains(QStringLiteral("17:00–23:00 (Asia/Manila)")));

    // The week table reads the same watch: Monday at home, Tuesday in Dubai (said so).
    const WeekScheduleModel* week = window.scheduleModel();
    REQUIRE(week->rowCount() == 1);
    const auto cell = [&](int day) {
        return week->index(0, WeekScheduleModel::FirstDayColumn + day).data().toString();
    };
    CHECK(cell(0) == QStringLiteral("17:00–23:00 Phone"));
    CHECK(cell(1) == QStringLiteral("13:00–19:00 Phone (Asia/Dubai)"));
    CHECK(cell(4) == QStringLiteral("17:00–23:00 Phone"));

    // What she sees: the window painted on the timeline tab, travel days marked in the header.
    REQUIRE(window.showTab(QStringLiteral("Timeline")));
    window.resize(1400, 820);
    CHECK_FALSE(window.grab().toImage().isNull());

    // The team lead's timeline reads every shift in the planning zone (Lisbon, UTC+0 then).
    window.setActor(Actor::teamLead());
    CHECK(timeline->zoneIdAt(tuesdayNine) == "Europe/Lisbon");
    CHECK(tipOf(travelShift).contains(QStringLiteral("09:00–15:00 (Europe/Lisbon)")));
    const WeekScheduleModel* teamWeek = window.scheduleModel();
    const int anaRow = teamWeek->index(0, WeekScheduleModel::NameColumn).data().toString() ==
                               QStringLiteral("Ana Souza")
                           ? 0
                           : 1;
    CHECK(teamWeek->index(anaRow, WeekScheduleModel::FirstDayColumn + 1).data().toString() ==
          QStringLiteral("09:00–15:00 Phone"));
}
