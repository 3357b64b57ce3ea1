#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/domain/ExchangeRates.h"

#include <QCoreApplication>
#include <QStringList>

namespace lr {

class Database;

/// `exchange_rates` (migration 026): the home currency and the rate of every other currency
/// deals are summed in. The SQL that sums deal values reads the table itself (sql::homeCents).
class ExchangeRateRepository final
{
    Q_DECLARE_TR_FUNCTIONS(lr::ExchangeRateRepository)

public:
    explicit ExchangeRateRepository(Database &db) : m_db(db) {}

    ExchangeRates load() const;
    /// Replaces the rates `old` (as load() read them) with `rates`, in the caller's transaction if
    /// any: only what changed is written.
    Status replace(const ExchangeRates &old, const ExchangeRates &rates, Id by, Instant at);
    /// When each currency's rate was last set (0: shipped).
    QMap<QString, Instant> updatedAt() const;
    /// Currencies deals are in that have no rate, alphabetical.
    QStringList dealCurrenciesWithoutRate() const;

private:
    Database &m_db;
};

} // namespace lr
