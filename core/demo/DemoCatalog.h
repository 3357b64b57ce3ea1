#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace lr {

/// A word with a weight (how often the generator picks it) and an optional tag
/// (the industry of a company stem, the female form of a title).
struct DemoWord
{
    QString text;
    int weight = 1;
    QString tag;
};

/// Everything the demo generator knows about one market: how people there are named, how their
/// companies, domains, phone numbers and VAT IDs look, and which free-mail providers they use.
struct DemoCountry
{
    QString code;     ///< ISO 3166 alpha-2.
    QString language; ///< ISO 639-1 of forms submitted from there.
    int weight = 1;   ///< Share of inbound leads.
    int utcOffsetMinutes = 0;
    QString currency;
    double perEuro = 1.0; ///< Units of `currency` per euro, for deal values.
    QStringList maleFirstNames;
    QStringList femaleFirstNames;
    QStringList lastNames; ///< Male forms; DemoCatalog::lastNameFor() derives the female one.
    QStringList companyPrefixes;
    QList<DemoWord> companyStems; ///< tag = industry.
    QList<DemoWord> legalForms;
    QString tld;
    QString domainSeparator; ///< "-" for rheintal-logistik.de, "" for summitanalytics.com.
    QStringList freeMailDomains;
    QString dialCode; ///< "+49"
    QStringList mobilePrefixes;
    int subscriberDigits = 7;
    QList<DemoWord> localTitles; ///< text = male/neutral form, tag = female form (or empty).
    QString billingMailbox;      ///< Local part of a billing address ("rechnung").
    QString localePath;          ///< Path prefix of the localised website ("/de"), empty for English.
};

/// The static vocabulary of the demo data set: countries, names, companies, titles.
class DemoCatalog final
{
public:
    /// All markets, in a fixed order.
    static const QList<DemoCountry> &countries();
    static const DemoCountry &country(const QString &code);

    /// Job titles used in every market, weighted; tag marks seniority ("c", "head", "junior").
    static const QList<DemoWord> &titles();

    /// The surname as a woman of `country` carries it (Петров → Петрова, Kowalski → Kowalska).
    static QString lastNameFor(const DemoCountry &country, const QString &maleLastName, bool female);

    /// Lower-case ASCII for e-mail local parts and domains: transliterates Cyrillic (Bulgarian
    /// streamlined system) and folds diacritics (Müller → mueller, Łukasz → lukasz).
    static QString toAscii(const QString &text);
};

} // namespace lr
