#include "core/store/AuditLog.h"

#include "core/store/Database.h"
#include "core/store/SqlUtil.h"

#include <QSqlQuery>

namespace lr {

Result<Id> AuditLog::append(const AuditEntry &entry)
{
    QString error;
    QSqlQuery *statement =
        m_db.prepared(QStringLiteral("INSERT INTO audit_log (at, user_id, entity, entity_id, action, field, "
                                     "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                      &error);
    if (!statement)
        return Result<Id>::failure(error);
    QSqlQuery &q = *statement;
    q.addBindValue(sql::v(entry.at));
    q.addBindValue(sql::v(sql::idOrNull(entry.userId)));
    q.addBindValue(sql::v(entry.entity));
    q.addBindValue(sql::v(entry.entityId));
    q.addBindValue(sql::v(entry.action));
    q.addBindValue(sql::v(entry.field));
    q.addBindValue(sql::v(entry.oldValue));
    q.addBindValue(sql::v(entry.newValue));
    if (!sql::exec(q, &error))
        return Result<Id>::failure(error);
    return q.lastInsertId().toLongLong();
}

QList<AuditEntry> AuditLog::forEntity(const QString &entity, Id entityId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, at, user_id, entity, entity_id, action, field, old_value, new_value "
                             "FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY at, id"));
    q.addBindValue(sql::v(entity));
    q.addBindValue(sql::v(entityId));
    QList<AuditEntry> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString(),
                    q.value(4).toLongLong(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                    q.value(8).toString()});
    }
    return out;
}

} // namespace lr
