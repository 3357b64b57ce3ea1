#pragma once

#include "core/common/Clock.h"
#include "core/common/Words.h"
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
    QString title; ///< In the language of whoever reads it.
    /// What the store keeps, untranslated ("Call %1 – %2"), so each owner reads the title in the
    /// language of their own app; empty for a title someone typed, which is kept as it is.
    Words titleWords;
    QString kind; ///< "call", "email", "follow_up", "review", …
    Instant dueAt = 0;
    Instant doneAt = 0; ///< 0 while open.
    QString outcome;    ///< In the language of whoever reads it.
    Instant createdAt = 0;

    bool isOpen() const { return doneAt == 0; }
    void setTitle(const Words &words)
    {
        titleWords = words;
        title = words.text();
    }
};

} // namespace lr
