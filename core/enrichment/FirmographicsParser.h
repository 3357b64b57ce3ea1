#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace lr {

/// Turns the spellings firmographics exports and APIs use into LeadRelay's values: web addresses
/// into bare domains, "51-200" and "1.2k" into head counts, "$1.5M" into revenue, "Germany" into
/// "DE". Each parser fails with a translated reason that names the value.
class FirmographicsParser final
{
    Q_DECLARE_TR_FUNCTIONS(lr::FirmographicsParser)

public:
    /// "https://www.Acme.com/about" → "acme.com"; "info@acme.com" → "acme.com".
    static Result<QString> domain(const QString &text);
    /// "250", "1,200", "1.2k", "51-200" (the middle), "10001+" (the lower bound); "" → 0.
    static Result<int> employees(const QString &text);
    /// "2500000", "2.5M", "$750k", "€1,2 mln", "1B", "$1M-$10M" (the middle); "" → 0.
    static Result<qint64> revenue(const QString &text);
    /// "de", "DE", "Germany", "United States" → ISO 3166 alpha-2; "" → "".
    static Result<QString> country(const QString &text);
};

} // namespace lr
