#include "edit/ImportEdits.h"

#include "availability/ChangeSummary.h"
#include "storage/Repositories.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace shiftlane {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("CsvImport", text, disambiguation, n);
}

} // namespace

CsvImport CsvImport::prepare(Database& db, const Actor& actor, Kind kind, const QByteArray& bytes,
                             const QString& fileName, Clock clock)
{
    if (kind == Kind::Freelancers)
        actor.requireTeamLead(tr("import freelancers"));
    CsvImport import(actor);
    import.m_clock = clock ? std::move(clock) : Clock(&QDateTime::currentDateTimeUtc);
    import.m_kind = kind;
    import.m_fileName = fileName;

    const QList<Skill> skillsBefore = SkillRepository(db).all();
    QHash<Id, Freelancer> peopleBefore;
    for (const Freelancer& f : FreelancerRepository(db).all())
        peopleBefore.insert(f.id, f);
    const QHash<Id, FreelancerAvailability> availabilityBefore =
        kind == Kind::Availability ? AvailabilityRepository(db).all()
                                   : QHash<Id, FreelancerAvailability>();

    {
        // A dry run: the import checks every row and writes, we read what it wrote, and the
        // transaction is rolled back when it goes out of scope uncommitted.
        Transaction dryRun(db);
        import.m_report = kind == Kind::Freelancers ? csv::importFreelancers(db, bytes)
                                                    : csv::importAvailability(db, bytes);
        if (!import.m_report.succeeded())
            return import;
        QSet<Id> knownSkills;
        for (const Skill& skill : skillsBefore)
            knownSkills.insert(skill.id);
        for (const Skill& skill : SkillRepository(db).all())
            if (!knownSkills.contains(skill.id))
                import.m_createdSkills.append(skill);
        if (kind == Kind::Freelancers) {
            for (const Freelancer& f : FreelancerRepository(db).all()) {
                const auto before = peopleBefore.constFind(f.id);
                if (before == peopleBefore.constEnd())
                    import.m_people.append({std::nullopt, f});
                else if (!(*before == f))
                    import.m_people.append({*before, f});
            }
        } else {
            const QHash<Id, FreelancerAvailability> after = AvailabilityRepository(db).all();
            for (auto it = peopleBefore.cbegin(); it != peopleBefore.cend(); ++it) {
                const FreelancerAvailability was = availabilityBefore.value(it.key());
                const FreelancerAvailability now = after.value(it.key());
                if (was != now)
                    import.m_availability.append({it.key(), was, now});
            }
        }
    }
    for (const AvailabilityChange& change : std::as_const(import.m_availability))
        actor.requireMayEditAvailabilityOf(change.freelancerId,
                                           peopleBefore.value(change.freelancerId).name);
    return import;
} // namespace shiftlane

QString CsvImport::summary() const
{
    QString text = m_kind == Kind::Freelancers
                       ? tr("Imported %1: %2 freelancer(s) added, %3 updated")
                             .arg(m_fileName)
                             .arg(m_report.added)
                             .arg(m_report.updated)
                       : tr("Imported %1: availability of %2 freelancer(s) replaced (%3 entries)")
                             .arg(m_fileName)
                             .arg(m_report.updated)
                             .arg(m_report.added);
    if (!m_report.newSkills.isEmpty())
        text += tr("; new skills: %1").arg(m_report.newSkills.join(QStringLiteral(", ")));
    return text + QLatin1Char('.');
}

QString CsvImport::name() const
{
    return m_kind == Kind::Freelancers ? tr("Import freelancers from %1").arg(m_fileName)
                                       : tr("Import availability from %1").arg(m_fileName);
}

void CsvImport::apply(Database& db)
{
    if (hasProblems())
        throw StorageError(StorageError::Kind::Invalid,
                           tr("%1 has problems; nothing was imported.").arg(m_fileName));
    Transaction transaction(db);
    SkillRepository skills(db);
    for (const Skill& skill : std::as_const(m_createdSkills))
        skills.add(skill); // with its id, so the freelancers' skills point at it again
    FreelancerRepository people(db);
    for (const PersonChange& change : std::as_const(m_people)) {
        if (change.before)
            people.update(change.after);
        else
            people.add(change.after);
    }
    AvailabilityRepository availability(db);
    for (const AvailabilityChange& change : std::as_const(m_availability))
        availability.replaceAll(change.freelancerId, change.after);
    recordAvailabilityAudit(db, false);
    transaction.commit();
}

void CsvImport::recordAvailabilityAudit(Database& db, bool undoing) const
{
    AvailabilityAuditRepository audit(db);
    const QDateTime now = m_clock();
    for (const AvailabilityChange& change : m_availability) {
        const QString what = describeAvailabilityChange(change.before, change.after);
        const QString summary = undoing ? tr("Undone: import from %1: %2").arg(m_fileName, what)
                                        : tr("Imported from %1: %2").arg(m_fileName, what);
        audit.record({NoId, now, m_actor.displayName(), change.freelancerId, summary});
    }
}

void CsvImport::revert(Database& db)
{
    Transaction transaction(db);
    AvailabilityRepository availability(db);
    for (const AvailabilityChange& change : std::as_const(m_availability))
        availability.replaceAll(change.freelancerId, change.before);
    recordAvailabilityAudit(db, true);
    FreelancerRepository people(db);
    for (const PersonChange& change : std::as_const(m_people)) {
        if (change.before)
            people.update(*change.before);
        else
            people.remove(change.after.id);
    }
    SkillRepository skills(db);
    for (const Skill& skill : std::as_const(m_createdSkills))
        skills.remove(skill.id);
    transaction.commit();
}

} // namespace shiftlane
