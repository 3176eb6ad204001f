#pragma once

#include "io/Csv.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace shiftlane::ui {

// Why an import wrote nothing: every problem of the file with its line, column and reason,
// in a table the user can sort and copy from, so they can fix the file in one go.
class ImportProblemsDialog : public QDialog
{
    Q_OBJECT
public:
    ImportProblemsDialog(const QString& fileName, int rows, const QList<csv::Problem>& problems,
                         QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QString heading() const;

private:
    QLabel* m_heading;
    QTableWidget* m_table;
};

} // namespace shiftlane::ui
