#pragma once

#include "core/common/Result.h"
#include "core/domain/Pipeline.h"

#include <QCoreApplication>

#include <QList>

#include <optional>

namespace lr {

class Database;

/// Pipelines and their ordered stages.
class PipelineRepository final
{
    Q_DECLARE_TR_FUNCTIONS(lr::PipelineRepository)

public:
    explicit PipelineRepository(Database &db) : m_db(db) {}

    QList<Pipeline> all() const;
    std::optional<Pipeline> find(Id id) const;
    std::optional<Stage> stage(Id stageId) const;

    /// Replaces the stages of `pipelineId` with `stages`, in that order: rows with an id are
    /// updated, rows with id 0 added, stored stages missing from the list deleted (refused while
    /// deals are in them). One transaction. Validation is the caller's (PipelineEditor).
    Status saveStages(Id pipelineId, const QList<Stage> &stages);
    /// Adds an empty pipeline called `name`.
    Result<Id> createPipeline(const QString &name);
    /// Number of deals per stage id of `pipelineId`, whoever owns them.
    QHash<Id, qint64> dealCounts(Id pipelineId) const;

private:
    Database &m_db;
};

} // namespace lr
