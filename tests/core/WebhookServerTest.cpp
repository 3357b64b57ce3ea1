#include "core/server/WebhookServer.h"
#include "core/intake/IntakeProcessor.h"
#include "core/server/BodyLimitServer.h"
#include "core/store/Store.h"
#include "tests/support/TestSupport.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QTimer>

#include <gtest/gtest.h>

using namespace lr;

namespace {

struct Reply
{
    int status = 0;
    QJsonObject json;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

struct Fixture
{
    test::TempStore store;
    ManualClock clock{test::kTestStart};
    IntakeProcessor intake{*store, clock};
    WebhookServer server{intake, {QStringLiteral("s3cret"), 1024}};
    QNetworkAccessManager http;
    quint16 port = server.listen(QHostAddress::LocalHost, 0);

    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const QByteArray &contentType = "application/json", const QByteArray &token = "s3cret")
    {
        return sendAuthorized(method, path, body, contentType, token.isEmpty() ? QByteArray() : "Bearer " + token);
    }

    /// `authorization` is the whole header value ("Bearer T"); empty sends none.
    Reply sendAuthorized(const QByteArray &method, const QString &path, const QByteArray &body,
                         const QByteArray &contentType, const QByteArray &authorization)
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
        if (!contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        QNetworkReply *reply = http.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        loop.exec();
        Reply out;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = reply->readAll();
        out.json = QJsonDocument::fromJson(out.body).object();
        out.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return out;
    }
};

} // namespace

TEST(WebhookServer, AcceptsASubmissionOnceCommitted)
{
    Fixture f;
    ASSERT_NE(f.port, 0) << f.server.errorString().toStdString();
    const Reply r = f.send("POST", QStringLiteral("/v1/submissions"),
                           R"({"email":"anna@firma.pl","first_name":"anna","form_id":"demo","utm_source":"google"})");
    EXPECT_EQ(r.status, 202);
    EXPECT_EQ(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("created"));
    const qint64 id = r.json.value(QStringLiteral("lead_id")).toInteger();
    const auto lead = f.store->leads.find(AccessScope::system(), id);
    ASSERT_TRUE(lead);
    EXPECT_EQ(lead->firstName, QStringLiteral("Anna"));
    EXPECT_EQ(lead->formId, QStringLiteral("demo"));

    const Reply again = f.send("POST", QStringLiteral("/v1/submissions"), R"({"email":"ANNA@firma.pl"})");
    EXPECT_EQ(again.json.value(QStringLiteral("status")).toString(), QStringLiteral("merged"));
    const Reply junk = f.send("POST", QStringLiteral("/v1/submissions"), R"({"email":"test@test.com"})");
    EXPECT_EQ(junk.status, 202);
    EXPECT_EQ(junk.json.value(QStringLiteral("status")).toString(), QStringLiteral("quarantined"));
    EXPECT_FALSE(junk.json.value(QStringLiteral("reason")).toString().isEmpty());
    EXPECT_TRUE(junk.json.value(QStringLiteral("lead_id")).isNull());
}

TEST(WebhookServer, RefusesBadRequestsWithAClearError)
{
    Fixture f;
    const QString path = QStringLiteral("/v1/submissions");
    EXPECT_EQ(f.send("POST", path, R"({"email":"a@firma.pl"})", "application/json", "").status, 401);
    EXPECT_EQ(f.send("POST", path, R"({"email":"a@firma.pl"})", "application/json", "s3creT").status, 401);
    EXPECT_EQ(f.send("POST", path, "email=a@firma.pl", "application/x-www-form-urlencoded").status, 415);
    const Reply big = f.send("POST", path, "{\"email\":\"" + QByteArray(2000, 'a') + "@firma.pl\"}");
    EXPECT_EQ(big.status, 413);
    const Reply broken = f.send("POST", path, "{\"email\": ");
    EXPECT_EQ(broken.status, 400);
    EXPECT_FALSE(broken.json.value(QStringLiteral("error")).toString().isEmpty());
    EXPECT_EQ(f.send("POST", path, "[1,2]").status, 400);
    EXPECT_EQ(f.send("POST", path, R"({"email":{"nested":true}})").status, 400);
    EXPECT_EQ(f.send("GET", path).status, 405);
    EXPECT_EQ(f.store->journal.count(JournalEntry::State::Pending), 0);
    EXPECT_EQ(f.store->leads.count(AccessScope::system(), {}), 0);
    // Refused once authorised and within the size limit, a body is still kept: the form, the
    // broken JSON, the array and the nested value, each quarantined with the reason it got.
    EXPECT_EQ(f.store->journal.count(JournalEntry::State::Quarantined), 4);
    EXPECT_FALSE(broken.json.value(QStringLiteral("journal_id")).isUndefined());
}

