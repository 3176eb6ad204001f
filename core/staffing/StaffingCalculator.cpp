#include "staffing/StaffingCalculator.h"

#include "staffing/ErlangC.h"

#include <QCoreApplication>

#include <cmath>
#include <stdexcept>

namespace shiftlane {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Staffing", text);
}

// Bounds that keep every forecast a person could mean, and keep the search below (linear in the
// number of servers) well under a second: at most 24 million Erlangs.
constexpr double MaxContacts = 100'000;
constexpr double MaxHandleSeconds = 4 * 3600;
constexpr int MaxConcurrency = 20;

bool isNumber(double value)
{
    return std::isfinite(value);
}

} // namespace

ValidationErrors StaffingRequest::validate() const
{
    ValidationErrors errors;
    if (!isNumber(contacts) || contacts < 0 || contacts > MaxContacts)
        errors.append({QStringLiteral("contacts"), tr("must be from 0 to 100,000 per interval")});
    if (intervalMinutes < 1 || intervalMinutes > 24 * 60)
        errors.append({QStringLiteral("intervalMinutes"), tr("must be from 1 to 1440 minutes")});
    if (!isNumber(handleSeconds) || handleSeconds <= 0 || handleSeconds > MaxHandleSeconds)
        errors.append({QStringLiteral("handleSeconds"),
                       tr("the average handle time must be more than 0 and at most 4 hours")});
    if (!isNumber(serviceLevel) || serviceLevel <= 0 || serviceLevel >= 1)
        errors.append({QStringLiteral("serviceLevel"),
                       tr("must be more than 0% and less than 100% (no number of agents answers "
                          "every contact in time)")});
    if (!isNumber(answerSeconds) || answerSeconds < 0 || answerSeconds > 24 * 3600)
        errors.append({QStringLiteral("answerSeconds"), tr("must be from 0 seconds to a day")});
    if (!isNumber(shrinkage) || shrinkage < 0 || shrinkage >= 1)
        errors.append({QStringLiteral("shrinkage"),
                       tr("must be at least 0% and less than 100% of paid time")});
    if (concurrency < 1 || concurrency > MaxConcurrency)
        errors.append({QStringLiteral("concurrency"), tr("must be from 1 to 20 contacts at once")});
    return errors;
}

int StaffingCalculator::agentsAfterShrinkage(int agentsOnQueue, double shrinkage)
{
    const double exact = agentsOnQueue / (1.0 - shrinkage);
    // A relative tolerance far below one agent absorbs the rounding error of the division.
    return int(std::ceil(exact * (1.0 - 1e-12)));
}

StaffingResult StaffingCalculator::calculate(const StaffingRequest& request)
{
    const ValidationErrors errors = request.validate();
    if (!errors.isEmpty())
        throw std::invalid_argument(describe(errors).toStdString());

    StaffingResult result;
    const double traffic =
        request.contacts * request.handleSeconds / (request.intervalMinutes * 60.0);
    result.trafficErlangs = traffic;
    if (request.contacts == 0)
        return result; // nothing to answer: no agents, nobody waits

    // Walk the servers (chat slots) up from 1, carrying Erlang B along, and stop at the first
    // whole number of agents that is stable (more slots than traffic) and meets the target.
    // Service level grows with every slot, so the first hit is the fewest agents.
    const int slotsPerAgent = request.concurrency;
    double b = 1.0;
    for (int slots = 1;; ++slots) {
        b = traffic * b / (slots + traffic * b);
        if (slots % slotsPerAgent != 0 || slots <= traffic)
            continue;
        const double waitProbability = erlang::erlangCFromB(slots, traffic, b);
        const double level = erlang::serviceLevel(waitProbability, slots, traffic,
                                                  request.handleSeconds, request.answerSeconds);
        if (level < request.serviceLevel)
            continue;
        result.agentsOnQueue = slots / slotsPerAgent;
        result.agentsToSchedule = agentsAfterShrinkage(result.agentsOnQueue, request.shrinkage);
        result.achievedServiceLevel = level;
        result.averageSpeedOfAnswerSeconds =
            erlang::averageSpeedOfAnswer(waitProbability, slots, traffic, request.handleSeconds);
        result.occupancy = traffic / slots;
        return result;
    }
}

} // namespace shiftlane
