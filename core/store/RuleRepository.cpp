#include "core/store/RuleRepository.h"

#include "core/store/Database.h"
#include "core/store/RawStatement.h"
#include "core/store/SqlUtil.h"
#include "core/store/Transaction.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace lr {
namespace {

const QString kSelect =
    QStringLiteral("SELECT id, kind, version, document, active, created_by, created_at FROM rules WHERE kind = ?");

RuleDocument fromQuery(const QSqlQuery &q)
{
    RuleDocument d;
    d.id = q.value(0).toLongLong();
    d.kind = q.value(1).toString();
    d.version = q.value(2).toInt();
    d.document = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    d.active = q.value(4).toBool();
    d.createdBy = q.value(5).toLongLong();
    d.createdAt = q.value(6).toLongLong();
    return d;
}

} // namespace

Result<RuleDocument> RuleRepository::save(const QString &kind, const QJsonObject &document, Id userId, Instant at)
{
    using R = Result<RuleDocument>;
    if (kind.trimmed().isEmpty())
        return R::failure(tr("A rule document needs a kind."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.error());
    QString error;
    QSqlQuery q(m_db.connection());
    if (!sql::prepare(q, QStringLiteral("SELECT coalesce(max(version), 0) FROM rules WHERE kind = ?"), &error))
        return R::failure(error);
    q.addBindValue(sql::v(kind));
    if (!sql::exec(q, &error) || !q.next())
        return R::failure(error);
    RuleDocument d;
    d.kind = kind;
    d.version = q.value(0).toInt() + 1;
    d.document = document;
    d.active = true;
    d.createdBy = userId;
    d.createdAt = at;
    q.finish();
    if (!sql::prepare(q, QStringLiteral("UPDATE rules SET active = 0 WHERE kind = ? AND active <> 0"), &error))
        return R::failure(error);
    q.addBindValue(sql::v(kind));
    if (!sql::exec(q, &error))
        return R::failure(error);
    if (!sql::prepare(q,
                      QStringLiteral("INSERT INTO rules (kind, version, document, active, created_by, created_at) "
                                     "VALUES (?, ?, ?, 1, ?, ?)"),
                      &error))
        return R::failure(error);
    q.addBindValue(sql::v(kind));
    q.addBindValue(sql::v(d.version));
    q.addBindValue(sql::v(QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact))));
    q.addBindValue(sql::idOrNull(userId));
    q.addBindValue(sql::v(at));
    if (!sql::exec(q, &error))
        return R::failure(error);
    d.id = q.lastInsertId().toLongLong();
    if (const Status s = tx.commit(); !s)
        return R::failure(s.error());
    return d;
}

std::optional<RuleDocument> RuleRepository::active(const QString &kind) const
{
    // Routing and the SLA read their active rules for every lead they route: prepared once per
    // connection on the raw handle instead of parsed for each lead.
    RawStatement *q = m_db.raw("SELECT id, kind, version, document, active, created_by, created_at FROM rules "
                               "WHERE kind = ? AND active <> 0 ORDER BY version DESC LIMIT 1",
                               nullptr);
    if (!q)
        return std::nullopt;
    q->reset();
    q->bind(0, kind);
    if (!q->next())
        return std::nullopt;
    RuleDocument d;
    d.id = q->int64(0);
    d.kind = q->text(1);
    d.version = static_cast<int>(q->int64(2));
    d.document = QJsonDocument::fromJson(q->text(3).toUtf8()).object();
    d.active = q->int64(4) != 0;
    d.createdBy = q->int64(5);
    d.createdAt = q->int64(6);
    q->reset();
    return d;
}

int RuleRepository::activeVersion(const QString &kind) const
{
    // On the raw handle: rule caches ask it for every lead they score or route.
    RawStatement *q =
        m_db.raw("SELECT version FROM rules WHERE kind = ? AND active <> 0 ORDER BY version DESC LIMIT 1", nullptr);
    if (!q)
        return 0;
    q->reset();
    q->bind(0, kind);
    const int version = q->next() ? static_cast<int>(q->int64(0)) : 0;
    q->reset();
    return version;
}

std::optional<RuleDocument> RuleRepository::version(const QString &kind, int version) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" AND version = ?"));
    q.addBindValue(sql::v(kind));
    q.addBindValue(sql::v(version));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromQuery(q);
}

QList<RuleDocument> RuleRepository::versions(const QString &kind) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" ORDER BY version DESC"));
    q.addBindValue(sql::v(kind));
    QList<RuleDocument> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append(fromQuery(q));
    return out;
}

} // namespace lr
