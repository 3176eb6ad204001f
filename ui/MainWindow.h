#pragma once

#include <QMainWindow>

namespace shiftlane::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace shiftlane::ui
