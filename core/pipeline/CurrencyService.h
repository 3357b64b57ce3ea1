#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/domain/ExchangeRates.h"
#include "core/security/AccessScope.h"

#include <QCoreApplication>
#include <QStringList>

namespace lr {

class Store;

/// The home currency and exchange rates that deal sums are made in (Tools ▸ Currencies…). Anyone
/// may read them; only an admin may change them, and every change is in the audit log.
class CurrencyService final
{
    Q_DECLARE_TR_FUNCTIONS(lr::CurrencyService)

public:
    CurrencyService(Store &store, const Clock &clock) : m_store(store), m_clock(clock) {}

    ExchangeRates rates() const;
    /// Currencies deals are in that have no rate yet: their values are summed as they are.
    QStringList missingRates() const;
    /// When each rate was last set (0: shipped with the store).
    QMap<QString, Instant> updatedAt() const;
    /// Replaces the rates with `rates` after checking them (validate()); admins only.
    Status save(const AccessScope &actor, const ExchangeRates &rates);

    /// Why `rates` cannot be saved, translated; empty when they can.
    static QString validate(const ExchangeRates &rates);
    /// `rates` with `home` as the home currency, every rate divided by `home`'s old rate (EUR home
    /// with PLN 4.3 and USD 1.08, rebased on PLN: EUR 0.2326, USD 0.2512). Fails when `home` has
    /// no rate.
    static Result<ExchangeRates> rebased(const ExchangeRates &rates, const QString &home);
    /// "PLN": three letters A–Z, upper case.
    static bool isCurrencyCode(const QString &code);

private:
    Store &m_store;
    const Clock &m_clock;
};

} // namespace lr
