#include "core/intake/IntakeProcessor.h"
#include "core/server/WebhookServer.h"
#include "core/store/Store.h"
#include "tests/support/TestSupport.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace lr;

namespace {

struct Fixture
{
    test::TempStore store;
    ManualClock clock{test::kTestStart};
    IntakeProcessor intake{*store, clock};
    WebhookServer server{intake, {QStringLiteral("s3cret"), 4096}};
    QNetworkAccessManager http;
    quint16 port = server.listen(QHostAddress::LocalHost, 0);

    std::pair<int, QJsonObject> post(const QString &path, const QByteArray &body, const QByteArray &token = "s3cret")
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *reply = http.post(request, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return {status, json};
    }
};

} // namespace

TEST(EventEndpoint, AnEventMovesTheLeadsScoreOverHttp)
{
    Fixture f;
    const auto [created, lead] =
        f.post(QStringLiteral("/v1/submissions"), R"({"email":"ola@firma.pl","employees":80,"form_id":"f1"})");
    ASSERT_EQ(created, 202);
    const auto [status, json] = f.post(QStringLiteral("/v1/events"),
                                       R"({"email":"ola@firma.pl","type":"page_view","url":"https://x.io/pricing",
                                           "at":"2026-11-23T08:00:00Z","session":"abc"})");
    EXPECT_EQ(status, 202) << QJsonDocument(json).toJson().toStdString();
    EXPECT_EQ(json.value(QStringLiteral("status")).toString(), QStringLiteral("attached"));
    EXPECT_EQ(json.value(QStringLiteral("lead_id")).toInteger(), lead.value(QStringLiteral("lead_id")).toInteger());
    EXPECT_EQ(json.value(QStringLiteral("score")).toInt(), 25);
    EXPECT_EQ(json.value(QStringLiteral("class")).toString(), QStringLiteral("mql"));
}

TEST(EventEndpoint, BadEventsGet400WithAReasonAndStayInTheJournal)
{
    Fixture f;
    const QByteArray bodies[] = {R"({"email":"a@b.de","type":"hologram"})",
                                 R"({"email":"a@b.de","type":"page_view","at":"31/31/2026"})", "{not json", R"([1,2])"};
    for (const QByteArray &body : bodies) {
        const auto [status, json] = f.post(QStringLiteral("/v1/events"), body);
        EXPECT_EQ(status, 400) << body.toStdString();
        EXPECT_FALSE(json.value(QStringLiteral("error")).toString().isEmpty());
        const auto entry = f.store->journal.find(json.value(QStringLiteral("journal_id")).toInteger());
        ASSERT_TRUE(entry) << body.toStdString();
        EXPECT_EQ(entry->body, body);
        EXPECT_EQ(entry->state, JournalEntry::State::Quarantined);
    }
    EXPECT_EQ(f.post(QStringLiteral("/v1/events"), R"({"email":"a@b.de","type":"page_view"})", "wrong").first, 401);
}

TEST(EventEndpoint, CallsAValidJsonValueThatIsNoObjectByItsName)
{
    Fixture f;
    for (const QByteArray body : {"null", "42", "\"hi\""}) {
        const auto [status, json] = f.post(QStringLiteral("/v1/events"), body);
        EXPECT_EQ(status, 400) << body.toStdString();
        EXPECT_EQ(json.value(QStringLiteral("error")).toString(), QStringLiteral("The event must be a JSON object."))
            << body.toStdString();
    }
    const auto [status, json] = f.post(QStringLiteral("/v1/events"), "nul");
    EXPECT_EQ(status, 400);
    EXPECT_TRUE(
        json.value(QStringLiteral("error")).toString().startsWith(QStringLiteral("The event is not valid JSON")));
}
