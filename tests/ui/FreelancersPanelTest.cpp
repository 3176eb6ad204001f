#include "people/FreelancersPanel.h"
#include "MainWindow.h"
#include "people/FreelancerDialog.h"
#include "storage/Repositories.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace shiftlane;
using namespace shiftlane::ui;

namespace {

struct Team
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("team.shiftlane"));
    Id phone = 0;
    Id ana = 0;
    Id shift = 0;

    Team()
    {
        auto db = Database::create(path);
        PlanningSettings settings;
        settings.planningTimeZone = "UTC";
        SettingsRepository(*db).save(settings);
        phone =
            SkillRepository(*db).add({NoId, QStringLiteral("Phone"), QStringLiteral("#1f77b4")});
        for (const char* name : {"Ana Souza", "Zoe Ng", "Marc Roy"}) {
            Freelancer f;
            f.name = QString::fromLatin1(name);
            f.timeZone = name[0] == 'Z' ? "Asia/Manila" : "Europe/Lisbon";
            f.skillIds = {phone};
            const Id id = FreelancerRepository(*db).add(f);
            if (name[0] == 'A')
                ana = id;
        }
        Shift s;
        s.start = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
        s.end = s.start.addSecs(8 * 3600);
        s.skillId = phone;
        s.freelancerId = ana;
        shift = ScheduleRepository(*db).add(s);
    }

    std::unique_ptr<Database> open() const
    {
        return Database::open(path, Database::Mode::ReadOnly);
    }
};

} // namespace

TEST_CASE("The editor shows what is wrong next to each field and stays open")
{
    Freelancer f;
    f.name = QStringLiteral("Ana");
    f.timeZone = "UTC";
    FreelancerDialog dialog({}, f);
    dialog.show();
    dialog.timeZoneEdit()->setCurrentText(QStringLiteral("Mars/Olympus"));
    dialog.rateEdit()->setText(QStringLiteral("-5"));
    dialog.minHoursEdit()->setText(QStringLiteral("30"));
    dialog.maxHoursEdit()->setText(QStringLiteral("20"));
    QTest::keyClick(&dialog, Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(dialog.errorFor(QStringLiteral("timeZone"))
              .contains(QStringLiteral("unknown time zone \"Mars/Olympus\"")));
    CHECK(dialog.errorFor(QStringLiteral("hourlyRate")) ==
          QStringLiteral("the hourly rate cannot be negative"));
    CHECK(dialog.errorFor(QStringLiteral("minMinutesPerWeek"))
              .contains(QStringLiteral("above the maximum")));
    CHECK(dialog.errorFor(QStringLiteral("name")).isEmpty());

    dialog.timeZoneEdit()->setCurrentText(QStringLiteral("Asia/Manila"));
    dialog.rateEdit()->setText(QStringLiteral("18.5"));
    dialog.minHoursEdit()->setText(QStringLiteral("10"));
    QTest::keyClick(&dialog, Qt::Key_Return);
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.freelancer().hourlyRateCents == 1850);
    CHECK(dialog.freelancer().timeZone == "Asia/Manila");
}

TEST_CASE("Adding through the panel saves the freelancer and is undoable")
{
    Team team;
    MainWindow window;
    REQUIRE_FALSE(window.openFile(team.path).has_value());
    FreelancersPanel* panel = window.freelancersPanel();
    panel->setRunDialog([](FreelancerDialog& dialog) {
        dialog.nameEdit()->setText(QStringLiteral("Ben Reyes"));
        dialog.timeZoneEdit()->setCurrentText(QStringLiteral("America/Bogota"));
        return dialog.validate();
    });
    panel->addFreelancer();
    CHECK(FreelancerRepository(*team.open()).all().size() == 4);
    CHECK(panel->table()->model()->rowCount() == 4);
    CHECK(window.undoStack()->undoText() == QStringLiteral("Add Ben Reyes"));
    window.undoStack()->undo();
    CHECK(FreelancerRepository(*team.open()).all().size() == 3);
    CHECK(panel->table()->model()->rowCount() == 3);
}

TEST_CASE("Removing someone with shifts asks what to do with them, and undo restores them")
{
    Team team;
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE_FALSE(window.openFile(team.path).has_value());
    FreelancersPanel* panel = window.freelancersPanel();
    int asked = 0;
    panel->setAskShifts(
        [&](const Freelancer& f, int shifts) -> std::optional<FreelancerRemoval::Shifts> {
            ++asked;
            CHECK(f.name == QStringLiteral("Ana Souza"));
            CHECK(shifts == 1);
            return FreelancerRemoval::Shifts::Unassign;
        });
    panel->removeFreelancer(team.ana);
    CHECK(asked == 1);
    CHECK_FALSE(FreelancerRepository(*team.open()).find(team.ana).has_value());
    CHECK_FALSE(ScheduleRepository(*team.open()).find(team.shift)->isAssigned());
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(FreelancerRepository(*team.open()).find(team.ana).has_value());
    REQUIRE(ScheduleRepository(*team.open()).find(team.shift).has_value());
    CHECK(ScheduleRepository(*team.open()).find(team.shift)->freelancerId == team.ana);

    panel->setAskShifts([](const Freelancer&, int) { return std::nullopt; }); // Cancel
    panel->removeFreelancer(team.ana);
    CHECK(FreelancerRepository(*team.open()).find(team.ana).has_value());
}

TEST_CASE("The team table filters by text and sorts by time zone offset")
{
    Team team;
    MainWindow window;
    REQUIRE_FALSE(window.openFile(team.path).has_value());
    FreelancersPanel* panel = window.freelancersPanel();
    QTest::keyClicks(panel->filter(), QStringLiteral("manila"));
    REQUIRE(panel->table()->model()->rowCount() == 1);
    CHECK(panel->table()->model()->index(0, 0).data().toString() == QStringLiteral("Zoe Ng"));
    panel->filter()->clear();
    panel->table()->sortByColumn(2, Qt::DescendingOrder); // time zone: Manila (UTC+8) first
    CHECK(panel->table()->model()->index(0, 0).data().toString() == QStringLiteral("Zoe Ng"));
    CHECK(panel->table()->model()->index(0, 2).data().toString().startsWith(
        QStringLiteral("Asia/Manila (UTC+08:00)")));
}
