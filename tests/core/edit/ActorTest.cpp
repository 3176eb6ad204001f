#include "edit/Actor.h"
#include "storage/Repositories.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <functional>

using namespace shiftlane;

namespace {

QString refusal(const std::function<void()>& action)
{
    try {
        action();
    } catch (const StorageError& error) {
        CHECK(error.kind() == StorageError::Kind::NotAllowed);
        return error.message();
    }
    return {};
}

} // namespace

TEST_CASE("The team lead may edit everything, a freelancer only their own availability")
{
    const Actor lead = Actor::teamLead();
    const Actor ana = Actor::freelancer(7, QStringLiteral("Ana Souza"));
    CHECK(lead.isTeamLead());
    CHECK(lead.displayName() == QStringLiteral("Team lead"));
    CHECK(ana.isFreelancer());
    CHECK(ana.freelancerId() == 7);
    CHECK(ana.displayName() == QStringLiteral("Ana Souza"));

    CHECK(lead.mayEditTeamData());
    CHECK(lead.mayEditAvailabilityOf(7));
    CHECK(lead.mayEditAvailabilityOf(8));
    CHECK_FALSE(ana.mayEditTeamData());
    CHECK(ana.mayEditAvailabilityOf(7));
    CHECK_FALSE(ana.mayEditAvailabilityOf(8));

    CHECK(refusal([&] { lead.requireTeamLead(QStringLiteral("move shifts")); }).isEmpty());
    CHECK(refusal([&] {
              ana.requireMayEditAvailabilityOf(7, QStringLiteral("Ana Souza"));
          }).isEmpty());
    const QString moving = refusal([&] { ana.requireTeamLead(QStringLiteral("move shifts")); });
    CHECK(moving.contains(QStringLiteral("Ana Souza")));
    CHECK(moving.contains(QStringLiteral("cannot move shifts")));
    const QString others =
        refusal([&] { ana.requireMayEditAvailabilityOf(8, QStringLiteral("Ben Reyes")); });
    CHECK(others.contains(QStringLiteral("cannot change the availability or time off of Ben "
                                         "Reyes")));
}

TEST_CASE("The --as option finds a freelancer by name, ignoring case, and names the team otherwise")
{
    QTemporaryDir dir;
    auto db = Database::create(dir.filePath(QStringLiteral("t.shiftlane")));
    Freelancer f;
    f.name = QStringLiteral("Ana Souza");
    f.timeZone = "Asia/Manila";
    const Id ana = FreelancerRepository(*db).add(f);
    f.name = QStringLiteral("Ben Reyes");
    FreelancerRepository(*db).add(f);

    const Actor found = Actor::freelancerNamed(*db, QStringLiteral("  ana souza "));
    CHECK(found == Actor::freelancer(ana, QStringLiteral("Ana Souza")));
    try {
        Actor::freelancerNamed(*db, QStringLiteral("Zoe"));
        FAIL("an unknown name was accepted");
    } catch (const StorageError& error) {
        CHECK(error.kind() == StorageError::Kind::Invalid);
        CHECK(error.message() ==
              QStringLiteral("No freelancer is called \"Zoe\" (the team is: Ana Souza, Ben "
                             "Reyes)."));
    }
}
