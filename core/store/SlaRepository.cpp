#include "core/store/SlaRepository.h"

#include "core/store/Database.h"
#include "core/store/RawStatement.h"
#include "core/store/SqlUtil.h"

#include <QSqlQuery>

namespace lr {
namespace {

const QString kClockColumns =
    QStringLiteral("SELECT s.lead_id, s.policy, s.owner_id, s.started_at, s.target_ms, s.nudge_at, s.due_at, "
                   "s.reassign_at, s.generation, s.stopped_at, s.breached_at, s.last_step");
const QString kColumns = kClockColumns + QStringLiteral(" FROM sla_clocks s ");

/// A clock from the twelve columns lead_id … last_step, read through `integer(i)` and `text(i)`:
/// shared by QSqlQuery reads and the ladder's raw statement.
template <typename Integer, typename Text>
SlaClock clockFromColumns(const Integer &integer, const Text &text)
{
    SlaClock c;
    c.leadId = integer(0);
    c.policy = text(1);
    c.ownerId = integer(2);
    c.startedAt = integer(3);
    c.targetMs = integer(4);
    c.nudgeAt = integer(5);
    c.dueAt = integer(6);
    c.reassignAt = integer(7);
    c.generation = static_cast<int>(integer(8));
    c.stoppedAt = integer(9);
    c.breachedAt = integer(10);
    c.lastStep = text(11);
    return c;
}

SlaClock readClock(const QSqlQuery &q)
{
    return clockFromColumns([&q](int i) { return q.value(i).toLongLong(); },
                            [&q](int i) { return q.value(i).toString(); });
}

} // namespace

Result<SlaClock> SlaRepository::start(const SlaClock &clock)
{
    QString error;
    QSqlQuery *statement = m_db.prepared(
        QStringLiteral("INSERT INTO sla_clocks (lead_id, policy, owner_id, started_at, target_ms, nudge_at, due_at, "
                       "reassign_at, generation, stopped_at, breached_at, last_step) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, 0, 0, '') "
                       "ON CONFLICT(lead_id) DO UPDATE SET policy = excluded.policy, owner_id = excluded.owner_id, "
                       "started_at = excluded.started_at, target_ms = excluded.target_ms, "
                       "nudge_at = excluded.nudge_at, due_at = excluded.due_at, reassign_at = excluded.reassign_at, "
                       "generation = sla_clocks.generation + 1, stopped_at = 0, breached_at = 0, last_step = ''"),
        &error);
    if (!statement)
        return Result<SlaClock>::failure(error);
    QSqlQuery &q = *statement;
    q.addBindValue(sql::v(clock.leadId));
    q.addBindValue(sql::v(clock.policy));
    q.addBindValue(sql::v(sql::idOrNull(clock.ownerId)));
    q.addBindValue(sql::v(clock.startedAt));
    q.addBindValue(sql::v(clock.targetMs));
    q.addBindValue(sql::v(clock.nudgeAt));
    q.addBindValue(sql::v(clock.dueAt));
    q.addBindValue(sql::v(clock.reassignAt));
    if (!sql::exec(q, &error))
        return Result<SlaClock>::failure(error);
    const std::optional<SlaClock> stored = find(clock.leadId);
    if (!stored)
        return Result<SlaClock>::failure(tr("The SLA clock of lead %1 was not stored.").arg(clock.leadId));
    return *stored;
}

Status SlaRepository::stop(Id leadId, Instant at)
{
    QString error;
    QSqlQuery *q = m_db.prepared(
        QStringLiteral("UPDATE sla_clocks SET stopped_at = ? WHERE lead_id = ? AND stopped_at = 0"), &error);
    if (!q)
        return Status::failure(error);
    q->addBindValue(sql::v(at));
    q->addBindValue(sql::v(leadId));
    return sql::exec(*q, &error) ? Status() : Status::failure(error);
}

Status SlaRepository::markStep(Id leadId, const QString &step, Instant breachedAt)
{
    QString error;
    RawStatement *q = m_db.raw("UPDATE sla_clocks SET last_step = ?, "
                               "breached_at = CASE WHEN breached_at = 0 THEN ? ELSE breached_at END WHERE lead_id = ?",
                               &error);
    if (!q)
        return Status::failure(error);
    q->reset();
    q->bind(0, step);
    q->bind(1, breachedAt);
    q->bind(2, leadId);
    return q->exec(&error) ? Status() : Status::failure(error);
}

QList<SlaClock> SlaRepository::select(const QString &where, const AccessScope *scope, const QVariantList &binds) const
{
    QSqlQuery q(m_db.connection());
    QString text = kColumns;
    if (scope)
        text += QStringLiteral("JOIN leads l ON l.id = s.lead_id WHERE ") +
                sql::scopeCondition(*scope, QStringLiteral("l.owner_id")) + QStringLiteral(" AND ");
    else
        text += QStringLiteral("WHERE ");
    q.prepare(text + where);
    if (scope)
        sql::bindScope(q, *scope);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(QStringLiteral(":p%1").arg(i), sql::v(binds.at(i)));
    QList<SlaClock> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append(readClock(q));
    return out;
}

std::optional<SlaClock> SlaRepository::find(Id leadId) const
{
    // Read by every ladder step: a statement prepared once per connection on the raw handle.
    RawStatement *q = m_db.raw("SELECT lead_id, policy, coalesce(owner_id, 0), started_at, target_ms, nudge_at, "
                               "due_at, reassign_at, generation, stopped_at, breached_at, last_step "
                               "FROM sla_clocks WHERE lead_id = ?",
                               nullptr);
    if (!q)
        return std::nullopt;
    q->reset();
    q->bind(0, leadId);
    if (!q->next())
        return std::nullopt;
    const SlaClock c = clockFromColumns([q](int i) { return q->int64(i); }, [q](int i) { return q->text(i); });
    q->reset();
    return c;
}

QHash<Id, SlaClock> SlaRepository::forLeads(const QList<Id> &leadIds) const
{
    QHash<Id, SlaClock> out;
    if (leadIds.isEmpty())
        return out;
    QStringList ids;
    for (const Id id : leadIds)
        ids.append(QString::number(id));
    for (const SlaClock &c : select(QStringLiteral("s.lead_id IN (%1)").arg(ids.join(QLatin1Char(','))), nullptr, {}))
        out.insert(c.leadId, c);
    return out;
}

QList<SlaClock> SlaRepository::running(const AccessScope &scope, int limit) const
{
    return select(QStringLiteral("s.stopped_at = 0 ORDER BY s.due_at, s.lead_id LIMIT :p0"), &scope, {limit});
}

QList<SlaClock> SlaRepository::breached(const AccessScope &scope, Instant from, Instant to) const
{
    return select(QStringLiteral("s.breached_at >= :p0 AND s.breached_at < :p1 AND s.breached_at > 0 "
                                 "ORDER BY s.breached_at, s.lead_id"),
                  &scope, {from, to});
}

qint64 SlaRepository::runningCount() const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT count(*) FROM sla_clocks WHERE stopped_at = 0")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QString SlaRepository::inboxWhere(const AccessScope &scope, InboxFilter filter) const
{
    QString where =
        QStringLiteral(" WHERE s.stopped_at = 0 AND ") + sql::scopeCondition(scope, QStringLiteral("l.owner_id"));
    if (filter == InboxFilter::Mine)
        where += QStringLiteral(" AND l.owner_id = :me");
    else if (filter == InboxFilter::Breached)
        where += QStringLiteral(" AND s.due_at <= :now");
    return where;
}

qint64 SlaRepository::inboxCount(const AccessScope &scope, InboxFilter filter, Instant now) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM sla_clocks s JOIN leads l ON l.id = s.lead_id") +
              inboxWhere(scope, filter));
    sql::bindScope(q, scope);
    if (filter == InboxFilter::Mine)
        q.bindValue(QStringLiteral(":me"), scope.userId);
    if (filter == InboxFilter::Breached)
        q.bindValue(QStringLiteral(":now"), now);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QList<InboxRow> SlaRepository::inboxPage(const AccessScope &scope, InboxFilter filter, Instant now, qint64 offset,
                                         int limit) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kClockColumns +
              QStringLiteral(", l.first_name, l.last_name, l.email, l.company_name, coalesce(u.name, ''), l.status "
                             "FROM sla_clocks s JOIN leads l ON l.id = s.lead_id "
                             "LEFT JOIN users u ON u.id = l.owner_id") +
              inboxWhere(scope, filter) + QStringLiteral(" ORDER BY s.due_at, s.lead_id LIMIT :limit OFFSET :offset"));
    sql::bindScope(q, scope);
    if (filter == InboxFilter::Mine)
        q.bindValue(QStringLiteral(":me"), scope.userId);
    if (filter == InboxFilter::Breached)
        q.bindValue(QStringLiteral(":now"), now);
    q.bindValue(QStringLiteral(":limit"), limit);
    q.bindValue(QStringLiteral(":offset"), offset);
    QList<InboxRow> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        InboxRow r;
        r.clock = readClock(q);
        const QString first = q.value(12).toString();
        const QString last = q.value(13).toString();
        r.leadName = (first + QLatin1Char(' ') + last).trimmed();
        r.email = q.value(14).toString();
        r.company = q.value(15).toString();
        r.ownerName = q.value(16).toString();
        r.status = q.value(17).toString();
        out.append(r);
    }
    return out;
}

} // namespace lr
