#pragma once

#include "core/common/Result.h"
#include "core/domain/Deal.h"
#include "core/domain/DealCard.h"
#include "core/security/AccessScope.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace lr {

class Database;

/// Deals and their stage history. Exit criteria live in the pipeline service, not here.
class DealRepository final
{
    Q_DECLARE_TR_FUNCTIONS(lr::DealRepository)

public:
    explicit DealRepository(Database &db) : m_db(db) {}

    /// Stores a deal and its first stage-history row.
    Result<Id> create(const Deal &deal, Id byUserId = 0);
    /// Writes the editable fields of a stored deal (not its stage: see setStage).
    Status update(const Deal &deal);
    /// Records a stage change (and history) without checking exit criteria.
    Status setStage(Id dealId, Id stageId, Id byUserId, Instant at);

    std::optional<Deal> find(const AccessScope &scope, Id id) const;
    QList<Deal> list(const AccessScope &scope) const;
    QList<Deal> forLead(const AccessScope &scope, Id leadId) const;
    /// The deal of `pipelineId` an import created from another CRM's record `externalId`.
    std::optional<Deal> findByExternalId(Id pipelineId, const QString &externalId) const;
    QList<StageChange> history(Id dealId) const;
    /// Number of deals per stage id.
    QHash<Id, qint64> countByStage(const AccessScope &scope) const;

    /// One window of a board column: the deals in `stageId` that `scope` sees (only `ownerId`'s
    /// when not 0), most recently arrived first, from `offset`, at most `limit`.
    QList<DealCard> cards(const AccessScope &scope, Id stageId, Id ownerId, int offset, int limit) const;
    /// How many deals `cards()` would page through.
    qint64 cardCount(const AccessScope &scope, Id stageId, Id ownerId) const;
    /// Stage, owner, value and dates of every deal of `pipelineId` that `scope` sees (only
    /// `ownerId`'s when not 0), for column totals and the forecast.
    QList<DealFigures> figures(const AccessScope &scope, Id pipelineId, Id ownerId) const;

private:
    QList<Deal> select(const AccessScope &scope, const QString &where, const QVariantList &binds) const;
    Database &m_db;
};

} // namespace lr
