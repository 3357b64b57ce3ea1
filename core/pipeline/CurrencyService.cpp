#include "core/pipeline/CurrencyService.h"

#include "core/store/Store.h"

#include <QSet>

#include <cmath>

namespace lr {
namespace {

const QString kEntity = QStringLiteral("exchange_rate");
constexpr double kLargestRate = 1e9;

QString rateText(double rate)
{
    return QString::number(rate, 'g', 12);
}

} // namespace

ExchangeRates CurrencyService::rates() const
{
    return m_store.exchangeRates.load();
}

QStringList CurrencyService::missingRates() const
{
    return m_store.exchangeRates.dealCurrenciesWithoutRate();
}

QMap<QString, Instant> CurrencyService::updatedAt() const
{
    return m_store.exchangeRates.updatedAt();
}

bool CurrencyService::isCurrencyCode(const QString &code)
{
    if (code.size() != 3)
        return false;
    for (const QChar c : code) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return false;
    }
    return true;
}

QString CurrencyService::validate(const ExchangeRates &rates)
{
    if (!isCurrencyCode(rates.home))
        return tr("The home currency \"%1\" is not a currency code: use three capital letters, like EUR.")
            .arg(rates.home);
    if (rates.perHome.value(rates.home) != 1.0)
        return tr("The home currency %1 is worth exactly 1 of itself.").arg(rates.home);
    for (auto it = rates.perHome.cbegin(); it != rates.perHome.cend(); ++it) {
        if (!isCurrencyCode(it.key()))
            return tr("\"%1\" is not a currency code: use three capital letters, like PLN.").arg(it.key());
        if (!std::isfinite(it.value()) || it.value() <= 0 || it.value() > kLargestRate)
            return tr("The rate of %1 must be a number above 0, like 4.3 (units of %1 for one %2).")
                .arg(it.key(), rates.home);
    }
    return {};
}

Result<ExchangeRates> CurrencyService::rebased(const ExchangeRates &rates, const QString &home)
{
    const double base = rates.perHome.value(home);
    if (!(base > 0))
        return Result<ExchangeRates>::failure(
            tr("%1 has no rate yet: give it one before making it the home currency.").arg(home));
    ExchangeRates out;
    out.home = home;
    out.perHome.clear();
    for (auto it = rates.perHome.cbegin(); it != rates.perHome.cend(); ++it)
        out.perHome.insert(it.key(), it.key() == home ? 1.0 : it.value() / base);
    return out;
}

Status CurrencyService::save(const AccessScope &actor, const ExchangeRates &rates)
{
    if (actor.role != Role::Admin)
        return Status::failure(tr("Only an admin may change the home currency and the exchange rates."));
    if (const QString why = validate(rates); !why.isEmpty())
        return Status::failure(why);
    const Instant now = m_clock.now();
    Transaction tx(m_store.database());
    if (!tx.isActive())
        return Status::failure(tx.error());
    const ExchangeRates old = m_store.exchangeRates.load();
    if (old == rates)
        return {};
    auto audit = [&](const QString &action, const QString &field, const QString &before, const QString &after) {
        return m_store.audit.append({0, now, actor.userId, kEntity, 0, action, field, before, after});
    };
    if (old.home != rates.home) {
        if (const auto a = audit(QStringLiteral("update"), QStringLiteral("home"), old.home, rates.home); !a)
            return Status::failure(a.error());
    }
    QSet<QString> currencies(rates.perHome.keyBegin(), rates.perHome.keyEnd());
    for (auto it = old.perHome.keyBegin(); it != old.perHome.keyEnd(); ++it)
        currencies.insert(*it);
    QStringList sorted(currencies.cbegin(), currencies.cend());
    sorted.sort();
    for (const QString &currency : std::as_const(sorted)) {
        const bool had = old.perHome.contains(currency);
        const bool has = rates.perHome.contains(currency);
        const QString before = had ? rateText(old.perHome.value(currency)) : QString();
        const QString after = has ? rateText(rates.perHome.value(currency)) : QString();
        if (before == after)
            continue;
        const QString action = !had   ? QStringLiteral("create")
                               : !has ? QStringLiteral("delete")
                                      : QStringLiteral("update");
        if (const auto a = audit(action, currency, before, after); !a)
            return Status::failure(a.error());
    }
    if (const Status s = m_store.exchangeRates.replace(old, rates, actor.userId, now); !s)
        return s;
    return tx.commit();
}

} // namespace lr
