#include "core/notify/Notifier.h"

#include "core/store/Store.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace lr {

const QString Notifier::kWebhookUrlKey = QStringLiteral("notify/webhook_url");

Notifier::Notifier(Store &store, const Clock &clock) : m_store(store), m_clock(clock), m_repo(store.database()) {}

Status Notifier::notify(Id userId, Id leadId, const QString &kind, const Words &words)
{
    if (!userId)
        return {};
    const Instant now = m_clock.now();
    Notification n;
    n.userId = userId;
    n.leadId = leadId;
    n.kind = kind;
    n.text = words.toStored();
    n.at = now;
    if (const Result<Id> id = m_repo.add(n); !id)
        return Status::failure(id.error());
    const QString url = m_store.settings.value(kWebhookUrlKey).trimmed();
    if (url.isEmpty())
        return {};
    // The chat message goes out once, in the language of the process that sends it.
    const QString text = words.text();
    QString who;
    if (const auto user = m_store.users.find(userId))
        who = user->name;
    const QJsonObject body{{QStringLiteral("text"), who.isEmpty() ? text : tr("@%1: %2").arg(who, text)}};
    const Result<Id> queued = m_repo.enqueue(url, QJsonDocument(body).toJson(QJsonDocument::Compact), now);
    return queued ? Status() : Status::failure(queued.error());
}

} // namespace lr
