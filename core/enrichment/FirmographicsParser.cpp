#include "core/enrichment/FirmographicsParser.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <unicode/uloc.h>

#include <cmath>
#include <optional>

namespace lr {
namespace {

double multiplierOf(const QString &suffix)
{
    static const QHash<QString, double> table{{QString(), 1},
                                              {QStringLiteral("k"), 1e3},
                                              {QStringLiteral("thousand"), 1e3},
                                              {QStringLiteral("tys"), 1e3},
                                              {QStringLiteral("тыс"), 1e3},
                                              {QStringLiteral("хил"), 1e3},
                                              {QStringLiteral("m"), 1e6},
                                              {QStringLiteral("mm"), 1e6},
                                              {QStringLiteral("mn"), 1e6},
                                              {QStringLiteral("mln"), 1e6},
                                              {QStringLiteral("million"), 1e6},
                                              {QStringLiteral("millions"), 1e6},
                                              {QStringLiteral("млн"), 1e6},
                                              {QStringLiteral("b"), 1e9},
                                              {QStringLiteral("bn"), 1e9},
                                              {QStringLiteral("billion"), 1e9},
                                              {QStringLiteral("billions"), 1e9},
                                              {QStringLiteral("mld"), 1e9},
                                              {QStringLiteral("mlrd"), 1e9},
                                              {QStringLiteral("млрд"), 1e9}};
    return table.value(suffix, 0);
}

const QStringList &currencyCodes()
{
    static const QStringList codes{QStringLiteral("usd"), QStringLiteral("eur"), QStringLiteral("gbp"),
                                   QStringLiteral("pln"), QStringLiteral("bgn"), QStringLiteral("rub"),
                                   QStringLiteral("chf"), QStringLiteral("zł"),  QStringLiteral("zl"),
                                   QStringLiteral("лв"),  QStringLiteral("руб")};
    return codes;
}

/// "1,200" → 1200, "1.5" → 1.5, "1.200.000" → 1200000, "1,5" → 1.5 (a decimal comma).
std::optional<double> plainNumber(QString digits, bool hasSuffix)
{
    digits.remove(QLatin1Char('\''));
    const bool comma = digits.contains(QLatin1Char(','));
    const bool dot = digits.contains(QLatin1Char('.'));
    static const QRegularExpression commaGroups(QStringLiteral("^\\d{1,3}(,\\d{3})+$"));
    static const QRegularExpression dotGroups(QStringLiteral("^\\d{1,3}(\\.\\d{3})+$"));
    if (comma && dot) {
        const bool commaIsDecimal = digits.lastIndexOf(QLatin1Char(',')) > digits.lastIndexOf(QLatin1Char('.'));
        digits.remove(commaIsDecimal ? QLatin1Char('.') : QLatin1Char(','));
        digits.replace(QLatin1Char(','), QLatin1Char('.'));
    } else if (comma) {
        if (commaGroups.match(digits).hasMatch() && !hasSuffix)
            digits.remove(QLatin1Char(','));
        else
            digits.replace(QLatin1Char(','), QLatin1Char('.'));
    } else if (dot && !hasSuffix && dotGroups.match(digits).hasMatch()) {
        digits.remove(QLatin1Char('.'));
    }
    bool ok = false;
    const double value = digits.toDouble(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

struct Amount
{
    double number = 0;
    double multiplier = 1;
    bool hasSuffix = false;
};

/// One amount: an optional currency, a number, an optional k/M/B suffix ("$1.5M", "250k", "1,2mlnzł").
std::optional<Amount> amount(QString text)
{
    static const QRegularExpression noise(QStringLiteral("[\\s\\x{00a0}\\x{202f}$€£¥₽~≈]"));
    static const QRegularExpression shape(QStringLiteral("^(\\D*?)(\\d[\\d.,']*)(\\D*)$"));
    text = text.toLower().remove(noise);
    const QRegularExpressionMatch m = shape.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QString prefix = m.captured(1);
    if (!prefix.isEmpty() && !currencyCodes().contains(prefix))
        return std::nullopt;
    QString suffix = m.captured(3);
    for (const QString &code : currencyCodes()) {
        if (suffix.endsWith(code))
            suffix.chop(code.size());
        else if (suffix.startsWith(code))
            suffix = suffix.mid(code.size());
    }
    if (suffix.endsWith(QLatin1Char('.')))
        suffix.chop(1);
    const double multiplier = multiplierOf(suffix);
    if (multiplier == 0)
        return std::nullopt;
    const auto number = plainNumber(m.captured(2), !suffix.isEmpty());
    if (!number)
        return std::nullopt;
    return Amount{*number, multiplier, !suffix.isEmpty()};
}

/// A single amount, a range ("51-200", "$1M-$10M", "1-10M": the middle) or an open range
/// ("10001+", ">1000", "over 500": the lower bound).
std::optional<double> quantity(QString text)
{
    text = text.trimmed();
    static const QRegularExpression lowerBound(
        QStringLiteral("^(?:>=?|over|more than|above|ponad|свыше|над)\\s*(.+)$|^(.+?)\\s*(?:\\+|or more|and more)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = lowerBound.match(text); m.hasMatch()) {
        const auto a = amount(m.captured(1).isEmpty() ? m.captured(2) : m.captured(1));
        return a ? std::optional<double>(a->number * a->multiplier) : std::nullopt;
    }
    static const QRegularExpression range(QStringLiteral("^(.+?)\\s*(?:-|–|—|\\bto\\b|\\.\\.)\\s*(.+)$"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = range.match(text); m.hasMatch()) {
        auto low = amount(m.captured(1));
        const auto high = amount(m.captured(2));
        if (!low || !high)
            return std::nullopt;
        if (!low->hasSuffix)
            low->multiplier = high->multiplier; // "1-10M" means one to ten million
        const double a = low->number * low->multiplier;
        const double b = high->number * high->multiplier;
        if (a > b)
            return std::nullopt;
        return (a + b) / 2;
    }
    const auto a = amount(text);
    return a ? std::optional<double>(a->number * a->multiplier) : std::nullopt;
}

const QHash<QString, QString> &countryNames()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        for (int i = 1; i <= static_cast<int>(QLocale::LastTerritory); ++i) {
            const auto territory = static_cast<QLocale::Territory>(i);
            const QString code = QLocale::territoryToCode(territory);
            if (code.size() == 2)
                t.insert(QLocale::territoryToString(territory).toLower(), code);
        }
        const QList<QLocale> locales =
            QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
        for (const QLocale &locale : locales) {
            const QString code = QLocale::territoryToCode(locale.territory());
            if (code.size() == 2 && !locale.nativeTerritoryName().isEmpty())
                t.insert(locale.nativeTerritoryName().toLower(), code);
        }
        // And in the languages people here write them in: "Niemcy", "Германия", "Allemagne" → DE.
        static const char *const languages[] = {"en", "pl", "ru", "bg", "uk", "cs", "sk", "de", "fr",
                                                "es", "it", "pt", "nl", "ro", "hu", "tr", "sv"};
        const QList<QString> values = t.values();
        const QSet<QString> codes(values.cbegin(), values.cend());
        for (const QString &code : codes) {
            const QByteArray locale = "_" + code.toLatin1();
            for (const char *language : languages) {
                UChar name[128];
                UErrorCode status = U_ZERO_ERROR;
                const int32_t length = uloc_getDisplayCountry(locale.constData(), language, name, 128, &status);
                if (!U_SUCCESS(status) || length <= 0)
                    continue;
                const QString key = QString::fromUtf16(reinterpret_cast<const char16_t *>(name), length).toLower();
                if (!t.contains(key)) // English and native names come first
                    t.insert(key, code);
            }
        }
        const std::pair<const char *, const char *> aliases[] = {{"usa", "US"},
                                                                 {"united states of america", "US"},
                                                                 {"america", "US"},
                                                                 {"uk", "GB"},
                                                                 {"great britain", "GB"},
                                                                 {"england", "GB"},
                                                                 {"scotland", "GB"},
                                                                 {"czech republic", "CZ"},
                                                                 {"holland", "NL"},
                                                                 {"the netherlands", "NL"},
                                                                 {"russian federation", "RU"},
                                                                 {"korea", "KR"},
                                                                 {"uae", "AE"}};
        for (const auto &[name, code] : aliases)
            t.insert(QString::fromLatin1(name), QString::fromLatin1(code));
        return t;
    }();
    return table;
}

} // namespace

Result<QString> FirmographicsParser::domain(const QString &text)
{
    QString input = text.trimmed();
    if (input.isEmpty())
        return Result<QString>::failure(tr("The domain is empty."));
    if (const qsizetype at = input.lastIndexOf(QLatin1Char('@')); at >= 0 && !input.contains(QLatin1String("://")))
        input = input.mid(at + 1);
    QString host = QUrl::fromUserInput(input).host().toLower();
    if (host.startsWith(QLatin1String("www.")))
        host = host.mid(4);
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    static const QRegularExpression valid(QStringLiteral(
        "^[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}"
        "\\p{N}])?)*\\.[\\p{L}]{2,}$"));
    if (host.isEmpty() || !valid.match(host).hasMatch())
        return Result<QString>::failure(tr("\"%1\" is not a web domain (expected something like acme.com).").arg(text));
    return host;
}

Result<int> FirmographicsParser::employees(const QString &text)
{
    if (text.trimmed().isEmpty())
        return 0;
    const auto value = quantity(text);
    constexpr double kMaxEmployees = 5e6; // more than any employer on earth: a mistake, not a company
    if (!value || *value > kMaxEmployees)
        return Result<int>::failure(
            tr("\"%1\" is not a number of employees (expected 250, 1.2k or 51-200).").arg(text));
    return static_cast<int>(std::llround(*value));
}

Result<qint64> FirmographicsParser::revenue(const QString &text)
{
    if (text.trimmed().isEmpty())
        return qint64(0);
    const auto value = quantity(text);
    constexpr double kMaxRevenue = 1e15;
    if (!value || *value > kMaxRevenue)
        return Result<qint64>::failure(
            tr("\"%1\" is not an amount of revenue (expected 2500000, 2.5M or $750k).").arg(text));
    return static_cast<qint64>(std::llround(*value));
}

Result<QString> FirmographicsParser::country(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QString();
    if (trimmed.size() == 2) {
        QString code = trimmed.toUpper();
        if (code == QLatin1String("UK"))
            code = QStringLiteral("GB");
        if (QLocale::codeToTerritory(code) != QLocale::AnyTerritory)
            return code;
    }
    const QString found = countryNames().value(trimmed.toLower());
    if (found.isEmpty())
        return Result<QString>::failure(
            tr("\"%1\" is not a country (expected a name or a code such as DE).").arg(text));
    return found;
}

} // namespace lr
