#pragma once

#include "domain/Availability.h"
#include "domain/PlanningSettings.h"
#include "edit/Actor.h"
#include "edit/Edit.h"
#include "storage/Database.h"

#include <QWidget>

#include <functional>
#include <memory>

class QLabel;

namespace shiftlane::ui {

class AvailabilityEditor;

// Freelancer mode's own screen, the "My availability" tab: the signed-in freelancer's
// availability editor (weekly grid, time off, extra windows, travel, preview, history), open
// all the time instead of behind a double-click. Save hands one AvailabilitySave, made with
// the actor, to `apply` (one step of Undo, one line in the audit trail); Cancel puts back
// what is saved. The team lead has no such page (the window hides the tab).
class MyAvailabilityPage : public QWidget
{
    Q_OBJECT
public:
    using Apply = std::function<bool(std::unique_ptr<Edit>)>;

    MyAvailabilityPage(std::function<Database*()> database, Apply apply, QWidget* parent = nullptr);

    // Shows the actor's own availability (rebuilt from the file); the team lead gets a note.
    void setActor(const Actor& actor, const PlanningSettings& settings);
    // The file changed (an edit, undo, another Shiftlane): shows what it holds now, unless the
    // editor has changes not saved yet, which are kept.
    void reload(const PlanningSettings& settings);

    // The editor shown; null for the team lead or when the freelancer is not in the file.
    AvailabilityEditor* editor() const { return m_editor; }
    bool hasUnsavedChanges() const;
    // What the editor's Save and Cancel do. save() is false when the edit was refused.
    bool save();
    void discard();

private:
    void rebuild();

    std::function<Database*()> m_database;
    Apply m_apply;
    Actor m_actor = Actor::teamLead();
    PlanningSettings m_settings;
    AvailabilityEditor* m_editor = nullptr; // a child, rebuilt on every reload
    FreelancerAvailability m_shown;         // what the editor held when built
    QLabel* m_note;
};

} // namespace shiftlane::ui
