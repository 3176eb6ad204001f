#include "MainWindow.h"

namespace shiftlane::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Shiftlane"));
}

} // namespace shiftlane::ui
