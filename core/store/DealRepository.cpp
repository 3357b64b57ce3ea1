#include "core/store/DealRepository.h"

#include "core/store/Database.h"
#include "core/store/SqlUtil.h"
#include "core/store/Transaction.h"

#include <QHash>
#include <QSqlQuery>

namespace lr {
namespace {

const QString kColumns = QStringLiteral(
    "d.id, d.pipeline_id, d.stage_id, d.lead_id, d.company_id, d.owner_id, d.title, d.value_cents, d.currency, "
    "d.expected_close_at, d.decision_maker, d.vat_id, d.billing_email, d.lost_reason, d.next_step, d.external_id, "
    "d.created_at, d.updated_at, d.stage_entered_at, d.engaged_at, d.closed_at, d.product");

Deal dealFromQuery(const QSqlQuery &q)
{
    Deal d;
    int i = 0;
    d.id = q.value(i++).toLongLong();
    d.pipelineId = q.value(i++).toLongLong();
    d.stageId = q.value(i++).toLongLong();
    d.leadId = q.value(i++).toLongLong();
    d.companyId = q.value(i++).toLongLong();
    d.ownerId = q.value(i++).toLongLong();
    d.title = q.value(i++).toString();
    d.valueCents = q.value(i++).toLongLong();
    d.currency = q.value(i++).toString();
    d.expectedCloseAt = q.value(i++).toLongLong();
    d.decisionMaker = q.value(i++).toString();
    d.vatId = q.value(i++).toString();
    d.billingEmail = q.value(i++).toString();
    d.lostReason = q.value(i++).toString();
    d.nextStep = q.value(i++).toString();
    d.externalId = q.value(i++).toString();
    d.createdAt = q.value(i++).toLongLong();
    d.updatedAt = q.value(i++).toLongLong();
    d.stageEnteredAt = q.value(i++).toLongLong();
    d.engagedAt = q.value(i++).toLongLong();
    d.closedAt = q.value(i++).toLongLong();
    d.product = q.value(i++).toString();
    return d;
}

Status insertHistory(Database &db, Id dealId, Id from, Id to, Id user, Instant at)
{
    QString error;
    QSqlQuery *statement =
        db.prepared(QStringLiteral("INSERT INTO deal_stage_history (deal_id, from_stage_id, to_stage_id, user_id, "
                                   "at) VALUES (?, ?, ?, ?, ?)"),
                    &error);
    if (!statement)
        return Status::failure(error);
    QSqlQuery &q = *statement;
    q.addBindValue(sql::v(dealId));
    q.addBindValue(sql::v(sql::idOrNull(from)));
    q.addBindValue(sql::v(to));
    q.addBindValue(sql::v(sql::idOrNull(user)));
    q.addBindValue(sql::v(at));
    if (!sql::exec(q, &error))
        return Status::failure(error);
    return {};
}

} // namespace

Result<Id> DealRepository::create(const Deal &deal, Id byUserId)
{
    if (deal.title.trimmed().isEmpty())
        return Result<Id>::failure(tr("A deal needs a title."));
    if (deal.valueCents < 0)
        return Result<Id>::failure(tr("A deal's value cannot be negative."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return Result<Id>::failure(tx.error());
    QString error;
    QSqlQuery *statement = m_db.prepared(
        QStringLiteral("INSERT INTO deals (pipeline_id, stage_id, lead_id, company_id, owner_id, title, "
                       "value_cents, currency, expected_close_at, decision_maker, vat_id, billing_email, "
                       "lost_reason, next_step, external_id, created_at, updated_at, stage_entered_at, "
                       "engaged_at, closed_at, product) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
        &error);
    if (!statement)
        return Result<Id>::failure(error);
    QSqlQuery &q = *statement;
    const QVariantList values{deal.pipelineId,
                              deal.stageId,
                              sql::idOrNull(deal.leadId),
                              sql::idOrNull(deal.companyId),
                              sql::idOrNull(deal.ownerId),
                              deal.title.trimmed(),
                              deal.valueCents,
                              deal.currency,
                              deal.expectedCloseAt,
                              deal.decisionMaker,
                              deal.vatId,
                              deal.billingEmail,
                              deal.lostReason,
                              deal.nextStep,
                              deal.externalId,
                              deal.createdAt,
                              deal.updatedAt ? deal.updatedAt : deal.createdAt,
                              deal.stageEnteredAt ? deal.stageEnteredAt : deal.createdAt,
                              deal.engagedAt,
                              deal.closedAt,
                              deal.product};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, sql::v(values.at(i)));
    if (!sql::exec(q, &error))
        return Result<Id>::failure(error);
    const Id id = q.lastInsertId().toLongLong();
    const Instant entered = deal.stageEnteredAt ? deal.stageEnteredAt : deal.createdAt;
    if (const Status s = insertHistory(m_db, id, 0, deal.stageId, byUserId, entered); !s)
        return Result<Id>::failure(s.error());
    if (const Status s = tx.commit(); !s)
        return Result<Id>::failure(s.error());
    return id;
}

Status DealRepository::update(const Deal &deal)
{
    if (deal.title.trimmed().isEmpty())
        return Status::failure(tr("A deal needs a title."));
    if (deal.valueCents < 0)
        return Status::failure(tr("A deal's value cannot be negative."));
    QString error;
    QSqlQuery *statement = m_db.prepared(
        QStringLiteral("UPDATE deals SET lead_id = ?, company_id = ?, owner_id = ?, title = ?, value_cents = ?, "
                       "currency = ?, expected_close_at = ?, decision_maker = ?, vat_id = ?, billing_email = ?, "
                       "lost_reason = ?, next_step = ?, external_id = ?, updated_at = ?, engaged_at = ?, "
                       "closed_at = ?, product = ? WHERE id = ?"),
        &error);
    if (!statement)
        return Status::failure(error);
    QSqlQuery &q = *statement;
    const QVariantList values{sql::idOrNull(deal.leadId),
                              sql::idOrNull(deal.companyId),
                              sql::idOrNull(deal.ownerId),
                              deal.title.trimmed(),
                              deal.valueCents,
                              deal.currency,
                              deal.expectedCloseAt,
                              deal.decisionMaker,
                              deal.vatId,
                              deal.billingEmail,
                              deal.lostReason,
                              deal.nextStep,
                              deal.externalId,
                              deal.updatedAt,
                              deal.engagedAt,
                              deal.closedAt,
                              deal.product,
                              deal.id};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, sql::v(values.at(i)));
    if (!sql::exec(q, &error))
        return Status::failure(error);
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("Deal %1 does not exist.").arg(deal.id));
    return {};
}

Status DealRepository::setStage(Id dealId, Id stageId, Id byUserId, Instant at)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    QSqlQuery current(m_db.connection());
    current.prepare(QStringLiteral("SELECT stage_id FROM deals WHERE id = ?"));
    current.addBindValue(sql::v(dealId));
    if (!current.exec() || !current.next())
        return Status::failure(tr("Deal %1 does not exist.").arg(dealId));
    const Id from = current.value(0).toLongLong();
    current.finish();
    if (from == stageId)
        return {};
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::prepare(
            q, QStringLiteral("UPDATE deals SET stage_id = ?, stage_entered_at = ?, updated_at = ? WHERE id = ?"),
            &error)) {
        return Status::failure(error);
    }
    q.addBindValue(sql::v(stageId));
    q.addBindValue(sql::v(at));
    q.addBindValue(sql::v(at));
    q.addBindValue(sql::v(dealId));
    if (!sql::exec(q, &error))
        return Status::failure(error);
    if (const Status s = insertHistory(m_db, dealId, from, stageId, byUserId, at); !s)
        return s;
    return tx.commit();
}

