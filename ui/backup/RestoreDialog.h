#pragma once

#include "storage/BackupStore.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace shiftlane::ui {

// File → Restore…: the automatic copies of the open file, newest first, with the day they were
// made, their size and what they hold. Accepting asks the window to restore the chosen one.
class RestoreDialog : public QDialog
{
    Q_OBJECT
public:
    RestoreDialog(const QString& databasePath, const QList<BackupInfo>& backups,
                  QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    // The copy the user chose, if any (a damaged copy cannot be chosen).
    std::optional<BackupInfo> chosen() const;

private:
    void updateButtons();

    QList<BackupInfo> m_backups;
    QTableWidget* m_table;
    QDialogButtonBox* m_buttons;
};

} // namespace shiftlane::ui
