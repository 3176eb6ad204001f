#pragma once

namespace shiftlane::erlang {

// The M/M/N queue behind call-centre staffing: contacts arrive at random (Poisson), handle
// times are exponential, nobody hangs up, and a waiting contact goes to the first free server.
// `traffic` is the offered load in Erlangs (arrival rate x handle time), `servers` the number of
// people (or chat slots) answering.
//
// Everything is computed from Erlang B's recurrence
//     B(0) = 1,  B(n) = A.B(n-1) / (n + A.B(n-1)),
// whose terms stay in [0, 1], so thousands of Erlangs need neither factorials nor powers.

// Probability that a contact finds every server busy in a loss system (Erlang B).
double erlangB(int servers, double traffic);

// Erlang C from Erlang B: the probability that a contact has to wait,
//     C = N.B / (N - A.(1 - B)).
// Only meaningful for servers > traffic; returns 1 otherwise (the queue grows without end).
double erlangCFromB(int servers, double traffic, double erlangBValue);
double erlangC(int servers, double traffic);

// Share of contacts answered within `answerSeconds`: 1 - C.exp(-(N - A).T / AHT).
double serviceLevel(double waitProbability, int servers, double traffic, double handleSeconds,
                    double answerSeconds);

// Average wait of all contacts (average speed of answer), in seconds: C.AHT / (N - A).
double averageSpeedOfAnswer(double waitProbability, int servers, double traffic,
                            double handleSeconds);

} // namespace shiftlane::erlang
