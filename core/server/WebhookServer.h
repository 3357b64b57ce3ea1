#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QObject>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace lr {

class EventIntake;
class IntakeProcessor;

/// The JSON webhook a website's forms post to (Qt HttpServer):
///   POST /v1/submissions  {form fields} → 202 {"lead_id", "status": created|merged|quarantined, "reason"}
///   POST /v1/events       {"email"|"lead_id", "type", "url", "at", …} → 202 {"status": attached|kept,
///                         "event_id", "lead_id", "score", "class"}; 400 {"error"} for a bad event
///                         (unknown type, bad time, nobody named), which stays in the journal
///   GET  /v1/health       → 200 {"status": "ok"}
/// Errors answer with {"error": "…"}: 404 for any other path, 405 with an Allow header for another
/// method on a known path, 401 and WWW-Authenticate: Bearer without the bearer token
/// (the scheme in any case, the token compared in constant time),
/// 415 for a body that is not application/json, 413 above the size limit (as soon as the headers
/// announce it, before the body is read; see BodyLimitServer), 400 for JSON that is not
/// an object of scalar fields. A 202 is sent only after the submission is committed to the journal
/// and processed. Binds to loopback unless told otherwise.
class WebhookServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookServer)

public:
    struct Options
    {
        QString token;                   ///< Bearer token; empty = no authentication (loopback use).
        qint64 maxBodyBytes = 64 * 1024; ///< Larger bodies get 413.
    };

    WebhookServer(IntakeProcessor &intake, Options options, QObject *parent = nullptr);
    ~WebhookServer() override;

    /// Starts listening; returns the port (useful with port 0) or 0 with errorString() set.
    quint16 listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 8088);
    QString errorString() const { return m_error; }

    /// Constant-time comparison of two secrets.
    static bool secretsEqual(const QByteArray &a, const QByteArray &b);

signals:
    /// A submission was committed (for the GUI to refresh its lists).
    void submissionProcessed(qint64 leadId, const QString &status);
    /// A behaviour event was stored (leadId 0: its person is not a lead yet).
    void eventProcessed(qint64 leadId, const QString &status);

private:
    void setUpRoutes();
    void setUpEventRoute();
    /// True without a token, else when the request carries it (any case of "Bearer").
    bool isAuthorized(const QHttpServerRequest &request) const;
    /// 401 {"error"} with WWW-Authenticate: Bearer.
    static QHttpServerResponse unauthorized();
    /// The 413's message.
    QString tooLargeMessage() const;

    IntakeProcessor &m_intake;
    Options m_options;
    std::unique_ptr<QHttpServer> m_server;
    std::unique_ptr<EventIntake> m_events;
    QString m_error;
};

} // namespace lr
