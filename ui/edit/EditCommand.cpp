#include "edit/EditCommand.h"

namespace shiftlane::ui {

EditCommand::EditCommand(Database& db, std::unique_ptr<Edit> edit, std::function<void()> changed,
                         std::function<void(const QString&)> failed)
    : QUndoCommand(edit->name()), m_db(db), m_edit(std::move(edit)), m_changed(std::move(changed)),
      m_failed(std::move(failed))
{}

void EditCommand::undo()
{
    if (!m_applied)
        return; // its redo failed: the stack is being put back
    try {
        m_edit->revert(m_db);
        m_applied = false;
    } catch (const StorageError& error) {
        m_failed(error.message());
    }
    m_changed();
}

void EditCommand::redo()
{
    if (m_applied)
        return; // applied before it was pushed, or its undo failed
    try {
        m_edit->apply(m_db);
        m_applied = true;
    } catch (const StorageError& error) {
        m_failed(error.message());
    }
    m_changed();
}

} // namespace shiftlane::ui
