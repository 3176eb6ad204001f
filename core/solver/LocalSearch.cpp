#include "solver/LocalSearch.h"

#include "solver/ExactNeighbourhood.h"
#include "solver/Explanation.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace shiftlane::solver {

LocalSearch::LocalSearch(const Model& model, const CellDomain& domain,
                         const SearchParameters& parameters, std::uint64_t seed,
                         const Roster& start)
    : model_(model), domain_(domain), parameters_(parameters), random_(seed), scorer_(model, start),
      constructor_(model, domain, parameters.hardWeight),
      planner_(model, domain, parameters.hardWeight), bestScore_(scorer_.score()),
      bestRoster_(start), exactWorker_(parameters.exactWorker)
{
    planDays_ = parameters_.rowPlanDays;
    exactLimits_.maxNodes = parameters_.exactMaxNodes;
    exactLimits_.maxSeconds = parameters_.exactMaxSeconds;
    exactUsable_ = !parameters_.exactWorker.empty() && parameters_.exactEffort > 0;
    for (int e = 0; e < model_.employeeCount(); ++e)
        for (int d = 0; d < model_.days(); ++d)
            if (domain_.movable(e, d)) {
                movableChoices_ += static_cast<std::int64_t>(domain_.choices(e, d).size());
                noteWishCell(e, d);
            }
    if (parameters_.acceptance == Acceptance::LateAcceptance)
        lateValues_.assign(std::max(1, parameters_.lateAcceptanceLength),
                           weighted(scorer_.score()));
}

void LocalSearch::noteWishCell(int employee, int day)
{
    const std::span<const int> choices = domain_.choices(employee, day);
    if (std::none_of(choices.begin(), choices.end(),
                     [&](int choice) { return model_.cellCost(employee, day, choice) != 0; }))
        return;
    std::int64_t cheapest = model_.cellCost(employee, day, choices.front());
    for (int choice : choices)
        cheapest = std::min(cheapest, model_.cellCost(employee, day, choice));
    const int first = static_cast<int>(cheapestChoices_.size());
    for (int choice : choices)
        if (model_.cellCost(employee, day, choice) == cheapest)
            cheapestChoices_.push_back(choice);
    wishCells_.push_back(
        {employee, day, cheapest, first, static_cast<int>(cheapestChoices_.size()) - first});
}

void LocalSearch::restartFrom(const Roster& roster, const std::function<bool()>& shouldStop)
{
    ++epochsStarted_;
    keepBestRoster();
    scorer_.reset(roster);
    if (scorer_.score() < bestScore_) {
        bestScore_ = scorer_.score();
        bestRoster_ = roster;
    }
    if (parameters_.exactAtEpochStart)
        polishExactly(shouldStop);
    // The ruin below changes the roster without asking the best to be kept first.
    keepBestRoster();
    ruinAndRecreate();
    noteScore();
    // A new start: the values remembered from before it say nothing about where it stands.
    std::fill(lateValues_.begin(), lateValues_.end(), weighted(scorer_.score()));
}

