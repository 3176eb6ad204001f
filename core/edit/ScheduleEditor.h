#pragma once

#include "edit/Actor.h"
#include "edit/ShiftChange.h"
#include "schedule/ScheduleSnapshot.h"

#include <optional>

namespace shiftlane {

// Where a gesture wants a shift to be: its times (UTC) and its row (no freelancer: the
// Unassigned row).
struct Placement
{
    Id shiftId = NoId;
    qint64 start = 0;
    qint64 end = 0;
    std::optional<Id> freelancerId;
};

// Turns the timeline's gestures into changes of the schedule, without any widget: the view
// only translates mouse and keys into these requests, and tests call them directly. Each
// request returns the change to apply (and to undo later), or nothing when it would change
// nothing or makes no sense (an unknown shift, a shift of no length). Only the team lead
// changes the schedule: for a freelancer every request that would change something throws
// StorageError (Kind::NotAllowed). The one-argument constructor acts as the team lead (the
// command line, the solver's result).
class ScheduleEditor
{
public:
    explicit ScheduleEditor(const ScheduleSnapshot& snapshot);
    ScheduleEditor(const ScheduleSnapshot& snapshot, Actor actor);

    // The nearest boundary of the demand interval grid, in the planning zone.
    qint64 snap(qint64 utc) const;

    // Moves or resizes shifts; times are snapped, a shift keeps at least one interval.
    std::optional<ShiftChange> requestPlace(const QList<Placement>& placements) const;
    // Ctrl-drag: copies of the shifts at the placements; the originals stay.
    std::optional<ShiftChange> requestCopy(const QList<Placement>& placements) const;
    // Drag from the template palette: a shift of the template on a planning day.
    std::optional<ShiftChange> requestCreate(Id templateId, QDate day,
                                             std::optional<Id> freelancerId) const;
    std::optional<ShiftChange> requestDelete(const QList<Id>& shiftIds) const;
    std::optional<ShiftChange> requestSetPinned(const QList<Id>& shiftIds, bool pinned) const;
    std::optional<ShiftChange> requestAssign(const QList<Id>& shiftIds,
                                             std::optional<Id> freelancerId) const;

private:
    const Shift* find(Id id) const;
    std::optional<ShiftChange> change(const QString& name, QList<Shift> before,
                                      QList<Shift> after) const;

    const ScheduleSnapshot& m_snapshot;
    PlanningCalendar m_calendar;
    Actor m_actor = Actor::teamLead();
};

} // namespace shiftlane