namespace {

/// What the server has answered on `socket` within `ms` (the server runs on this thread).
QByteArray answerWithin(QTcpSocket &socket, int ms)
{
    QByteArray answer;
    QEventLoop loop;
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        answer += socket.readAll();
        if (answer.contains("\r\n\r\n"))
            loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
    return answer + socket.readAll();
}

} // namespace

TEST(WebhookServer, RefusesAnOversizedBodyFromItsHeadersBeforeReadingIt)
{
    Fixture f;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, f.port);
    ASSERT_TRUE(socket.waitForConnected(3000));
    // The client announces 10 MiB and sends only the first bytes: the answer must not wait for the rest.
    socket.write("POST /v1/submissions HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer s3cret\r\n"
                 "Content-Type: application/json\r\ncontent-length: 10485760\r\n\r\n{\"email\":\"");
    const QByteArray answer = answerWithin(socket, 3000);
    EXPECT_TRUE(answer.startsWith("HTTP/1.1 413")) << answer.toStdString();
    EXPECT_TRUE(answer.contains("\"error\":\"The body is larger than 1 KiB.\"")) << answer.toStdString();
    EXPECT_EQ(f.store->journal.count(JournalEntry::State::Quarantined), 0); // nothing of it was kept

    // Headers that arrive in pieces are gathered first.
    QTcpSocket split;
    split.connectToHost(QHostAddress::LocalHost, f.port);
    ASSERT_TRUE(split.waitForConnected(3000));
    split.write("POST /v1/submissions HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer s3cret\r\n");
    EXPECT_TRUE(answerWithin(split, 200).isEmpty()); // nothing to say yet
    split.write("Content-Type: application/json\r\nContent-Length: 5000000\r\n\r\n{");
    const QByteArray splitAnswer = answerWithin(split, 3000);
    EXPECT_TRUE(splitAnswer.startsWith("HTTP/1.1 413")) << splitAnswer.toStdString();

    // A client that sends its whole body before it reads reads the 413, not a reset connection.
    QTcpSocket eager;
    eager.connectToHost(QHostAddress::LocalHost, f.port);
    ASSERT_TRUE(eager.waitForConnected(3000));
    const QByteArray big = "{\"email\":\"" + QByteArray(200000, 'a') + "@firma.pl\"}";
    eager.write("POST /v1/submissions HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer s3cret\r\n"
                "Content-Type: application/json\r\nContent-Length: " +
                QByteArray::number(big.size()) + "\r\n\r\n" + big);
    const QByteArray eagerAnswer = answerWithin(eager, 3000);
    EXPECT_TRUE(eagerAnswer.startsWith("HTTP/1.1 413")) << eagerAnswer.left(200).toStdString();

    // Requests within the limit are served as before.
    EXPECT_EQ(f.send("POST", QStringLiteral("/v1/submissions"), R"({"email":"anna@firma.pl"})").status, 202);
    EXPECT_EQ(f.send("POST", QStringLiteral("/v1/submissions"), R"({"email":"jan@firma.pl"})").status, 202);
}

