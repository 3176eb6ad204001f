// shiftlane-cli info: what a database file holds, or why it cannot be read.
#include "commands/InfoCommand.h"

#include "storage/Repositories.h"
#include "time/PlanningCalendar.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

namespace shiftlane::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("InfoCommand", text);
}

} // namespace

QString InfoCommand::name() const
{
    return QStringLiteral("info");
}

QString InfoCommand::summary() const
{
    return tr("Show what a database file holds.");
}

void InfoCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("db"), tr("The database file."), tr("FILE")});
}

int InfoCommand::run(const QCommandLineParser& parser, CliOutput& io) const
{
    if (!requireOption(parser, QStringLiteral("db"), io))
        return ExitUsage;
    // Read-only: looking at a file never changes it, and works on read-only files.
    auto db = openDatabase(parser.value(QStringLiteral("db")), Database::Mode::ReadOnly, io);
    if (!db)
        return ExitBadInput;
    try {
        const PlanningSettings settings = SettingsRepository(*db).load();
        const QList<Skill> skills = SkillRepository(*db).all();
        const QList<Freelancer> freelancers = FreelancerRepository(*db).all();
        const qsizetype templates = TemplateRepository(*db).all().size();
        DemandRepository demand(*db);
        ScheduleRepository schedule(*db);

        QStringList skillNames;
        for (const Skill& skill : skills)
            skillNames << skill.name;
        QSet<QByteArray> zones;
        for (const Freelancer& f : freelancers)
            zones.insert(f.timeZone);

        auto row = [&](const QString& label, const QString& value) {
            io.out << QStringLiteral("%1 %2").arg(label + QLatin1Char(':'), -18).arg(value)
                   << Qt::endl;
        };
        row(tr("File"), db->path());
        row(tr("Schema version"), QString::number(db->schemaVersion()));
        row(tr("Team"), settings.teamName);
        row(tr("Planning zone"), tr("%1 (demand in %2-minute intervals, weeks start on %3)")
                                     .arg(QString::fromUtf8(settings.planningTimeZone))
                                     .arg(settings.intervalMinutes)
                                     .arg(QLocale::c().dayName(settings.weekStart)));
        row(tr("Skills"), QStringLiteral("%1 (%2)")
                              .arg(skills.size())
                              .arg(skillNames.join(QStringLiteral(", "))));
        row(tr("Freelancers"), tr("%1 in %2 time zones").arg(freelancers.size()).arg(zones.size()));
        row(tr("Shift templates"), QString::number(templates));
        const auto overrideDays = demand.dateRange();
        row(tr("Demand"),
            tr("%1 skills planned, %2 dated overrides%3")
                .arg(demand.plannedSkills())
                .arg(demand.countOverrideDays())
                .arg(overrideDays ? tr(" from %1 to %2")
                                        .arg(overrideDays->first.toString(Qt::ISODate),
                                             overrideDays->second.toString(Qt::ISODate))
                                  : QString()));
        const auto extent = schedule.extent();
        if (extent) {
            const PlanningCalendar calendar{QTimeZone(settings.planningTimeZone)};
            const QList<Shift> shifts = schedule.overlapping(*extent);
            const auto assigned = std::count_if(shifts.begin(), shifts.end(),
                                                [](const Shift& s) { return s.isAssigned(); });
            const auto pinned = std::count_if(shifts.begin(), shifts.end(),
                                              [](const Shift& s) { return s.pinned; });
            row(tr("Shifts"), tr("%1 (%2 assigned, %3 pinned) from %4 to %5")
                                  .arg(shifts.size())
                                  .arg(assigned)
                                  .arg(pinned)
                                  .arg(calendar.dayOf(extent->start).toString(Qt::ISODate),
                                       calendar.dayOf(extent->end - 1).toString(Qt::ISODate)));
        } else {
            row(tr("Shifts"), tr("none"));
        }
    } catch (const StorageError& error) {
        io.err << error.message() << Qt::endl;
        return ExitBadInput;
    }
    return ExitOk;
}

} // namespace shiftlane::cli
