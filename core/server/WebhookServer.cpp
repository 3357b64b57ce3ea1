#include "core/server/WebhookServer.h"

#include "core/common/JsonScalar.h"
#include "core/intake/EventIntake.h"
#include "core/intake/IntakeProcessor.h"
#include "core/server/BodyLimitServer.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>

namespace lr {
namespace {

using HttpStatus = QHttpServerResponse::StatusCode;

QHttpServerResponse jsonResponse(const QJsonObject &body, HttpStatus status)
{
    return QHttpServerResponse(body, status);
}

QHttpServerResponse errorResponse(const QString &message, HttpStatus status)
{
    return jsonResponse({{QStringLiteral("error"), message}}, status);
}

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

/// 405 {"error"} with the Allow header naming the one method the path takes.
QHttpServerResponse methodNotAllowed(const QByteArray &allowed)
{
    QHttpServerResponse response =
        errorResponse(QCoreApplication::translate("lr::WebhookServer", "Use %1.").arg(QString::fromLatin1(allowed)),
                      HttpStatus::MethodNotAllowed);
    response.setHeader("Allow", allowed);
    return response;
}

/// The credentials of an "Authorization: Bearer <token>" header, the scheme in any case (RFC 9110
/// §11.1); empty for no header or another scheme.
QByteArray bearerToken(const QByteArray &authorization)
{
    const QByteArray value = authorization.trimmed();
    const qsizetype space = value.indexOf(' ');
    if (space <= 0 || value.left(space).compare("Bearer", Qt::CaseInsensitive) != 0)
        return {};
    return value.mid(space + 1).trimmed();
}

} // namespace

WebhookServer::WebhookServer(IntakeProcessor &intake, Options options, QObject *parent)
    : QObject(parent), m_intake(intake), m_options(std::move(options)), m_server(std::make_unique<QHttpServer>()),
      m_events(std::make_unique<EventIntake>(intake.store(), intake.clock()))
{
    setUpRoutes();
    setUpEventRoute();
}

WebhookServer::~WebhookServer() = default;

bool WebhookServer::secretsEqual(const QByteArray &a, const QByteArray &b)
{
    // Walk the longer input fully so the time does not reveal where the first difference is.
    const qsizetype n = std::max(a.size(), b.size());
    unsigned char diff = a.size() == b.size() ? 0 : 1;
    for (qsizetype i = 0; i < n; ++i) {
        const auto x = static_cast<unsigned char>(i < a.size() ? a.at(i) : 0);
        const auto y = static_cast<unsigned char>(i < b.size() ? b.at(i) : 0);
        diff |= static_cast<unsigned char>(x ^ y);
    }
    return diff == 0;
}

bool WebhookServer::isAuthorized(const QHttpServerRequest &request) const
{
    if (m_options.token.isEmpty())
        return true;
    // Only the token is secret and compared in constant time; the scheme is not.
    return secretsEqual(bearerToken(header(request, "Authorization")), m_options.token.toUtf8());
}

QString WebhookServer::tooLargeMessage() const
{
    return QCoreApplication::translate("lr::WebhookServer", "The body is larger than %1 KiB.")
        .arg(m_options.maxBodyBytes / 1024);
}

QHttpServerResponse WebhookServer::unauthorized()
{
    QHttpServerResponse response = errorResponse(
        QCoreApplication::translate("lr::WebhookServer", "Missing or wrong bearer token."), HttpStatus::Unauthorized);
    response.setHeader("WWW-Authenticate", "Bearer");
    return response;
}

quint16 WebhookServer::listen(const QHostAddress &address, quint16 port)
{
    // A body announced above the limit is refused from its headers, before it is read.
    const QByteArray refusal =
        QJsonDocument(QJsonObject{{QStringLiteral("error"), tooLargeMessage()}}).toJson(QJsonDocument::Compact);
    auto *tcp = new BodyLimitServer(m_options.maxBodyBytes, refusal, m_server.get());
    quint16 bound = 0;
    if (tcp->listen(address, port)) {
        m_server->bind(tcp); // takes it
        bound = tcp->serverPort();
    } else {
        delete tcp;
    }
    if (!bound) {
        m_error = QCoreApplication::translate("lr::WebhookServer", "Cannot listen on %1:%2 (is the port in use?)")
                      .arg(address.toString())
                      .arg(port);
    }
    return bound;
}

void WebhookServer::setUpRoutes()
{
    m_server->route(QStringLiteral("/v1/health"), QHttpServerRequest::Method::Get, [] {
        return jsonResponse({{QStringLiteral("status"), QStringLiteral("ok")}}, HttpStatus::Ok);
    });
    // Rules match in the order they were added: these catch the other methods on a known path.
    m_server->route(QStringLiteral("/v1/health"), [](const QHttpServerRequest &) { return methodNotAllowed("GET"); });
    m_server->setMissingHandler([](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        errorResponse(QCoreApplication::translate("lr::WebhookServer",
                                                  "There is nothing at %1. The intake answers POST /v1/submissions, "
                                                  "POST /v1/events and GET /v1/health.")
                          .arg(request.url().path()),
                      HttpStatus::NotFound)
            .write(std::move(responder));
    });

    m_server->route(
        QStringLiteral("/v1/submissions"), QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &request) {
            if (!isAuthorized(request))
                return unauthorized();
            const QByteArray body = request.body();
            if (body.size() > m_options.maxBodyBytes) {
                return errorResponse(tooLargeMessage(), HttpStatus::PayloadTooLarge);
            }
            // From here on the body is kept in the journal as it came, even when it is refused: a
            // broken form loses nothing, and an admin can fix the entry and process it again.
            const QString rawType = QString::fromLatin1(header(request, "Content-Type"));
            // The reason is journaled untranslated, so the admin reads it in their own language.
            auto refuse = [&](const char *source, QList<Words::Arg> args, HttpStatus status) {
                const Words reason("lr::WebhookServer", source, std::move(args));
                const IntakeOutcome kept = m_intake.keepRefused(JournalEntry::Channel::Webhook,
                                                                QStringLiteral("webhook"), body, rawType, reason);
                QJsonObject answer{{QStringLiteral("error"), reason.text()}};
                if (kept.journalId)
                    answer.insert(QStringLiteral("journal_id"), kept.journalId);
                return jsonResponse(answer, status);
            };
            const QByteArray contentType = header(request, "Content-Type").split(';').first().trimmed().toLower();
            if (contentType != "application/json")
                return refuse(QT_TRANSLATE_NOOP("lr::WebhookServer", "Send the form fields as application/json."), {},
                              HttpStatus::UnsupportedMediaType);
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
            if (parseError.error != QJsonParseError::NoError && !isJsonScalar(body))
                return refuse(QT_TRANSLATE_NOOP("lr::WebhookServer", "The body is not valid JSON: %1"),
                              {jsonErrorWords(parseError.error)}, HttpStatus::BadRequest);
            if (!doc.isObject())
                return refuse(QT_TRANSLATE_NOOP("lr::WebhookServer", "The body must be a JSON object of form fields."),
                              {}, HttpStatus::BadRequest);
            const QJsonObject fields = doc.object();
            for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
                if (it.value().isObject() || it.value().isArray())
                    return refuse(
                        QT_TRANSLATE_NOOP("lr::WebhookServer", "The field \"%1\" must be a text, number or boolean."),
                        {it.key()}, HttpStatus::BadRequest);
            }
            const QJsonValue formId = fields.value(QStringLiteral("form_id"));
            const QString source = formId.isString() && !formId.toString().trimmed().isEmpty()
                                       ? formId.toString().trimmed()
                                   : formId.isDouble() ? QString::number(formId.toInteger())
                                                       : QStringLiteral("webhook");
            const IntakeOutcome out = m_intake.submit(JournalEntry::Channel::Webhook, source, fields, body, rawType);
            if (out.status == IntakeOutcome::Status::Failed) {
                // Kept in the journal when it got that far; the sender may retry (dedup merges it).
                return jsonResponse(
                    {{QStringLiteral("error"), out.reason}, {QStringLiteral("journal_id"), out.journalId}},
                    HttpStatus::ServiceUnavailable);
            }
            QJsonObject answer{{QStringLiteral("status"), IntakeOutcome::key(out.status)},
                               {QStringLiteral("journal_id"), out.journalId}};
            answer.insert(QStringLiteral("lead_id"), out.leadId ? QJsonValue(out.leadId) : QJsonValue());
            answer.insert(QStringLiteral("reason"), out.reason.isEmpty() ? QJsonValue() : QJsonValue(out.reason));
            emit submissionProcessed(out.leadId, IntakeOutcome::key(out.status));
            return jsonResponse(answer, HttpStatus::Accepted);
        });

    // Wrong methods on known paths: say which one is allowed instead of a bare 404.
    m_server->route(QStringLiteral("/v1/submissions"),
                    [](const QHttpServerRequest &) { return methodNotAllowed("POST"); });
}

