#include "domain/Availability.h"
#include "domain/Demand.h"
#include "domain/Freelancer.h"
#include "domain/PlanningSettings.h"
#include "domain/Shift.h"
#include "domain/ShiftTemplate.h"
#include "domain/Skill.h"

#include <catch2/catch.hpp>

using namespace shiftlane;

namespace {

QStringList fields(const ValidationErrors& errors)
{
    QStringList names;
    for (const ValidationError& error : errors)
        names << error.field;
    return names;
}

Freelancer validFreelancer()
{
    Freelancer ana;
    ana.name = QStringLiteral("Ana Souza");
    ana.timeZone = "Asia/Manila";
    ana.hourlyRateCents = 1800;
    ana.currency = QStringLiteral("USD");
    return ana;
}

} // namespace

TEST_CASE("A complete freelancer is valid")
{
    CHECK(validFreelancer().validate().isEmpty());
}

TEST_CASE("A freelancer with an unknown time zone is rejected naming the field")
{
    Freelancer ana = validFreelancer();
    ana.timeZone = "Mars/Olympus_Mons";
    const ValidationErrors errors = ana.validate();
    REQUIRE(fields(errors) == QStringList{QStringLiteral("timeZone")});
    CHECK(errors[0].message.contains(QStringLiteral("Mars/Olympus_Mons")));
}

TEST_CASE("A negative rate, a bad currency and inverted hour limits are each named")
{
    Freelancer ana = validFreelancer();
    ana.hourlyRateCents = -5;
    ana.currency = QStringLiteral("euro");
    ana.limits.minMinutesPerWeek = 30 * 60;
    ana.limits.maxMinutesPerWeek = 20 * 60;
    ana.name = QStringLiteral("  ");
    CHECK(fields(ana.validate()) ==
          QStringList{QStringLiteral("name"), QStringLiteral("hourlyRate"),
                      QStringLiteral("currency"), QStringLiteral("minMinutesPerWeek")});
}

TEST_CASE("A window that ends before it starts is rejected")
{
    WeeklyWindow window;
    window.dayOfWeek = 2;
    window.startMinute = 13 * 60;
    window.endMinute = 9 * 60;
    CHECK(fields(window.validate()) == QStringList{QStringLiteral("end")});
    window.endMinute = 24 * 60;
    CHECK(window.validate().isEmpty());
    window.dayOfWeek = 8;
    CHECK(fields(window.validate()) == QStringList{QStringLiteral("dayOfWeek")});
}

TEST_CASE("Time off and one-off windows check their dates")
{
    TimeOff off;
    off.firstDay = QDate(2026, 5, 10);
    off.lastDay = QDate(2026, 5, 9);
    CHECK(fields(off.validate()) == QStringList{QStringLiteral("lastDay")});
    OneOffWindow extra;
    extra.startMinute = 60;
    extra.endMinute = 120;
    CHECK(fields(extra.validate()) == QStringList{QStringLiteral("day")});
}

TEST_CASE("Shift templates may cross midnight but not be empty or break-only")
{
    ShiftTemplate night;
    night.name = QStringLiteral("Night");
    night.skillId = 1;
    night.startMinute = 22 * 60;
    night.lengthMinutes = 8 * 60;
    night.unpaidBreakMinutes = 30;
    CHECK(night.validate().isEmpty());
    CHECK(night.crossesMidnight());
    CHECK(night.paidMinutes() == 450);
    night.unpaidBreakMinutes = 8 * 60;
    night.lengthMinutes = 0;
    CHECK(fields(night.validate()) ==
          QStringList{QStringLiteral("length"), QStringLiteral("unpaidBreak")});
}

TEST_CASE("Shifts, demand, skills and settings reject impossible values")
{
    Shift shift;
    shift.skillId = 1;
    shift.start = QDateTime(QDate(2026, 5, 4), QTime(9, 0), Qt::UTC);
    shift.end = shift.start.addSecs(-3600);
    CHECK(fields(shift.validate()) == QStringList{QStringLiteral("end")});

    DemandInterval demand{1, QDate(2026, 5, 4), 48, 2};
    CHECK(fields(demand.validate(30)) == QStringList{QStringLiteral("interval")});
    CHECK(demand.validate(15).isEmpty());

    Skill skill{NoId, QStringLiteral("Phone"), QStringLiteral("blue")};
    CHECK(fields(skill.validate()) == QStringList{QStringLiteral("color")});

    PlanningSettings settings;
    settings.planningTimeZone = "America/Bogota";
    settings.intervalMinutes = 20;
    CHECK(fields(settings.validate()) == QStringList{QStringLiteral("intervalMinutes")});
}
