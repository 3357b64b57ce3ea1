#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/domain/Company.h"
#include "core/enrichment/Firmographics.h"

#include <QCoreApplication>
#include <QStringList>

namespace lr {

class EnrichmentProvider;
class Store;

/// What one enrichment changed.
struct EnrichmentChange
{
    QStringList companyFields; ///< Company columns that were empty and got a value.
    int leadFields = 0;        ///< Lead fields (company name, country) that were empty and got a value.

    bool any() const { return !companyFields.isEmpty() || leadFields > 0; }
};

/// Applies firmographics to a company and its leads: fills only fields that are empty (a value a
/// person typed, or one found earlier, is never overwritten) and records per field where the value
/// came from and when (the injected clock). Opens a transaction, or a savepoint inside the
/// caller's, so it can run inside intake's one-transaction-per-lead.
class Enricher final
{
    Q_DECLARE_TR_FUNCTIONS(lr::Enricher)

public:
    Enricher(Store &store, const Clock &clock) : m_store(store), m_clock(clock) {}

    /// Fills `companyId` from `record`, and the company name and country of its leads — only of
    /// `leadId` when given, else of every lead of the company.
    Result<EnrichmentChange> apply(Id companyId, const Firmographics &record, const QString &source, Id leadId = 0);

    /// The intake hook: looks up the domain of the lead's company in the local firmographics table
    /// and applies what it finds to the company and to this lead. Nothing to do is not an error.
    Result<EnrichmentChange> enrichLeadLocally(Id leadId);

private:
    Store &m_store;
    const Clock &m_clock;
};

} // namespace lr
