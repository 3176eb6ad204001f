#include "MainWindow.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Shiftlane"));
    QApplication::setOrganizationName(QStringLiteral("Shiftlane"));
    QApplication::setApplicationVersion(QStringLiteral(SHIFTLANE_VERSION));

    shiftlane::ui::MainWindow window;
    window.show();
    return app.exec();
}
