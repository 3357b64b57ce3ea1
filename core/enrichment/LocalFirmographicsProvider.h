#pragma once

#include "core/enrichment/EnrichmentProvider.h"

namespace lr {

class FirmographicsRepository;

/// The embedded default provider: the firmographics table an admin imports from CSV.
class LocalFirmographicsProvider final : public EnrichmentProvider
{
public:
    explicit LocalFirmographicsProvider(const FirmographicsRepository &table) : m_table(table) {}

    static QString key() { return QStringLiteral("local"); }
    QString name() const override { return key(); }
    Result<std::optional<Firmographics>> lookup(const QString &domain) override;

private:
    const FirmographicsRepository &m_table;
};

} // namespace lr
