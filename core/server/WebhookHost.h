#pragma once

#include "core/intake/IntakeProcessor.h"
#include "core/intake/IntakeSettings.h"

#include <QObject>

#include <memory>

namespace lr {

class Clock;
class Store;
class WalCheckpointer;
class WebhookServer;

/// Runs the webhook intake inside a long-lived process (the desktop app) on the process's own
/// store connection, following the stored WebhookSettings: apply() stops the running server and
/// starts a new one when enabled. The status line says where it listens or why it cannot.
class WebhookHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookHost)

public:
    WebhookHost(Store &store, const Clock &clock, QObject *parent = nullptr);
    ~WebhookHost() override;

    /// (Re)starts or stops the server to match `settings`.
    void apply(const WebhookSettings &settings);
    /// apply() with the settings stored in the store.
    void applyStored();
    void stop();

    bool isListening() const { return m_port != 0; }
    /// The port it listens on (the real one when the settings ask for port 0), or 0.
    quint16 port() const { return m_port; }
    /// "Webhook: listening on 127.0.0.1:8085", "Webhook: off" or the bind error (translated).
    QString statusText() const { return m_status; }
    bool hasError() const { return m_error; }

signals:
    void statusChanged(const QString &text, bool error);
    /// A submission was committed (lead created, merged or quarantined).
    void submissionProcessed(qint64 leadId, const QString &status);

private:
    void setStatus(const QString &text, bool error);

    Store &m_store;
    IntakeProcessor m_intake;
    std::unique_ptr<WebhookServer> m_server;
    std::unique_ptr<WalCheckpointer> m_checkpointer; ///< While listening: no checkpoint in a request's commit.
    quint16 m_port = 0;
    QString m_status;
    bool m_error = false;
};

} // namespace lr
