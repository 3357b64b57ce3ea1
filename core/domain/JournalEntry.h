#pragma once

#include "core/common/Clock.h"
#include "core/domain/Ids.h"

#include <QByteArray>
#include <QString>

namespace lr {

/// One raw submission as it arrived (webhook body, CSV row as JSON, manual form), before any
/// processing. Kept forever with its processing state, so nothing accepted is ever lost.
struct JournalEntry
{
    enum class State { Pending, Processed, Quarantined, Failed };
    enum class Channel { Webhook, Csv, Manual, Event };

    Id id = 0;
    Instant receivedAt = 0;
    Channel channel = Channel::Webhook;
    QString source;      ///< Form id, file name, or the user who typed it.
    QString contentType; ///< "application/json", "text/csv", …
    QByteArray body;
    State state = State::Pending;
    QString reason; ///< Why it was quarantined or failed, in the current language (stored untranslated).
    Id leadId = 0;
    int attempts = 0;
    Instant processedAt = 0;
};

QString toKey(JournalEntry::State state);
QString toKey(JournalEntry::Channel channel);

} // namespace lr
