#include "core/demo/DemoLeadFactory.h"

#include "core/demo/DemoAcquisition.h"
#include "core/demo/DemoCatalog.h"
#include "core/demo/DemoContext.h"
#include "core/store/Store.h"

#include <cmath>

namespace lr {
namespace {

/// Relative frequency of inbound forms per local hour (07–20) on a weekday.
constexpr int kHourWeights[] = {2, 6, 10, 12, 11, 7, 8, 11, 10, 8, 5, 3, 2, 1};

QString capitalised(const QString &word)
{
    return word.isEmpty() ? word : word.left(1).toUpper() + word.mid(1);
}

QString domainBase(const DemoCountry &country, const QString &prefix, const QString &stem)
{
    return DemoCatalog::toAscii(prefix).remove(QLatin1Char(' ')) + country.domainSeparator +
           DemoCatalog::toAscii(stem).remove(QLatin1Char(' '));
}

} // namespace

DemoLeadFactory::DemoLeadFactory(DemoContext &context) : m_ctx(context)
{
    for (const DemoCountry &c : DemoCatalog::countries())
        m_countryWeights.append(c.weight);
    const qint64 today = m_ctx.now / kDayMs;
    for (int d = 0; d < m_ctx.options.days; ++d) {
        const qint64 day = today - d;
        const int weekday = static_cast<int>((day + 3) % 7); // 1970-01-01 was a Thursday; 0 = Monday.
        const int recency = 100 + 60 * (m_ctx.options.days - d) / std::max(1, m_ctx.options.days);
        m_dayWeights.append(weekday >= 5 ? recency * 35 / 100 : recency);
    }
}

void DemoLeadFactory::createCompanies(int count)
{
    const QList<DemoCountry> &countries = DemoCatalog::countries();
    int totalWeight = 0;
    for (int w : std::as_const(m_countryWeights))
        totalWeight += w;
    m_companies.reserve(count + static_cast<int>(countries.size()) * 2);
    m_companiesByCountry.resize(countries.size());
    for (int ci = 0; ci < countries.size(); ++ci) {
        const DemoCountry &country = countries.at(ci);
        const int share = std::max(2, count * country.weight / totalWeight);
        for (int i = 0; i < share && !m_ctx.failed(); ++i) {
            // Prefer a name combination not taken yet; numbered domains only when the vocabulary runs out.
            QString prefix;
            const DemoWord *stemWord = nullptr;
            for (int attempt = 0; attempt < 8; ++attempt) {
                prefix = m_ctx.rng.pick(country.companyPrefixes);
                stemWord = &m_ctx.rng.pick(country.companyStems);
                if (!m_domains.contains(domainBase(country, prefix, stemWord->text) + QLatin1Char('.') + country.tld))
                    break;
            }
            const DemoWord &stem = *stemWord;
            const QList<int> legalWeights = [&] {
                QList<int> w;
                for (const DemoWord &f : country.legalForms)
                    w.append(f.weight);
                return w;
            }();
            QString legal = country.legalForms.at(m_ctx.rng.weighted(legalWeights)).text;
            QString name = prefix + QLatin1Char(' ') + stem.text;
            if (country.code == QLatin1String("BG") && m_ctx.rng.chance(0.3)) {
                // Many Bulgarian firms register a Latin trade name next to the Cyrillic one.
                name = capitalised(DemoCatalog::toAscii(prefix)) + QLatin1Char(' ') +
                       capitalised(DemoCatalog::toAscii(stem.text));
                legal = DemoCatalog::toAscii(legal).toUpper();
            }
            const QString base = domainBase(country, prefix, stem.text);

            const int size = m_ctx.rng.weighted({30, 35, 18, 17});
            const int employees = size == 0   ? m_ctx.rng.between(5, 49)
                                  : size == 1 ? m_ctx.rng.between(50, 200)
                                  : size == 2 ? m_ctx.rng.between(201, 500)
                                              : m_ctx.rng.between(501, 5000);
            Company company;
            company.name = name + QLatin1Char(' ') + legal;
            company.domain = uniqueDomain(base, country.tld);
            company.industry = stem.tag;
            company.employees = employees;
            company.revenue =
                qRound64(employees * m_ctx.rng.between(60, 220) * 1000.0 * country.perEuro / 10000.0) * 10000;
            company.country = country.code;
            company.linkedin =
                QStringLiteral("https://www.linkedin.com/company/") + company.domain.section(QLatin1Char('.'), 0, 0);
            company.createdAt = m_ctx.now - (m_ctx.options.days + m_ctx.rng.between(1, 400)) * kDayMs;
            const Id id = m_ctx.take(m_ctx.store.companies.create(company));
            m_companiesByCountry[ci].append(static_cast<int>(m_companies.size()));
            m_companies.append({id, company.name, name, company.domain, company.industry, country.code, employees});
            ++m_ctx.summary.companies;
        }
    }
}

QString DemoLeadFactory::uniqueDomain(const QString &base, const QString &tld)
{
    QString domain = base + QLatin1Char('.') + tld;
    for (int n = 2; m_domains.contains(domain); ++n)
        domain = base + QString::number(n) + QLatin1Char('.') + tld;
    m_domains.insert(domain);
    return domain;
}

QString DemoLeadFactory::uniqueEmail(const QStringList &localParts, const QString &domain)
{
    for (const QString &local : localParts) {
        const QString email = local + QLatin1Char('@') + domain;
        if (!local.isEmpty() && !m_emails.contains(email)) {
            m_emails.insert(email);
            return email;
        }
    }
    for (int n = 2;; ++n) {
        const QString email = localParts.first() + QString::number(n) + QLatin1Char('@') + domain;
        if (!m_emails.contains(email)) {
            m_emails.insert(email);
            return email;
        }
    }
}

const DemoCountry &DemoLeadFactory::pickCountry()
{
    return DemoCatalog::countries().at(m_ctx.rng.weighted(m_countryWeights));
}

Instant DemoLeadFactory::pickCreatedAt(const DemoCountry &country)
{
    const Instant now = m_ctx.now;
    // A trickle of leads that arrived minutes ago, so the SLA clocks in the demo are running.
    if (m_ctx.rng.chance(0.004))
        return now - m_ctx.rng.between64(kMinuteMs, 25 * kMinuteMs);
    const int back = m_ctx.rng.weighted(m_dayWeights);
    const Instant dayStart = (now / kDayMs - back) * kDayMs;
    const int weekday = static_cast<int>(((now / kDayMs - back) + 3) % 7);
    int hour = 0;
    if (weekday >= 5)
        hour = m_ctx.rng.between(9, 21);
    else
        hour = 7 + m_ctx.rng.weighted(QList<int>(std::begin(kHourWeights), std::end(kHourWeights)));
    const Instant local = hour * kHourMs + m_ctx.rng.between64(0, kHourMs - 1);
    Instant at = dayStart + local - country.utcOffsetMinutes * kMinuteMs;
    if (at >= now - kMinuteMs)
        at = now - m_ctx.rng.between64(2 * kMinuteMs, 8 * kHourMs);
    return std::max(at, now - m_ctx.options.days * kDayMs + kHourMs);
}

QString DemoLeadFactory::personName(const QString &countryCode, bool female)
{
    const DemoCountry &country = DemoCatalog::country(countryCode);
    const QString first = m_ctx.rng.pick(female ? country.femaleFirstNames : country.maleFirstNames);
    const QString last = DemoCatalog::lastNameFor(country, m_ctx.rng.pick(country.lastNames), female);
    return first + QLatin1Char(' ') + last;
}

QString DemoLeadFactory::phone(const DemoCountry &country)
{
    QString number = country.dialCode + m_ctx.rng.pick(country.mobilePrefixes);
    number += QChar(u'0' + m_ctx.rng.between(2, 9));
    for (int i = 1; i < country.subscriberDigits; ++i)
        number += QChar(u'0' + m_ctx.rng.below(10));
    return number;
}

void DemoLeadFactory::fillTitle(DemoLeadDraft &draft, const DemoCountry &country)
{
    if (!country.localTitles.isEmpty() && m_ctx.rng.chance(0.25)) {
        QList<int> weights;
        for (const DemoWord &w : country.localTitles)
            weights.append(w.weight);
        const int index = m_ctx.rng.weighted(weights);
        const DemoWord &title = country.localTitles.at(index);
        draft.lead.title = draft.female && !title.tag.isEmpty() ? title.tag : title.text;
        draft.senior = index <= 1;
        draft.junior = index >= country.localTitles.size() - 2;
        return;
    }
    QList<int> weights;
    for (const DemoWord &w : DemoCatalog::titles())
        weights.append(w.weight);
    const DemoWord &title = DemoCatalog::titles().at(m_ctx.rng.weighted(weights));
    draft.lead.title = title.text;
    draft.senior = title.tag == QLatin1String("c") || title.tag == QLatin1String("head");
    draft.junior = title.tag == QLatin1String("junior");
}

DemoLeadDraft DemoLeadFactory::makeLead()
{
    DemoLeadDraft draft;
    Lead &lead = draft.lead;
    const DemoCountry &country = pickCountry();
    const int countryIndex = static_cast<int>(&country - DemoCatalog::countries().constData());
    draft.female = m_ctx.rng.chance(0.5);
    const QString first = m_ctx.rng.pick(draft.female ? country.femaleFirstNames : country.maleFirstNames);
    const QString last = DemoCatalog::lastNameFor(country, m_ctx.rng.pick(country.lastNames), draft.female);
    lead.firstName = first;
    lead.lastName = last;
    lead.country = country.code;
    lead.language = country.language;
    lead.createdAt = pickCreatedAt(country);
    lead.submittedAt = lead.createdAt;
    fillTitle(draft, country);

    const QString f = DemoCatalog::toAscii(first).remove(QLatin1Char(' '));
    const QString l = DemoCatalog::toAscii(last).remove(QLatin1Char(' '));
    const QList<int> &candidates = m_companiesByCountry.value(countryIndex);
    if (candidates.isEmpty() || m_ctx.rng.chance(0.2)) {
        const QString domain = m_ctx.rng.pick(country.freeMailDomains);
        const QString year = QString::number(m_ctx.rng.between(70, 99));
        const int pattern = m_ctx.rng.below(4);
        const QString preferred = pattern == 0   ? f + QLatin1Char('.') + l
                                  : pattern == 1 ? f + l + year
                                  : pattern == 2 ? f.left(1) + QLatin1Char('.') + l
                                                 : f + QLatin1Char('_') + l;
        lead.email = uniqueEmail({preferred, f + QLatin1Char('.') + l + year, l + QLatin1Char('.') + f}, domain);
    } else {
        // Popular companies send more leads: a skewed pick.
        const int pick = static_cast<int>(candidates.size() * std::pow(m_ctx.rng.unit(), 1.6));
        draft.company = &m_companies.at(candidates.at(pick));
        lead.companyId = draft.company->id;
        lead.companyName = draft.company->name;
        if (m_ctx.rng.chance(0.3))
            lead.companyName = draft.company->tradeName;
        const int pattern = m_ctx.rng.weighted({60, 15, 10, 15});
        const QString preferred = pattern == 0   ? f + QLatin1Char('.') + l
                                  : pattern == 1 ? f.left(1) + QLatin1Char('.') + l
                                  : pattern == 2 ? f
                                                 : f.left(1) + l;
        lead.email = uniqueEmail({preferred, f + QLatin1Char('.') + l, f.left(1) + l}, draft.company->domain);
    }
    if (m_ctx.rng.chance(0.75))
        lead.phone = phone(country);
    DemoAcquisition(m_ctx.rng).fill(draft, country);
    return draft;
}

} // namespace lr