std::int64_t LocalSearch::runEpoch(std::int64_t moves,
                                   const std::function<bool(std::int64_t)>& shouldStop)
{
    const double ratio = parameters_.endTemperature / parameters_.startTemperature;
    const double swapUntil = parameters_.swapShare;
    const double blockUntil = swapUntil + parameters_.blockSwapShare;
    const double rowSwapUntil = blockUntil + parameters_.rowSwapShare;
    const double tradeUntil = rowSwapUntil + parameters_.tradeShare;
    const double slideUntil = tradeUntil + parameters_.slideShare;
    const double wishUntil = slideUntil + parameters_.wishShare;
    // Planner state-days per move that a share of the effort stands for.
    const auto statesPerMove = [&](double effort) {
        return effort / (1.0 - effort) * parameters_.planStatesPerMove;
    };
    const double planPerMove = statesPerMove(parameters_.rowPlanEffort);
    const double settlingExtra =
        std::max(0.0, statesPerMove(parameters_.settlingPlanEffort) - planPerMove);
    const auto settlingFrom =
        static_cast<std::int64_t>(static_cast<double>(moves) * (1.0 - parameters_.settlingShare));
    std::int64_t move = 0;
    for (; move < moves; ++move) {
        if (move >= settlingFrom)
            settlingPlanWork_ += settlingExtra;
        if ((move & 1023) == 0) {
            if (shouldStop(move))
                break;
            temperature_ = parameters_.startTemperature *
                           std::pow(ratio, static_cast<double>(move) / static_cast<double>(moves));
        }
        ++moves_;
        if (moves_ % parameters_.repairInterval == 0 && scorer_.score().hard > 0) {
            repairRows();
            repairWholeRow();
        }
        if (!parameters_.exactAtEpochStart && (move & 1023) == 0)
            polishExactly([&] { return shouldStop(move); });
        if (static_cast<double>(planner_.work() - wholeRowWork_) <
            planPerMove * static_cast<double>(moves_) + settlingPlanWork_) {
            tryPlan();
            continue;
        }
        const double kind = random_.unit();
        if (kind < swapUntil)
            trySwap();
        else if (kind < blockUntil)
            tryBlockSwap();
        else if (kind < rowSwapUntil)
            tryRowSwap();
        else if (kind < tradeUntil)
            tryCoverByTrade();
        else if (kind < slideUntil)
            tryCoverBySlide();
        else if (kind < wishUntil)
            tryWishByExchange();
        else
            tryChange();
    }
    return move;
}

bool LocalSearch::accept(const Score& before, const Score& delta)
{
    if (parameters_.acceptance == Acceptance::LateAcceptance) {
        const std::int64_t now = weighted(before);
        const std::int64_t candidate = now + weighted(delta);
        std::int64_t& late = lateValues_[lateSlot_];
        if (++lateSlot_ == lateValues_.size())
            lateSlot_ = 0;
        const bool kept = candidate <= now || candidate <= late;
        late = kept ? candidate : now;
        return kept;
    }
    const auto value = static_cast<double>(weighted(delta));
    if (value <= 0)
        return true;
    if (value > 30 * temperature_)
        return false;
    return random_.unit() < std::exp(-value / temperature_);
}

void LocalSearch::keepBestRoster()
{
    if (bestIsCurrent_) {
        bestRoster_ = scorer_.roster();
        bestIsCurrent_ = false;
    }
}

void LocalSearch::keepBestBeforeWorsening(const Score& after)
{
    if (bestScore_ < after)
        keepBestRoster();
}

void LocalSearch::noteScore()
{
    if (scorer_.score() < bestScore_) {
        bestScore_ = scorer_.score();
        bestIsCurrent_ = true;
    }
}

void LocalSearch::tryChange()
{
    const int e = random_.below(model_.employeeCount());
    const int d = random_.below(model_.days());
    const std::span<const int> choices = domain_.choices(e, d);
    if (choices.size() < 2)
        return;
    const int current = scorer_.at(e, d);
    int choice = choices[random_.below(static_cast<int>(choices.size()))];
    if (choice == current)
        return;
    const Score delta = scorer_.deltaOfChange(e, d, choice);
    if (!accept(scorer_.score(), delta))
        return;
    keepBestBeforeWorsening(scorer_.score() + delta);
    scorer_.change(e, d, choice);
    noteScore();
}

void LocalSearch::trySwap()
{
    const int employees = model_.employeeCount();
    if (employees < 2)
        return;
    const int first = random_.below(employees);
    const int second = (first + 1 + random_.below(employees - 1)) % employees;
    const int d = random_.below(model_.days());
    const int a = scorer_.at(first, d);
    const int b = scorer_.at(second, d);
    if (a == b || !domain_.allows(first, d, b) || !domain_.allows(second, d, a))
        return;
    changes_.clear();
    changes_.push_back({first, d, a, b});
    changes_.push_back({second, d, b, a});
    decideCompound(scorer_.score());
}

