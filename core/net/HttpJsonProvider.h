#pragma once

#include "core/enrichment/EnrichmentProvider.h"
#include "core/enrichment/HttpProviderSettings.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace lr {

/// An optional enrichment provider over an HTTP JSON API (Clearbit/Apollo-like): GET the URL
/// template with {domain} filled in; 200 with a JSON object → firmographics (common field names and
/// nestings are recognised: "name", "employees"/"metrics.employees"/"employee_count",
/// "industry"/"category.industry", "revenue"/"annual_revenue"/"metrics.annualRevenue",
/// "country"/"country_code"/"geo.countryCode", "linkedin"/"linkedin.handle", optionally under
/// "data" or "company"); 404 → not found. Timeouts, network errors, 429 and 5xx are retried with
/// exponential backoff, then reported as a clear error; a malformed answer is an error at once.
/// Blocks while waiting (a local event loop), so run it outside store transactions.
class HttpJsonProvider final : public EnrichmentProvider
{
    Q_DECLARE_TR_FUNCTIONS(lr::HttpJsonProvider)

public:
    explicit HttpJsonProvider(HttpProviderSettings settings);

    static QString key() { return QStringLiteral("http"); }
    QString name() const override { return key(); }
    Result<std::optional<Firmographics>> lookup(const QString &domain) override;

    /// Delay before the first retry (doubled for each further one). Default 250 ms.
    void setBackoffMs(int ms) { m_backoffMs = ms; }

    /// Maps a JSON answer to firmographics for `domain`; fails on anything but a JSON object.
    static Result<Firmographics> parse(const QByteArray &body, const QString &domain);

private:
    struct Answer
    {
        int status = 0; ///< HTTP status; 0 when no answer came.
        QByteArray body;
        bool timedOut = false;
        QString networkError;
    };
    Answer get(const QString &url);
    void wait(int ms);

    HttpProviderSettings m_settings;
    int m_backoffMs = 250;
    QNetworkAccessManager m_manager;
};

} // namespace lr
