#include "core/store/PipelineRepository.h"

#include "core/store/Database.h"
#include "core/store/SqlUtil.h"
#include "core/store/Transaction.h"

#include <QSqlQuery>

#include <algorithm>

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
    s.enteredOnFact = q.value(10).toString();
    return s;
}

const QString kStageColumns = QStringLiteral("id, pipeline_id, name, position, probability, kind, rot_days, "
                                             "required_fields, stale_after_days, stale_probability, entered_on_fact");

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

QHash<Id, qint64> PipelineRepository::dealCounts(Id pipelineId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT stage_id, count(*) FROM deals WHERE pipeline_id = ? GROUP BY stage_id"));
    q.addBindValue(sql::v(pipelineId));
    QHash<Id, qint64> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return out;
}

Result<Id> PipelineRepository::createPipeline(const QString &name)
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::prepare(q, QStringLiteral("INSERT INTO pipelines (name) VALUES (?)"), &error))
        return Result<Id>::failure(error);
    q.addBindValue(sql::v(name.trimmed()));
    if (!sql::exec(q, &error))
        return Result<Id>::failure(tr("A pipeline called %1 exists already.").arg(name.trimmed()));
    return q.lastInsertId().toLongLong();
}

Status PipelineRepository::saveStages(Id pipelineId, const QList<Stage> &stages)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    const auto current = find(pipelineId);
    if (!current)
        return Status::failure(tr("There is no pipeline %1.").arg(pipelineId));
    const QHash<Id, qint64> counts = dealCounts(pipelineId);
    QString error;
    QSqlQuery q(m_db.connection());
    for (const Stage &old : current->stages) {
        const bool kept = std::any_of(stages.cbegin(), stages.cend(), [&](const Stage &s) { return s.id == old.id; });
        if (kept)
            continue;
        if (counts.value(old.id) > 0) {
            return Status::failure(tr("The stage %1 still holds %n deal(s); move them before removing it.", nullptr,
                                      static_cast<int>(counts.value(old.id)))
                                       .arg(old.name));
        }
        if (!sql::prepare(q, QStringLiteral("DELETE FROM stages WHERE id = ?"), &error))
            return Status::failure(error);
        q.addBindValue(sql::v(old.id));
        if (!sql::exec(q, &error))
            return Status::failure(error);
    }
    // Names are unique per pipeline: park the kept ones first so that renames may swap.
    if (!sql::prepare(q, QStringLiteral("UPDATE stages SET name = '\x01' || id WHERE pipeline_id = ?"), &error))
        return Status::failure(error);
    q.addBindValue(sql::v(pipelineId));
    if (!sql::exec(q, &error))
        return Status::failure(error);
    int position = 0;
    for (const Stage &s : stages) {
        ++position;
        const bool isNew = s.id == 0;
        const QString text =
            isNew ? QStringLiteral("INSERT INTO stages (name, position, probability, kind, rot_days, required_fields, "
                                   "stale_after_days, stale_probability, entered_on_fact, pipeline_id) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  : QStringLiteral("UPDATE stages SET name = ?, position = ?, probability = ?, kind = ?, rot_days = ?, "
                                   "required_fields = ?, stale_after_days = ?, stale_probability = ?, "
                                   "entered_on_fact = ? WHERE pipeline_id = ? AND id = ?");
        if (!sql::prepare(q, text, &error))
            return Status::failure(error);
        q.addBindValue(sql::v(s.name.trimmed()));
        q.addBindValue(sql::v(position));
        q.addBindValue(sql::v(s.probability));
        q.addBindValue(sql::v(toKey(s.kind)));
        q.addBindValue(sql::v(s.rotDays));
        q.addBindValue(sql::v(s.requiredFields.join(QLatin1Char(','))));
        q.addBindValue(sql::v(s.staleAfterDays));
        q.addBindValue(sql::v(s.staleProbability));
        q.addBindValue(sql::v(s.enteredOnFact));
        q.addBindValue(sql::v(pipelineId));
        if (!isNew)
            q.addBindValue(sql::v(s.id));
        if (!sql::exec(q, &error))
            return Status::failure(error);
    }
    return tx.commit();
}

} // namespace lr
