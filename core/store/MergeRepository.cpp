#include "core/store/MergeRepository.h"

#include "core/store/Database.h"
#include "core/store/SqlUtil.h"
#include "core/store/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

#include <cmath>

namespace lr {
namespace {

QJsonValue toJson(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return QJsonValue(value.toDouble());
    case QMetaType::QByteArray:
        return QJsonValue(QString::fromUtf8(value.toByteArray()));
    default:
        return QJsonValue(value.toString());
    }
}

QVariant fromJson(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QVariant(QMetaType(QMetaType::LongLong));
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::trunc(d) == d && std::abs(d) < 9e15)
            return QVariant(static_cast<qint64>(d));
        return QVariant(d);
    }
    return sql::v(value.toString());
}

QString encode(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject decode(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

/// Column names come from the schema or from our own snapshots; quote them anyway.
QString quoted(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

const QString kMergeColumns =
    QStringLiteral("m.id, m.survivor_id, m.absorbed_id, m.user_id, u.name, m.at, m.survivor_name, m.absorbed_name, "
                   "m.survivor_before, m.survivor_after, m.absorbed_row, m.children, m.undone_at, m.undone_by, "
                   "m.restored_id");

MergeRecord mergeFromQuery(const QSqlQuery &q)
{
    MergeRecord m;
    int i = 0;
    m.id = q.value(i++).toLongLong();
    m.survivorId = q.value(i++).toLongLong();
    m.absorbedId = q.value(i++).toLongLong();
    m.userId = q.value(i++).toLongLong();
    m.userName = q.value(i++).toString();
    m.at = q.value(i++).toLongLong();
    m.survivorName = q.value(i++).toString();
    m.absorbedName = q.value(i++).toString();
    m.survivorBefore = decode(q.value(i++));
    m.survivorAfter = decode(q.value(i++));
    m.absorbedRow = decode(q.value(i++));
    m.children = decode(q.value(i++));
    m.undoneAt = q.value(i++).toLongLong();
    m.undoneBy = q.value(i++).toLongLong();
    m.restoredId = q.value(i++).toLongLong();
    return m;
}

} // namespace

std::optional<QJsonObject> MergeRepository::leadRow(Id id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT * FROM leads WHERE id = ?"));
    q.addBindValue(sql::v(id));
    if (!q.exec() || !q.next())
        return std::nullopt;
    const QSqlRecord record = q.record();
    QJsonObject row;
    for (int i = 0; i < record.count(); ++i)
        row.insert(record.fieldName(i), toJson(q.value(i)));
    return row;
}

Status MergeRepository::updateLead(Id id, const QJsonObject &columns)
{
    if (columns.isEmpty())
        return {};
    OwnTransaction tx(m_db); // outside a transaction: commit with the search index
    if (!tx.isActive())
        return Status::failure(tx.error());
    QStringList sets;
    for (auto it = columns.begin(); it != columns.end(); ++it)
        sets.append(quoted(it.key()) + QStringLiteral(" = ?"));
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::prepare(q, QStringLiteral("UPDATE leads SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", "))),
                      &error)) {
        return Status::failure(error);
    }
    for (auto it = columns.begin(); it != columns.end(); ++it)
        q.addBindValue(fromJson(it.value()));
    q.addBindValue(sql::v(id));
    if (!sql::exec(q, &error))
        return Status::failure(error);
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("Lead %1 does not exist.").arg(id));
    return tx.commit();
}

Result<Id> MergeRepository::insertLead(const QJsonObject &row)
{
    OwnTransaction tx(m_db); // outside a transaction: commit with the search index
    if (!tx.isActive())
        return Result<Id>::failure(tx.error());
    // Only the columns this schema still has; a freed id is taken back, a reused one is not.
    QSqlQuery columns(m_db.connection());
    QStringList known;
    if (columns.exec(QStringLiteral("SELECT name FROM pragma_table_info('leads')"))) {
        while (columns.next())
            known.append(columns.value(0).toString());
    }
    QJsonObject values;
    for (const QString &name : known) {
        if (row.contains(name))
            values.insert(name, row.value(name));
    }
    const Id wanted = static_cast<Id>(row.value(QStringLiteral("id")).toDouble());
    QSqlQuery taken(m_db.connection());
    taken.prepare(QStringLiteral("SELECT 1 FROM leads WHERE id = ?"));
    taken.addBindValue(sql::v(wanted));
    if (!wanted || (taken.exec() && taken.next()))
        values.remove(QStringLiteral("id"));

    QStringList names;
    QStringList marks;
    for (auto it = values.begin(); it != values.end(); ++it) {
        names.append(quoted(it.key()));
        marks.append(QStringLiteral("?"));
    }
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::prepare(q,
                      QStringLiteral("INSERT INTO leads (%1) VALUES (%2)")
                          .arg(names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
                      &error)) {
        return Result<Id>::failure(error);
    }
    for (auto it = values.begin(); it != values.end(); ++it)
        q.addBindValue(fromJson(it.value()));
    if (!sql::exec(q, &error))
        return Result<Id>::failure(error);
    const Id inserted = q.lastInsertId().toLongLong();
    if (const Status committed = tx.commit(); !committed)
        return Result<Id>::failure(committed.error());
    return inserted;
}

Status MergeRepository::deleteLead(Id id)
{
    OwnTransaction tx(m_db); // outside a transaction: commit with the search index
    if (!tx.isActive())
        return Status::failure(tx.error());
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::prepare(q, QStringLiteral("DELETE FROM leads WHERE id = ?"), &error))
        return Status::failure(error);
    q.addBindValue(sql::v(id));
    if (!sql::exec(q, &error))
        return Status::failure(error);
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("Lead %1 does not exist.").arg(id));
    return tx.commit();
}