void WebhookServer::setUpEventRoute()
{
    m_server->route(
        QStringLiteral("/v1/events"), QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &request) {
            auto tr = [](const char *text) { return QCoreApplication::translate("lr::WebhookServer", text); };
            if (!isAuthorized(request))
                return unauthorized();
            const QByteArray contentType = header(request, "Content-Type").split(';').first().trimmed().toLower();
            if (contentType != "application/json")
                return errorResponse(tr("Send the event as application/json."), HttpStatus::UnsupportedMediaType);
            const QByteArray body = request.body();
            if (body.size() > m_options.maxBodyBytes) {
                return errorResponse(tooLargeMessage(), HttpStatus::PayloadTooLarge);
            }
            // Journaled as received, even when it is not JSON, so nothing sent is lost.
            const EventOutcome out = m_events->submitBody(QStringLiteral("http"), body);
            QJsonObject answer{{QStringLiteral("status"), EventOutcome::key(out.status)},
                               {QStringLiteral("journal_id"), out.journalId}};
            if (out.status == EventOutcome::Status::Rejected) {
                answer.insert(QStringLiteral("error"), out.reason);
                return jsonResponse(answer, HttpStatus::BadRequest);
            }
            if (out.status == EventOutcome::Status::Failed) {
                answer.insert(QStringLiteral("error"), out.reason);
                return jsonResponse(answer, HttpStatus::ServiceUnavailable);
            }
            answer.insert(QStringLiteral("event_id"), out.eventId);
            answer.insert(QStringLiteral("lead_id"), out.leadId ? QJsonValue(out.leadId) : QJsonValue());
            if (out.score) {
                answer.insert(QStringLiteral("score"), out.score->score);
                answer.insert(QStringLiteral("class"), toKey(out.score->scoreClass));
            }
            emit eventProcessed(out.leadId, EventOutcome::key(out.status));
            return jsonResponse(answer, HttpStatus::Accepted);
        });
    m_server->route(QStringLiteral("/v1/events"), [](const QHttpServerRequest &) { return methodNotAllowed("POST"); });
}

} // namespace lr
