#pragma once

#include "edit/Edit.h"

#include <QUndoCommand>

#include <functional>
#include <memory>

namespace shiftlane::ui {

// An edit on the undo stack. It is pushed after its first apply succeeded, so its first
// redo() does nothing; later undo/redo write to the database, each one transaction, and
// report through `failed` when the database refuses (nothing is written then). QUndoStack
// moves its index even then, so the owner puts it back where isApplied() says (an undo or redo
// of a command already in that state does nothing).
class EditCommand : public QUndoCommand
{
public:
    EditCommand(Database& db, std::unique_ptr<Edit> edit, std::function<void()> changed,
                std::function<void(const QString&)> failed);

    void undo() override;
    void redo() override;
    // Whether the database holds this edit's result.
    bool isApplied() const { return m_applied; }

private:
    Database& m_db;
    std::unique_ptr<Edit> m_edit;
    std::function<void()> m_changed;
    std::function<void(const QString&)> m_failed;
    bool m_applied = true;
};

} // namespace shiftlane::ui