TEST(WebhookServer, ReadsTheAnnouncedLengthOfARequestOnlyFromCompleteHeaders)
{
    EXPECT_EQ(BodyLimitServer::announcedLength("POST / HTTP/1.1\r\nContent-Length: 12\r\n\r\n{}"), 12);
    EXPECT_EQ(BodyLimitServer::announcedLength("POST / HTTP/1.1\r\nX-A: 1\r\nCONTENT-LENGTH:7\r\n\r\n"), 7);
    EXPECT_EQ(BodyLimitServer::announcedLength("POST / HTTP/1.1\r\nContent-Length: 12\r\n"), -1); // not yet all
    EXPECT_EQ(BodyLimitServer::announcedLength("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"), -1);
    EXPECT_EQ(BodyLimitServer::announcedLength("POST / HTTP/1.1\r\nContent-Length: lots\r\n\r\n"), -1);
    // A header named in the body does not count.
    EXPECT_EQ(BodyLimitServer::announcedLength("POST / HTTP/1.1\r\n\r\nContent-Length: 99\r\n\r\n"), -1);
}

// The journal keeps what the sender sent, byte for byte: key order, spacing, duplicate keys and
// the content type. A broken body an admin fixes becomes a lead.
TEST(WebhookServer, KeepsTheBodyAsItCameAndABrokenOneCanBeFixed)
{
    Fixture f;
    const QString path = QStringLiteral("/v1/submissions");
    const QByteArray raw = R"({ "last_name":"Nowak", "email":"anna@firma.pl", "first_name":"anna" })";
    const Reply ok = f.send("POST", path, raw, "application/json; charset=utf-8");
    ASSERT_EQ(ok.status, 202);
    const auto entry = f.store->journal.find(ok.json.value(QStringLiteral("journal_id")).toInteger());
    ASSERT_TRUE(entry);
    EXPECT_EQ(entry->body, raw);
    EXPECT_EQ(entry->contentType, QStringLiteral("application/json; charset=utf-8"));

    const QByteArray broken = R"({"email":"jan@firma.pl", "first_name":"jan",)";
    const Reply refused = f.send("POST", path, broken);
    ASSERT_EQ(refused.status, 400);
    const Id kept = refused.json.value(QStringLiteral("journal_id")).toInteger();
    const auto quarantined = f.store->journal.find(kept);
    ASSERT_TRUE(quarantined);
    EXPECT_EQ(quarantined->state, JournalEntry::State::Quarantined);
    EXPECT_EQ(quarantined->body, broken);
    EXPECT_FALSE(quarantined->reason.isEmpty());
    ASSERT_TRUE(f.store->journal.amend(kept, R"({"email":"jan@firma.pl","first_name":"jan"})"));
    const IntakeOutcome fixed = f.intake.process(*f.store->journal.find(kept));
    EXPECT_EQ(fixed.status, IntakeOutcome::Status::Created);
}

TEST(WebhookServer, AnswersHealthChecks)
{
    Fixture f;
    const Reply r = f.send("GET", QStringLiteral("/v1/health"), {}, {}, {});
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
}

TEST(WebhookServer, ComparesSecretsInFull)
{
    EXPECT_TRUE(WebhookServer::secretsEqual("Bearer abc", "Bearer abc"));
    EXPECT_FALSE(WebhookServer::secretsEqual("Bearer abc", "Bearer abd"));
    EXPECT_FALSE(WebhookServer::secretsEqual("Bearer abc", "Bearer abcd"));
    EXPECT_FALSE(WebhookServer::secretsEqual({}, "Bearer abc"));
}

TEST(WebhookServer, AcceptsTheBearerSchemeInAnyCase)
{
    Fixture f;
    const QString path = QStringLiteral("/v1/submissions");
    for (const QByteArray scheme : {"Bearer", "bearer", "BEARER", "bEaReR"}) {
        const Reply r =
            f.sendAuthorized("POST", path, R"({"email":"anna@firma.pl"})", "application/json", scheme + " s3cret");
        EXPECT_EQ(r.status, 202) << scheme.constData() << ": " << r.body.constData();
    }
    // The token itself stays case-sensitive, and another scheme is no bearer token.
    EXPECT_EQ(f.sendAuthorized("POST", path, "{}", "application/json", "bearer S3CRET").status, 401);
    EXPECT_EQ(f.sendAuthorized("POST", path, "{}", "application/json", "Basic s3cret").status, 401);
    EXPECT_EQ(f.sendAuthorized("POST", path, "{}", "application/json", "s3cret").status, 401);
    EXPECT_EQ(f.sendAuthorized("POST", path, "{}", "application/json", "Bearers3cret").status, 401);
}

