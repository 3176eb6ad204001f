#pragma once

#include "domain/Ids.h"
#include "domain/Validation.h"

#include <QString>

namespace shiftlane {

// A channel or competence a shift needs: Phone, Chat, Email, Social, a language.
struct Skill
{
    Id id = NoId;
    QString name;
    QString color = QStringLiteral("#4a90d9"); // "#rrggbb", how the timeline draws it

    ValidationErrors validate() const;
    friend bool operator==(const Skill&, const Skill&) = default;
};

} // namespace shiftlane
