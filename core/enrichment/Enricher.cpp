#include "core/enrichment/Enricher.h"

#include "core/enrichment/LocalFirmographicsProvider.h"
#include "core/store/Store.h"

namespace lr {

Result<EnrichmentChange> Enricher::apply(Id companyId, const Firmographics &record, const QString &source, Id leadId)
{
    using R = Result<EnrichmentChange>;
    const Instant now = m_clock.now();
    Transaction tx(m_store.database());
    if (!tx.isActive())
        return R::failure(tx.error());
    EnrichmentChange change;
    const std::pair<QString, QVariant> companyValues[] = {{QStringLiteral("name"), record.name.trimmed()},
                                                          {QStringLiteral("employees"), record.employees},
                                                          {QStringLiteral("industry"), record.industry.trimmed()},
                                                          {QStringLiteral("revenue"), record.revenue},
                                                          {QStringLiteral("country"), record.country},
                                                          {QStringLiteral("linkedin"), record.linkedin.trimmed()}};
    for (const auto &[field, value] : companyValues) {
        const bool empty = value.typeId() == QMetaType::QString ? value.toString().isEmpty() : value.toLongLong() <= 0;
        if (empty)
            continue;
        const Result<bool> filled = m_store.enrichment.fillCompanyField(companyId, field, value, source, now);
        if (!filled)
            return R::failure(filled.error());
        if (filled.value())
            change.companyFields.append(field);
    }
    const std::pair<QString, QString> leadValues[] = {{QStringLiteral("company_name"), record.name.trimmed()},
                                                      {QStringLiteral("country"), record.country}};
    for (const auto &[field, value] : leadValues) {
        if (value.isEmpty())
            continue;
        if (leadId) {
            const Result<bool> filled = m_store.enrichment.fillLeadField(leadId, field, value, source, now);
            if (!filled)
                return R::failure(filled.error());
            change.leadFields += filled.value() ? 1 : 0;
        } else {
            const Result<int> filled = m_store.enrichment.fillLeadFieldOfCompany(companyId, field, value, source, now);
            if (!filled)
                return R::failure(filled.error());
            change.leadFields += filled.value();
        }
    }
    if (const Status s = tx.commit(); !s)
        return R::failure(s.error());
    return change;
}

Result<EnrichmentChange> Enricher::enrichLeadLocally(Id leadId)
{
    const auto company = m_store.enrichment.companyOfLead(leadId);
    if (!company)
        return EnrichmentChange{};
    LocalFirmographicsProvider local(m_store.firmographics);
    const auto found = local.lookup(company->domain);
    if (!found)
        return Result<EnrichmentChange>::failure(found.error());
    if (!found.value())
        return EnrichmentChange{};
    return apply(company->id, *found.value(), local.name(), leadId);
}

} // namespace lr
