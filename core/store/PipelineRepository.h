#pragma once

#include "core/domain/Pipeline.h"

#include <QList>

#include <optional>

namespace lr {

class Database;

/// Pipelines and their ordered stages.
class PipelineRepository final
{
public:
    explicit PipelineRepository(Database &db) : m_db(db) {}

    QList<Pipeline> all() const;
    std::optional<Pipeline> find(Id id) const;
    std::optional<Stage> stage(Id stageId) const;

private:
    Database &m_db;
};

} // namespace lr
