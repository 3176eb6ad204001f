#pragma once

#include "storage/Database.h"

#include <QDate>

namespace shiftlane {

struct DemoOptions
{
    int freelancers = 40;
    int weeks = 2;
    QDate start; // first planning day; a Monday by convention
    quint64 seed = 1;
};

// Writes a realistic customer-service team into an empty database: freelancers spread
// over several continents with the availability patterns gig workers really have, shift
// templates, demand curves per skill, and a first-come draft schedule so the app has
// something to show before anyone presses Solve. The same options give the same file.
// Everything is one transaction. Throws StorageError.
void writeDemoTeam(Database& db, const DemoOptions& options);

} // namespace shiftlane
