#include "core/store/PipelineRepository.h"

#include "core/store/Database.h"
#include "core/store/SqlUtil.h"

#include <QSqlQuery>

namespace lr {
namespace {

Stage stageFromQuery(const QSqlQuery &q)
{
    Stage s;
    s.id = q.value(0).toLongLong();
    s.pipelineId = q.value(1).toLongLong();
    s.name = q.value(2).toString();
    s.position = q.value(3).toInt();
    s.probability = q.value(4).toInt();
    s.kind = stageKindFromKey(q.value(5).toString()).value_or(StageKind::Open);
    s.rotDays = q.value(6).toInt();
    s.requiredFields = q.value(7).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    s.staleAfterDays = q.value(8).toInt();
    s.staleProbability = q.value(9).toInt();
    return s;
}

const QString kStageColumns = QStringLiteral("id, pipeline_id, name, position, probability, kind, rot_days, "
                                             "required_fields, stale_after_days, stale_probability");

} // namespace

QList<Pipeline> PipelineRepository::all() const
{
    QList<Pipeline> pipelines;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, name FROM pipelines ORDER BY id")))
        return pipelines;
    while (q.next())
        pipelines.append({q.value(0).toLongLong(), q.value(1).toString(), {}});
    QSqlQuery s(m_db.connection());
    s.exec(QStringLiteral("SELECT ") + kStageColumns + QStringLiteral(" FROM stages ORDER BY pipeline_id, position"));
    while (s.next()) {
        const Stage stage = stageFromQuery(s);
        for (Pipeline &p : pipelines) {
            if (p.id == stage.pipelineId)
                p.stages.append(stage);
        }
    }
    return pipelines;
}

std::optional<Pipeline> PipelineRepository::find(Id id) const
{
    for (const Pipeline &p : all()) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

std::optional<Stage> PipelineRepository::stage(Id stageId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kStageColumns + QStringLiteral(" FROM stages WHERE id = ?"));
    q.addBindValue(sql::v(stageId));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return stageFromQuery(q);
}

} // namespace lr
