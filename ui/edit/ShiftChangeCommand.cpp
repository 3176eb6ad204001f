#include "edit/ShiftChangeCommand.h"

namespace shiftlane::ui {

ShiftChangeCommand::ShiftChangeCommand(Database& db, ShiftChange change,
                                       std::function<void()> changed,
                                       std::function<void(const QString&)> failed)
    : QUndoCommand(change.name()), m_db(db), m_change(std::move(change)),
      m_changed(std::move(changed)), m_failed(std::move(failed))
{}

void ShiftChangeCommand::undo()
{
    try {
        m_change.revert(m_db);
        m_applied = false;
    } catch (const StorageError& error) {
        m_failed(error.message());
    }
    m_changed();
}

void ShiftChangeCommand::redo()
{
    if (m_applied)
        return; // applied before it was pushed
    try {
        m_change.apply(m_db);
        m_applied = true;
    } catch (const StorageError& error) {
        m_failed(error.message());
    }
    m_changed();
}

} // namespace shiftlane::ui
