#include "core/store/DuplicateRepository.h"

#include "core/store/Database.h"
#include "core/store/SqlUtil.h"

#include <QSqlQuery>

namespace lr {

QString LeadProfile::fullName() const
{
    if (firstName.isEmpty())
        return lastName;
    if (lastName.isEmpty())
        return firstName;
    return firstName + QLatin1Char(' ') + lastName;
}

Status DuplicateRepository::visitGroups(const AccessScope &scope, const QString &where, const QString &groupColumn,
                                        const GroupVisitor &visit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QString error;
    const QString text =
        QStringLiteral("SELECT l.id, l.first_name, l.last_name, l.email, l.email_norm, l.company_name, l.company_id, "
                       "c.domain, l.phone, l.owner_id, u.name, l.created_at, %1 FROM leads l "
                       "LEFT JOIN companies c ON c.id = l.company_id LEFT JOIN users u ON u.id = l.owner_id "
                       "WHERE %2 AND ")
            .arg(groupColumn, where) +
        sql::scopeCondition(scope, QStringLiteral("l.owner_id")) +
        QStringLiteral(" ORDER BY %1, l.id").arg(groupColumn);
    if (!sql::prepare(q, text, &error))
        return Status::failure(error);
    sql::bindScope(q, scope);
    if (!sql::exec(q, &error))
        return Status::failure(error);
    QList<LeadProfile> group;
    QVariant key;
    auto flush = [&] {
        if (group.size() > 1)
            visit(group);
        group.clear();
    };
    while (q.next()) {
        const QVariant k = q.value(12);
        if (k != key)
            flush();
        key = k;
        LeadProfile p;
        p.id = q.value(0).toLongLong();
        p.firstName = q.value(1).toString();
        p.lastName = q.value(2).toString();
        p.email = q.value(3).toString();
        p.emailKey = q.value(4).toString();
        p.companyName = q.value(5).toString();
        p.companyId = q.value(6).toLongLong();
        p.companyDomain = q.value(7).toString();
        p.phone = q.value(8).toString();
        p.ownerId = q.value(9).toLongLong();
        p.ownerName = q.value(10).toString();
        p.createdAt = q.value(11).toLongLong();
        group.append(p);
    }
    flush();
    return {};
}

Status DuplicateRepository::forEachCompanyGroup(const AccessScope &scope, const GroupVisitor &visit) const
{
    return visitGroups(scope, QStringLiteral("l.company_id IS NOT NULL"), QStringLiteral("l.company_id"), visit);
}

Status DuplicateRepository::forEachPhoneGroup(const AccessScope &scope, const GroupVisitor &visit) const
{
    // The partial index leads_phone (migration 005) answers the inner GROUP BY without a table scan.
    return visitGroups(scope,
                       QStringLiteral("l.phone IN (SELECT phone FROM leads WHERE phone <> '' GROUP BY phone "
                                      "HAVING count(*) > 1)"),
                       QStringLiteral("l.phone"), visit);
}

Status DuplicateRepository::dismiss(LeadPair pair, Id userId, Instant at)
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::prepare(q,
                      QStringLiteral("INSERT OR IGNORE INTO duplicate_dismissals (lead_a, lead_b, user_id, at) "
                                     "VALUES (?, ?, ?, ?)"),
                      &error)) {
        return Status::failure(error);
    }
    q.addBindValue(sql::v(pair.a));
    q.addBindValue(sql::v(pair.b));
    q.addBindValue(sql::idOrNull(userId));
    q.addBindValue(sql::v(at));
    if (!sql::exec(q, &error))
        return Status::failure(error);
    return {};
}

QSet<LeadPair> DuplicateRepository::dismissed() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QSet<LeadPair> out;
    if (!q.exec(QStringLiteral("SELECT lead_a, lead_b FROM duplicate_dismissals")))
        return out;
    while (q.next())
        out.insert(LeadPair{q.value(0).toLongLong(), q.value(1).toLongLong()});
    return out;
}

qint64 DuplicateRepository::countScoped(const QString &text, const QString &leadColumn, const AccessScope &scope,
                                        Instant from, Instant to) const
{
    QString query = text;
    if (!scope.seesEverything()) {
        query += QStringLiteral(" AND EXISTS (SELECT 1 FROM leads l WHERE l.id = %1 AND ").arg(leadColumn) +
                 sql::scopeCondition(scope, QStringLiteral("l.owner_id")) + QLatin1Char(')');
    }
    QSqlQuery q(m_db.connection());
    if (!q.prepare(query))
        return 0;
    q.bindValue(QStringLiteral(":from"), sql::v(from));
    q.bindValue(QStringLiteral(":to"), sql::v(to));
    sql::bindScope(q, scope);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

qint64 DuplicateRepository::processedSubmissions(const AccessScope &scope, Instant from, Instant to) const
{
    return countScoped(QStringLiteral("SELECT count(*) FROM intake_journal j WHERE j.state = 'processed' AND "
                                      "j.processed_at >= :from AND j.processed_at < :to"),
                       QStringLiteral("j.lead_id"), scope, from, to);
}

qint64 DuplicateRepository::mergedAtIntake(const AccessScope &scope, Instant from, Instant to) const
{
    // IntakeProcessor writes one lead_merged event per submission that matched a known person.
    return countScoped(QStringLiteral("SELECT count(*) FROM events e WHERE e.type = 'lead_merged' AND "
                                      "e.at >= :from AND e.at < :to"),
                       QStringLiteral("e.lead_id"), scope, from, to);
}

} // namespace lr
