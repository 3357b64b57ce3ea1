#include "core/enrichment/HttpProviderSettings.h"

#include "core/store/SettingsRepository.h"

#include <QUrl>

namespace lr {
namespace {

const QString kUrl = QStringLiteral("enrichment.http.url_template");
const QString kTimeout = QStringLiteral("enrichment.http.timeout_ms");
const QString kRetries = QStringLiteral("enrichment.http.retries");
const QString kPlaceholder = QStringLiteral("{domain}");

} // namespace

QString HttpProviderSettings::validate() const
{
    if (urlTemplate.trimmed().isEmpty())
        return tr("The HTTP provider has no URL template.");
    if (!urlTemplate.contains(kPlaceholder))
        return tr("The URL template must contain {domain}, e.g. https://api.example.com/companies?domain={domain}.");
    const QUrl url(urlFor(QStringLiteral("example.com")), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return tr("The URL template \"%1\" is not an http:// or https:// address.").arg(urlTemplate);
    if (timeoutMs < kMinTimeoutMs || timeoutMs > kMaxTimeoutMs)
        return tr("The timeout must be between %1 and %2 ms.").arg(kMinTimeoutMs).arg(kMaxTimeoutMs);
    if (retries < 0 || retries > kMaxRetries)
        return tr("The number of retries must be between 0 and %1.").arg(kMaxRetries);
    return {};
}

QString HttpProviderSettings::urlFor(const QString &domain) const
{
    QString url = urlTemplate.trimmed();
    return url.replace(kPlaceholder, QString::fromLatin1(QUrl::toPercentEncoding(domain)));
}

HttpProviderSettings HttpProviderSettings::load(const SettingsRepository &settings)
{
    HttpProviderSettings s;
    s.urlTemplate = settings.value(kUrl);
    bool ok = false;
    if (const int t = settings.value(kTimeout).toInt(&ok); ok)
        s.timeoutMs = t;
    if (const int r = settings.value(kRetries).toInt(&ok); ok)
        s.retries = r;
    return s;
}

Status HttpProviderSettings::save(SettingsRepository &settings) const
{
    if (const QString problem = validate(); !problem.isEmpty())
        return Status::failure(problem);
    for (const auto &[key, value] :
         {std::pair{kUrl, urlTemplate.trimmed()}, std::pair{kTimeout, QString::number(timeoutMs)},
          std::pair{kRetries, QString::number(retries)}}) {
        if (const Status s = settings.setValue(key, value); !s)
            return s;
    }
    return {};
}

} // namespace lr