void LocalSearch::tryBlockSwap()
{
    const int employees = model_.employeeCount();
    const int days = model_.days();
    if (employees < 2 || days < 2)
        return;
    const int first = random_.below(employees);
    const int second = (first + 1 + random_.below(employees - 1)) % employees;
    const int length =
        2 + random_.below(std::max(1, std::min(parameters_.maxBlockLength, days) - 1));
    const int start = random_.below(days - std::min(length, days) + 1);
    changes_.clear();
    for (int d = start; d < std::min(days, start + length); ++d) {
        const int a = scorer_.at(first, d);
        const int b = scorer_.at(second, d);
        // Cells that cannot take the other's value stay: the block swaps what it can.
        if (a != b && domain_.allows(first, d, b) && domain_.allows(second, d, a)) {
            changes_.push_back({first, d, a, b});
            changes_.push_back({second, d, b, a});
        }
    }
    if (!changes_.empty())
        decideCompound(scorer_.score());
}

void LocalSearch::tryRowSwap()
{
    const int days = model_.days();
    if (days < 2)
        return;
    const int e = random_.below(model_.employeeCount());
    const int first = random_.below(days);
    const int second = (first + 1 + random_.below(days - 1)) % days;
    const int a = scorer_.at(e, first);
    const int b = scorer_.at(e, second);
    if (a == b || !domain_.allows(e, first, b) || !domain_.allows(e, second, a))
        return;
    changes_.clear();
    changes_.push_back({e, first, a, b});
    changes_.push_back({e, second, b, a});
    decideCompound(scorer_.score());
}

bool LocalSearch::drawShortDemand(int& day, int& type)
{
    const int b = random_.below(model_.bucketCount());
    const CoverBucket& bucket = model_.bucket(b);
    if (bucket.day < 0 || scorer_.bucketCount(b) >= bucket.required)
        return false;
    // A type that fills the bucket, looked for from a random one on.
    const int types = model_.shiftTypeCount();
    const int offset = random_.below(types);
    for (int i = 0; i < types; ++i) {
        const std::vector<int>& filled = model_.fills(bucket.day, (offset + i) % types);
        if (std::find(filled.begin(), filled.end(), b) != filled.end()) {
            day = bucket.day;
            type = (offset + i) % types;
            return true;
        }
    }
    return false;
}

bool LocalSearch::findShortDemand(int& day, int& type)
{
    for (int attempt = 0; attempt < parameters_.targetAttempts; ++attempt)
        if (drawShortDemand(day, type))
            return true;
    return false;
}

bool LocalSearch::mayStartWorking(int employee, int day) const
{
    return !parameters_.weekendAwareTakers || scorer_.at(employee, day) != kOff ||
           model_.weekendOfDay(day) < 0 || scorer_.worksWeekendOf(employee, day) ||
           scorer_.weekendsWorked(employee) < model_.employee(employee).maxWeekends;
}

