#include "domain/Validation.h"

#include <catch2/catch.hpp>

using namespace shiftlane;

TEST_CASE("describe lists each error with its field")
{
    const ValidationErrors errors{{QStringLiteral("rate"), QStringLiteral("must not be negative")},
                                  {QStringLiteral("timeZone"), QStringLiteral("unknown zone")}};
    CHECK(describe(errors) == QStringLiteral("rate: must not be negative\ntimeZone: unknown zone"));
}