QList<std::pair<QString, QString>> MergeRepository::childColumns() const
{
    // Rows that name a lead without a foreign key, plus every table that has one (including tables
    // later migrations add), so a merge never cascades anything away.
    QList<std::pair<QString, QString>> out{{QStringLiteral("events"), QStringLiteral("lead_id")},
                                           {QStringLiteral("timers"), QStringLiteral("lead_id")},
                                           {QStringLiteral("intake_journal"), QStringLiteral("lead_id")},
                                           {QStringLiteral("lead_email_aliases"), QStringLiteral("lead_id")}};
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT m.name, f.\"from\" FROM sqlite_master m, pragma_foreign_key_list(m.name) f "
                              "WHERE m.type = 'table' AND f.\"table\" = 'leads' ORDER BY m.name, f.\"from\""))) {
        while (q.next()) {
            const std::pair<QString, QString> column{q.value(0).toString(), q.value(1).toString()};
            if (!out.contains(column))
                out.append(column);
        }
    }
    return out;
}

Result<QJsonObject> MergeRepository::moveChildren(Id from, Id to)
{
    QJsonObject moved;
    for (const auto &[table, column] : childColumns()) {
        QSqlQuery select(m_db.connection());
        QString error;
        if (!sql::prepare(
                select,
                QStringLiteral("SELECT rowid FROM %1 WHERE %2 = ? ORDER BY rowid").arg(quoted(table), quoted(column)),
                &error)) {
            continue; // a table this schema does not have (yet)
        }
        select.addBindValue(sql::v(from));
        if (!sql::exec(select, &error))
            return Result<QJsonObject>::failure(error);
        QJsonArray ids;
        while (select.next())
            ids.append(select.value(0).toLongLong());
        if (ids.isEmpty())
            continue;
        QSqlQuery update(m_db.connection());
        if (!sql::prepare(update,
                          QStringLiteral("UPDATE %1 SET %2 = ? WHERE %2 = ?").arg(quoted(table), quoted(column)),
                          &error)) {
            return Result<QJsonObject>::failure(error);
        }
        update.addBindValue(sql::v(to));
        update.addBindValue(sql::v(from));
        if (!sql::exec(update, &error))
            return Result<QJsonObject>::failure(error);
        moved.insert(table + QLatin1Char('.') + column, ids);
    }
    return moved;
}

Status MergeRepository::moveChildrenBack(const QJsonObject &children, Id from, Id to)
{
    for (auto it = children.begin(); it != children.end(); ++it) {
        const QString table = it.key().section(QLatin1Char('.'), 0, 0);
        const QString column = it.key().section(QLatin1Char('.'), 1);
        QSqlQuery q(m_db.connection());
        QString error;
        if (!sql::prepare(
                q, QStringLiteral("UPDATE %1 SET %2 = ? WHERE rowid = ? AND %2 = ?").arg(quoted(table), quoted(column)),
                &error)) {
            return Status::failure(error);
        }
        for (const QJsonValue id : it.value().toArray()) {
            q.bindValue(0, sql::v(to));
            q.bindValue(1, sql::v(static_cast<Id>(id.toDouble())));
            q.bindValue(2, sql::v(from));
            if (!sql::exec(q, &error))
                return Status::failure(error);
        }
    }
    return {};
}