void LocalSearch::tryCoverByTrade()
{
    if (model_.bucketCount() == 0 || model_.employeeCount() < 2 || model_.days() < 2)
        return;
    int day = 0;
    int type = 0;
    if (!findShortDemand(day, type))
        return;
    const int employees = model_.employeeCount();
    const bool fromWorking = random_.unit() < parameters_.tradeFromWorkingShare;
    int taker = -1;
    for (int attempt = 0; attempt < parameters_.targetAttempts && taker < 0; ++attempt) {
        const int e = random_.below(employees);
        const int current = scorer_.at(e, day);
        if (current != type && (fromWorking || current == kOff) && domain_.allows(e, day, type) &&
            mayStartWorking(e, day))
            taker = e;
    }
    if (taker < 0)
        return;
    const int given = scorer_.at(taker, day);
    changes_.clear();
    changes_.push_back({taker, day, given, type});
    // Minutes the taker must shed elsewhere to stay under their maximum.
    const int excess = scorer_.minutes(taker) + model_.minutesOf(type) - model_.minutesOf(given) -
                       model_.employee(taker).maxMinutes;
    if (excess > 0) {
        // On another day the taker works, someone with room takes over their shift or
        // exchanges it for a shorter one: that day's cover and the partner's rules stay
        // about as they were, while the taker gets the minutes for the new shift.
        bool found = false;
        for (int attempt = 0; attempt < parameters_.tradeAttempts && !found; ++attempt) {
            const int other = random_.below(model_.days());
            const int theirs = scorer_.at(taker, other);
            const int partner = random_.below(employees);
            if (other == day || theirs == kOff || partner == taker)
                continue;
            const int partners = scorer_.at(partner, other);
            const int shed = model_.minutesOf(theirs) - model_.minutesOf(partners);
            if (shed < excess ||
                scorer_.minutes(partner) + shed > model_.employee(partner).maxMinutes ||
                !domain_.allows(taker, other, partners) ||
                !domain_.allows(partner, other, theirs) || !mayStartWorking(partner, other))
                continue;
            changes_.push_back({taker, other, theirs, partners});
            changes_.push_back({partner, other, partners, theirs});
            found = true;
        }
        if (!found)
            return;
    }
    decideCompound(scorer_.score());
}

void LocalSearch::tryCoverBySlide()
{
    const int days = model_.days();
    if (model_.bucketCount() == 0 || days < 2)
        return;
    int day = 0;
    int type = 0;
    if (!findShortDemand(day, type))
        return;
    for (int attempt = 0; attempt < parameters_.targetAttempts; ++attempt) {
        const int e = random_.below(model_.employeeCount());
        if (scorer_.at(e, day) != kOff || !domain_.allows(e, day, type) || !mayStartWorking(e, day))
            continue;
        const bool runBefore = day > 0 && scorer_.at(e, day - 1) != kOff;
        const bool runAfter = day + 1 < days && scorer_.at(e, day + 1) != kOff;
        if (!runBefore && !runAfter)
            continue;
        // The run that grows by this day gives up its other end.
        const int step = runBefore && (!runAfter || random_.below(2) == 0) ? -1 : 1;
        int far = day + step;
        while (far + step >= 0 && far + step < days && scorer_.at(e, far + step) != kOff)
            far += step;
        if (!domain_.allows(e, far, kOff))
            continue;
        changes_.clear();
        changes_.push_back({e, day, kOff, type});
        changes_.push_back({e, far, scorer_.at(e, far), kOff});
        decideCompound(scorer_.score());
        return;
    }
}

void LocalSearch::tryWishByExchange()
{
    const int days = model_.days();
    if (wishCells_.empty() || model_.employeeCount() < 2)
        return;
    const WishCell& cell = wishCells_[random_.below(static_cast<int>(wishCells_.size()))];
    const int e = cell.employee;
    const int day = cell.day;
    const int current = scorer_.at(e, day);
    if (model_.cellCost(e, day, current) == cell.cheapestCost)
        return;
    // The value the wish asks for: one of the cheapest of the cell's, at random.
    const int wanted = cheapestChoices_[cell.firstCheapest + random_.below(cell.cheapestCount)];
    // A partner who holds the wanted value that day takes this one's: that day's cover stays.
    int partner = -1;
    for (int attempt = 0; attempt < parameters_.targetAttempts && partner < 0; ++attempt) {
        const int p = random_.below(model_.employeeCount());
        if (p != e && scorer_.at(p, day) == wanted && domain_.allows(p, day, current) &&
            (current == kOff || mayStartWorking(p, day)))
            partner = p;
    }
    if (partner < 0)
        return;
    changes_.clear();
    changes_.push_back({e, day, current, wanted});
    changes_.push_back({partner, day, wanted, current});
    // On another day the two exchange back as much work, so that both keep their minutes (and
    // their shifts per type, where the same types change hands).
    const int gained = model_.minutesOf(wanted) - model_.minutesOf(current);
    if (gained != 0) {
        int other = -1;
        for (int attempt = 0; attempt < parameters_.tradeAttempts; ++attempt) {
            const int o = random_.below(days);
            const int mine = scorer_.at(e, o);
            const int theirs = scorer_.at(partner, o);
            if (o == day || model_.minutesOf(mine) - model_.minutesOf(theirs) != gained ||
                !domain_.allows(e, o, theirs) || !domain_.allows(partner, o, mine) ||
                (theirs != kOff && !mayStartWorking(e, o)) ||
                (mine != kOff && !mayStartWorking(partner, o)))
                continue;
            other = o;
            if (mine == wanted && theirs == current)
                break;
        }
        if (other < 0)
            return;
        const int mine = scorer_.at(e, other);
        const int theirs = scorer_.at(partner, other);
        changes_.push_back({e, other, mine, theirs});
        changes_.push_back({partner, other, theirs, mine});
    }
    decideCompound(scorer_.score());
}

