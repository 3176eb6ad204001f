#include "solver/RowPlanner.h"

#include "solver/Explanation.h"
#include "solver/RulePenalties.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>

namespace shiftlane::solver {

namespace {

constexpr std::int64_t kUnreachable = std::numeric_limits<std::int64_t>::max() / 4;
// States × days above which a window is shortened: keeps one plan within milliseconds.
constexpr std::int64_t kWorkBudget = 3'000'000;
// Paths tried per plan when minutes are priced. The minutes must land in a narrow range (a
// prorated one for each window while constructing rows): a price search cut short leaves rows
// hours outside it. The search stops at the first plan in range, so only the plans that need
// more paths pay for them.
constexpr int kPriceIterations = 16;
// State-days a corridor path may visit (see followCorridor): a whole year's row in ~0.1 s.
constexpr std::int64_t kCorridorBudget = 12'000'000;
// Widest corridor, in minute units either side of the reference row.
constexpr int kCorridorHalfWidth = 8;
// Plans per corridor call under rising prices of the types a plan overuses.
constexpr int kCorridorRounds = 4;

} // namespace

RowPlanner::RowPlanner(const Model& model, const CellDomain& domain, std::int64_t hardWeight)
    : model_(model), domain_(domain), hardWeight_(hardWeight)
{
    const int types = model.shiftTypeCount();
    minuteUnit_ = 0;
    for (int t = 0; t < types; ++t)
        minuteUnit_ = std::gcd(minuteUnit_, model.shiftType(t).minutes);
    if (minuteUnit_ <= 0)
        minuteUnit_ = 1;
    std::map<std::pair<int, bool>, int> setOfKey;
    for (int e = 0; e < model.employeeCount(); ++e) {
        const CarryIn& carry = model.employee(e).carryIn;
        const bool unknownWork = carry.workedDays > 0 && carry.lastShift == kOff;
        const auto [known, isNew] =
            setOfKey.emplace(std::make_pair(model.successionTable(e), unknownWork),
                             static_cast<int>(classSets_.size()));
        classSetOf_.push_back(known->second);
        if (!isNew)
            continue;
        ClassSet set;
        std::map<std::vector<char>, int> classes;
        set.forbidsNext.emplace_back(types, 0); // class 0: off
        auto intern = [&](const std::vector<char>& row) {
            const auto [found, added] =
                classes.emplace(row, static_cast<int>(set.forbidsNext.size()));
            if (added)
                set.forbidsNext.push_back(row);
            return found->second;
        };
        for (int t = 0; t < types; ++t) {
            std::vector<char> row(types, 0);
            for (int next = 0; next < types; ++next)
                row[next] = model.successionForbidden(e, t, next) ? 1 : 0;
            set.classOf.push_back(intern(row));
        }
        if (unknownWork)
            set.unknownWork = intern(std::vector<char>(types, 0));
        classSets_.push_back(std::move(set));
    }
}

RowPlanner::Dimensions RowPlanner::dimensions(int employee, int length, int weekendCap) const
{
    const EmployeeRules& rules = model_.employee(employee);
    int runCap = std::max({1, rules.minConsecutiveWork, rules.minConsecutiveOff});
    if (rules.maxConsecutiveWork < model_.days())
        runCap = std::max(runCap, rules.maxConsecutiveWork + 1);
    int longest = 0;
    for (int t = 0; t < model_.shiftTypeCount(); ++t)
        longest = std::max(longest, model_.shiftType(t).minutes);
    const int minuteUnits = length * (longest / minuteUnit_) + 1;
    const std::int64_t states =
        static_cast<std::int64_t>(classSets_[classSetOf_[employee]].forbidsNext.size()) * runCap *
        4 * (weekendCap + 1) * minuteUnits;
    return {runCap, weekendCap, minuteUnits, states};
}

int RowPlanner::affordableLength(int employee, int maxLength) const
{
    int length = std::min(maxLength, model_.days());
    while (length > 2) {
        const int weekendCap = std::min(model_.employee(employee).maxWeekends, length / 7 + 1);
        if (dimensions(employee, length, weekendCap).states * length <= kWorkBudget)
            break;
        --length;
    }
    return length;
}

// Everything a path over one window needs, gathered once per plan.
struct RowPlanner::Window
{
    int employee;
    int first;
    int last;
    int length;
    int minutesOutside;
    int windowMinutesNow;
    std::vector<char> workedOutside; // per weekend
    std::vector<int> room;           // per type: shifts the window may still hold
    int minMinutes = 0;              // the range the row's minutes should end in
    int maxMinutes = INT_MAX;
    bool softMinutes = true; // whether the soft minutes range counts
    int weekendCap;
    std::vector<std::vector<int>> choices;
    std::vector<int> current;           // the row's values in the window now
    std::vector<std::int64_t> cellCost; // day × (types + 1)
    // The fixed run after the window (none when the window ends the horizon).
    int nextValue = kOff;
    int nextRun = 0;
    bool nextTouchesEnd = false;
    // The fixed run before the window (none when the window starts the horizon).
    // With virtualStart (day 0 with nothing known before it) the first day starts a run that
    // touches the horizon's start; otherwise the run before the window is given.
    bool virtualStart = false;
    int previousValue = kOff; // the value of the day before the window (kOff: none or off)
    int previousClass = 0;
    int previousRun = 0;
    bool previousTouchesStart = false;
};

RowPlanner::Window RowPlanner::describeWindow(const IncrementalScorer& scorer, int e, int first,
                                              int last, bool prorate) const
{
    const EmployeeRules& rules = model_.employee(e);
    const int days = model_.days();
    const int types = model_.shiftTypeCount();
    auto working = [&](int d) { return scorer.at(e, d) != kOff; };
    Window w;
    w.employee = e;
    w.first = first;
    w.last = last;
    w.length = last - first + 1;
    w.windowMinutesNow = 0;
    for (int d = first; d <= last; ++d)
        w.windowMinutesNow += model_.minutesOf(scorer.at(e, d));
    w.minutesOutside = scorer.minutes(e) - w.windowMinutesNow;
    // The share of the horizon up to the window's end, for prorated limits.
    const double share = prorate ? static_cast<double>(last + 1) / days : 1.0;
    const bool scaled = prorate && last + 1 < days;
    auto scaleUp = [&](int limit) {
        return limit >= days * 1440 || !scaled ? limit : static_cast<int>(std::ceil(limit * share));
    };
    w.minMinutes = rules.minMinutes;
    w.maxMinutes = rules.maxMinutes;
    w.softMinutes = !scaled;
    if (scaled) {
        int longest = 0;
        for (int t = 0; t < types; ++t)
            longest = std::max(longest, model_.shiftType(t).minutes);
        w.minMinutes = static_cast<int>(std::floor(rules.minMinutes * share)) - longest;
        if (rules.maxMinutes < INT_MAX / 2)
            w.maxMinutes = scaleUp(rules.maxMinutes) + longest;
    }

    w.workedOutside.assign(model_.weekendCount(), 0);
    int weekendsOutside = 0;
    int weekendsInWindow = 0;
    for (int g = 0; g < model_.weekendCount(); ++g) {
        bool inWindow = false;
        for (int d : model_.weekendDays(g)) {
            if (d >= first && d <= last)
                inWindow = true;
            else if (working(d))
                w.workedOutside[g] = 1;
        }
        weekendsOutside += w.workedOutside[g];
        weekendsInWindow += inWindow && !w.workedOutside[g] ? 1 : 0;
    }
    std::int64_t weekendLimit = rules.maxWeekends;
    if (scaled && rules.maxWeekends < model_.weekendCount()) {
        int upToLast = 0;
        for (int g = 0; g < model_.weekendCount(); ++g)
            upToLast += model_.weekendDays(g).front() <= last ? 1 : 0;
        weekendLimit = static_cast<std::int64_t>(
            std::ceil(static_cast<double>(rules.maxWeekends) * upToLast / model_.weekendCount()));
    }
    w.weekendCap = static_cast<int>(
        std::clamp<std::int64_t>(weekendLimit - weekendsOutside, 0, weekendsInWindow));

    // A type whose limit the days outside the window already use up costs a hard unit per
    // shift. Limits with room for some but not all window days are not modelled (the scorer
    // judges the plan); with long horizons they are rare, the room being large or none.
    std::vector<std::int64_t> typeCost(types, 0);
    w.room.assign(types, 0);
    for (int t = 0; t < types; ++t) {
        int inWindow = 0;
        for (int d = first; d <= last; ++d)
            inWindow += scorer.at(e, d) == t ? 1 : 0;
        const int limit = model_.maxShiftsOfType(e, t);
        const std::int64_t room = static_cast<std::int64_t>(limit < days ? scaleUp(limit) : limit) -
                                  (scorer.shiftsOfType(e, t) - inWindow);
        if (room <= 0)
            typeCost[t] = hardWeight_;
        w.room[t] = static_cast<int>(std::clamp<std::int64_t>(room, 0, w.length));
    }

    // Each value of each day costs its own cost plus the marginal cover cost.
    w.choices.resize(w.length);
    w.cellCost.assign(static_cast<std::size_t>(w.length) * (types + 1), 0);
    for (int i = 0; i < w.length; ++i) {
        const int d = first + i;
        const int current = scorer.at(e, d);
        w.current.push_back(current);
        const std::span<const int> domain = domain_.choices(e, d);
        w.choices[i].assign(domain.begin(), domain.end());
        if (w.choices[i].empty())
            w.choices[i] = {current};
        for (int v : w.choices[i]) {
            std::int64_t cost = model_.cellCost(e, d, v) + (v == kOff ? 0 : typeCost[v]);
            if (v != kOff)
                for (int b : model_.fills(d, v)) {
                    bool countsMe = false;
                    if (current != kOff) {
                        const auto& own = model_.fills(d, current);
                        countsMe = std::find(own.begin(), own.end(), b) != own.end();
                    }
                    const int others = scorer.bucketCount(b) - (countsMe ? 1 : 0);
                    cost += penalty::cover(model_.bucket(b), others + 1) -
                            penalty::cover(model_.bucket(b), others);
                }
            w.cellCost[i * (types + 1) + v + 1] = cost;
        }
    }

    if (last + 1 < days) {
        w.nextValue = scorer.at(e, last + 1);
        int end = last + 1;
        while (end + 1 < days && working(end + 1) == working(last + 1))
            ++end;
        w.nextRun = end - last;
        w.nextTouchesEnd = end == days - 1;
    }
    const ClassSet& set = classSets_[classSetOf_[e]];
    const CarryIn& carry = rules.carryIn;
    if (first > 0) {
        const int previousValue = scorer.at(e, first - 1);
        w.previousValue = previousValue;
        w.previousClass = previousValue == kOff ? 0 : set.classOf[previousValue];
        int start = first - 1;
        while (start > 0 && working(start - 1) == working(first - 1))
            --start;
        w.previousRun = first - start;
        w.previousTouchesStart = start == 0 && !carry.known();
        if (start == 0)
            w.previousRun += working(0) ? carry.workedDays : carry.daysOff;
    } else if (carry.known()) {
        w.previousValue = carry.lastShift;
        w.previousClass = carry.lastShift != kOff ? set.classOf[carry.lastShift]
                          : carry.workedDays > 0  ? set.unknownWork
                                                  : 0;
        w.previousRun = carry.workedDays > 0 ? carry.workedDays : carry.daysOff;
    } else {
        w.virtualStart = true;
    }
    return w;
}

std::int64_t RowPlanner::minutesValue(const Window& window, int minutes) const
{
    const EmployeeRules& rules = model_.employee(window.employee);
    const std::int64_t outside = minutes < window.minMinutes   ? window.minMinutes - minutes
                                 : minutes > window.maxMinutes ? minutes - window.maxMinutes
                                                               : 0;
    return (outside + 59) / 60 * hardWeight_ +
           (window.softMinutes ? penalty::minutesSoft(rules, minutes) : 0);
}

void RowPlanner::plan(const IncrementalScorer& scorer, int e, int first, int last,
                      std::vector<int>& values, bool prorate)
{
    const Window window = describeWindow(scorer, e, first, last, prorate);
    const int types = model_.shiftTypeCount();
    typePrice_.assign(types, 0);
    std::vector<int> candidate;
    std::vector<int> used(types, 0);
    std::int64_t bestValue = 0;
    // Re-plans under raised type prices where one path is all a plan costs: minutes tracked
    // exactly, or within a corridor (the priced minutes search is already a loop of paths).
    const Dimensions exact = dimensions(e, window.length, window.weekendCap);
    const bool exactAffordable = exact.states * window.length <= kWorkBudget;
    // The corridor serves rows whose minutes it can bring into their range; the price search
    // the others (such as the empty rows the construction starts from).
    const int halfWidth = exactAffordable ? 0 : corridorHalfWidth(window);
    const int rowMinutes = window.minutesOutside + window.windowMinutesNow;
    const bool corridor = halfWidth >= 1 &&
                          rowMinutes >= window.minMinutes - halfWidth * minuteUnit_ &&
                          rowMinutes <= window.maxMinutes + halfWidth * minuteUnit_;
    const int rounds = exactAffordable ? 4 : corridor ? kCorridorRounds : 1;
    for (int round = 0; round < rounds; ++round) {
        std::int64_t value =
            exactAffordable ? solvePath(window, 0.0, MinuteTrack{exact.minuteUnits, {}}, candidate)
            : corridor      ? followCorridor(window, halfWidth, candidate)
                            : planPriced(window, candidate);
        std::fill(used.begin(), used.end(), 0);
        for (int v : candidate)
            if (v != kOff)
                ++used[v];
        if (!exactAffordable)
            value += mendTypeCounts(window, candidate, used);
        std::int64_t over = 0;
        for (int t = 0; t < types; ++t)
            if (window.room[t] > 0)
                over += penalty::excess(used[t], window.room[t]);
        value += over * hardWeight_;
        if (round == 0 || value < bestValue) {
            bestValue = value;
            values = candidate;
        }
        if (over == 0)
            break;
        if (exactAffordable) {
            for (int t = 0; t < types; ++t)
                if (window.room[t] > 0 && used[t] > window.room[t])
                    typePrice_[t] = typePrice_[t] * 2 + hardWeight_ / 4;
        } else {
            // A subgradient step on each limit with room for some but not all of the window,
            // in units far below a hard unit: cover costs that small decide which type a day
            // gets, and mendTypeCounts has already moved what it could.
            const std::int64_t step = std::max<std::int64_t>(1, hardWeight_ / 64 / (2 + round));
            for (int t = 0; t < types; ++t)
                if (window.room[t] > 0 && window.room[t] < window.length)
                    typePrice_[t] = std::max<std::int64_t>(
                        0, typePrice_[t] + step * (used[t] - window.room[t]));
        }
    }
}

std::int64_t RowPlanner::planPriced(const Window& window, std::vector<int>& values)
{
    // Too many minute values to track: price minutes instead (a Lagrangian multiplier per
    // minute), and search the price that brings the window's minutes into the employee's
    // range. Each candidate is judged by its true value; the best one is kept.
    auto trueValue = [&](std::int64_t pathCost, const std::vector<int>& plan) {
        int minutes = window.minutesOutside;
        for (int v : plan)
            minutes += model_.minutesOf(v);
        return pathCost + minutesValue(window, minutes);
    };
    auto windowMinutes = [&](const std::vector<int>& plan) {
        int minutes = 0;
        for (int v : plan)
            minutes += model_.minutesOf(v);
        return window.minutesOutside + minutes;
    };
    std::vector<int> candidate;
    std::int64_t bestValue = 0;
    double price = 0.0;
    // Prices around hardWeight per hour are where minutes outside the range would cost.
    double low = -2.0 * static_cast<double>(hardWeight_) / 60.0;
    double high = -low;
    for (int iteration = 0; iteration < kPriceIterations; ++iteration) {
        const std::int64_t pathCost = solvePath(window, price, MinuteTrack{}, candidate);
        const std::int64_t value = trueValue(pathCost, candidate);
        if (iteration == 0 || value < bestValue) {
            bestValue = value;
            values = candidate;
        }
        const int minutes = windowMinutes(candidate);
        if (minutes < window.minMinutes)
            high = price; // too few minutes: make them cheaper
        else if (minutes > window.maxMinutes)
            low = price;
        else
            break;
        price = (low + high) / 2.0;
    }
    return bestValue;
}

// Moves shifts of overused types to types of the same length with room left, cheapest first,
// where no new forbidden succession arises: the plan's runs, minutes and weekends stay as
// they are. Returns the cost this adds to the plan.
std::int64_t RowPlanner::mendTypeCounts(const Window& window, std::vector<int>& plan,
                                        std::vector<int>& used) const
{
    const int e = window.employee;
    const int types = model_.shiftTypeCount();
    auto over = [&](int t) { return t != kOff && window.room[t] > 0 && used[t] > window.room[t]; };
    auto forbiddenAround = [&](int i, int value) {
        const int before = i > 0 ? plan[i - 1] : window.previousValue;
        const int after = i + 1 < window.length ? plan[i + 1] : window.nextValue;
        return (model_.successionForbidden(e, before, value) ? 1 : 0) +
               (model_.successionForbidden(e, value, after) ? 1 : 0);
    };
    auto cost = [&](int i, int value) { return window.cellCost[i * (types + 1) + value + 1]; };
    std::int64_t added = 0;
    for (;;) {
        int bestDay = -1;
        int bestType = kOff;
        std::int64_t bestDelta = 0;
        for (int i = 0; i < window.length; ++i) {
            const int t = plan[i];
            if (!over(t))
                continue;
            const int forbiddenNow = forbiddenAround(i, t);
            for (int alternative : window.choices[i]) {
                if (alternative == kOff || alternative == t ||
                    model_.minutesOf(alternative) != model_.minutesOf(t) ||
                    used[alternative] >= window.room[alternative] ||
                    forbiddenAround(i, alternative) > forbiddenNow)
                    continue;
                const std::int64_t delta = cost(i, alternative) - cost(i, t);
                if (bestDay < 0 || delta < bestDelta) {
                    bestDay = i;
                    bestType = alternative;
                    bestDelta = delta;
                }
            }
        }
        if (bestDay < 0)
            return added;
        --used[plan[bestDay]];
        ++used[bestType];
        plan[bestDay] = bestType;
        added += bestDelta;
    }
}

int RowPlanner::corridorHalfWidth(const Window& window) const
{
    const Dimensions exact = dimensions(window.employee, window.length, window.weekendCap);
    const std::int64_t perSlot = exact.states / exact.minuteUnits * window.length;
    return static_cast<int>(
        std::min<std::int64_t>(kCorridorHalfWidth, (kCorridorBudget / perSlot - 1) / 2));
}

// Minutes tracked exactly, but only within a corridor around the row as it is: a plan that
// keeps the row's pace of work through the window, free to move its runs, days off and types.
std::int64_t RowPlanner::followCorridor(const Window& window, int halfWidth,
                                        std::vector<int>& values)
{
    MinuteTrack corridor{2 * halfWidth + 1, std::vector<int>(window.length + 1, 0)};
    int reference = 0;
    for (int i = 0; i < window.length; ++i) {
        corridor.floor[i] = std::max(0, reference - halfWidth);
        reference += model_.minutesOf(window.current[i]) / minuteUnit_;
    }
    corridor.floor[window.length] = std::max(0, reference - halfWidth);
    return solvePath(window, 0.0, corridor, values);
}

// The shortest path over the window. With minutes tracked (track.slots > 1), minutes are a
// state dimension and the end pays their true penalty; otherwise every worked minute costs
// `minutePrice` and the returned cost leaves the minutes penalty out (the caller adds it).
std::int64_t RowPlanner::solvePath(const Window& window, double minutePrice,
                                   const MinuteTrack& track, std::vector<int>& values)
{
    const bool exactMinutes = track.slots > 1;
    // Slot m after day i stands for floor[i] + m minute units worked in the window so far.
    auto floorAt = [&](int i) { return track.floor.empty() ? 0 : track.floor[i]; };
    const int e = window.employee;
    const EmployeeRules& rules = model_.employee(e);
    const int days = model_.days();
    const int length = window.length;
    const int types = model_.shiftTypeCount();
    const Dimensions dims = dimensions(e, length, window.weekendCap);
    const int runCap = dims.runCap;
    const int weekendCap = window.weekendCap;
    const int weekendSlots = weekendCap + 1;
    const int minuteSlots = exactMinutes ? track.slots : 1;
    const std::size_t states =
        static_cast<std::size_t>(dims.states / dims.minuteUnits) * minuteSlots;

    work_ += static_cast<std::int64_t>(states) * length;
    std::vector<std::int64_t> stepCost(window.cellCost);
    std::vector<int> step(types + 1, 0);
    for (int v = kOff; v < types; ++v)
        step[v + 1] = exactMinutes ? model_.minutesOf(v) / minuteUnit_ : 0;
    for (int i = 0; i < length; ++i)
        for (int v = 0; v < types; ++v)
            stepCost[i * (types + 1) + v + 1] +=
                typePrice_[v] +
                (exactMinutes ? 0 : std::llround(minutePrice * model_.minutesOf(v)));

    // A state without its minutes; its minute slots follow each other from
    // stateWithoutMinutes × minuteSlots on.
    auto stateWithoutMinutes = [&](int cls, int run, int touch, int wbit, int used) {
        return (((static_cast<std::size_t>(cls) * runCap + (run - 1)) * 2 + touch) * 2 + wbit) *
                   weekendSlots +
               used;
    };

    current_.assign(states, kUnreachable);
    predecessor_.resize(states * length);
    predecessorValue_.resize(states * length);
    // Per state without minutes: the slots that may be reachable, so that a state none of whose
    // slots is reached costs nothing to skip (most of them, where minutes follow a corridor).
    const std::size_t bases = states / minuteSlots;
    const MinuteRange none{minuteSlots, -1};
    reachable_.assign(bases, none);
    const ClassSet& set = classSets_[classSetOf_[e]];
    const int classCount = static_cast<int>(set.forbidsNext.size());
    const bool virtualStart = window.virtualStart;
    const std::size_t startState =
        virtualStart
            ? 0
            : stateWithoutMinutes(window.previousClass, std::min(window.previousRun, runCap),
                                  window.previousTouchesStart ? 1 : 0, 0, 0);
    // With a virtual start, state 0 is a placeholder, read only through the virtual-start branch.
    current_[startState * minuteSlots] = 0;
    reachable_[startState] = MinuteRange{0, 0};

    const int maxWork = rules.maxConsecutiveWork;
    const int minWork = rules.minConsecutiveWork;
    const int minOff = rules.minConsecutiveOff;
    for (int i = 0; i < length; ++i) {
        const int d = window.first + i;
        const int group = model_.weekendOfDay(d);
        const bool groupStarts = i == 0 || model_.weekendOfDay(d - 1) != group;
        // Slots of a state are set to unreachable when it is first reached: most states never are.
        next_.resize(states);
        nextReachable_.assign(bases, none);
        std::int32_t* pred = predecessor_.data() + static_cast<std::size_t>(i) * states;
        std::int16_t* predValue = predecessorValue_.data() + static_cast<std::size_t>(i) * states;
        const bool startHere = virtualStart && i == 0;
        const int floorStep = floorAt(i + 1) - floorAt(i);
        for (int cls = 0; cls < classCount; ++cls)
            for (int run = 1; run <= runCap; ++run)
                for (int touch = 0; touch < 2; ++touch)
                    for (int wbit = 0; wbit < 2; ++wbit)
                        for (int used = 0; used < weekendSlots; ++used) {
                            const std::size_t state =
                                stateWithoutMinutes(cls, run, touch, wbit, used);
                            const std::size_t base = state * minuteSlots;
                            if (startHere && base != 0)
                                continue;
                            const MinuteRange range = reachable_[state];
                            if (range.lo > range.hi)
                                continue;
                            const int lo = range.lo;
                            const int hi = range.hi;
                            const bool lastWorking = cls > 0;
                            const int bitIn = group < 0     ? 0
                                              : groupStarts ? window.workedOutside[group]
                                                            : wbit;
                            for (int v : window.choices[i]) {
                                std::int64_t units = 0;
                                int newRun = 1;
                                int newTouch = 0;
                                const int newCls = v == kOff ? 0 : set.classOf[v];
                                if (startHere) {
                                    newTouch = 1;
                                } else if (v != kOff && lastWorking) {
                                    units += set.forbidsNext[cls][v];
                                    units += run + 1 > maxWork ? 1 : 0;
                                    newRun = std::min(run + 1, runCap);
                                    newTouch = touch;
                                } else if (v != kOff) {
                                    units += !touch && run < minOff ? minOff - run : 0;
                                    units += 1 > maxWork ? 1 : 0;
                                } else if (lastWorking) {
                                    units += !touch && run < minWork ? minWork - run : 0;
                                } else {
                                    newRun = std::min(run + 1, runCap);
                                    newTouch = touch;
                                }
                                int newBit = group < 0 ? 0 : bitIn;
                                int newUsed = used;
                                if (v != kOff && group >= 0 && !bitIn) {
                                    newBit = 1;
                                    if (used < weekendCap)
                                        ++newUsed;
                                    else
                                        ++units;
                                }
                                const int shift = step[v + 1] - floorStep;
                                const std::int64_t add =
                                    stepCost[i * (types + 1) + v + 1] + units * hardWeight_;
                                const std::size_t targetState =
                                    stateWithoutMinutes(newCls, newRun, newTouch, newBit, newUsed);
                                const std::size_t target = targetState * minuteSlots;
                                const int top = std::min(hi, minuteSlots - 1 - shift);
                                const int bottom = std::max(lo, -shift);
                                if (bottom > top)
                                    continue;
                                MinuteRange& reached = nextReachable_[targetState];
                                if (reached.lo > reached.hi)
                                    std::fill_n(next_.begin() + static_cast<std::ptrdiff_t>(target),
                                                minuteSlots, kUnreachable);
                                reached.lo = std::min(reached.lo, bottom + shift);
                                reached.hi = std::max(reached.hi, top + shift);
                                for (int m = bottom; m <= top; ++m) {
                                    const std::int64_t from = current_[base + m];
                                    if (from >= kUnreachable)
                                        continue;
                                    const std::int64_t total = from + add;
                                    const std::size_t to = target + (m + shift);
                                    if (total < next_[to]) {
                                        next_[to] = total;
                                        pred[to] = static_cast<std::int32_t>(base + m);
                                        predValue[to] = static_cast<std::int16_t>(v);
                                    }
                                }
                            }
                        }
        current_.swap(next_);
        reachable_.swap(nextReachable_);
    }

    // Close the last run against the fixed days after the window, and the minutes.
    std::int64_t bestTotal = kUnreachable;
    std::size_t bestState = 0;
    for (int cls = 0; cls < classCount; ++cls)
        for (int run = 1; run <= runCap; ++run)
            for (int touch = 0; touch < 2; ++touch)
                for (int wbit = 0; wbit < 2; ++wbit)
                    for (int used = 0; used < weekendSlots; ++used) {
                        const std::size_t state = stateWithoutMinutes(cls, run, touch, wbit, used);
                        const std::size_t base = state * minuteSlots;
                        const MinuteRange range = reachable_[state];
                        if (range.lo > range.hi)
                            continue;
                        std::int64_t units = 0;
                        const bool lastWorking = cls > 0;
                        if (window.last + 1 < days) {
                            const bool nextWorking = window.nextValue != kOff;
                            if (lastWorking && nextWorking &&
                                set.forbidsNext[cls][window.nextValue])
                                ++units;
                            const int minRun = lastWorking ? minWork : minOff;
                            if (lastWorking == nextWorking) {
                                const int merged = run + window.nextRun;
                                if (lastWorking)
                                    units += penalty::excess(merged, maxWork) -
                                             penalty::excess(run, maxWork);
                                if (!touch && !window.nextTouchesEnd && merged < minRun)
                                    units += minRun - merged;
                            } else {
                                if (!touch && run < minRun)
                                    units += minRun - run;
                                const int nextMin = nextWorking ? minWork : minOff;
                                if (nextWorking)
                                    units += penalty::excess(window.nextRun, maxWork);
                                if (!window.nextTouchesEnd && window.nextRun < nextMin)
                                    units += nextMin - window.nextRun;
                            }
                        }
                        for (int m = range.lo; m <= range.hi; ++m) {
                            const std::int64_t cost = current_[base + m];
                            if (cost >= kUnreachable)
                                continue;
                            std::int64_t total = cost + units * hardWeight_;
                            if (exactMinutes) {
                                const int minutes =
                                    window.minutesOutside + (floorAt(length) + m) * minuteUnit_;
                                total += minutesValue(window, minutes);
                            }
                            if (total < bestTotal) {
                                bestTotal = total;
                                bestState = base + m;
                            }
                        }
                    }

    values.assign(length, kOff);
    std::size_t state = bestState;
    std::int64_t pricedMinutes = 0;
    for (int i = length - 1; i >= 0; --i) {
        const std::size_t at = static_cast<std::size_t>(i) * states + state;
        values[i] = predecessorValue_[at];
        if (values[i] != kOff)
            pricedMinutes +=
                typePrice_[values[i]] +
                (exactMinutes ? 0 : std::llround(minutePrice * model_.minutesOf(values[i])));
        state = static_cast<std::size_t>(predecessor_[at]);
    }
    return bestTotal - pricedMinutes;
}

void RowPlanner::constructRows(IncrementalScorer& scorer, int maxLength)
{
    const int days = model_.days();
    const int length = std::max(1, std::min(maxLength, days));
    std::vector<int> values;
    int round = 0;
    for (int first = 0; first < days; first += length, ++round) {
        const int last = std::min(first + length, days) - 1;
        for (int i = 0; i < model_.employeeCount(); ++i) {
            // Alternate the order so that no employee always chooses first.
            const int e = round % 2 == 0 ? i : model_.employeeCount() - 1 - i;
            for (int d = first; d <= last; ++d)
                if (domain_.allows(e, d, kOff))
                    scorer.change(e, d, kOff);
            plan(scorer, e, first, last, values, true);
            for (int d = first; d <= last; ++d)
                if (domain_.movable(e, d))
                    scorer.change(e, d, values[d - first]);
        }
    }
}

void RowPlanner::keepIfNotWorse(IncrementalScorer& scorer, int employee, int first,
                                const std::vector<int>& values) const
{
    std::vector<std::pair<int, int>> undo;
    const Score before = scorer.score();
    for (std::size_t i = 0; i < values.size(); ++i) {
        const int day = first + static_cast<int>(i);
        if (scorer.at(employee, day) != values[i]) {
            undo.emplace_back(day, scorer.at(employee, day));
            scorer.change(employee, day, values[i]);
        }
    }
    const Score delta = scorer.score() - before;
    if (weightedValue(delta, hardWeight_) > 0)
        for (std::size_t i = undo.size(); i-- > 0;)
            scorer.change(employee, undo[i].first, undo[i].second);
}

void RowPlanner::improveAllRows(IncrementalScorer& scorer, int maxLength, std::int64_t workBudget,
                                const std::function<bool()>& shouldStop)
{
    std::vector<int> values;
    const std::int64_t workAtStart = work_;
    for (int e = 0; e < model_.employeeCount() && work_ - workAtStart < workBudget; ++e) {
        const int length = std::min(maxLength, model_.days());
        const int stride = std::max(1, length / 2);
        for (int first = 0;; first += stride) {
            if (shouldStop && shouldStop())
                return;
            const int last = std::min(first + length, model_.days()) - 1;
            plan(scorer, e, first, last, values);
            keepIfNotWorse(scorer, e, first, values);
            if (last == model_.days() - 1)
                break;
        }
    }
}

void RowPlanner::descend(IncrementalScorer& scorer, const std::vector<int>& windowLengths,
                         const std::function<bool()>& shouldStop)
{
    auto stopped = [&] { return shouldStop && shouldStop(); };
    auto value = [&] { return weightedValue(scorer.score(), hardWeight_); };
    bool roundGained = true;
    while (roundGained && !stopped()) {
        roundGained = false;
        for (const int length : windowLengths)
            while (!stopped()) {
                const std::int64_t before = value();
                improveAllRows(scorer, length, std::numeric_limits<std::int64_t>::max(),
                               shouldStop);
                if (value() >= before)
                    break;
                roundGained = windowLengths.size() > 1;
            }
    }
}

void RowPlanner::repairWholeRows(IncrementalScorer& scorer, double minUnitsPerMillionStates,
                                 int trialRows, const std::function<bool()>& shouldStop)
{
    const int days = model_.days();
    const std::int64_t workAtStart = work_;
    const std::int64_t hardAtStart = scorer.score().hard;
    int rows = 0;
    auto worthIt = [&] {
        const double millions = static_cast<double>(work_ - workAtStart) / 1e6;
        const auto removed = static_cast<double>(hardAtStart - scorer.score().hard);
        return rows < trialRows || removed >= minUnitsPerMillionStates * millions;
    };
    std::vector<int> values;
    while (scorer.score().hard > 0) {
        const std::int64_t hardBefore = scorer.score().hard;
        for (int e : employeesBreakingHardRules(explain(model_, scorer.roster()))) {
            if (!worthIt() || (shouldStop && shouldStop()))
                return;
            plan(scorer, e, 0, days - 1, values);
            ++rows;
            keepIfNotWorse(scorer, e, 0, values);
        }
        if (scorer.score().hard >= hardBefore)
            return;
    }
}

} // namespace shiftlane::solver
