#include "io/ImportProblemsDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shiftlane::ui {

ImportProblemsDialog::ImportProblemsDialog(const QString& fileName, int rows,
                                           const QList<csv::Problem>& problems, QWidget* parent)
    : QDialog(parent), m_heading(new QLabel(this)), m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Nothing was imported"));
    m_heading->setWordWrap(true);
    m_heading->setText(tr("<b>%1 was not imported: nothing was written.</b><br>Fix these %n "
                          "problem(s) in the file (lines count the header as line 1) and "
                          "import it again. %2 data row(s) were checked.",
                          nullptr, int(problems.size()))
                           .arg(fileName.toHtmlEscaped())
                           .arg(rows));

    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    m_table->setRowCount(int(problems.size()));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    for (int row = 0; row < int(problems.size()); ++row) {
        const csv::Problem& problem = problems[row];
        auto* line = new QTableWidgetItem;
        line->setData(Qt::DisplayRole, problem.line); // sorts as a number
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 0, line);
        m_table->setItem(
            row, 1,
            new QTableWidgetItem(problem.column.isEmpty() ? tr("(whole row)") : problem.column));
        m_table->setItem(row, 2, new QTableWidgetItem(problem.message));
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeRowsToContents();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("Copy list"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [problems] {
        QStringList lines;
        for (const csv::Problem& problem : problems)
            lines << problem.toString();
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 420);
}

QString ImportProblemsDialog::heading() const
{
    return m_heading->text();
}

} // namespace shiftlane::ui
