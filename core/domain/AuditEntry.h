#pragma once

#include "core/common/Clock.h"
#include "core/domain/Ids.h"

#include <QString>

namespace lr {

/// Field history: who changed what, when, from which value to which.
struct AuditEntry
{
    Id id = 0;
    Instant at = 0;
    Id userId = 0;
    QString entity; ///< "lead", "deal", "user", …
    Id entityId = 0;
    QString action; ///< "create", "update", "delete", "merge", "erase"
    QString field;
    QString oldValue;
    QString newValue;
};

} // namespace lr
