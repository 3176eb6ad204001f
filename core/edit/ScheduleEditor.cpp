#include "edit/ScheduleEditor.h"

#include <QCoreApplication>

namespace shiftlane {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ScheduleEditor", text);
}

// Undo-menu names read "Move shift" for one and "Move 3 shifts" for more.
QString counted(int n, const char* one, const char* many)
{
    return n == 1 ? tr(one) : tr(many).arg(n);
}

QDateTime utc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

} // namespace

ScheduleEditor::ScheduleEditor(const ScheduleSnapshot& snapshot)
    : m_snapshot(snapshot), m_calendar(snapshot.calendar())
{}

ScheduleEditor::ScheduleEditor(const ScheduleSnapshot& snapshot, Actor actor)
    : m_snapshot(snapshot), m_calendar(snapshot.calendar()), m_actor(std::move(actor))
{}

const Shift* ScheduleEditor::find(Id id) const
{
    for (const Shift& shift : m_snapshot.shifts)
        if (shift.id == id)
            return &shift;
    return nullptr;
}

qint64 ScheduleEditor::snap(qint64 seconds) const
{
    const int step = m_snapshot.settings.intervalMinutes;
    const QDate day = m_calendar.dayOf(seconds);
    const qint64 sinceMidnight = seconds - m_calendar.day(day).start;
    const qint64 minutes = (sinceMidnight + qint64{step} * 30) / 60; // round to the nearest step
    return m_calendar.instant(day, int(minutes - minutes % step));
}

std::optional<ShiftChange> ScheduleEditor::change(const QString& name, QList<Shift> before,
                                                  QList<Shift> after) const
{
    if (before == after)
        return std::nullopt;
    // Every request ends here: one place decides who may change the schedule.
    m_actor.requireTeamLead(tr("change the schedule (%1)").arg(name.toLower()));
    return ShiftChange(name, std::move(before), std::move(after));
}

std::optional<ShiftChange> ScheduleEditor::requestPlace(const QList<Placement>& placements) const
{
    QList<Shift> before;
    QList<Shift> after;
    bool resized = false;
    const qint64 minimum = qint64(m_snapshot.settings.intervalMinutes) * 60;
    for (const Placement& placement : placements) {
        const Shift* shift = find(placement.shiftId);
        if (!shift)
            return std::nullopt;
        Shift moved = *shift;
        const qint64 start = snap(placement.start);
        const qint64 end = std::max(snap(placement.end), start + minimum);
        resized = resized || end - start != shift->start.secsTo(shift->end);
        moved.start = utc(start);
        moved.end = utc(end);
        moved.freelancerId = placement.freelancerId;
        // A break longer than the shift makes no sense after shrinking it.
        moved.unpaidBreakMinutes =
            int(std::min<qint64>(moved.unpaidBreakMinutes, moved.lengthMinutes() / 2));
        before.append(*shift);
        after.append(moved);
    }
    const int n = int(placements.size());
    return change(resized ? counted(n, "Resize shift", "Resize %1 shifts")
                          : counted(n, "Move shift", "Move %1 shifts"),
                  before, after);
}

std::optional<ShiftChange> ScheduleEditor::requestCopy(const QList<Placement>& placements) const
{
    QList<Shift> copies;
    for (const Placement& placement : placements) {
        const Shift* shift = find(placement.shiftId);
        if (!shift)
            return std::nullopt;
        Shift copy = *shift;
        copy.id = NoId;
        const qint64 start = snap(placement.start);
        copy.start = utc(start);
        copy.end = utc(start + shift->start.secsTo(shift->end));
        copy.freelancerId = placement.freelancerId;
        copy.pinned = false;
        copies.append(copy);
    }
    return change(counted(int(copies.size()), "Copy shift", "Copy %1 shifts"), {}, copies);
}

std::optional<ShiftChange> ScheduleEditor::requestCreate(Id templateId, QDate day,
                                                         std::optional<Id> freelancerId) const
{
    const ShiftTemplate* shiftTemplate = m_snapshot.shiftTemplate(templateId);
    if (!shiftTemplate || !day.isValid())
        return std::nullopt;
    Shift shift;
    shift.start = utc(m_calendar.instant(day, shiftTemplate->startMinute));
    shift.end =
        utc(m_calendar.instant(day, shiftTemplate->startMinute + shiftTemplate->lengthMinutes));
    shift.skillId = shiftTemplate->skillId;
    shift.templateId = templateId;
    shift.unpaidBreakMinutes = shiftTemplate->unpaidBreakMinutes;
    shift.freelancerId = freelancerId;
    return change(tr("Add %1 shift").arg(shiftTemplate->name), {}, {shift});
}

std::optional<ShiftChange> ScheduleEditor::requestDelete(const QList<Id>& shiftIds) const
{
    QList<Shift> before;
    for (Id id : shiftIds)
        if (const Shift* shift = find(id))
            before.append(*shift);
    return change(counted(int(before.size()), "Delete shift", "Delete %1 shifts"), before, {});
}

std::optional<ShiftChange> ScheduleEditor::requestSetPinned(const QList<Id>& shiftIds,
                                                            bool pinned) const
{
    QList<Shift> before;
    QList<Shift> after;
    for (Id id : shiftIds) {
        const Shift* shift = find(id);
        if (!shift || shift->pinned == pinned)
            continue;
        before.append(*shift);
        after.append(*shift);
        after.last().pinned = pinned;
    }
    const int n = int(before.size());
    return change(pinned ? counted(n, "Pin shift", "Pin %1 shifts")
                         : counted(n, "Unpin shift", "Unpin %1 shifts"),
                  before, after);
}

std::optional<ShiftChange> ScheduleEditor::requestAssign(const QList<Id>& shiftIds,
                                                         std::optional<Id> freelancerId) const
{
    QList<Shift> before;
    QList<Shift> after;
    for (Id id : shiftIds) {
        const Shift* shift = find(id);
        if (!shift || shift->freelancerId == freelancerId)
            continue;
        before.append(*shift);
        after.append(*shift);
        after.last().freelancerId = freelancerId;
    }
    const int n = int(before.size());
    if (!freelancerId)
        return change(counted(n, "Unassign shift", "Unassign %1 shifts"), before, after);
    const Freelancer* f = m_snapshot.freelancer(*freelancerId);
    return change(
        counted(n, "Assign shift to %2", "Assign %1 shifts to %2").arg(f ? f->name : QString()),
        before, after);
}

} // namespace shiftlane
