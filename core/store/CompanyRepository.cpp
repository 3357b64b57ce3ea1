#include "core/store/CompanyRepository.h"

#include "core/store/Database.h"
#include "core/store/SqlUtil.h"

#include <QSqlQuery>

namespace lr {

Result<Id> CompanyRepository::create(const Company &company)
{
    const QString domain = company.domain.trimmed().toLower();
    if (!domain.isEmpty() && findByDomain(domain))
        return Result<Id>::failure(tr("A company with the domain %1 already exists.").arg(domain));
    QString error;
    QSqlQuery *statement =
        m_db.prepared(QStringLiteral("INSERT INTO companies (name, domain, industry, employees, revenue, country, "
                                     "linkedin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      &error);
    if (!statement)
        return Result<Id>::failure(error);
    QSqlQuery &q = *statement;
    q.addBindValue(sql::v(company.name.trimmed()));
    // A true NULL (sql::v would turn a null string into ''): many companies may lack a domain.
    q.addBindValue(domain.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : sql::v(domain));
    q.addBindValue(sql::v(company.industry));
    q.addBindValue(sql::v(company.employees));
    q.addBindValue(sql::v(company.revenue));
    q.addBindValue(sql::v(company.country));
    q.addBindValue(sql::v(company.linkedin));
    q.addBindValue(sql::v(company.createdAt));
    q.addBindValue(sql::v(company.updatedAt ? company.updatedAt : company.createdAt));
    if (!sql::exec(q, &error))
        return Result<Id>::failure(error);
    return q.lastInsertId().toLongLong();
}

std::optional<Company> CompanyRepository::selectOne(const QString &where, const QVariant &bind) const
{
    // Prepared once per connection: intake looks a company up for every submission.
    QSqlQuery *statement =
        m_db.prepared(QStringLiteral("SELECT id, name, domain, industry, employees, revenue, country, linkedin, "
                                     "created_at, updated_at FROM companies ") +
                          where,
                      nullptr);
    if (!statement)
        return std::nullopt;
    QSqlQuery &q = *statement;
    q.addBindValue(sql::v(bind));
    if (!q.exec() || !q.next()) {
        q.finish();
        return std::nullopt;
    }
    Company c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.domain = q.value(2).toString();
    c.industry = q.value(3).toString();
    c.employees = q.value(4).toInt();
    c.revenue = q.value(5).toLongLong();
    c.country = q.value(6).toString();
    c.linkedin = q.value(7).toString();
    c.createdAt = q.value(8).toLongLong();
    c.updatedAt = q.value(9).toLongLong();
    q.finish();
    return c;
}

std::optional<Company> CompanyRepository::find(Id id) const
{
    return selectOne(QStringLiteral("WHERE id = ?"), id);
}

std::optional<Company> CompanyRepository::findByDomain(const QString &domain) const
{
    return selectOne(QStringLiteral("WHERE domain = ?"), domain.trimmed().toLower());
}

std::optional<Company> CompanyRepository::findByName(const QString &name) const
{
    return selectOne(QStringLiteral("WHERE name = ? COLLATE NOCASE ORDER BY id LIMIT 1"), name.trimmed());
}

qint64 CompanyRepository::count() const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT count(*) FROM companies")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

} // namespace lr
