#include "core/net/HttpJsonProvider.h"
#include "core/enrichment/EnrichmentPass.h"
#include "core/store/Store.h"
#include "tests/support/TestSupport.h"

#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace lr;

namespace {

/// A scripted HTTP server in the test process: the answer depends on the ?domain= asked for.
///   acme.com → 200 with a nested JSON object;  unknown.org → 404;  flaky.io → 500, then 200;
///   garbage.net → 200 with a body that is not JSON;  silent.dev → never answers;
///   down.example → 503 every time;  forbidden.com → 403.
class TestServer
{
public:
    TestServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { read(socket); });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    QString urlTemplate() const
    {
        return QStringLiteral("http://127.0.0.1:%1/companies?domain={domain}").arg(m_server.serverPort());
    }
    int requests(const QString &domain) const { return m_requests.value(domain); }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        const QByteArray target = buffer.split(' ').value(1);
        buffer.clear();
        const QString domain =
            QUrlQuery(QUrl(QString::fromLatin1(target)).query()).queryItemValue(QStringLiteral("domain"));
        const int n = ++m_requests[domain];
        if (domain == QLatin1String("acme.com"))
            answer(socket, 200,
                   R"({"data":{"name":"Acme Inc","metrics":{"employees":120,"annualRevenue":2500000},)"
                   R"("category":{"industry":"Software"},"geo":{"countryCode":"us"}}})");
        else if (domain == QLatin1String("flaky.io") && n == 1)
            answer(socket, 500, R"({"error":"try later"})");
        else if (domain == QLatin1String("flaky.io"))
            answer(socket, 200, R"({"company_name":"Flaky","employee_count":"51-200","country":"Poland"})");
        else if (domain == QLatin1String("garbage.net"))
            answer(socket, 200, "<html>not json");
        else if (domain == QLatin1String("silent.dev"))
            return; // keeps the connection open and never answers
        else if (domain == QLatin1String("down.example"))
            answer(socket, 503, "{}");
        else if (domain == QLatin1String("forbidden.com"))
            answer(socket, 403, R"({"error":"bad key"})");
        else
            answer(socket, 404, R"({"error":"not found"})");
    }
    static void answer(QTcpSocket *socket, int status, const QByteArray &body)
    {
        QByteArray response = "HTTP/1.1 " + QByteArray::number(status) +
                              " X\r\nContent-Type: application/json\r\n"
                              "Content-Length: " +
                              QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
        socket->write(response);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QString, int> m_requests;
};

struct Fixture
{
    TestServer server;
    HttpJsonProvider provider{settings()};

    Fixture() { provider.setBackoffMs(0); }
    HttpProviderSettings settings(int timeoutMs = 3000, int retries = 2) const
    {
        HttpProviderSettings s;
        s.urlTemplate = server.urlTemplate();
        s.timeoutMs = timeoutMs;
        s.retries = retries;
        return s;
    }
};

} // namespace

TEST(HttpJsonProvider, MapsA200AnswerToFirmographics)
{
    Fixture f;
    const auto found = f.provider.lookup(QStringLiteral("acme.com"));
    ASSERT_TRUE(found) << found.error().toStdString();
    ASSERT_TRUE(found.value());
    const Firmographics &acme = *found.value();
    EXPECT_EQ(acme.name, QStringLiteral("Acme Inc"));
    EXPECT_EQ(acme.employees, 120);
    EXPECT_EQ(acme.revenue, 2500000);
    EXPECT_EQ(acme.industry, QStringLiteral("Software"));
    EXPECT_EQ(acme.country, QStringLiteral("US"));
    EXPECT_EQ(f.server.requests(QStringLiteral("acme.com")), 1);
}

TEST(HttpJsonProvider, A404IsNotFoundAndNotAnError)
{
    Fixture f;
    const auto found = f.provider.lookup(QStringLiteral("unknown.org"));
    ASSERT_TRUE(found) << found.error().toStdString();
    EXPECT_FALSE(found.value().has_value());
    EXPECT_EQ(f.server.requests(QStringLiteral("unknown.org")), 1); // not retried
}

TEST(HttpJsonProvider, RetriesAServerErrorAndUsesTheLaterAnswer)
{
    Fixture f;
    const auto found = f.provider.lookup(QStringLiteral("flaky.io"));
    ASSERT_TRUE(found) << found.error().toStdString();
    ASSERT_TRUE(found.value());
    EXPECT_EQ(found.value()->name, QStringLiteral("Flaky"));
    EXPECT_EQ(found.value()->employees, 126);
    EXPECT_EQ(found.value()->country, QStringLiteral("PL"));
    EXPECT_EQ(f.server.requests(QStringLiteral("flaky.io")), 2);
}

TEST(HttpJsonProvider, GivesUpOnAServerErrorAfterTheRetriesWithAClearError)
{
    Fixture f;
    const auto found = f.provider.lookup(QStringLiteral("down.example"));
    ASSERT_FALSE(found);
    EXPECT_TRUE(found.error().contains(QStringLiteral("503"))) << found.error().toStdString();
    EXPECT_TRUE(found.error().contains(QStringLiteral("down.example")));
    EXPECT_TRUE(found.error().contains(QStringLiteral("after 3 attempt")));
    EXPECT_EQ(f.server.requests(QStringLiteral("down.example")), 3);
}

