#include "core/store/ExchangeRateRepository.h"

#include "core/store/Database.h"
#include "core/store/SqlUtil.h"

#include <QSqlQuery>

namespace lr {

ExchangeRates ExchangeRateRepository::load() const
{
    ExchangeRates rates;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT currency, per_home, is_home FROM exchange_rates")))
        return rates;
    rates.perHome.clear();
    QString home;
    while (q.next()) {
        rates.perHome.insert(q.value(0).toString(), q.value(1).toDouble());
        if (q.value(2).toInt() == 1)
            home = q.value(0).toString();
    }
    if (!home.isEmpty()) {
        rates.home = home;
    } else { // a store whose home row is gone: nothing converts but the default home itself
        rates = ExchangeRates();
    }
    return rates;
}

Status ExchangeRateRepository::replace(const ExchangeRates &old, const ExchangeRates &rates, Id by, Instant at)
{
    // Only what changed is written: a rate left as it was keeps who set it and when.
    QString error;
    QSqlQuery q(m_db.connection());
    for (auto it = old.perHome.cbegin(); it != old.perHome.cend(); ++it) {
        if (rates.perHome.contains(it.key()))
            continue;
        if (!sql::prepare(q, QStringLiteral("DELETE FROM exchange_rates WHERE currency = ?"), &error))
            return Status::failure(error);
        q.addBindValue(sql::v(it.key()));
        if (!sql::exec(q, &error))
            return Status::failure(error);
    }
    // One home at a time (a unique index): the old one steps down before the new one is written.
    if (!sql::prepare(q, QStringLiteral("UPDATE exchange_rates SET is_home = 0 WHERE is_home = 1 AND currency <> ?"),
                      &error))
        return Status::failure(error);
    q.addBindValue(sql::v(rates.home));
    if (!sql::exec(q, &error))
        return Status::failure(error);
    if (!sql::prepare(q,
                      QStringLiteral("INSERT INTO exchange_rates (currency, per_home, is_home, updated_at, updated_by) "
                                     "VALUES (?, ?, ?, ?, ?) ON CONFLICT(currency) DO UPDATE SET "
                                     "per_home = excluded.per_home, is_home = excluded.is_home, "
                                     "updated_at = excluded.updated_at, updated_by = excluded.updated_by"),
                      &error))
        return Status::failure(error);
    for (auto it = rates.perHome.cbegin(); it != rates.perHome.cend(); ++it) {
        const bool home = it.key() == rates.home;
        if (old.perHome.contains(it.key()) && old.perHome.value(it.key()) == it.value() &&
            home == (it.key() == old.home))
            continue;
        q.addBindValue(sql::v(it.key()));
        q.addBindValue(it.value());
        q.addBindValue(home ? 1 : 0);
        q.addBindValue(at);
        q.addBindValue(sql::idOrNull(by));
        if (!sql::exec(q, &error))
            return Status::failure(error);
    }
    return {};
}

QMap<QString, Instant> ExchangeRateRepository::updatedAt() const
{
    QMap<QString, Instant> out;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT currency, updated_at FROM exchange_rates")))
        return out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

QStringList ExchangeRateRepository::dealCurrenciesWithoutRate() const
{
    QStringList out;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT DISTINCT currency FROM deals WHERE currency <> '' AND currency NOT IN "
                               "(SELECT currency FROM exchange_rates) ORDER BY currency")))
        return out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

} // namespace lr