bool LocalSearch::couldTake(int employee, int day, int type) const
{
    return scorer_.at(employee, day) != type && domain_.allows(employee, day, type) &&
           mayStartWorking(employee, day);
}

int LocalSearch::windowAround(int day)
{
    const int days = model_.days();
    const int length = planLength();
    return std::clamp(day - random_.below(length), 0, days - length);
}

void LocalSearch::planRowRecorded(int employee, int first, int last)
{
    planner_.plan(scorer_, employee, first, last, planned_);
    for (int d = first; d <= last; ++d)
        if (domain_.movable(employee, d))
            setRecorded(employee, d, planned_[d - first]);
}

void LocalSearch::pickPlanWindow(int& employee, int& first)
{
    const int days = model_.days();
    const int length = planLength();
    if (parameters_.targetedPlanShare > 0 && model_.bucketCount() > 0 &&
        random_.unit() < parameters_.targetedPlanShare) {
        // A demand left short, and someone who could fill it but does not: the window is
        // planned around that day, so the plan weighs taking it against what it costs.
        for (int attempt = 0; attempt < parameters_.targetAttempts; ++attempt) {
            int day = 0;
            int type = 0;
            if (!drawShortDemand(day, type))
                continue;
            const int e = random_.below(model_.employeeCount());
            if (!couldTake(e, day, type))
                continue;
            employee = e;
            first = windowAround(day);
            return;
        }
    }
    employee = random_.below(model_.employeeCount());
    first = random_.below(days - length + 1);
}

void LocalSearch::tryRowPlan()
{
    int e = 0;
    int first = 0;
    pickPlanWindow(e, first);
    const int length = planLength();
    const int last = first + length - 1;
    planner_.plan(scorer_, e, first, last, planned_);
    changes_.clear();
    for (int d = first; d <= last; ++d)
        if (scorer_.at(e, d) != planned_[d - first])
            changes_.push_back({e, d, scorer_.at(e, d), planned_[d - first]});
    if (!changes_.empty())
        decideCompound(scorer_.score());
}

void LocalSearch::setRecorded(int employee, int day, int choice)
{
    const int before = scorer_.at(employee, day);
    if (before == choice)
        return;
    changes_.push_back({employee, day, before, choice});
    scorer_.change(employee, day, choice);
}

void LocalSearch::tryPairPlan()
{
    const int employees = model_.employeeCount();
    if (employees < 2) {
        tryRowPlan();
        return;
    }
    int a = 0;
    int first = 0;
    pickPlanWindow(a, first);
    const int b = (a + 1 + random_.below(employees - 1)) % employees;
    const int length = planLength();
    const int last = first + length - 1;
    const Score before = scorer_.score();
    changes_.clear();
    for (int d = first; d <= last; ++d)
        if (domain_.allows(b, d, kOff))
            setRecorded(b, d, kOff);
    for (const int e : {a, b})
        planRowRecorded(e, first, last);
    if (!changes_.empty())
        decideApplied(before);
}

