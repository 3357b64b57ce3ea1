#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <atomic>
#include <functional>

namespace lr {

class EnrichmentProvider;
class Store;

/// How a pass picks companies and when it gives up.
struct EnrichmentPassOptions
{
    int limit = 0;                          ///< Companies to try at most; 0 = every candidate.
    qint64 retryAfterMs = 30 * kDayMs;      ///< Do not ask the same provider again sooner about a company…
    qint64 errorRetryAfterMs = 1 * kHourMs; ///< …or, when asking failed, sooner than this.
    int stopAfterConsecutiveErrors = 5;     ///< The provider is down: stop instead of timing out on every company.
};

/// What a pass did.
struct EnrichmentPassSummary
{
    struct Failure
    {
        QString domain;
        QString reason;
    };
    qint64 candidates = 0; ///< Companies with missing fields not tried recently, when the pass started.
    qint64 tried = 0;
    qint64 enriched = 0;     ///< Companies that got at least one field.
    qint64 fieldsFilled = 0; ///< Company fields filled.
    qint64 leadFieldsFilled = 0;
    qint64 nothingNew = 0; ///< Found, but every field it knew was already filled.
    qint64 notFound = 0;
    qint64 failed = 0;
    QList<Failure> errors;
    bool cancelled = false;
    QString stoppedBecause; ///< Set when the pass gave up early (too many errors in a row).

    QJsonObject toJson() const;
};

/// An enrichment pass over the companies with missing fields: asks the provider outside any
/// transaction (an HTTP provider is slow), then applies the answer and records the attempt in one
/// short transaction per company. Attempts are remembered, so a company is not asked about again
/// until `retryAfterMs` (or `errorRetryAfterMs` after an error) has passed.
class EnrichmentPass final
{
    Q_DECLARE_TR_FUNCTIONS(lr::EnrichmentPass)

public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    EnrichmentPass(Store &store, const Clock &clock) : m_store(store), m_clock(clock) {}

    /// How many companies a pass with `options` would try now.
    qint64 pending(const EnrichmentProvider &provider, const EnrichmentPassOptions &options) const;

    /// Fails only when the store cannot be written; provider errors are counted in the summary.
    Result<EnrichmentPassSummary> run(EnrichmentProvider &provider, const EnrichmentPassOptions &options,
                                      const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);

private:
    Store &m_store;
    const Clock &m_clock;
};

} // namespace lr
