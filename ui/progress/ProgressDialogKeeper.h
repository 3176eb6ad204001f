#pragma once

#include <QPointer>
#include <QProgressDialog>
#include <QVector>

namespace shiftlane::ui {

// Holds the progress dialog of work that runs off the GUI thread. A window-modal
// QProgressDialog processes events inside setValue(); when the work finishes in one of them and
// the dialog is deleted there (a deferred delete posted from a nested event loop is carried out
// by it), setValue() returns into freed memory. The keeper defers deleting a finished dialog
// until no setValue() of it is running.
class ProgressDialogKeeper
{
public:
    ProgressDialogKeeper() = default;
    ProgressDialogKeeper(const ProgressDialogKeeper&) = delete;
    ProgressDialogKeeper& operator=(const ProgressDialogKeeper&) = delete;
    ~ProgressDialogKeeper();

    // Takes the dialog of new work (finishing the one before, if any).
    void hold(QProgressDialog* dialog);
    // The dialog of the work in progress; null once it finished.
    QProgressDialog* dialog() const { return m_dialog; }
    void setValue(int value);
    // Closes the dialog; it is deleted once no setValue() of it is running.
    void finish();

private:
    void deleteRetired();

    QPointer<QProgressDialog> m_dialog;
    QVector<QPointer<QProgressDialog>> m_retired;
    int m_settingValue = 0;
};

} // namespace shiftlane::ui