void LocalSearch::tryPlan()
{
    planDays_ = parameters_.rowPlanDays;
    if (parameters_.longPlanShare > 0 && model_.days() > parameters_.rowPlanDays &&
        random_.unit() < parameters_.longPlanShare)
        planDays_ = parameters_.longPlanDays;
    if (parameters_.chainPlanShare > 0 && epochsStarted_ < parameters_.chainPlanEpochs &&
        random_.unit() < parameters_.chainPlanShare)
        tryChainPlan();
    else if (parameters_.pairPlanShare > 0 && random_.unit() < parameters_.pairPlanShare)
        tryPairPlan();
    else
        tryRowPlan();
}

void LocalSearch::tryChainPlan()
{
    const int employees = model_.employeeCount();
    int day = 0;
    int type = 0;
    if (employees < 2 || model_.bucketCount() == 0 || !findShortDemand(day, type)) {
        tryRowPlan();
        return;
    }
    int mover = -1;
    for (int attempt = 0; attempt < parameters_.targetAttempts && mover < 0; ++attempt) {
        const int e = random_.below(employees);
        const int current = scorer_.at(e, day);
        if (current != kOff && current != type && domain_.allows(e, day, type))
            mover = e;
    }
    if (mover < 0) {
        tryRowPlan();
        return;
    }
    const int left = scorer_.at(mover, day);
    int taker = -1;
    for (int attempt = 0; attempt < parameters_.targetAttempts && taker < 0; ++attempt) {
        const int e = random_.below(employees);
        if (e != mover && couldTake(e, day, left))
            taker = e;
    }
    if (taker < 0) {
        tryRowPlan();
        return;
    }
    const int first = windowAround(day);
    const int last = first + planLength() - 1;
    const Score before = scorer_.score();
    changes_.clear();
    setRecorded(mover, day, type);
    planRowRecorded(taker, first, last);
    decideApplied(before);
}

void LocalSearch::polishExactly(const std::function<bool()>& shouldStop)
{
    const double share = parameters_.exactEffort / (1.0 - parameters_.exactEffort);
    if (!wholeRosterTried_ && exactUsable_ && scorer_.score().hard == 0 &&
        movableChoices_ <= parameters_.wholeRosterChoices && !shouldStop())
        tryWholeRosterExactly(shouldStop);
    while (exactUsable_ && scorer_.score().hard == 0 &&
           exactWork_ < share * static_cast<double>(moves_) && !shouldStop())
        tryExactNeighbourhood(shouldStop);
    noteScore();
}

void LocalSearch::tryWholeRosterExactly(const std::function<bool()>& shouldStop)
{
    wholeRosterTried_ = true;
    const int days = model_.days();
    free_.assign(static_cast<std::size_t>(model_.employeeCount()) * days, 0);
    for (int e = 0; e < model_.employeeCount(); ++e)
        for (int d = 0; d < days; ++d)
            free_[static_cast<std::size_t>(e) * days + d] = domain_.movable(e, d) ? 1 : 0;
    ExactLimits limits = exactLimits_;
    limits.maxNodes = parameters_.wholeRosterMaxNodes;
    limits.maxSeconds = parameters_.wholeRosterMaxSeconds;
    limits.wallClockSeconds = true;
    Roster roster = scorer_.roster();
    const ExactOutcome outcome =
        solveNeighbourhood(model_, free_, limits, exactWorker_, roster, shouldStop);
    // Not charged to the neighbourhoods' share: it is paid once, and where it proves the
    // optimum nothing else is left to do.
    // The neighbourhoods that follow find out themselves when cbc cannot serve this model.
    if (outcome.status == ExactOutcome::Status::Abandoned ||
        outcome.status == ExactOutcome::Status::Unavailable ||
        outcome.status == ExactOutcome::Status::Unsupported)
        return;
    ++exactCalls_;
    if (outcome.status == ExactOutcome::Status::Failed)
        ++exactFailures_;
    if (outcome.status == ExactOutcome::Status::Solved)
        adoptExactRoster(roster, 0, days - 1);
}

