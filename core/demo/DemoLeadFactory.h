#pragma once

#include "core/domain/Lead.h"

#include <QList>
#include <QSet>

namespace lr {

class DemoContext;
struct DemoCountry;

/// A company the demo data set created, kept in memory to attach leads and deals to it.
struct DemoCompany
{
    Id id = 0;
    QString name;      ///< Registered name with legal form ("Rheintal Logistik GmbH").
    QString tradeName; ///< How people write it in forms ("Rheintal Logistik").
    QString domain;
    QString industry;
    QString country;
    int employees = 0;
};

/// A generated lead before it is stored, with what the rest of the generator needs to know about it.
struct DemoLeadDraft
{
    Lead lead;
    const DemoCompany *company = nullptr; ///< nullptr for free-mail leads.
    bool female = false;
    bool junior = false; ///< Student, intern: scoring disqualifies them.
    bool senior = false; ///< C-level, founder, head of: decision makers.
    bool hot = false;    ///< Demo request or pricing page: the 5-minute SLA.
};

/// Makes the companies and people of the demo: native names (Cyrillic in Bulgaria, Polish and German
/// diacritics), corporate and free-mail addresses, E.164 phones, titles, sources with UTM parameters,
/// landing pages and forms, spread over the last `days` days with weekday and office-hour rhythm.
class DemoLeadFactory final
{
public:
    explicit DemoLeadFactory(DemoContext &context);

    /// Stores `count` companies spread over the markets by lead share.
    void createCompanies(int count);

    /// The next lead (not stored yet, no owner, status New).
    DemoLeadDraft makeLead();

    /// A first and last name native to `countryCode`.
    QString personName(const QString &countryCode, bool female);

private:
    const DemoCountry &pickCountry();
    Instant pickCreatedAt(const DemoCountry &country);
    QString uniqueDomain(const QString &base, const QString &tld);
    QString uniqueEmail(const QStringList &localParts, const QString &domain);
    QString phone(const DemoCountry &country);
    void fillTitle(DemoLeadDraft &draft, const DemoCountry &country);

    DemoContext &m_ctx;
    QList<DemoCompany> m_companies;
    QList<QList<int>> m_companiesByCountry; ///< Indexes into m_companies, per DemoCatalog::countries().
    QList<int> m_countryWeights;
    QList<int> m_dayWeights; ///< Per day back from today: more recent and weekdays are denser.
    QSet<QString> m_domains;
    QSet<QString> m_emails;
};

} // namespace lr
