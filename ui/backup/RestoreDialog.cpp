#include "backup/RestoreDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shiftlane::ui {

namespace {

enum Column
{
    MadeColumn,
    KindColumn,
    SizeColumn,
    FreelancersColumn,
    ShiftsColumn,
    ColumnCount
};

} // namespace

RestoreDialog::RestoreDialog(const QString& databasePath, const QList<BackupInfo>& backups,
                             QWidget* parent)
    : QDialog(parent), m_backups(backups), m_table(new QTableWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Restore from a backup"));
    resize(720, 380);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Shiftlane copies %1 once a day when it opens it. Restoring a copy replaces the "
           "whole file; the current state is copied aside first, so a restore can be undone "
           "by restoring that copy.")
            .arg(QDir::toNativeSeparators(databasePath)),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Made"), tr("Kind"), tr("Size"), tr("Freelancers"), tr("Shifts")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setRowCount(int(m_backups.size()));
    const QLocale locale;
    for (int row = 0; row < m_backups.size(); ++row) {
        const BackupInfo& info = m_backups[row];
        const bool daily = info.kind == BackupInfo::Kind::Daily;
        const auto cell = [&](int column, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            item->setToolTip(info.problem.isEmpty() ? QDir::toNativeSeparators(info.path)
                                                    : info.problem);
            if (!info.problem.isEmpty()) // greyed out, and cannot be chosen
                item->setFlags(item->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
            if (column >= SizeColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        };
        cell(MadeColumn, daily ? locale.toString(info.made.date(), QLocale::LongFormat)
                               : locale.toString(info.made, QLocale::ShortFormat));
        cell(KindColumn, !info.problem.isEmpty() ? tr("damaged: cannot be restored")
                         : daily                 ? tr("daily copy")
                                                 : tr("before a restore"));
        cell(SizeColumn, locale.formattedDataSize(info.bytes));
        cell(FreelancersColumn,
             info.freelancers >= 0 ? locale.toString(info.freelancers) : QString());
        cell(ShiftsColumn, info.shifts >= 0 ? locale.toString(info.shifts) : QString());
    }
    m_table->resizeColumnsToContents();
    layout->addWidget(m_table, 1);
    if (m_backups.isEmpty()) {
        auto* none = new QLabel(tr("There are no backups of this file yet."), this);
        layout->addWidget(none);
    }

    QPushButton* restore = m_buttons->addButton(tr("Restore"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreButton"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RestoreDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (chosen())
            accept();
    });
    updateButtons();
}

std::optional<BackupInfo> RestoreDialog::chosen() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return std::nullopt;
    const BackupInfo& info = m_backups.at(selected.first()->row());
    if (!info.problem.isEmpty())
        return std::nullopt;
    return info;
}

void RestoreDialog::updateButtons()
{
    for (QAbstractButton* button : m_buttons->buttons())
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(chosen().has_value());
}

} // namespace shiftlane::ui
