#include "core/store/EventLog.h"

#include "core/store/Database.h"
#include "core/store/RawStatement.h"
#include "core/store/SqlUtil.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace lr {

Result<Id> EventLog::append(const Event &event)
{
    // Every change appends here: a statement prepared once per connection on the raw handle.
    QString error;
    RawStatement *q =
        m_db.raw("INSERT INTO events (at, type, lead_id, deal_id, user_id, payload) VALUES (?, ?, ?, ?, ?, ?)", &error);
    if (!q)
        return Result<Id>::failure(error);
    q->reset();
    q->bind(0, event.at);
    q->bind(1, event.type);
    q->bindIdOrNull(2, event.leadId);
    q->bindIdOrNull(3, event.dealId);
    q->bindIdOrNull(4, event.userId);
    q->bind(5, QString::fromUtf8(QJsonDocument(event.payload).toJson(QJsonDocument::Compact)));
    if (!q->exec(&error))
        return Result<Id>::failure(error);
    return q->lastInsertId();
}

QList<Event> EventLog::forLead(const AccessScope &scope, Id leadId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT e.id, e.at, e.type, e.lead_id, e.deal_id, e.user_id, e.payload FROM events e "
                             "JOIN leads l ON l.id = e.lead_id WHERE e.lead_id = :lead AND ") +
              sql::scopeCondition(scope, QStringLiteral("l.owner_id")) + QStringLiteral(" ORDER BY e.at, e.id"));
    q.bindValue(QStringLiteral(":lead"), sql::v(leadId));
    sql::bindScope(q, scope);
    QList<Event> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        Event e;
        e.id = q.value(0).toLongLong();
        e.at = q.value(1).toLongLong();
        e.type = q.value(2).toString();
        e.leadId = q.value(3).toLongLong();
        e.dealId = q.value(4).toLongLong();
        e.userId = q.value(5).toLongLong();
        e.payload = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        out.append(e);
    }
    return out;
}

qint64 EventLog::countOfType(const QString &type) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM events WHERE type = ?"));
    q.addBindValue(sql::v(type));
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

} // namespace lr
