#pragma once

#include "core/common/Clock.h"
#include "core/domain/Ids.h"

#include <QString>

namespace lr {

/// An action someone owns, with a due time ("Call Anna Nowak – hot inbound").
struct Task
{
    Id id = 0;
    Id leadId = 0;
    Id dealId = 0;
    Id ownerId = 0;
    QString title;
    QString kind; ///< "call", "email", "follow_up", "review", …
    Instant dueAt = 0;
    Instant doneAt = 0; ///< 0 while open.
    QString outcome;
    Instant createdAt = 0;

    bool isOpen() const { return doneAt == 0; }
};

} // namespace lr
