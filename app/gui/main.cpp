#include "MainWindow.h"
#include "storage/BackupStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Shiftlane"));
    QApplication::setOrganizationName(QStringLiteral("Shiftlane"));
    QApplication::setApplicationVersion(QStringLiteral(SHIFTLANE_VERSION));
    // Matches the installed .desktop file, so desktops group the window with its launcher.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.shiftlane.Shiftlane"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/shiftlane.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Schedules freelance customer-service teams."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "The schedule to open."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window to FILE and quit."),
        QStringLiteral("FILE"));
    parser.addOption(screenshot);
    parser.process(app);

    shiftlane::ui::MainWindow window;
    // Daily copies of every file opened, in the user's data folder.
    window.setBackupRoot(shiftlane::BackupStore::defaultRoot());
    window.show();
    if (!parser.positionalArguments().isEmpty()) {
        if (const auto error = window.openFile(parser.positionalArguments().constFirst())) {
            if (parser.isSet(screenshot)) {
                qCritical("%s", qPrintable(*error));
                return 1;
            }
            QMessageBox::critical(&window, QStringLiteral("Shiftlane"), *error);
        }
    }
    if (parser.isSet(screenshot)) {
        QTimer::singleShot(200, &window, [&] {
            const bool saved = window.grab().save(parser.value(screenshot));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