QList<Deal> DealRepository::select(const AccessScope &scope, const QString &where, const QVariantList &binds) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM deals d WHERE ") +
              sql::scopeCondition(scope, QStringLiteral("d.owner_id")) + where + QStringLiteral(" ORDER BY d.id"));
    sql::bindScope(q, scope);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(QStringLiteral(":p%1").arg(i), sql::v(binds.at(i)));
    QList<Deal> deals;
    if (!q.exec())
        return deals;
    while (q.next())
        deals.append(dealFromQuery(q));
    return deals;
}

std::optional<Deal> DealRepository::find(const AccessScope &scope, Id id) const
{
    const QList<Deal> deals = select(scope, QStringLiteral(" AND d.id = :p0"), {id});
    return deals.isEmpty() ? std::nullopt : std::optional<Deal>(deals.first());
}

QList<Deal> DealRepository::list(const AccessScope &scope) const
{
    return select(scope, {}, {});
}

std::optional<Deal> DealRepository::findByExternalId(Id pipelineId, const QString &externalId) const
{
    if (externalId.trimmed().isEmpty())
        return std::nullopt;
    const QList<Deal> deals =
        select(AccessScope::system(), QStringLiteral(" AND d.pipeline_id = :p0 AND d.external_id = :p1"),
               {pipelineId, externalId.trimmed()});
    return deals.isEmpty() ? std::nullopt : std::optional<Deal>(deals.first());
}

