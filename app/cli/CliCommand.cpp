#include "CliCommand.h"

#include <QCoreApplication>

namespace shiftlane::cli {

bool requireOption(const QCommandLineParser& parser, const QString& option, CliOutput& io)
{
    if (parser.isSet(option))
        return true;
    io.err << QCoreApplication::translate("cli", "missing required option --%1").arg(option)
           << Qt::endl;
    return false;
}

bool intOption(const QCommandLineParser& parser, const QString& option, int min, int max,
               int& value, CliOutput& io)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const int parsed = parser.value(option).toInt(&ok);
    if (!ok || parsed < min || parsed > max) {
        io.err << QCoreApplication::translate("cli", "--%1 must be a whole number from %2 to %3, "
                                                     "not \"%4\"")
                      .arg(option)
                      .arg(min)
                      .arg(max)
                      .arg(parser.value(option))
               << Qt::endl;
        return false;
    }
    value = parsed;
    return true;
}

std::unique_ptr<Database> openDatabase(const QString& path, Database::Mode mode, CliOutput& io)
{
    try {
        return Database::open(path, mode);
    } catch (const StorageError& error) {
        io.err << error.message() << Qt::endl;
        return nullptr;
    }
}

bool dateOption(const QCommandLineParser& parser, const QString& option, QDate& value,
                CliOutput& io)
{
    if (!parser.isSet(option))
        return true;
    const QDate parsed = QDate::fromString(parser.value(option), Qt::ISODate);
    if (!parsed.isValid()) {
        io.err << QCoreApplication::translate("cli", "--%1 must be a date like 2026-03-02, not "
                                                     "\"%2\"")
                      .arg(option, parser.value(option))
               << Qt::endl;
        return false;
    }
    value = parsed;
    return true;
}

} // namespace shiftlane::cli
