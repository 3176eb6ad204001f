#include "progress/ProgressDialogKeeper.h"

namespace shiftlane::ui {

ProgressDialogKeeper::~ProgressDialogKeeper()
{
    finish();
    deleteRetired();
}

void ProgressDialogKeeper::hold(QProgressDialog* dialog)
{
    finish();
    m_dialog = dialog;
}

void ProgressDialogKeeper::setValue(int value)
{
    if (!m_dialog)
        return;
    QProgressDialog* dialog = m_dialog;
    ++m_settingValue;
    dialog->setValue(value);
    --m_settingValue;
    if (m_settingValue == 0)
        deleteRetired();
}

void ProgressDialogKeeper::finish()
{
    if (m_dialog) {
        m_dialog->close();
        m_retired.append(m_dialog);
        m_dialog = nullptr;
    }
    if (m_settingValue == 0)
        deleteRetired();
}

void ProgressDialogKeeper::deleteRetired()
{
    for (const QPointer<QProgressDialog>& dialog : std::as_const(m_retired))
        if (dialog)
            dialog->deleteLater();
    m_retired.clear();
}

} // namespace shiftlane::ui
