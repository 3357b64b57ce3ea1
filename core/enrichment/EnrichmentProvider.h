#pragma once

#include "core/common/Result.h"
#include "core/enrichment/Firmographics.h"

#include <optional>

namespace lr {

/// A source of firmographics by web domain (the local table, an HTTP JSON API, …).
/// lookup() answers a record, std::nullopt when the provider does not know the domain, or an
/// error (translated) when it could not be asked. It may block (an HTTP provider waits for the
/// answer), so it is never called inside a store transaction except by providers that are local.
class EnrichmentProvider
{
public:
    virtual ~EnrichmentProvider() = default;

    /// Stable key recorded as the provenance of every value it supplies ("local", "http").
    virtual QString name() const = 0;
    virtual Result<std::optional<Firmographics>> lookup(const QString &domain) = 0;
};

} // namespace lr
