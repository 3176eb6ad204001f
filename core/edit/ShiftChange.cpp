#include "edit/ShiftChange.h"

#include "storage/Repositories.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace shiftlane {

ShiftChange::ShiftChange(QString name, QList<Shift> before, QList<Shift> after)
    : m_name(std::move(name)), m_before(std::move(before)), m_after(std::move(after))
{}

bool ShiftChange::isEmpty() const
{
    auto byId = [](QList<Shift> shifts) {
        std::sort(shifts.begin(), shifts.end(),
                  [](const Shift& a, const Shift& b) { return a.id < b.id; });
        return shifts;
    };
    return byId(m_before) == byId(m_after);
}

void ShiftChange::apply(Database& db)
{
    transition(db, m_before, m_after);
}

void ShiftChange::revert(Database& db)
{
    QList<Shift> before = m_before;
    transition(db, m_after, before);
}

void ShiftChange::transition(Database& db, const QList<Shift>& from, QList<Shift>& to)
{
    ScheduleRepository schedule(db);
    Transaction transaction(db);
    QSet<Id> staying;
    for (const Shift& shift : to)
        if (shift.id != NoId)
            staying.insert(shift.id);
    for (const Shift& expected : from) {
        if (expected.id == NoId)
            continue;
        if (schedule.find(expected.id) != expected)
            throw StorageError(
                StorageError::Kind::Failed,
                QCoreApplication::translate("ShiftChange",
                                            "The schedule was changed elsewhere (another "
                                            "window?) since this edit; reload and try again."));
        if (!staying.contains(expected.id))
            schedule.remove(expected.id);
    }
    QSet<Id> existing;
    for (const Shift& shift : from)
        existing.insert(shift.id);
    for (Shift& shift : to) {
        if (shift.id != NoId && existing.contains(shift.id))
            schedule.update(shift);
        else
            shift.id = schedule.add(shift); // new, or brought back by undo with its old id
    }
    transaction.commit();
}

} // namespace shiftlane
