#include "commands/ExportFile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace shiftlane::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ExportFile", text);
}

} // namespace

bool saveWholeFile(const QString& path, const QByteArray& bytes, CliOutput& io)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        io.err << tr("cannot write %1: %2").arg(path, file.errorString()) << Qt::endl;
        return false;
    }
    return true;
}

bool readPeriodOptions(const QCommandLineParser& parser, bool required,
                       std::optional<PlanningPeriod>& period, CliOutput& io)
{
    const bool from = parser.isSet(QStringLiteral("from"));
    const bool to = parser.isSet(QStringLiteral("to"));
    if (required && (!requireOption(parser, QStringLiteral("from"), io) ||
                     !requireOption(parser, QStringLiteral("to"), io)))
        return false;
    if (from != to) {
        io.err << tr("give both --from and --to, or neither") << Qt::endl;
        return false;
    }
    if (!from)
        return true;
    PlanningPeriod read;
    if (!dateOption(parser, QStringLiteral("from"), read.first, io) ||
        !dateOption(parser, QStringLiteral("to"), read.last, io))
        return false;
    if (!read.isValid() || read.days() > 366) {
        io.err << tr("--to must be on or after --from, at most a year later") << Qt::endl;
        return false;
    }
    period = read;
    return true;
}

} // namespace shiftlane::cli