QList<Deal> DealRepository::forLead(const AccessScope &scope, Id leadId) const
{
    return select(scope, QStringLiteral(" AND d.lead_id = :p0"), {leadId});
}

QList<StageChange> DealRepository::history(Id dealId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, deal_id, from_stage_id, to_stage_id, user_id, at FROM deal_stage_history "
                             "WHERE deal_id = ? ORDER BY at, id"));
    q.addBindValue(sql::v(dealId));
    QList<StageChange> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                    q.value(4).toLongLong(), q.value(5).toLongLong()});
    }
    return out;
}

QHash<Id, qint64> DealRepository::countByStage(const AccessScope &scope) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT d.stage_id, count(*) FROM deals d WHERE ") +
              sql::scopeCondition(scope, QStringLiteral("d.owner_id")) + QStringLiteral(" GROUP BY d.stage_id"));
    sql::bindScope(q, scope);
    QHash<Id, qint64> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return out;
}

namespace {

QString ownerFilter(Id ownerId)
{
    return ownerId ? QStringLiteral(" AND d.owner_id = :owner") : QString();
}

} // namespace

QList<DealCard> DealRepository::cards(const AccessScope &scope, Id stageId, Id ownerId, int offset, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kColumns +
              QStringLiteral(", coalesce(c.name, ''), coalesce(u.name, ''), "
                             "coalesce((SELECT max(a.at) FROM activities a WHERE a.deal_id = d.id), 0) "
                             "FROM deals d LEFT JOIN companies c ON c.id = d.company_id "
                             "LEFT JOIN users u ON u.id = d.owner_id WHERE d.stage_id = :stage AND ") +
              sql::scopeCondition(scope, QStringLiteral("d.owner_id")) + ownerFilter(ownerId) +
              QStringLiteral(" ORDER BY d.stage_entered_at DESC, d.id DESC LIMIT :limit OFFSET :offset"));
    q.bindValue(QStringLiteral(":stage"), sql::v(stageId));
    if (ownerId)
        q.bindValue(QStringLiteral(":owner"), sql::v(ownerId));
    q.bindValue(QStringLiteral(":limit"), limit);
    q.bindValue(QStringLiteral(":offset"), offset);
    sql::bindScope(q, scope);
    QList<DealCard> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        DealCard card;
        card.deal = dealFromQuery(q);
        card.companyName = q.value(22).toString();
        card.ownerName = q.value(23).toString();
        card.lastActivityAt = q.value(24).toLongLong();
        out.append(card);
    }
    return out;
}

qint64 DealRepository::cardCount(const AccessScope &scope, Id stageId, Id ownerId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM deals d WHERE d.stage_id = :stage AND ") +
              sql::scopeCondition(scope, QStringLiteral("d.owner_id")) + ownerFilter(ownerId));
    q.bindValue(QStringLiteral(":stage"), sql::v(stageId));
    if (ownerId)
        q.bindValue(QStringLiteral(":owner"), sql::v(ownerId));
    sql::bindScope(q, scope);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QList<DealFigures> DealRepository::figures(const AccessScope &scope, Id pipelineId, Id ownerId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Values in the home currency where a rate is known: the column sums and the forecast add them.
    const QString d = QStringLiteral("d");
    q.prepare(QStringLiteral("SELECT d.id, d.stage_id, coalesce(d.owner_id, 0), %1, d.expected_close_at, "
                             "d.stage_entered_at, %2 FROM deals d WHERE d.pipeline_id = :pipeline AND ")
                  .arg(sql::homeCents(d), sql::homeCurrency(d)) +
              sql::scopeCondition(scope, QStringLiteral("d.owner_id")) + ownerFilter(ownerId));
    q.bindValue(QStringLiteral(":pipeline"), sql::v(pipelineId));
    if (ownerId)
        q.bindValue(QStringLiteral(":owner"), sql::v(ownerId));
    sql::bindScope(q, scope);
    QList<DealFigures> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                    q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toString()});
    }
    return out;
}

} // namespace lr
