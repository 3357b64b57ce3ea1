#include "core/net/HttpJsonProvider.h"

#include "core/enrichment/FirmographicsParser.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

namespace lr {
namespace {

/// The value at a dotted path ("metrics.employees"); an array yields its first element.
QJsonValue at(const QJsonObject &root, const QString &path)
{
    QJsonValue v = root;
    for (const QString &part : path.split(QLatin1Char('.'))) {
        if (!v.isObject())
            return {};
        v = v.toObject().value(part);
    }
    if (v.isArray())
        v = v.toArray().first();
    return v;
}

/// The first non-empty value among `paths`, as text.
QString text(const QJsonObject &root, std::initializer_list<const char *> paths)
{
    for (const char *path : paths) {
        const QJsonValue v = at(root, QString::fromLatin1(path));
        QString s;
        if (v.isString())
            s = v.toString().trimmed();
        else if (v.isDouble())
            s = QString::number(v.toDouble(), 'f', 0);
        if (!s.isEmpty())
            return s;
    }
    return {};
}

} // namespace

HttpJsonProvider::HttpJsonProvider(HttpProviderSettings settings) : m_settings(std::move(settings)) {}

Result<Firmographics> HttpJsonProvider::parse(const QByteArray &body, const QString &domain)
{
    using R = Result<Firmographics>;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return R::failure(tr("The enrichment service sent malformed JSON for %1: %2").arg(domain, error.errorString()));
    if (!doc.isObject())
        return R::failure(tr("The enrichment service sent JSON for %1 that is not an object.").arg(domain));
    QJsonObject root = doc.object();
    for (const char *wrapper : {"data", "company", "organization", "result"}) {
        const QJsonValue inner = root.value(QLatin1String(wrapper));
        if (inner.isObject() && !root.contains(QLatin1String("name"))) {
            root = inner.toObject();
            break;
        }
    }
    Firmographics f;
    f.domain = domain;
    f.name = text(root, {"name", "company_name", "companyName", "legal_name", "legalName"});
    // A value the provider got wrong is left out; the rest of the answer is still useful.
    if (const auto e = FirmographicsParser::employees(
            text(root, {"employees", "employee_count", "employeeCount", "estimated_num_employees", "metrics.employees",
                        "headcount", "employees_range", "employeesRange", "metrics.employeesRange", "size"}));
        e)
        f.employees = e.value();
    f.industry = text(root, {"industry", "category.industry", "sector", "industries"});
    if (const auto r = FirmographicsParser::revenue(
            text(root, {"revenue", "annual_revenue", "annualRevenue", "estimated_annual_revenue",
                        "metrics.annualRevenue", "metrics.estimatedAnnualRevenue", "revenue_range"}));
        r)
        f.revenue = r.value();
    if (const auto c = FirmographicsParser::country(
            text(root, {"country", "country_code", "countryCode", "geo.countryCode", "geo.country_code", "geo.country",
                        "location.country", "location.country_code", "hq_country"}));
        c)
        f.country = c.value();
    f.linkedin = text(root, {"linkedin", "linkedin_url", "linkedinUrl", "linkedin.handle"});
    return f;
}

void HttpJsonProvider::wait(int ms)
{
    if (ms <= 0)
        return;
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

HttpJsonProvider::Answer HttpJsonProvider::get(const QString &url)
{
    QNetworkRequest request{QUrl(url)};
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("LeadRelay/" LEADRELAY_VERSION));
    QNetworkReply *reply = m_manager.get(request);
    Answer answer;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        answer.timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(m_settings.timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    timer.stop();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        answer.body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError && answer.status == 0)
        answer.networkError = reply->errorString();
    reply->deleteLater();
    return answer;
}

Result<std::optional<Firmographics>> HttpJsonProvider::lookup(const QString &domain)
{
    using R = Result<std::optional<Firmographics>>;
    if (const QString problem = m_settings.validate(); !problem.isEmpty())
        return R::failure(problem);
    const QString url = m_settings.urlFor(domain);
    const int attempts = 1 + m_settings.retries;
    QString lastError;
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        if (attempt > 1)
            wait(m_backoffMs << std::min(attempt - 2, 10));
        const Answer answer = get(url);
        if (answer.timedOut) {
            lastError = tr("The enrichment service did not answer within %1 ms").arg(m_settings.timeoutMs);
            continue;
        }
        if (answer.status == 0) {
            lastError = tr("The enrichment service could not be reached (%1)").arg(answer.networkError);
            continue;
        }
        if (answer.status == 404 || answer.status == 410 || answer.status == 204)
            return std::optional<Firmographics>();
        if (answer.status >= 200 && answer.status < 300) {
            const Result<Firmographics> parsed = parse(answer.body, domain);
            if (!parsed)
                return R::failure(parsed.error());
            return std::optional<Firmographics>(parsed.value());
        }
        lastError = tr("The enrichment service answered HTTP %1").arg(answer.status);
        if (answer.status != 429 && answer.status < 500)
            return R::failure(tr("%1 for %2 (%3).").arg(lastError, domain, url));
    }
    return R::failure(tr("%1 for %2 after %n attempt(s).", nullptr, attempts).arg(lastError, domain));
}

} // namespace lr
