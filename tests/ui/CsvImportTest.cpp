#include "MainWindow.h"
#include "io/ImportProblemsDialog.h"
#include "storage/Repositories.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace shiftlane;
using namespace shiftlane::ui;

namespace {

struct Team
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("team.shiftlane"));

    Team()
    {
        auto db = Database::create(path);
        const Id phone =
            SkillRepository(*db).add({NoId, QStringLiteral("Phone"), QStringLiteral("#1f77b4")});
        Freelancer f;
        f.name = QStringLiteral("Ana Souza");
        f.timeZone = "Asia/Manila";
        f.skillIds = {phone};
        FreelancerRepository(*db).add(f);
    }

    QString write(const QString& name, const QByteArray& bytes) const
    {
        const QString file = dir.filePath(name);
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        return file;
    }

    QList<Freelancer> freelancers() const
    {
        return FreelancerRepository(*Database::open(path, Database::Mode::ReadOnly)).all();
    }
};

} // namespace

TEST_CASE("Importing freelancers from the File menu is one undoable step")
{
    Team team;
    MainWindow window;
    REQUIRE_FALSE(window.openFile(team.path).has_value());
    const QString file =
        team.write(QStringLiteral("team.csv"), "name,time_zone,skills,max_hours_per_week\n"
                                               "Ana Souza,Asia/Manila,Phone|Chat,30\n"
                                               "Chen Wei,Asia/Shanghai,Chat,25\n"
                                               "Dora Lee,Europe/Lisbon,Phone,20\n");
    const QList<Freelancer> before = team.freelancers();
    REQUIRE(window.importCsv(MainWindow::ImportKind::Freelancers, file));
    CHECK(team.freelancers().size() == 3);
    CHECK(window.snapshot().freelancers.size() == 3); // the window shows them at once
    CHECK(window.undoStack()->count() == 1);
    CHECK(window.undoStack()->undoText() == QStringLiteral("Import freelancers from team.csv"));

    window.undoStack()->undo();
    CHECK(team.freelancers() == before);
    CHECK(window.snapshot().freelancers.size() == 1);
    window.undoStack()->redo();
    CHECK(team.freelancers().size() == 3);
}

TEST_CASE("A file with bad rows imports nothing and lists every bad row with line, column and "
          "reason")
{
    Team team;
    MainWindow window;
    REQUIRE_FALSE(window.openFile(team.path).has_value());
    const QString file =
        team.write(QStringLiteral("bad.csv"), "freelancer,kind,day,start,end\n"
                                              "Ana Souza,preferred,Monday,09:00,13:00\n"
                                              "Zed Unknown,available,Tuesday,10:00,12:00\n"
                                              "Ana Souza,sometimes,Friday,25:00,13:00\n");
    CHECK_FALSE(window.importCsv(MainWindow::ImportKind::Availability, file));
    CHECK(window.undoStack()->count() == 0);
    auto db = Database::open(team.path, Database::Mode::ReadOnly);
    CHECK(AvailabilityRepository(*db).forFreelancer(team.freelancers()[0].id).weekly.isEmpty());

    auto* dialog = window.findChild<ImportProblemsDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->heading().contains(QStringLiteral("bad.csv was not imported")));
    QTableWidget* table = dialog->table();
    REQUIRE(table->rowCount() == 3);
    QStringList rows;
    for (int row = 0; row < table->rowCount(); ++row)
        rows << QStringLiteral("%1|%2|%3")
                    .arg(table->item(row, 0)->text(), table->item(row, 1)->text(),
                         table->item(row, 2)->text());
    CHECK(
        rows[0].startsWith(QStringLiteral("3|freelancer|no freelancer is called \"Zed Unknown\"")));
    CHECK(rows[1].startsWith(QStringLiteral("4|kind|")));
    CHECK(rows[2].startsWith(QStringLiteral("4|start|")));
}

TEST_CASE("Travel imported from the File menu moves the freelancer's zone, in one undoable step: "
          "an overlapping trip is listed and imports nothing")
{
    Team team;
    MainWindow window;
    REQUIRE_FALSE(window.openFile(team.path).has_value());
    const Id ana = team.freelancers()[0].id;
    const QString good = team.write(QStringLiteral("trip.csv"),
                                    "freelancer,kind,day,start,end,until,time_zone\n"
                                    "Ana Souza,preferred,Monday,09:00,13:00,,\n"
                                    "Ana Souza,travel,2026-12-07,,,2026-12-13,Asia/Dubai\n");
    REQUIRE(window.importCsv(MainWindow::ImportKind::Availability, good));
    CHECK(window.undoStack()->undoText() == QStringLiteral("Import availability from trip.csv"));
    const QList<TravelPeriod> shown = window.snapshot().availability.value(ana).travel;
    REQUIRE(shown.size() == 1); // the window reads the new zone at once
    CHECK(shown[0].timeZone == "Asia/Dubai");
    window.undoStack()->undo();
    CHECK(window.snapshot().availability.value(ana).travel.isEmpty());
    {
        auto db = Database::open(team.path, Database::Mode::ReadOnly);
        CHECK(AvailabilityRepository(*db).forFreelancer(ana).travel.isEmpty());
    }
    window.undoStack()->redo();
    CHECK(window.snapshot().availability.value(ana).travel.size() == 1);

    const QString bad = team.write(QStringLiteral("overlap.csv"),
                                   "freelancer,kind,day,until,time_zone\n"
                                   "Ana Souza,travel,2027-01-04,2027-01-10,Asia/Tokyo\n"
                                   "Ana Souza,travel,2027-01-10,2027-01-12,Asia/Dubai\n");
    CHECK_FALSE(window.importCsv(MainWindow::ImportKind::Availability, bad));
    CHECK(window.undoStack()->count() == 1);
    auto* dialog = window.findChild<ImportProblemsDialog*>();
    REQUIRE(dialog);
    QTableWidget* table = dialog->table();
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == QStringLiteral("3"));
    CHECK(table->item(0, 1)->text() == QStringLiteral("day"));
    CHECK(table->item(0, 2)->text().startsWith(QStringLiteral("overlaps the travel on line 2")));
    auto db = Database::open(team.path, Database::Mode::ReadOnly);
    const QList<TravelPeriod> stored = AvailabilityRepository(*db).forFreelancer(ana).travel;
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].timeZone == "Asia/Dubai");
}
