#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/domain/Company.h"

#include <QCoreApplication>
#include <QList>
#include <QVariant>

#include <optional>

namespace lr {

class Database;

/// Where the value of one field came from: the provider ("local", "http", …) and when.
struct FieldSource
{
    QString field;
    QString source;
    Instant fetchedAt = 0;
};

/// One enrichment attempt for a company by one provider (only the latest is kept).
struct EnrichmentAttempt
{
    enum class Outcome { Filled, NothingNew, NotFound, Error };
    Id companyId = 0;
    QString provider;
    Instant triedAt = 0;
    Outcome outcome = Outcome::Error;
    QString error;

    static QString key(Outcome o);
};

/// The writes of enrichment: fills empty company and lead fields — guarded in SQL, so a value that
/// is already there (typed by a person or found earlier) is never overwritten — records per-field
/// provenance, and remembers attempts so a slow provider is not asked again too soon.
class EnrichmentRepository final
{
    Q_DECLARE_TR_FUNCTIONS(lr::EnrichmentRepository)

public:
    explicit EnrichmentRepository(Database &db) : m_db(db) {}

    /// The company fields enrichment may fill (companies columns).
    static const QStringList &companyFields();
    /// The lead fields enrichment may fill (leads columns).
    static const QStringList &leadFields();

    /// Sets `field` of the company to `value` only if it is empty (or 0); on a change records
    /// `source` and `at` as its provenance. Returns whether the field changed.
    Result<bool> fillCompanyField(Id companyId, const QString &field, const QVariant &value, const QString &source,
                                  Instant at);
    /// The same for one lead.
    Result<bool> fillLeadField(Id leadId, const QString &field, const QString &value, const QString &source,
                               Instant at);
    /// The same for every lead of a company whose `field` is empty; returns how many changed.
    Result<int> fillLeadFieldOfCompany(Id companyId, const QString &field, const QString &value, const QString &source,
                                       Instant at);

    QList<FieldSource> companySources(Id companyId) const;
    QList<FieldSource> leadSources(Id leadId) const;

    /// The company of a lead (id and domain), when it has one with a domain.
    std::optional<Company> companyOfLead(Id leadId) const;

    /// Companies with a domain and a missing name, industry, employees, revenue or country that
    /// `provider` has not tried since `triedBefore` (or, after an error, since `failedBefore`),
    /// in id order after `afterId`.
    QList<Company> candidates(const QString &provider, Instant triedBefore, Instant failedBefore, Id afterId,
                              int limit) const;
    qint64 countCandidates(const QString &provider, Instant triedBefore, Instant failedBefore) const;

    Status recordAttempt(const EnrichmentAttempt &attempt);
    std::optional<EnrichmentAttempt> attempt(Id companyId, const QString &provider) const;

private:
    Database &m_db;
};

} // namespace lr