void LocalSearch::adoptExactRoster(const Roster& roster, int first, int last)
{
    const Score before = scorer_.score();
    changes_.clear();
    for (int e = 0; e < model_.employeeCount(); ++e)
        for (int d = first; d <= last; ++d)
            if (scorer_.at(e, d) != roster.at(e, d))
                changes_.push_back({e, d, scorer_.at(e, d), roster.at(e, d)});
    if (!changes_.empty())
        decideCompound(before, true);
    if (scorer_.score() < before)
        ++exactImprovements_;
}

void LocalSearch::tryExactNeighbourhood(const std::function<bool()>& shouldStop)
{
    const int days = model_.days();
    const int employees = model_.employeeCount();
    const bool slice =
        parameters_.exactSliceShare > 0 && random_.unit() < parameters_.exactSliceShare;
    const int length = std::min(slice ? parameters_.exactSliceDays : parameters_.exactDays, days);
    const int choiceLimit = slice ? parameters_.exactSliceChoices : parameters_.exactChoices;
    int first = 0;
    int seed = 0;
    planDays_ = parameters_.rowPlanDays;
    pickPlanWindow(seed, first);
    first = std::clamp(first, 0, days - length);
    const int last = first + length - 1;
    // The picked employee, then those who can work most of the same shift types in the window
    // (ties in a random order), until the choices are used up: only employees who could take
    // each other's shifts gain from being solved together.
    std::vector<int> order(employees);
    std::iota(order.begin(), order.end(), 0);
    for (int i = employees - 1; i > 0; --i)
        std::swap(order[i], order[random_.below(i + 1)]);
    if (parameters_.exactGroupBySkills) {
        const int types = model_.shiftTypeCount();
        auto typesOf = [&](int e) {
            std::vector<char> can(types, 0);
            for (int d = first; d <= last; ++d)
                for (int v : domain_.choices(e, d))
                    if (v != kOff)
                        can[v] = 1;
            return can;
        };
        const std::vector<char> seedTypes = typesOf(seed);
        std::vector<int> shared(employees, 0);
        for (int e = 0; e < employees; ++e) {
            const std::vector<char> can = typesOf(e);
            for (int t = 0; t < types; ++t)
                shared[e] += can[t] & seedTypes[t];
        }
        shared[seed] = types + 1;
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return shared[a] > shared[b]; });
    } else {
        std::swap(*std::find(order.begin(), order.end(), seed), order.front());
    }
    free_.assign(static_cast<std::size_t>(employees) * days, 0);
    int choices = 0;
    for (int e : order) {
        if (choices >= choiceLimit)
            break;
        for (int d = first; d <= last; ++d)
            if (domain_.movable(e, d)) {
                free_[static_cast<std::size_t>(e) * days + d] = 1;
                choices += static_cast<int>(domain_.choices(e, d).size());
            }
    }
    Roster roster = scorer_.roster();
    const ExactOutcome outcome =
        solveNeighbourhood(model_, free_, exactLimits_, exactWorker_, roster, shouldStop);
    exactWork_ += parameters_.exactMovesPerCall +
                  static_cast<double>(outcome.iterations) * parameters_.exactMovesPerIteration;
    if (outcome.status == ExactOutcome::Status::Abandoned)
        return;
    if (outcome.status == ExactOutcome::Status::Unavailable ||
        outcome.status == ExactOutcome::Status::Unsupported) {
        exactUsable_ = false;
        return;
    }
    ++exactCalls_;
    if (outcome.status == ExactOutcome::Status::Failed) {
        ++exactFailures_;
        // Clp's assertion fires now and then; every call failing means the worker cannot run
        // here (a broken installation): stop paying a process start for nothing.
        if (++exactFailuresInARow_ >= kExactFailuresToGiveUp)
            exactUsable_ = false;
        return;
    }
    exactFailuresInARow_ = 0;
    if (outcome.status == ExactOutcome::Status::Solved)
        adoptExactRoster(roster, first, last);
}

