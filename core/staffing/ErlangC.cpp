#include "staffing/ErlangC.h"

#include <cmath>
#include <limits>

namespace shiftlane::erlang {

double erlangB(int servers, double traffic)
{
    double b = 1.0;
    for (int n = 1; n <= servers; ++n)
        b = traffic * b / (n + traffic * b);
    return b;
}

double erlangCFromB(int servers, double traffic, double erlangBValue)
{
    if (servers <= traffic)
        return 1.0;
    const double n = servers;
    return n * erlangBValue / (n - traffic * (1.0 - erlangBValue));
}

double erlangC(int servers, double traffic)
{
    return erlangCFromB(servers, traffic, erlangB(servers, traffic));
}

double serviceLevel(double waitProbability, int servers, double traffic, double handleSeconds,
                    double answerSeconds)
{
    if (servers <= traffic)
        return 0.0;
    // exp() of a large negative number underflows to 0, which is the right limit.
    return 1.0 - waitProbability * std::exp(-(servers - traffic) * answerSeconds / handleSeconds);
}

double averageSpeedOfAnswer(double waitProbability, int servers, double traffic,
                            double handleSeconds)
{
    if (servers <= traffic)
        return std::numeric_limits<double>::infinity();
    return waitProbability * handleSeconds / (servers - traffic);
}

} // namespace shiftlane::erlang
