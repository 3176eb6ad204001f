#pragma once

#include "domain/Shift.h"
#include "edit/Edit.h"

#include <QList>
#include <QString>

namespace shiftlane {

// One user action on the schedule, as the shifts it touches were before and are after.
// Shifts only in `before` are deleted, only in `after` created (new ones without an id get
// one on the first apply and keep it through undo and redo), in both updated. apply() and
// revert() are each one transaction, and each first checks that the shifts are still as
// this change expects: an edit made meanwhile in another window is never overwritten.
class ShiftChange : public Edit
{
public:
    ShiftChange(QString name, QList<Shift> before, QList<Shift> after);

    QString name() const override { return m_name; }
    const QList<Shift>& before() const { return m_before; }
    const QList<Shift>& after() const { return m_after; }
    // True when applying would change nothing (whatever the order the shifts are listed in).
    bool isEmpty() const;

    void apply(Database& db) override;
    void revert(Database& db) override;

private:
    static void transition(Database& db, const QList<Shift>& from, QList<Shift>& to);

    QString m_name;
    QList<Shift> m_before;
    QList<Shift> m_after;
};

} // namespace shiftlane