TEST(HttpJsonProvider, MalformedJsonIsAClearErrorWithoutRetries)
{
    Fixture f;
    const auto found = f.provider.lookup(QStringLiteral("garbage.net"));
    ASSERT_FALSE(found);
    EXPECT_TRUE(found.error().contains(QStringLiteral("malformed JSON"))) << found.error().toStdString();
    EXPECT_EQ(f.server.requests(QStringLiteral("garbage.net")), 1);
}

TEST(HttpJsonProvider, AClientErrorIsNotRetried)
{
    Fixture f;
    const auto found = f.provider.lookup(QStringLiteral("forbidden.com"));
    ASSERT_FALSE(found);
    EXPECT_TRUE(found.error().contains(QStringLiteral("403")));
    EXPECT_EQ(f.server.requests(QStringLiteral("forbidden.com")), 1);
}

TEST(HttpJsonProvider, TimesOutOnAServerThatNeverAnswersAndRetries)
{
    Fixture f;
    HttpJsonProvider impatient(f.settings(200, 1)); // the one short-timeout case
    impatient.setBackoffMs(0);
    const auto found = impatient.lookup(QStringLiteral("silent.dev"));
    ASSERT_FALSE(found);
    EXPECT_TRUE(found.error().contains(QStringLiteral("200 ms"))) << found.error().toStdString();
    EXPECT_EQ(f.server.requests(QStringLiteral("silent.dev")), 2); // the first try and one retry
}

TEST(HttpJsonProvider, RefusesToRunWithoutAUsableTemplate)
{
    HttpProviderSettings s;
    s.urlTemplate = QStringLiteral("http://127.0.0.1:9/no-placeholder");
    HttpJsonProvider provider(s);
    const auto found = provider.lookup(QStringLiteral("acme.com"));
    ASSERT_FALSE(found);
    EXPECT_TRUE(found.error().contains(QStringLiteral("{domain}")));
}

TEST(HttpJsonProvider, AnEnrichmentPassFillsCompaniesAndRecordsFailuresForLater)
{
    Fixture f;
    test::TempStore store;
    ManualClock clock(test::kTestStart);
    QHash<QString, Id> ids;
    for (const char *domain : {"acme.com", "unknown.org", "garbage.net", "flaky.io"}) {
        Company c;
        c.domain = QString::fromLatin1(domain);
        c.createdAt = clock.now();
        ids.insert(c.domain, store->companies.create(c).value());
    }
    Company complete;
    complete.domain = QStringLiteral("complete.com");
    complete.name = QStringLiteral("Complete");
    complete.industry = QStringLiteral("Retail");
    complete.employees = 10;
    complete.revenue = 1000;
    complete.country = QStringLiteral("DE");
    complete.createdAt = clock.now();
    ASSERT_TRUE(store->companies.create(complete));

    EnrichmentPass pass(*store, clock);
    const auto summary = pass.run(f.provider, {});
    ASSERT_TRUE(summary) << summary.error().toStdString();
    EXPECT_EQ(summary->candidates, 4); // the complete company is not asked about
    EXPECT_EQ(summary->tried, 4);
    EXPECT_EQ(summary->enriched, 2);
    EXPECT_EQ(summary->notFound, 1);
    EXPECT_EQ(summary->failed, 1);
    ASSERT_EQ(summary->errors.size(), 1);
    EXPECT_EQ(summary->errors.at(0).domain, QStringLiteral("garbage.net"));
    EXPECT_EQ(f.server.requests(QStringLiteral("complete.com")), 0);
    const Company acme = *store->companies.find(ids.value(QStringLiteral("acme.com")));
    EXPECT_EQ(acme.name, QStringLiteral("Acme Inc"));
    EXPECT_EQ(acme.employees, 120);
    EXPECT_EQ(store->enrichment.companySources(acme.id).value(0).source, QStringLiteral("http"));
    const auto failed = store->enrichment.attempt(ids.value(QStringLiteral("garbage.net")), QStringLiteral("http"));
    ASSERT_TRUE(failed);
    EXPECT_EQ(failed->outcome, EnrichmentAttempt::Outcome::Error);
    EXPECT_FALSE(failed->error.isEmpty());

    // Nothing is asked again right away; a failed lookup is retried after an hour, the rest later.
    EXPECT_EQ(pass.pending(f.provider, {}), 0);
    clock.advance(EnrichmentPassOptions().errorRetryAfterMs + kSecondMs);
    EXPECT_EQ(pass.pending(f.provider, {}), 1);
}

TEST(HttpJsonProvider, APassStopsWhenTheServiceIsDown)
{
    Fixture f;
    test::TempStore store;
    ManualClock clock(test::kTestStart);
    for (int i = 0; i < 4; ++i) {
        Company c;
        c.domain = QStringLiteral("down.example");
        if (i)
            c.domain = QStringLiteral("down%1.example").arg(i);
        c.createdAt = clock.now();
        ASSERT_TRUE(store->companies.create(c));
    }
    HttpProviderSettings s = f.settings(3000, 0);
    s.urlTemplate.replace(QStringLiteral("{domain}"), QStringLiteral("down.example&for={domain}"));
    HttpJsonProvider down(s);
    EnrichmentPassOptions options;
    options.stopAfterConsecutiveErrors = 2;
    const auto summary = EnrichmentPass(*store, clock).run(down, options);
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary->tried, 2);
    EXPECT_EQ(summary->failed, 2);
    EXPECT_FALSE(summary->stoppedBecause.isEmpty());
}
