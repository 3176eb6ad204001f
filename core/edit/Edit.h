#pragma once

#include "storage/Database.h"

#include <QString>

namespace shiftlane {

// One user action that can be undone: apply() and revert() are each one transaction and
// throw StorageError (writing nothing) when the database refuses.
class Edit
{
public:
    virtual ~Edit() = default;
    virtual QString name() const = 0;
    virtual void apply(Database& db) = 0;
    virtual void revert(Database& db) = 0;
};

} // namespace shiftlane
