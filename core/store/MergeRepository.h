#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/domain/Ids.h"
#include "core/security/AccessScope.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace lr {

class Database;

/// One manual merge as stored: enough to show it and to undo it exactly.
struct MergeRecord
{
    Id id = 0;
    Id survivorId = 0;
    Id absorbedId = 0;
    Id userId = 0;
    QString userName; ///< Read-only: joined on read.
    Instant at = 0;
    QString survivorName;
    QString absorbedName;
    QJsonObject survivorBefore; ///< Merged columns of the survivor before the merge.
    QJsonObject survivorAfter;  ///< The same columns right after it.
    QJsonObject absorbedRow;    ///< Every column of the absorbed lead.
    QJsonObject children;       ///< {"table.column": [row ids moved to the survivor]}.
    Instant undoneAt = 0;
    Id undoneBy = 0;
    Id restoredId = 0; ///< The id the absorbed lead got back on undo.

    bool isUndone() const { return undoneAt != 0; }
};

/// Raw lead rows, child re-pointing and merge snapshots for LeadMerger. Rows are handled as JSON
/// objects of every column, so columns added by later migrations survive a merge and its undo.
class MergeRepository final
{
    Q_DECLARE_TR_FUNCTIONS(lr::MergeRepository)

public:
    explicit MergeRepository(Database &db) : m_db(db) {}

    /// Every column of lead `id`, or nullopt.
    std::optional<QJsonObject> leadRow(Id id) const;
    /// Writes the given columns of lead `id`.
    Status updateLead(Id id, const QJsonObject &columns);
    /// Re-inserts a lead row; with its own id when that id is free, else with a new one.
    Result<Id> insertLead(const QJsonObject &row);
    Status deleteLead(Id id);

    /// Points every row that refers to lead `from` (events, tasks, activities, meetings, deals,
    /// timers, journal and any table with a foreign key to leads) at `to`; returns the moved ids.
    Result<QJsonObject> moveChildren(Id from, Id to);
    /// Points the rows listed in `children` that still refer to `from` back at `to`.
    Status moveChildrenBack(const QJsonObject &children, Id from, Id to);

    Result<Id> record(const MergeRecord &merge);
    std::optional<MergeRecord> find(Id mergeId) const;
    /// Newest first, merges whose surviving lead `scope` may see (or whose absorbed lead it could).
    QList<MergeRecord> recent(const AccessScope &scope, int limit) const;
    Status markUndone(Id mergeId, Id userId, Instant at, Id restoredId);
    /// The newest merge that is not undone and touches `leadId` after merge `afterId`, or 0.
    Id laterOpenMerge(Id leadId, Id afterId) const;

    Status addAlias(const QString &emailNorm, Id leadId, Id mergeId);
    Status removeAliases(Id mergeId);
    /// The lead an absorbed address now belongs to, or 0.
    Id leadForAlias(const QString &emailNorm) const;

private:
    QList<std::pair<QString, QString>> childColumns() const;
    Database &m_db;
};

} // namespace lr
