#include "core/store/RoutingRepository.h"

#include "core/common/Words.h"

#include "core/store/Database.h"
#include "core/store/RawStatement.h"
#include "core/store/SqlUtil.h"

#include <QSqlQuery>

namespace lr {
namespace {

struct CauseKey
{
    AssignmentCause cause;
    const char *key;
};

constexpr CauseKey kCauses[] = {{AssignmentCause::New, "new"},
                                {AssignmentCause::SlaBreach, "sla_breach"},
                                {AssignmentCause::OutOfOffice, "out_of_office"},
                                {AssignmentCause::Deactivated, "deactivated"},
                                {AssignmentCause::Manual, "manual"},
                                {AssignmentCause::Fallback, "fallback"}};

QString idList(const QList<Id> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (const Id id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

const QString kAssignmentColumns =
    QStringLiteral("SELECT a.id, a.lead_id, a.user_id, a.previous_user_id, a.cause, a.rule_name, a.reason, a.at, "
                   "coalesce(u.name, '') FROM lead_assignments a JOIN leads l ON l.id = a.lead_id "
                   "LEFT JOIN users u ON u.id = a.user_id WHERE ");

QList<Assignment> readAssignments(QSqlQuery &q)
{
    QList<Assignment> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        Assignment a;
        a.id = q.value(0).toLongLong();
        a.leadId = q.value(1).toLongLong();
        a.userId = q.value(2).toLongLong();
        a.previousUserId = q.value(3).toLongLong();
        a.cause = assignmentCauseFromKey(q.value(4).toString()).value_or(AssignmentCause::New);
        a.ruleName = q.value(5).toString();
        a.reason = Words::fromStored(q.value(6).toString()).text();
        a.at = q.value(7).toLongLong();
        a.userName = q.value(8).toString();
        out.append(a);
    }
    return out;
}

} // namespace

QString toKey(AssignmentCause cause)
{
    for (const CauseKey &c : kCauses) {
        if (c.cause == cause)
            return QString::fromLatin1(c.key);
    }
    return QStringLiteral("new");
}

std::optional<AssignmentCause> assignmentCauseFromKey(const QString &key)
{
    for (const CauseKey &c : kCauses) {
        if (key == QLatin1String(c.key))
            return c.cause;
    }
    return std::nullopt;
}

Words displayWords(AssignmentCause cause)
{
    const auto words = [](const char *source) { return Words("lr::RoutingRepository", source); };
    switch (cause) {
    case AssignmentCause::New:
        return words(QT_TRANSLATE_NOOP("lr::RoutingRepository", "new lead"));
    case AssignmentCause::SlaBreach:
        return words(QT_TRANSLATE_NOOP("lr::RoutingRepository", "reassigned for SLA breach"));
    case AssignmentCause::OutOfOffice:
        return words(QT_TRANSLATE_NOOP("lr::RoutingRepository", "owner out of office"));
    case AssignmentCause::Deactivated:
        return words(QT_TRANSLATE_NOOP("lr::RoutingRepository", "owner deactivated"));
    case AssignmentCause::Manual:
        return words(QT_TRANSLATE_NOOP("lr::RoutingRepository", "reassigned by hand"));
    case AssignmentCause::Fallback:
        return words(QT_TRANSLATE_NOOP("lr::RoutingRepository", "fallback owner"));
    }
    return {};
}

QString displayName(AssignmentCause cause)
{
    return displayWords(cause).text();
}

Status RoutingRepository::setTargetAccount(const TargetAccount &account, Instant at)
{
    const QString domain = account.domain.trimmed().toLower();
    if (domain.isEmpty() || !account.ownerId)
        return Status::failure(tr("A named account needs a domain and an owner."));
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::prepare(
            q,
            QStringLiteral("INSERT INTO target_accounts (domain, owner_id, name, created_at) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT(domain) DO UPDATE SET owner_id = excluded.owner_id, name = excluded.name"),
            &error))
        return Status::failure(error);
    q.addBindValue(sql::v(domain));
    q.addBindValue(sql::v(account.ownerId));
    q.addBindValue(sql::v(account.name));
    q.addBindValue(sql::v(at));
    return sql::exec(q, &error) ? Status() : Status::failure(error);
}

Status RoutingRepository::removeTargetAccount(const QString &domain)
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::prepare(q, QStringLiteral("DELETE FROM target_accounts WHERE domain = ?"), &error))
        return Status::failure(error);
    q.addBindValue(sql::v(domain.trimmed().toLower()));
    return sql::exec(q, &error) ? Status() : Status::failure(error);
}

std::optional<TargetAccount> RoutingRepository::targetAccount(const QString &domain) const
{
    if (domain.isEmpty())
        return std::nullopt;
    // Routing asks for every lead with a company: prepared once on the raw handle.
    RawStatement *q = m_db.raw("SELECT domain, owner_id, name FROM target_accounts WHERE domain = ?", nullptr);
    if (!q)
        return std::nullopt;
    q->reset();
    q->bind(0, domain.toLower());
    std::optional<TargetAccount> a;
    if (q->next())
        a = TargetAccount{q->text(0), q->int64(1), q->text(2)};
    q->reset();
    return a;
}

QList<TargetAccount> RoutingRepository::targetAccounts() const
{
    QSqlQuery q(m_db.connection());
    QList<TargetAccount> out;
    if (!q.exec(QStringLiteral("SELECT domain, owner_id, name FROM target_accounts ORDER BY domain")))
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString()});
    return out;
}

