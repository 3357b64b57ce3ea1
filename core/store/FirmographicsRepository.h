#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/enrichment/Firmographics.h"

#include <QCoreApplication>

#include <optional>

namespace lr {

class Database;

/// The local firmographics table, one row per web domain: the embedded enrichment source that an
/// admin fills from CSV.
class FirmographicsRepository final
{
    Q_DECLARE_TR_FUNCTIONS(lr::FirmographicsRepository)

public:
    enum class Upserted { Created, Updated };

    explicit FirmographicsRepository(Database &db) : m_db(db) {}

    /// Adds the row for `record.domain` or updates it; an empty value in `record` keeps what the
    /// table already holds (a partial re-import never erases data).
    Result<Upserted> upsert(const Firmographics &record, Instant at);
    std::optional<Firmographics> find(const QString &domain) const;
    qint64 count() const;

private:
    Database &m_db;
};

} // namespace lr
