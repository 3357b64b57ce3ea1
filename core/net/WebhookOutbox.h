#pragma once

#include "core/common/Clock.h"
#include "core/store/NotificationRepository.h"

#include <QNetworkAccessManager>
#include <QObject>

namespace lr {

class Store;

/// Delivers the outgoing webhook messages Notifier queued (Slack-compatible {"text": …} POSTs):
/// a 2xx answer marks a message sent; anything else (refused, timeout, 4xx/5xx) is retried with
/// exponential backoff (30 s, 1 min, 2 min, … at most an hour) and after kMaxAttempts it moves to
/// the dead-letter list (NotificationRepository::deadLetters) for an admin to retry. Asynchronous:
/// the app calls deliverDue() from its timer tick and the GUI never waits for the network.
class WebhookOutbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookOutbox)

public:
    static constexpr int kMaxAttempts = 6;

    WebhookOutbox(Store &store, const Clock &clock, QObject *parent = nullptr);

    /// Starts POSTs for every message due now; does nothing while a round is still in flight.
    /// Returns how many requests it started.
    int deliverDue();
    bool busy() const { return m_inFlight > 0; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

signals:
    /// A round ended: `sent` delivered, `failed` to retry later or dead.
    void roundFinished(int sent, int failed);

private:
    void finish(Id id, int attempts, int status, const QString &error);

    NotificationRepository m_repo;
    const Clock &m_clock;
    QNetworkAccessManager m_network;
    int m_inFlight = 0;
    int m_sent = 0;
    int m_failed = 0;
    int m_timeoutMs = 5000;
};

} // namespace lr
