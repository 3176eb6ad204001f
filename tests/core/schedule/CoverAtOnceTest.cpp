#include "schedule/CoverAtOnce.h"

#include <catch2/catch.hpp>

using namespace shiftlane;

TEST_CASE("A freelancer with two skills covers one of them at a time")
{
    // Ana (0) could take Phone or Chat; one of each is asked for.
    CHECK(coverAtOnce({1, 1}, {{0}, {0}}) == 1);
    // Ben (1) can take Chat too: both are covered.
    CHECK(coverAtOnce({1, 1}, {{0}, {0, 1}}) == 2);
}

TEST_CASE("Placing someone on their first skill is undone when that leaves another short")
{
    // Ana could do Phone or Chat and is looked at first; Ben only Phone. Only Ana on Chat and
    // Ben on Phone covers both.
    CHECK(coverAtOnce({1, 1}, {{0, 1}, {0}}) == 2);
    // A longer chain: Phone needs 2 (Ana, Ben or Cleo), Chat 1 (Ana or Dan), Email 1 (Dan).
    CHECK(coverAtOnce({2, 1, 1}, {{0, 1, 2}, {0, 3}, {3}}) == 4);
}

TEST_CASE("Demand beyond the people who could fill it is not counted, nor is demand of zero")
{
    CHECK(coverAtOnce({5}, {{0, 1, 2}}) == 3);
    CHECK(coverAtOnce({0, 2}, {{0, 1}, {1}}) == 1);
    CHECK(coverAtOnce({}, {}) == 0);
}