Id RoutingRepository::pointer(const QString &target) const
{
    QString error;
    QSqlQuery *q = m_db.prepared(QStringLiteral("SELECT last_user_id FROM routing_pointers WHERE target = ?"), &error);
    if (!q)
        return 0;
    q->addBindValue(sql::v(target));
    if (!q->exec() || !q->next())
        return 0;
    const Id id = q->value(0).toLongLong();
    q->finish();
    return id;
}

Status RoutingRepository::setPointer(const QString &target, Id userId, Instant at)
{
    QString error;
    QSqlQuery *q =
        m_db.prepared(QStringLiteral("INSERT INTO routing_pointers (target, last_user_id, updated_at) VALUES (?, ?, ?) "
                                     "ON CONFLICT(target) DO UPDATE SET last_user_id = excluded.last_user_id, "
                                     "updated_at = excluded.updated_at"),
                      &error);
    if (!q)
        return Status::failure(error);
    q->addBindValue(sql::v(target));
    q->addBindValue(sql::v(userId));
    q->addBindValue(sql::v(at));
    return sql::exec(*q, &error) ? Status() : Status::failure(error);
}

QHash<Id, int> RoutingRepository::openLeads(const QList<Id> &userIds) const
{
    QHash<Id, int> out;
    if (userIds.isEmpty())
        return out;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT user_id, open_leads FROM user_load WHERE user_id IN (%1)").arg(idList(userIds))))
        return out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return out;
}

QList<Id> RoutingRepository::openLeadIdsOf(Id userId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM leads WHERE owner_id = ? AND status IN ('new', 'attempting', 'connected') "
                             "ORDER BY created_at, id"));
    q.addBindValue(sql::v(userId));
    QList<Id> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

Status RoutingRepository::setSenior(Id userId, bool senior)
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::prepare(q,
                      QStringLiteral("INSERT INTO user_routing (user_id, senior) VALUES (?, ?) "
                                     "ON CONFLICT(user_id) DO UPDATE SET senior = excluded.senior"),
                      &error))
        return Status::failure(error);
    q.addBindValue(sql::v(userId));
    q.addBindValue(sql::v(senior ? 1 : 0));
    return sql::exec(q, &error) ? Status() : Status::failure(error);
}

QSet<Id> RoutingRepository::seniorUsers() const
{
    QSqlQuery q(m_db.connection());
    QSet<Id> out;
    if (!q.exec(QStringLiteral("SELECT user_id FROM user_routing WHERE senior = 1")))
        return out;
    while (q.next())
        out.insert(q.value(0).toLongLong());
    return out;
}

Result<Id> RoutingRepository::recordAssignment(const Assignment &a)
{
    QString error;
    QSqlQuery *statement = m_db.prepared(
        QStringLiteral(
            "INSERT INTO lead_assignments (lead_id, user_id, previous_user_id, cause, rule_name, reason, at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        &error);
    if (!statement)
        return Result<Id>::failure(error);
    QSqlQuery &q = *statement;
    q.addBindValue(sql::v(a.leadId));
    q.addBindValue(sql::v(sql::idOrNull(a.userId)));
    q.addBindValue(sql::v(sql::idOrNull(a.previousUserId)));
    q.addBindValue(sql::v(toKey(a.cause)));
    q.addBindValue(sql::v(a.ruleName));
    q.addBindValue(sql::v(a.reason));
    q.addBindValue(sql::v(a.at));
    if (!sql::exec(q, &error))
        return Result<Id>::failure(error);
    return q.lastInsertId().toLongLong();
}

QList<Assignment> RoutingRepository::forLead(const AccessScope &scope, Id leadId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kAssignmentColumns + QStringLiteral("a.lead_id = :lead AND ") +
              sql::scopeCondition(scope, QStringLiteral("l.owner_id")) + QStringLiteral(" ORDER BY a.at, a.id"));
    q.bindValue(QStringLiteral(":lead"), leadId);
    sql::bindScope(q, scope);
    return readAssignments(q);
}

QList<Assignment> RoutingRepository::withCause(const AccessScope &scope, AssignmentCause cause, Instant from,
                                               Instant to) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kAssignmentColumns + QStringLiteral("a.cause = :cause AND a.at >= :from AND a.at < :to AND ") +
              sql::scopeCondition(scope, QStringLiteral("l.owner_id")) + QStringLiteral(" ORDER BY a.at, a.id"));
    q.bindValue(QStringLiteral(":cause"), toKey(cause));
    q.bindValue(QStringLiteral(":from"), from);
    q.bindValue(QStringLiteral(":to"), to);
    sql::bindScope(q, scope);
    return readAssignments(q);
}

QList<int> RoutingRepository::countPerPeriod(const AccessScope &scope, AssignmentCause cause,
                                             const QList<Instant> &bounds) const
{
    QList<int> counts;
    if (bounds.size() < 2)
        return counts;
    counts.fill(0, bounds.size() - 1);
    for (const Assignment &a : withCause(scope, cause, bounds.first(), bounds.last())) {
        // The period whose start is the last bound at or before the change.
        const auto it = std::upper_bound(bounds.begin(), bounds.end(), a.at);
        const qsizetype period = std::distance(bounds.begin(), it) - 1;
        if (period >= 0 && period < counts.size())
            ++counts[period];
    }
    return counts;
}

} // namespace lr
