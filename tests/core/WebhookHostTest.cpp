#include "core/server/WebhookHost.h"

#include "core/store/Store.h"
#include "tests/support/TestSupport.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTimer>

#include <gtest/gtest.h>

using namespace lr;

namespace {

int post(quint16 port, const QByteArray &body, const QByteArray &token)
{
    QNetworkAccessManager http;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/submissions").arg(port)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = http.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

int autoCheckpointPages(Store &store)
{
    QSqlQuery q(store.database().connection());
    return q.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

TEST(WebhookHost, FollowsTheSettingsAndSaysWhereItListens)
{
    test::TempStore store;
    ManualClock clock{test::kTestStart};
    WebhookHost host(*store, clock);
    int statusChanges = 0;
    QObject::connect(&host, &WebhookHost::statusChanged, &host, [&statusChanges] { ++statusChanges; });
    EXPECT_EQ(host.statusText(), QStringLiteral("Webhook: off"));

    WebhookSettings s;
    s.enabled = true;
    s.port = 0;
    s.token = QStringLiteral("s3cret");
    host.apply(s);
    ASSERT_TRUE(host.isListening()) << host.statusText().toStdString();
    EXPECT_EQ(host.statusText(), QStringLiteral("Webhook: listening on 127.0.0.1:%1").arg(host.port()));
    EXPECT_EQ(post(host.port(), R"({"email":"eva@firma.de"})", "wrong"), 401);
    EXPECT_EQ(post(host.port(), R"({"email":"eva@firma.de"})", "s3cret"), 202);
    EXPECT_EQ(store->leads.count(AccessScope::system(), {}), 1);
    // While it listens, the write-ahead log is checkpointed on a thread of its own (WalCheckpointer).
    EXPECT_EQ(autoCheckpointPages(*store), 0);

    const quint16 oldPort = host.port();
    s.enabled = false;
    host.apply(s);
    EXPECT_FALSE(host.isListening());
    EXPECT_EQ(host.statusText(), QStringLiteral("Webhook: off"));
    EXPECT_EQ(post(oldPort, R"({"email":"max@firma.de"})", "s3cret"), 0); // connection refused
    EXPECT_EQ(statusChanges, 2);
    EXPECT_GT(autoCheckpointPages(*store), 0); // checkpoints on commit again
}

TEST(WebhookHost, ReportsABusyPortClearly)
{
    test::TempStore store;
    ManualClock clock{test::kTestStart};
    QTcpServer squatter;
    ASSERT_TRUE(squatter.listen(QHostAddress::LocalHost, 0));
    WebhookHost host(*store, clock);
    WebhookSettings s;
    s.enabled = true;
    s.port = squatter.serverPort();
    host.apply(s);
    EXPECT_FALSE(host.isListening());
    EXPECT_TRUE(host.hasError());
    EXPECT_TRUE(host.statusText().contains(QString::number(squatter.serverPort()))) << host.statusText().toStdString();
    EXPECT_TRUE(host.statusText().contains(QStringLiteral("in use")));
}
