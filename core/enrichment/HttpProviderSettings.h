#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace lr {

class SettingsRepository;

/// The settings of the optional HTTP JSON enrichment provider, stored with the database
/// (store.settings, keys "enrichment.http.*").
struct HttpProviderSettings
{
    Q_DECLARE_TR_FUNCTIONS(lr::HttpProviderSettings)

public:
    /// GET address with a {domain} placeholder: "https://api.example.com/companies?domain={domain}".
    QString urlTemplate;
    int timeoutMs = 5000; ///< Per request.
    int retries = 2;      ///< Extra attempts after a timeout, a network error or a 5xx answer.

    static constexpr int kMinTimeoutMs = 100;
    static constexpr int kMaxTimeoutMs = 120000;
    static constexpr int kMaxRetries = 10;

    /// Empty when usable, else a translated reason.
    QString validate() const;
    /// The request address for `domain` (percent-encoded into the placeholder).
    QString urlFor(const QString &domain) const;

    static HttpProviderSettings load(const SettingsRepository &settings);
    /// Validates, then stores; refuses invalid settings with the reason.
    Status save(SettingsRepository &settings) const;
};

} // namespace lr
