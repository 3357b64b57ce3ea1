#include "core/enrichment/EnrichmentService.h"

#include "core/store/Store.h"

#include <QFile>

namespace lr {

Status EnrichmentService::permitted() const
{
    if (m_who.role != Role::Admin)
        return Status::failure(tr("Only an administrator can manage enrichment."));
    return {};
}

Result<FirmographicsImportSummary>
EnrichmentService::importFirmographics(QIODevice *device, const FirmographicsImporter::Progress &progress,
                                       const std::atomic_bool *cancel)
{
    if (const Status s = permitted(); !s)
        return Result<FirmographicsImportSummary>::failure(s.error());
    return FirmographicsImporter(m_store, m_clock).import(device, progress, cancel);
}

Result<FirmographicsImportSummary>
EnrichmentService::importFirmographicsFile(const QString &path, const FirmographicsImporter::Progress &progress,
                                           const std::atomic_bool *cancel)
{
    using R = Result<FirmographicsImportSummary>;
    if (const Status s = permitted(); !s)
        return R::failure(s.error());
    if (path.trimmed().isEmpty())
        return R::failure(tr("Choose a CSV file to import."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("Cannot read %1: %2").arg(path, file.errorString()));
    return FirmographicsImporter(m_store, m_clock).import(&file, progress, cancel);
}

Result<qint64> EnrichmentService::firmographicsCount() const
{
    if (const Status s = permitted(); !s)
        return Result<qint64>::failure(s.error());
    return m_store.firmographics.count();
}

Result<HttpProviderSettings> EnrichmentService::httpSettings() const
{
    if (const Status s = permitted(); !s)
        return Result<HttpProviderSettings>::failure(s.error());
    return HttpProviderSettings::load(m_store.settings);
}

Status EnrichmentService::saveHttpSettings(const HttpProviderSettings &settings)
{
    if (const Status s = permitted(); !s)
        return s;
    Transaction tx(m_store.database());
    if (!tx.isActive())
        return Status::failure(tx.error());
    if (const Status s = settings.save(m_store.settings); !s)
        return s;
    return tx.commit();
}

Result<qint64> EnrichmentService::pending(const EnrichmentProvider &provider,
                                          const EnrichmentPassOptions &options) const
{
    if (const Status s = permitted(); !s)
        return Result<qint64>::failure(s.error());
    return EnrichmentPass(m_store, m_clock).pending(provider, options);
}

Result<EnrichmentPassSummary> EnrichmentService::enrich(EnrichmentProvider &provider,
                                                        const EnrichmentPassOptions &options,
                                                        const EnrichmentPass::Progress &progress,
                                                        const std::atomic_bool *cancel)
{
    if (const Status s = permitted(); !s)
        return Result<EnrichmentPassSummary>::failure(s.error());
    return EnrichmentPass(m_store, m_clock).run(provider, options, progress, cancel);
}

} // namespace lr
