#include "core/enrichment/EnrichmentPass.h"

#include "core/enrichment/Enricher.h"
#include "core/enrichment/EnrichmentProvider.h"
#include "core/store/Store.h"

#include <QJsonArray>

namespace lr {
namespace {

constexpr int kPage = 100;

} // namespace

QJsonObject EnrichmentPassSummary::toJson() const
{
    QJsonArray errorList;
    for (const Failure &f : errors)
        errorList.append(QJsonObject{{QStringLiteral("domain"), f.domain}, {QStringLiteral("reason"), f.reason}});
    QJsonObject out{{QStringLiteral("candidates"), candidates},
                    {QStringLiteral("tried"), tried},
                    {QStringLiteral("enriched"), enriched},
                    {QStringLiteral("fields_filled"), fieldsFilled},
                    {QStringLiteral("lead_fields_filled"), leadFieldsFilled},
                    {QStringLiteral("nothing_new"), nothingNew},
                    {QStringLiteral("not_found"), notFound},
                    {QStringLiteral("failed"), failed},
                    {QStringLiteral("errors"), errorList}};
    if (cancelled)
        out.insert(QStringLiteral("cancelled"), true);
    if (!stoppedBecause.isEmpty())
        out.insert(QStringLiteral("stopped"), stoppedBecause);
    return out;
}

qint64 EnrichmentPass::pending(const EnrichmentProvider &provider, const EnrichmentPassOptions &options) const
{
    const Instant now = m_clock.now();
    const qint64 count = m_store.enrichment.countCandidates(provider.name(), now - options.retryAfterMs,
                                                            now - options.errorRetryAfterMs);
    return options.limit > 0 ? std::min<qint64>(count, options.limit) : count;
}

Result<EnrichmentPassSummary> EnrichmentPass::run(EnrichmentProvider &provider, const EnrichmentPassOptions &options,
                                                  const Progress &progress, const std::atomic_bool *cancel)
{
    using R = Result<EnrichmentPassSummary>;
    using Outcome = EnrichmentAttempt::Outcome;
    EnrichmentPassSummary summary;
    const Instant start = m_clock.now();
    const Instant triedBefore = start - options.retryAfterMs;
    const Instant failedBefore = start - options.errorRetryAfterMs;
    summary.candidates = m_store.enrichment.countCandidates(provider.name(), triedBefore, failedBefore);
    const qint64 total = options.limit > 0 ? std::min<qint64>(summary.candidates, options.limit) : summary.candidates;
    if (progress)
        progress(0, total);
    Enricher enricher(m_store, m_clock);
    int errorsInRow = 0;
    Id after = 0;
    while (summary.tried < total) {
        const QList<Company> page =
            m_store.enrichment.candidates(provider.name(), triedBefore, failedBefore, after,
                                          static_cast<int>(std::min<qint64>(kPage, total - summary.tried)));
        if (page.isEmpty())
            break;
        for (const Company &company : page) {
            after = company.id;
            if (cancel && cancel->load()) {
                summary.cancelled = true;
                return summary;
            }
            const auto answer = provider.lookup(company.domain); // outside any transaction
            ++summary.tried;
            EnrichmentAttempt attempt{company.id, provider.name(), m_clock.now(), Outcome::NotFound, {}};
            EnrichmentChange change;
            Transaction tx(m_store.database());
            if (!tx.isActive())
                return R::failure(tx.error());
            if (!answer) {
                attempt.outcome = Outcome::Error;
                attempt.error = answer.error();
                ++summary.failed;
                summary.errors.append({company.domain, answer.error()});
                ++errorsInRow;
            } else {
                errorsInRow = 0;
                if (answer.value()) {
                    const auto applied = enricher.apply(company.id, *answer.value(), provider.name());
                    if (!applied)
                        return R::failure(applied.error());
                    change = applied.value();
                    attempt.outcome = change.companyFields.isEmpty() ? Outcome::NothingNew : Outcome::Filled;
                }
            }
            if (const Status s = m_store.enrichment.recordAttempt(attempt); !s)
                return R::failure(s.error());
            if (const Status s = tx.commit(); !s)
                return R::failure(s.error());
            switch (attempt.outcome) {
            case Outcome::Filled:
                ++summary.enriched;
                break;
            case Outcome::NothingNew:
                ++summary.nothingNew;
                break;
            case Outcome::NotFound:
                ++summary.notFound;
                break;
            case Outcome::Error:
                break;
            }
            summary.fieldsFilled += change.companyFields.size();
            summary.leadFieldsFilled += change.leadFields;
            if (progress)
                progress(summary.tried, total);
            if (options.stopAfterConsecutiveErrors > 0 && errorsInRow >= options.stopAfterConsecutiveErrors) {
                summary.stoppedBecause =
                    tr("Stopped after %n failed lookup(s) in a row; the last one: %1", nullptr, errorsInRow)
                        .arg(summary.errors.constLast().reason);
                return summary;
            }
        }
    }
    return summary;
}

} // namespace lr
