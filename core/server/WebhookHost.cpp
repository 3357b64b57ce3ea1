#include "core/server/WebhookHost.h"

#include "core/server/WebhookServer.h"
#include "core/store/Store.h"
#include "core/store/WalCheckpointer.h"

#include <QHostAddress>

namespace lr {

WebhookHost::WebhookHost(Store &store, const Clock &clock, QObject *parent)
    : QObject(parent), m_store(store), m_intake(store, clock)
{
    m_status = tr("Webhook: off");
}

WebhookHost::~WebhookHost() = default;

void WebhookHost::applyStored()
{
    apply(IntakeSettings(m_store.settings).webhook());
}

void WebhookHost::stop()
{
    m_server.reset();
    m_checkpointer.reset();
    m_port = 0;
}

void WebhookHost::apply(const WebhookSettings &settings)
{
    stop();
    if (!settings.enabled) {
        setStatus(tr("Webhook: off"), false);
        return;
    }
    if (const QString problem = IntakeSettings::validate(settings); !problem.isEmpty()) {
        setStatus(tr("Webhook: not started: %1").arg(problem), true);
        return;
    }
    const QString text = settings.bindAddress.trimmed();
    const QHostAddress address = text.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
                                     ? QHostAddress(QHostAddress::LocalHost)
                                     : QHostAddress(text);
    WebhookServer::Options options;
    options.token = settings.token.trimmed();
    auto server = std::make_unique<WebhookServer>(m_intake, options);
    const quint16 port = server->listen(address, static_cast<quint16>(settings.port));
    if (!port) {
        setStatus(tr("Webhook: %1").arg(server->errorString()), true);
        return;
    }
    connect(server.get(), &WebhookServer::submissionProcessed, this, &WebhookHost::submissionProcessed);
    m_server = std::move(server);
    m_checkpointer = std::make_unique<WalCheckpointer>(m_store.database());
    m_port = port;
    const QString shown = address.protocol() == QAbstractSocket::IPv6Protocol
                              ? QStringLiteral("[%1]").arg(address.toString())
                              : address.toString();
    setStatus(tr("Webhook: listening on %1:%2").arg(shown).arg(port), false);
}

void WebhookHost::setStatus(const QString &text, bool error)
{
    m_status = text;
    m_error = error;
    emit statusChanged(text, error);
}

} // namespace lr
