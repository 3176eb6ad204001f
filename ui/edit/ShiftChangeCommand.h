#pragma once

#include "edit/ShiftChange.h"

#include <QUndoCommand>

#include <functional>

namespace shiftlane::ui {

// A schedule edit on the undo stack. It is pushed after its first apply succeeded, so its
// first redo() does nothing; later undo/redo write to the database, each one transaction,
// and report through `failed` when the database refuses (nothing is written then).
class ShiftChangeCommand : public QUndoCommand
{
public:
    ShiftChangeCommand(Database& db, ShiftChange change, std::function<void()> changed,
                       std::function<void(const QString&)> failed);

    void undo() override;
    void redo() override;

private:
    Database& m_db;
    ShiftChange m_change;
    std::function<void()> m_changed;
    std::function<void(const QString&)> m_failed;
    bool m_applied = true;
};

} // namespace shiftlane::ui
