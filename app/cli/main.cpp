// shiftlane-cli: the command-line front end. Finds the sub-command, lets it declare its
// options, parses, and runs it. Errors go to stderr with the exit codes in CliCommand.h.
#include "CliCommand.h"
#include "CommandList.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QStringList>

#include <cstdio>
#include <memory>

using namespace shiftlane::cli;

namespace {

QString generalHelp(const std::vector<std::unique_ptr<CliCommand>>& commands)
{
    QString text = QCoreApplication::translate(
        "cli", "Usage: shiftlane-cli COMMAND [OPTIONS]\n\n"
               "Shiftlane schedules freelance customer-service teams.\n\n"
               "Commands:\n");
    for (const auto& command : commands)
        text += QStringLiteral("  %1  %2\n").arg(command->name(), -16).arg(command->summary());
    text += QCoreApplication::translate(
        "cli", "\nRun 'shiftlane-cli COMMAND --help' for a command's options.\n"
               "Exit codes: 0 success, 1 bad input, 2 wrong usage.\n");
    return text;
}

// The application object the command needs: fonts (a PDF's text) need a QGuiApplication,
// which runs on the offscreen platform so that no display is needed.
std::unique_ptr<QCoreApplication>
makeApplication(int& argc, char* argv[], const std::vector<std::unique_ptr<CliCommand>>& commands)
{
    for (const auto& command : commands)
        if (argc >= 2 && command->needsFonts() &&
            command->name() == QString::fromLocal8Bit(argv[1])) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return std::make_unique<QGuiApplication>(argc, argv);
        }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char* argv[])
{
    const auto commands = allCommands();
    const auto app = makeApplication(argc, argv, commands);
    QCoreApplication::setApplicationName(QStringLiteral("shiftlane-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHIFTLANE_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    CliOutput io{out, err};
    const QStringList args = QCoreApplication::arguments();

    if (args.size() < 2 || args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h") ||
        args[1] == QLatin1String("help")) {
        (args.size() < 2 ? err : out) << generalHelp(commands);
        return args.size() < 2 ? ExitUsage : ExitOk;
    }
    if (args[1] == QLatin1String("--version") || args[1] == QLatin1String("-v")) {
        out << QStringLiteral("shiftlane-cli %1").arg(QCoreApplication::applicationVersion())
            << Qt::endl;
        return ExitOk;
    }

    const CliCommand* command = nullptr;
    for (const auto& candidate : commands)
        if (candidate->name() == args[1])
            command = candidate.get();
    if (!command) {
        err << QCoreApplication::translate("cli", "unknown command \"%1\"").arg(args[1]) << Qt::endl
            << generalHelp(commands);
        return ExitUsage;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary());
    const QCommandLineOption helpOption(
        {QStringLiteral("h"), QStringLiteral("help")},
        QCoreApplication::translate("cli", "Show this command's options."));
    parser.addOption(helpOption);
    command->configure(parser);

    QStringList commandArgs = args.mid(2);
    commandArgs.prepend(QStringLiteral("shiftlane-cli %1").arg(command->name()));
    if (!parser.parse(commandArgs)) {
        err << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        // The parser names argv[0]; users type "shiftlane-cli COMMAND".
        out << parser.helpText().replace(args.constFirst(), commandArgs.constFirst());
        return ExitOk;
    }
    return command->run(parser, io);
}