void LocalSearch::repairRows()
{
    const std::vector<Violation> violations = explain(model_, scorer_.roster());
    const int days = model_.days();
    const int length = std::min(parameters_.rowPlanDays, days);
    int repaired = 0;
    for (const Violation& v : violations) {
        if (!isHard(v.kind) || v.employee < 0 || v.firstDay < 0)
            continue;
        if (++repaired > parameters_.repairRows)
            break;
        // A window holding a random day of the broken rule (which may span the horizon).
        const int day = v.firstDay + random_.below(std::max(1, v.lastDay - v.firstDay + 1));
        const int first = std::clamp(day - random_.below(length), 0, days - length);
        const int last = first + length - 1;
        planner_.plan(scorer_, v.employee, first, last, planned_);
        changes_.clear();
        for (int d = first; d <= last; ++d)
            if (scorer_.at(v.employee, d) != planned_[d - first])
                changes_.push_back({v.employee, d, scorer_.at(v.employee, d), planned_[d - first]});
        if (!changes_.empty())
            decideCompound(scorer_.score(), true);
    }
}

void LocalSearch::repairWholeRow()
{
    const double share = parameters_.wholeRowEffort / (1.0 - parameters_.wholeRowEffort);
    if (parameters_.wholeRowEffort <= 0 ||
        static_cast<double>(wholeRowWork_) >
            share * parameters_.planStatesPerMove * static_cast<double>(moves_))
        return;
    const std::vector<int> breaking = employeesBreakingHardRules(explain(model_, scorer_.roster()));
    if (breaking.empty())
        return;
    const int e = breaking[random_.below(static_cast<int>(breaking.size()))];
    const std::int64_t workBefore = planner_.work();
    planner_.plan(scorer_, e, 0, model_.days() - 1, planned_);
    wholeRowWork_ += planner_.work() - workBefore;
    changes_.clear();
    for (int d = 0; d < model_.days(); ++d)
        if (scorer_.at(e, d) != planned_[d])
            changes_.push_back({e, d, scorer_.at(e, d), planned_[d]});
    if (!changes_.empty())
        decideCompound(scorer_.score(), true);
}

void LocalSearch::applyChanges(bool forward)
{
    if (forward)
        for (const CellChange& c : changes_)
            scorer_.change(c.employee, c.day, c.after);
    else
        std::for_each(changes_.rbegin(), changes_.rend(),
                      [&](const CellChange& c) { scorer_.change(c.employee, c.day, c.before); });
}

void LocalSearch::decideCompound(const Score& before, bool greedy)
{
    applyChanges(true);
    decideApplied(before, greedy);
}

void LocalSearch::decideApplied(const Score& before, bool greedy)
{
    const Score after = scorer_.score();
    const Score delta = after - before;
    const bool kept = greedy ? weighted(delta) <= 0 : accept(before, delta);
    if (!kept) {
        applyChanges(false);
        return;
    }
    if (bestIsCurrent_ && bestScore_ < after) {
        // The best roster is the one before this move: take it back to copy it.
        applyChanges(false);
        keepBestBeforeWorsening(after);
        applyChanges(true);
    }
    noteScore();
}

void LocalSearch::ruinAndRecreate()
{
    const int days = model_.days();
    const int length = 1 + random_.below(std::min(parameters_.ruinMaxDays, days));
    const int start = random_.below(days - length + 1);
    std::vector<int> employees;
    for (int e = 0; e < model_.employeeCount(); ++e)
        if (random_.unit() < parameters_.ruinEmployeeShare)
            employees.push_back(e);
    if (employees.empty())
        employees.push_back(random_.below(model_.employeeCount()));
    for (int e : employees)
        for (int d = start; d < start + length; ++d)
            if (domain_.allows(e, d, kOff))
                scorer_.change(e, d, kOff);
    constructor_.fill(scorer_, start, start + length - 1, employees, &random_);
}

} // namespace shiftlane::solver
