#include "core/net/WebhookOutbox.h"

#include "core/store/Store.h"

#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>

namespace lr {

WebhookOutbox::WebhookOutbox(Store &store, const Clock &clock, QObject *parent)
    : QObject(parent), m_repo(store.database()), m_clock(clock)
{}

int WebhookOutbox::deliverDue()
{
    if (m_inFlight > 0)
        return 0;
    const QList<OutboxMessage> due = m_repo.dueMessages(m_clock.now(), 50);
    m_sent = 0;
    m_failed = 0;
    for (const OutboxMessage &m : due) {
        QNetworkRequest request{QUrl(m.url)};
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setTransferTimeout(m_timeoutMs);
        QNetworkReply *reply = m_network.post(request, m.body);
        ++m_inFlight;
        const Id id = m.id;
        const int attempts = m.attempts + 1;
        connect(reply, &QNetworkReply::finished, this, [this, reply, id, attempts] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QString error = reply->error() == QNetworkReply::NoError ? QString() : reply->errorString();
            reply->deleteLater();
            finish(id, attempts, status, error);
        });
    }
    return static_cast<int>(due.size());
}

void WebhookOutbox::finish(Id id, int attempts, int status, const QString &error)
{
    const Instant now = m_clock.now();
    if (error.isEmpty() && status >= 200 && status < 300) {
        m_repo.markSent(id, now);
        ++m_sent;
    } else {
        const qint64 backoff = std::min<qint64>(30 * kSecondMs << std::min(attempts - 1, 10), kHourMs);
        const QString why = error.isEmpty() ? tr("HTTP status %1").arg(status) : error;
        m_repo.markFailed(id, attempts, now + backoff, why, attempts >= kMaxAttempts);
        ++m_failed;
    }
    if (--m_inFlight == 0)
        emit roundFinished(m_sent, m_failed);
}

} // namespace lr