Result<Id> MergeRepository::record(const MergeRecord &m)
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::prepare(q,
                      QStringLiteral("INSERT INTO lead_merges (survivor_id, absorbed_id, user_id, at, survivor_name, "
                                     "absorbed_name, survivor_before, survivor_after, absorbed_row, children) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      &error)) {
        return Result<Id>::failure(error);
    }
    q.addBindValue(sql::v(m.survivorId));
    q.addBindValue(sql::v(m.absorbedId));
    q.addBindValue(sql::idOrNull(m.userId));
    q.addBindValue(sql::v(m.at));
    q.addBindValue(sql::v(m.survivorName));
    q.addBindValue(sql::v(m.absorbedName));
    q.addBindValue(sql::v(encode(m.survivorBefore)));
    q.addBindValue(sql::v(encode(m.survivorAfter)));
    q.addBindValue(sql::v(encode(m.absorbedRow)));
    q.addBindValue(sql::v(encode(m.children)));
    if (!sql::exec(q, &error))
        return Result<Id>::failure(error);
    return q.lastInsertId().toLongLong();
}

std::optional<MergeRecord> MergeRepository::find(Id mergeId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kMergeColumns +
              QStringLiteral(" FROM lead_merges m LEFT JOIN users u ON u.id = m.user_id WHERE m.id = ?"));
    q.addBindValue(sql::v(mergeId));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return mergeFromQuery(q);
}

QList<MergeRecord> MergeRepository::recent(const AccessScope &scope, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kMergeColumns +
              QStringLiteral(" FROM lead_merges m LEFT JOIN users u ON u.id = m.user_id "
                             "LEFT JOIN leads l ON l.id = m.survivor_id WHERE ") +
              sql::scopeCondition(scope, QStringLiteral("l.owner_id")) +
              QStringLiteral(" ORDER BY m.at DESC, m.id DESC LIMIT :limit"));
    sql::bindScope(q, scope);
    q.bindValue(QStringLiteral(":limit"), limit);
    QList<MergeRecord> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append(mergeFromQuery(q));
    return out;
}

Status MergeRepository::markUndone(Id mergeId, Id userId, Instant at, Id restoredId)
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::prepare(q,
                      QStringLiteral("UPDATE lead_merges SET undone_at = ?, undone_by = ?, restored_id = ? "
                                     "WHERE id = ? AND undone_at = 0"),
                      &error)) {
        return Status::failure(error);
    }
    q.addBindValue(sql::v(at));
    q.addBindValue(sql::idOrNull(userId));
    q.addBindValue(sql::v(restoredId));
    q.addBindValue(sql::v(mergeId));
    if (!sql::exec(q, &error))
        return Status::failure(error);
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("Merge %1 was already undone.").arg(mergeId));
    return {};
}

Id MergeRepository::laterOpenMerge(Id leadId, Id afterId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM lead_merges WHERE id > ? AND undone_at = 0 AND "
                             "(survivor_id = ? OR absorbed_id = ?) ORDER BY id DESC LIMIT 1"));
    q.addBindValue(sql::v(afterId));
    q.addBindValue(sql::v(leadId));
    q.addBindValue(sql::v(leadId));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

Status MergeRepository::addAlias(const QString &emailNorm, Id leadId, Id mergeId)
{
    if (emailNorm.isEmpty())
        return {};
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::prepare(q,
                      QStringLiteral("INSERT OR REPLACE INTO lead_email_aliases (email_norm, lead_id, merge_id) "
                                     "VALUES (?, ?, ?)"),
                      &error)) {
        return Status::failure(error);
    }
    q.addBindValue(sql::v(emailNorm));
    q.addBindValue(sql::v(leadId));
    q.addBindValue(sql::v(mergeId));
    if (!sql::exec(q, &error))
        return Status::failure(error);
    return {};
}

Status MergeRepository::removeAliases(Id mergeId)
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::prepare(q, QStringLiteral("DELETE FROM lead_email_aliases WHERE merge_id = ?"), &error))
        return Status::failure(error);
    q.addBindValue(sql::v(mergeId));
    if (!sql::exec(q, &error))
        return Status::failure(error);
    return {};
}

Id MergeRepository::leadForAlias(const QString &emailNorm) const
{
    // Prepared once per connection: intake asks this for every submission it does not know yet.
    QSqlQuery *q =
        m_db.prepared(QStringLiteral("SELECT lead_id FROM lead_email_aliases WHERE email_norm = ?"), nullptr);
    if (!q)
        return 0;
    q->addBindValue(sql::v(emailNorm));
    const Id id = q->exec() && q->next() ? q->value(0).toLongLong() : 0;
    q->finish();
    return id;
}

} // namespace lr
