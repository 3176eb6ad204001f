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
    const QCommandLineOption as(
        QStringLiteral("as"),
        QApplication::translate("main",
                                "Use the schedule as the freelancer NAME: only their shifts, in "
                                "their time zone; only their availability can be changed."),
        QStringLiteral("NAME"));
    parser.addOption(as);
    const QCommandLineOption tab(
        QStringLiteral("tab"),
        QApplication::translate("main", "Show this tab first: Timeline, Freelancers, Demand…"),
        QStringLiteral("NAME"));
    parser.addOption(tab);
    parser.process(app);

    if (parser.isSet(as) && parser.positionalArguments().isEmpty()) {
        qCritical("%s", qPrintable(QApplication::translate(
                            "main", "--as needs the schedule file to open, e.g. shiftlane "
                                    "team.shiftlane --as \"Ana Souza\".")));
        return 2;
    }
    shiftlane::ui::MainWindow window;
    // Daily copies of every file opened, in the user's data folder.
    window.setBackupRoot(shiftlane::BackupStore::defaultRoot());
    window.show();
    if (!parser.positionalArguments().isEmpty()) {
        if (const auto error = window.openFile(parser.positionalArguments().constFirst())) {
            if (parser.isSet(screenshot) || parser.isSet(as)) {
                qCritical("%s", qPrintable(*error));
                return 1;
            }
            QMessageBox::critical(&window, QStringLiteral("Shiftlane"), *error);
        } else if (parser.isSet(as)) {
            try {
                window.setActor(
                    shiftlane::Actor::freelancerNamed(*window.database(), parser.value(as)));
            } catch (const shiftlane::StorageError& unknown) {
                qCritical("%s", qPrintable(unknown.message()));
                return 1;
            }
        }
    }
    if (parser.isSet(tab) && !window.showTab(parser.value(tab))) {
        qCritical("%s", qPrintable(QApplication::translate("main", "There is no tab called "
                                                                   "\"%1\".")
                                       .arg(parser.value(tab))));
        return 2;
    }
    if (parser.isSet(screenshot)) {
        QTimer::singleShot(200, &window, [&] {
            const bool saved = window.grab().save(parser.value(screenshot));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
