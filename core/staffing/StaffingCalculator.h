#pragma once

#include "domain/Validation.h"

namespace shiftlane {

// A forecast for one interval of one skill, as a manager types it.
struct StaffingRequest
{
    double contacts = 0;        // contacts arriving in the interval (a forecast may be fractional)
    int intervalMinutes = 30;   // length of the interval
    double handleSeconds = 180; // average handle time (talk + wrap-up) of one contact
    double serviceLevel = 0.8;  // target share answered within answerSeconds, 0 < P < 1
    double answerSeconds = 20;  // the T of "80% within T seconds"
    double shrinkage = 0; // share of paid time not on the queue (breaks, training), 0 <= S < 1
    int concurrency = 1;  // contacts one agent handles at once: 1 for phone, 2-3 for chat

    ValidationErrors validate() const;
};

// How many people the forecast needs, and how the queue then behaves.
struct StaffingResult
{
    double trafficErlangs = 0;       // contacts x AHT / interval: contacts in progress on average
    int agentsOnQueue = 0;           // the fewest agents answering that meet the target
    int agentsToSchedule = 0;        // agentsOnQueue / (1 - shrinkage), rounded up
    double achievedServiceLevel = 1; // with agentsOnQueue answering
    double averageSpeedOfAnswerSeconds = 0;
    double occupancy = 0; // share of the agents' (or chat slots') time spent handling
};

// Erlang C staffing of one interval.
//
// Chat concurrency: an agent who runs C chats at once is modelled as C independent servers
// ("slots"), each holding one chat for the whole AHT. The AHT of a chat is measured while agents
// run several chats, so a chat really does occupy a slot that long, and a waiting chat goes to the
// first free slot of any agent, which is how chat routing works. So the queue is M/M/(N.C) with
// traffic contacts x AHT / interval, N is the fewest agents whose N.C slots meet the target, and
// occupancy is the share of busy slots. With C = 1 this is plain Erlang C.
// The common shortcut "AHT / C" models each agent as one server C times faster: same capacity,
// but a lone chat would end C times sooner than it does and the slots are not pooled, so it asks
// for about one agent more in typical cases (tested: 30 chats / 30 min, AHT 600 s, C = 3).
//
// Zero contacts need zero agents; the achieved service level is then reported as 100%.
class StaffingCalculator
{
public:
    // Requires request.validate() to be empty; throws std::invalid_argument otherwise.
    static StaffingResult calculate(const StaffingRequest& request);

    // ceil(agents / (1 - shrinkage)), robust to the rounding of the division: 14 agents at 30%
    // shrinkage are 20 to schedule, not 21 (14 / 0.7 is 20.000000000000004 in doubles).
    static int agentsAfterShrinkage(int agentsOnQueue, double shrinkage);
};

} // namespace shiftlane
