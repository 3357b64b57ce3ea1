#pragma once

#include "core/domain/DealCard.h"

#include <QMap>
#include <QString>

#include <optional>

namespace lr {

/// The home currency and what one unit of it is worth in others. Deals keep their own currency;
/// sums of deal values are made in the home currency. A currency without a rate is added as it
/// is (and a sum of several such reads "mixed").
struct ExchangeRates
{
    QString home = QStringLiteral("EUR");
    /// Currency → units of it per one unit of `home` (PLN 4.3 with EUR home). Holds `home` at 1.
    QMap<QString, double> perHome{{QStringLiteral("EUR"), 1.0}};

    /// `cents` of `currency` in home cents, rounded as the store's SQL rounds them; nullopt
    /// without a rate.
    std::optional<qint64> toHome(qint64 cents, const QString &currency) const;
    /// `deal` with its value in the home currency when its currency has a rate, else as it is.
    DealFigures inHome(DealFigures deal) const;

    bool operator==(const ExchangeRates &) const = default;
};

} // namespace lr
