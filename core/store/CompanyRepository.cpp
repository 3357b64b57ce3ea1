#include "core/store/CompanyRepository.h"

#include "core/store/Database.h"
#include "core/store/RawStatement.h"
#include "core/store/SqlUtil.h"

#include <QSqlQuery>

namespace lr {
namespace {

constexpr char kRawSelect[] = "SELECT id, name, domain, industry, employees, revenue, country, linkedin, created_at, "
                              "updated_at FROM companies WHERE ";

/// One company by id or domain on the raw handle: intake, scoring and routing look a company up
/// several times for every submission (see RawStatement).
template <typename Key>
std::optional<Company> rawOne(Database &db, const char *text, const Key &key)
{
    RawStatement *q = db.raw(text, nullptr);
    if (!q)
        return std::nullopt;
    q->reset();
    q->bind(0, key);
    if (!q->next())
        return std::nullopt;
    Company c;
    c.id = q->int64(0);
    c.name = q->text(1);
    c.domain = q->text(2);
    c.industry = q->text(3);
    c.employees = static_cast<int>(q->int64(4));
    c.revenue = q->int64(5);
    c.country = q->text(6);
    c.linkedin = q->text(7);
    c.createdAt = q->int64(8);
    c.updatedAt = q->int64(9);
    q->reset();
    return c;
}

} // namespace

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
    static const QByteArray text = QByteArray(kRawSelect) + "id = ?";
    return rawOne(m_db, text.constData(), static_cast<qint64>(id));
}

std::optional<Company> CompanyRepository::findByDomain(const QString &domain) const
{
    static const QByteArray text = QByteArray(kRawSelect) + "domain = ?";
    return rawOne(m_db, text.constData(), domain.trimmed().toLower());
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