TEST(WebhookServer, AsksForABearerTokenWhenRefusing)
{
    Fixture f;
    for (const QString &path : {QStringLiteral("/v1/submissions"), QStringLiteral("/v1/events")}) {
        const Reply missing = f.send("POST", path, "{}", "application/json", "");
        EXPECT_EQ(missing.status, 401);
        EXPECT_EQ(missing.header("WWW-Authenticate"), QByteArray("Bearer")) << path.toStdString();
        const Reply wrong = f.send("POST", path, "{}", "application/json", "nope");
        EXPECT_EQ(wrong.status, 401);
        EXPECT_EQ(wrong.header("WWW-Authenticate"), QByteArray("Bearer")) << path.toStdString();
    }
}

TEST(WebhookServer, AnswersUnknownPathsWithJson)
{
    Fixture f;
    for (const QString &path :
         {QStringLiteral("/v1/submissions/"), QStringLiteral("/"), QStringLiteral("/v1/nothing")}) {
        for (const QByteArray method : {"GET", "POST"}) {
            const Reply r = f.send(method, path, "{}");
            EXPECT_EQ(r.status, 404) << method.constData() << ' ' << path.toStdString();
            EXPECT_TRUE(r.header("Content-Type").startsWith("application/json"))
                << r.header("Content-Type").constData();
            EXPECT_FALSE(r.json.value(QStringLiteral("error")).toString().isEmpty())
                << method.constData() << ' ' << path.toStdString() << ": " << r.body.constData();
        }
    }
}

TEST(WebhookServer, NamesTheAllowedMethodOnAWrongOne)
{
    Fixture f;
    const Reply health = f.send("POST", QStringLiteral("/v1/health"), "{}");
    EXPECT_EQ(health.status, 405);
    EXPECT_EQ(health.header("Allow"), QByteArray("GET"));
    EXPECT_FALSE(health.json.value(QStringLiteral("error")).toString().isEmpty());
    for (const QString &path : {QStringLiteral("/v1/submissions"), QStringLiteral("/v1/events")}) {
        for (const QByteArray method : {"GET", "PUT", "DELETE"}) {
            const Reply r = f.send(method, path, "{}");
            EXPECT_EQ(r.status, 405) << method.constData() << ' ' << path.toStdString();
            EXPECT_EQ(r.header("Allow"), QByteArray("POST")) << method.constData() << ' ' << path.toStdString();
        }
    }
}

TEST(WebhookServer, CallsAValidJsonValueThatIsNoObjectByItsName)
{
    Fixture f;
    for (const QByteArray body : {"null", "42", "\"hi\"", "true", " 42 ", "[1,2]"}) {
        const Reply r = f.send("POST", QStringLiteral("/v1/submissions"), body);
        EXPECT_EQ(r.status, 400) << body.constData();
        EXPECT_TRUE(r.json.value(QStringLiteral("error"))
                        .toString()
                        .startsWith(QStringLiteral("The body must be a JSON object")))
            << body.constData() << ": " << r.body.constData();
    }
    // Still "not valid JSON" when it is not.
    for (const QByteArray body : {"nul", "42 43", "\"hi", "{\"email\": "}) {
        const Reply r = f.send("POST", QStringLiteral("/v1/submissions"), body);
        EXPECT_EQ(r.status, 400) << body.constData();
        EXPECT_TRUE(
            r.json.value(QStringLiteral("error")).toString().startsWith(QStringLiteral("The body is not valid JSON")))
            << body.constData() << ": " << r.body.constData();
    }
}
