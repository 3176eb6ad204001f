#include "domain/Validation.h"

#include <QStringList>

namespace shiftlane {

QString describe(const ValidationErrors& errors)
{
    QStringList lines;
    lines.reserve(errors.size());
    for (const ValidationError& error : errors)
        lines << error.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace shiftlane
