#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/common/Words.h"
#include "core/store/NotificationRepository.h"

#include <QCoreApplication>

namespace lr {

class Store;

/// Tells a person something that needs action: a row in their in-app notification centre (the app
/// also shows it as a system tray message) and, when an outgoing webhook URL is configured, a
/// Slack-compatible {"text": …} message in the outbox that WebhookOutbox delivers with retries.
/// Writing to the outbox never waits for the network, so a dead endpoint never blocks routing.
class Notifier final
{
    Q_DECLARE_TR_FUNCTIONS(lr::Notifier)

public:
    Notifier(Store &store, const Clock &clock);

    /// `text` is stored untranslated: each person reads it in the language of their own app.
    Status notify(Id userId, Id leadId, const QString &kind, const Words &text);

    /// The store setting that holds the outgoing webhook URL (empty = none).
    static const QString kWebhookUrlKey;

private:
    Store &m_store;
    const Clock &m_clock;
    NotificationRepository m_repo;
};

} // namespace lr
