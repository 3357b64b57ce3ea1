#include "core/store/FirmographicsRepository.h"

#include "core/store/Database.h"
#include "core/store/RawStatement.h"
#include "core/store/SqlUtil.h"

#include <QSqlQuery>

namespace lr {

Result<FirmographicsRepository::Upserted> FirmographicsRepository::upsert(const Firmographics &record, Instant at)
{
    using R = Result<Upserted>;
    const QString domain = record.domain.trimmed().toLower();
    if (domain.isEmpty())
        return R::failure(tr("A firmographics row needs a domain."));
    const bool existed = find(domain).has_value();
    QString error;
    QSqlQuery *q = m_db.prepared(
        QStringLiteral("INSERT INTO firmographics (domain, name, employees, industry, revenue, country, linkedin, "
                       "imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(domain) DO UPDATE SET "
                       "name = CASE WHEN excluded.name <> '' THEN excluded.name ELSE name END, "
                       "employees = CASE WHEN excluded.employees > 0 THEN excluded.employees ELSE employees END, "
                       "industry = CASE WHEN excluded.industry <> '' THEN excluded.industry ELSE industry END, "
                       "revenue = CASE WHEN excluded.revenue > 0 THEN excluded.revenue ELSE revenue END, "
                       "country = CASE WHEN excluded.country <> '' THEN excluded.country ELSE country END, "
                       "linkedin = CASE WHEN excluded.linkedin <> '' THEN excluded.linkedin ELSE linkedin END, "
                       "imported_at = excluded.imported_at"),
        &error);
    if (!q)
        return R::failure(error);
    q->addBindValue(sql::v(domain));
    q->addBindValue(sql::v(record.name.trimmed()));
    q->addBindValue(sql::v(record.employees));
    q->addBindValue(sql::v(record.industry.trimmed()));
    q->addBindValue(sql::v(record.revenue));
    q->addBindValue(sql::v(record.country));
    q->addBindValue(sql::v(record.linkedin.trimmed()));
    q->addBindValue(sql::v(at));
    if (!sql::exec(*q, &error))
        return R::failure(error);
    return existed ? Upserted::Updated : Upserted::Created;
}

std::optional<Firmographics> FirmographicsRepository::find(const QString &domain) const
{
    // On the raw handle: every imported or submitted lead at a company asks.
    RawStatement *q = m_db.raw("SELECT domain, name, employees, industry, revenue, country, linkedin FROM "
                               "firmographics WHERE domain = ?",
                               nullptr);
    if (!q)
        return std::nullopt;
    q->reset();
    q->bind(0, domain.trimmed().toLower());
    std::optional<Firmographics> out;
    if (q->next()) {
        Firmographics f;
        f.domain = q->text(0);
        f.name = q->text(1);
        f.employees = static_cast<int>(q->int64(2));
        f.industry = q->text(3);
        f.revenue = q->int64(4);
        f.country = q->text(5);
        f.linkedin = q->text(6);
        out = std::move(f);
    }
    q->reset();
    return out;
}

qint64 FirmographicsRepository::count() const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT count(*) FROM firmographics")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

} // namespace lr
