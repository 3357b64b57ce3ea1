#include "core/domain/ExchangeRates.h"

namespace lr {

std::optional<qint64> ExchangeRates::toHome(qint64 cents, const QString &currency) const
{
    const auto rate = perHome.constFind(currency);
    if (rate == perHome.cend() || !(rate.value() > 0))
        return std::nullopt;
    if (currency == home)
        return cents;
    // SQLite's round() of a positive value is floor(x + 0.5): the same here, so a sum made in
    // SQL (sql::homeCents) and one made deal by deal (BoardFigures) agree to the cent.
    const double x = static_cast<double>(cents) / rate.value();
    return x >= 0 ? static_cast<qint64>(x + 0.5) : -static_cast<qint64>(-x + 0.5);
}

DealFigures ExchangeRates::inHome(DealFigures deal) const
{
    if (const auto cents = toHome(deal.valueCents, deal.currency)) {
        deal.valueCents = *cents;
        deal.currency = home;
    }
    return deal;
}

} // namespace lr
