#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/enrichment/EnrichmentPass.h"
#include "core/enrichment/FirmographicsImporter.h"
#include "core/enrichment/HttpProviderSettings.h"
#include "core/security/AccessScope.h"

#include <QCoreApplication>

namespace lr {

class EnrichmentProvider;
class Store;

/// The admin's enrichment console: import the local firmographics table, keep the HTTP provider's
/// settings, run an enrichment pass. Every operation refuses anyone but an admin (or the local
/// operator), whatever the user interface shows.
class EnrichmentService final
{
    Q_DECLARE_TR_FUNCTIONS(lr::EnrichmentService)

public:
    EnrichmentService(Store &store, const Clock &clock, AccessScope who) : m_store(store), m_clock(clock), m_who(who) {}

    /// Empty when `who` may use enrichment, else the translated refusal.
    Status permitted() const;

    Result<FirmographicsImportSummary> importFirmographics(QIODevice *device,
                                                           const FirmographicsImporter::Progress &progress = {},
                                                           const std::atomic_bool *cancel = nullptr);
    /// Opens `path` and imports it; a file that cannot be read is a clear error.
    Result<FirmographicsImportSummary> importFirmographicsFile(const QString &path,
                                                               const FirmographicsImporter::Progress &progress = {},
                                                               const std::atomic_bool *cancel = nullptr);
    Result<qint64> firmographicsCount() const;

    Result<HttpProviderSettings> httpSettings() const;
    Status saveHttpSettings(const HttpProviderSettings &settings);

    /// Companies a pass with `provider` would try now.
    Result<qint64> pending(const EnrichmentProvider &provider, const EnrichmentPassOptions &options = {}) const;
    Result<EnrichmentPassSummary> enrich(EnrichmentProvider &provider, const EnrichmentPassOptions &options = {},
                                         const EnrichmentPass::Progress &progress = {},
                                         const std::atomic_bool *cancel = nullptr);

private:
    Store &m_store;
    const Clock &m_clock;
    AccessScope m_who;
};

} // namespace lr
