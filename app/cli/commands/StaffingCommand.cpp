// shiftlane-cli staffing: Erlang C headcount for one interval's forecast.
#include "commands/StaffingCommand.h"

#include "staffing/StaffingCalculator.h"

#include <QCoreApplication>

#include <cmath>

namespace shiftlane::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("StaffingCommand", text);
}

// Maps the calculator's field names back to the options a user typed.
QString optionFor(const QString& field)
{
    static const QHash<QString, QString> options{
        {QStringLiteral("contacts"), QStringLiteral("--contacts")},
        {QStringLiteral("intervalMinutes"), QStringLiteral("--interval-minutes")},
        {QStringLiteral("handleSeconds"), QStringLiteral("--aht")},
        {QStringLiteral("serviceLevel"), QStringLiteral("--service-level")},
        {QStringLiteral("answerSeconds"), QStringLiteral("--answer-seconds")},
        {QStringLiteral("shrinkage"), QStringLiteral("--shrinkage")},
        {QStringLiteral("concurrency"), QStringLiteral("--concurrency")},
    };
    return options.value(field, field);
}

bool numberOption(const QCommandLineParser& parser, const QString& option, double& value,
                  CliOutput& io)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const double parsed = parser.value(option).toDouble(&ok);
    if (!ok || !std::isfinite(parsed)) {
        io.err << tr("--%1 must be a number, not \"%2\"").arg(option, parser.value(option))
               << Qt::endl;
        return false;
    }
    value = parsed;
    return true;
}

// "0.8", "80" and "80%" all mean 80%: a trailing % or a value above 1 is a percentage.
bool shareOption(const QCommandLineParser& parser, const QString& option, double& value,
                 CliOutput& io)
{
    if (!parser.isSet(option))
        return true;
    QString text = parser.value(option).trimmed();
    const bool percent = text.endsWith(QLatin1Char('%'));
    if (percent)
        text.chop(1);
    bool ok = false;
    const double parsed = text.toDouble(&ok);
    if (!ok || !std::isfinite(parsed)) {
        io.err << tr("--%1 must be a fraction like 0.8 or a percentage like 80%, not \"%2\"")
                      .arg(option, parser.value(option))
               << Qt::endl;
        return false;
    }
    value = percent || parsed > 1.0 ? parsed / 100.0 : parsed;
    return true;
}

QString percent(double share)
{
    return QStringLiteral("%1%").arg(share * 100.0, 0, 'f', 1);
}

} // namespace

QString StaffingCommand::name() const
{
    return QStringLiteral("staffing");
}

QString StaffingCommand::summary() const
{
    return tr("Agents a contact forecast needs for one interval (Erlang C).");
}

void StaffingCommand::configure(QCommandLineParser& parser) const
{
    parser.addOptions({
        {QStringLiteral("contacts"), tr("Contacts forecast for the interval."), tr("N")},
        {QStringLiteral("interval-minutes"), tr("Length of the interval in minutes."), tr("M")},
        {QStringLiteral("aht"), tr("Average handle time in seconds (talk and wrap-up)."),
         tr("SECONDS")},
        {QStringLiteral("service-level"),
         tr("Target share answered within --answer-seconds: a fraction (0.8) or a percentage "
            "(80 or 80%). Values above 1 are percentages."),
         tr("P")},
        {QStringLiteral("answer-seconds"), tr("The answer time T of the target, in seconds."),
         tr("T")},
        {QStringLiteral("shrinkage"),
         tr("Share of paid time not on the queue (breaks, training, absence), as a fraction "
            "(0.3) or a percentage (30 or 30%; write 1% for one percent). Default 0."),
         tr("S")},
        {QStringLiteral("concurrency"),
         tr("Contacts one agent handles at once, e.g. 2 for chat (default 1). Each agent is "
            "then that many queue slots."),
         tr("C")},
    });
}

int StaffingCommand::run(const QCommandLineParser& parser, CliOutput& io) const
{
    for (const char* required :
         {"contacts", "interval-minutes", "aht", "service-level", "answer-seconds"})
        if (!requireOption(parser, QLatin1String(required), io))
            return ExitUsage;

    StaffingRequest request;
    if (!numberOption(parser, QStringLiteral("contacts"), request.contacts, io) ||
        !intOption(parser, QStringLiteral("interval-minutes"), 1, 24 * 60, request.intervalMinutes,
                   io) ||
        !numberOption(parser, QStringLiteral("aht"), request.handleSeconds, io) ||
        !shareOption(parser, QStringLiteral("service-level"), request.serviceLevel, io) ||
        !numberOption(parser, QStringLiteral("answer-seconds"), request.answerSeconds, io) ||
        !shareOption(parser, QStringLiteral("shrinkage"), request.shrinkage, io) ||
        !intOption(parser, QStringLiteral("concurrency"), 1, 20, request.concurrency, io))
        return ExitUsage;

    const ValidationErrors errors = request.validate();
    if (!errors.isEmpty()) {
        for (const ValidationError& error : errors)
            io.err << optionFor(error.field) << QStringLiteral(": ") << error.message << Qt::endl;
        return ExitBadInput;
    }

    const StaffingResult result = StaffingCalculator::calculate(request);
    auto row = [&](const QString& label, const QString& value) {
        io.out << QStringLiteral("%1 %2").arg(label + QLatin1Char(':'), -24).arg(value) << Qt::endl;
    };
    row(tr("Traffic"), tr("%1 Erlangs").arg(result.trafficErlangs, 0, 'f', 2));
    row(tr("Agents on the queue"), QString::number(result.agentsOnQueue));
    row(tr("Agents to schedule"),
        tr("%1 (after %2 shrinkage)").arg(result.agentsToSchedule).arg(percent(request.shrinkage)));
    row(tr("Service level"), tr("%1 answered within %2 s (target %3)")
                                 .arg(percent(result.achievedServiceLevel))
                                 .arg(request.answerSeconds)
                                 .arg(percent(request.serviceLevel)));
    row(tr("Average speed of answer"),
        tr("%1 s").arg(result.averageSpeedOfAnswerSeconds, 0, 'f', 1));
    row(tr("Occupancy"), percent(result.occupancy));
    return ExitOk;
}

} // namespace shiftlane::cli
