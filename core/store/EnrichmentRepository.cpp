#include "core/store/EnrichmentRepository.h"

#include "core/store/Database.h"
#include "core/store/RawStatement.h"
#include "core/store/SqlUtil.h"
#include "core/store/Transaction.h"

#include <QSqlQuery>

namespace lr {
namespace {

const QString kMissing =
    QStringLiteral("(c.name = '' OR c.industry = '' OR c.employees = 0 OR c.revenue = 0 OR c.country = '')");
const QString kNotTried =
    QStringLiteral("NOT EXISTS (SELECT 1 FROM enrichment_attempts a WHERE a.company_id = c.id AND a.provider = ? AND "
                   "a.tried_at >= CASE a.outcome WHEN 'error' THEN ? ELSE ? END)");

bool isNumeric(const QString &field)
{
    return field == QLatin1String("employees") || field == QLatin1String("revenue");
}

QList<FieldSource> readSources(QSqlQuery &q)
{
    QList<FieldSource> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
    return out;
}

} // namespace

QString EnrichmentAttempt::key(Outcome o)
{
    switch (o) {
    case Outcome::Filled:
        return QStringLiteral("filled");
    case Outcome::NothingNew:
        return QStringLiteral("nothing_new");
    case Outcome::NotFound:
        return QStringLiteral("not_found");
    case Outcome::Error:
        return QStringLiteral("error");
    }
    return {};
}

const QStringList &EnrichmentRepository::companyFields()
{
    static const QStringList fields{QStringLiteral("name"),    QStringLiteral("employees"), QStringLiteral("industry"),
                                    QStringLiteral("revenue"), QStringLiteral("country"),   QStringLiteral("linkedin")};
    return fields;
}

const QStringList &EnrichmentRepository::leadFields()
{
    static const QStringList fields{QStringLiteral("company_name"), QStringLiteral("country")};
    return fields;
}

Result<bool> EnrichmentRepository::fillCompanyField(Id companyId, const QString &field, const QVariant &value,
                                                    const QString &source, Instant at)
{
    using R = Result<bool>;
    if (!companyFields().contains(field))
        return R::failure(tr("Enrichment cannot fill the company field \"%1\".").arg(field));
    const QString empty = isNumeric(field) ? QStringLiteral("0") : QStringLiteral("''");
    QString error;
    QSqlQuery *q = m_db.prepared(
        QStringLiteral("UPDATE companies SET %1 = ?, updated_at = ? WHERE id = ? AND %1 = %2").arg(field, empty),
        &error);
    if (!q)
        return R::failure(error);
    q->addBindValue(isNumeric(field) ? QVariant(value.toLongLong()) : sql::v(value.toString()));
    q->addBindValue(sql::v(at));
    q->addBindValue(sql::v(companyId));
    if (!sql::exec(*q, &error))
        return R::failure(error);
    if (q->numRowsAffected() < 1)
        return false;
    QSqlQuery *p =
        m_db.prepared(QStringLiteral("INSERT INTO company_field_sources (company_id, field, source, "
                                     "fetched_at) VALUES (?, ?, ?, ?) ON CONFLICT(company_id, field) DO "
                                     "UPDATE SET source = excluded.source, fetched_at = excluded.fetched_at"),
                      &error);
    if (!p)
        return R::failure(error);
    p->addBindValue(sql::v(companyId));
    p->addBindValue(sql::v(field));
    p->addBindValue(sql::v(source));
    p->addBindValue(sql::v(at));
    if (!sql::exec(*p, &error))
        return R::failure(error);
    return true;
}

Result<bool> EnrichmentRepository::fillLeadField(Id leadId, const QString &field, const QString &value,
                                                 const QString &source, Instant at)
{
    using R = Result<bool>;
    if (!leadFields().contains(field))
        return R::failure(tr("Enrichment cannot fill the lead field \"%1\".").arg(field));
    OwnTransaction tx(m_db); // outside a transaction: commit with the search index
    if (!tx.isActive())
        return R::failure(tx.error());
    QString error;
    QSqlQuery *q = m_db.prepared(
        QStringLiteral("UPDATE leads SET %1 = ?, updated_at = ? WHERE id = ? AND %1 = ''").arg(field), &error);
    if (!q)
        return R::failure(error);
    q->addBindValue(sql::v(value));
    q->addBindValue(sql::v(at));
    q->addBindValue(sql::v(leadId));
    if (!sql::exec(*q, &error))
        return R::failure(error);
    if (q->numRowsAffected() < 1)
        return false;
    QSqlQuery *p = m_db.prepared(QStringLiteral("INSERT INTO lead_field_sources (lead_id, field, source, fetched_at) "
                                                "VALUES (?, ?, ?, ?) ON CONFLICT(lead_id, field) DO UPDATE SET "
                                                "source = excluded.source, fetched_at = excluded.fetched_at"),
                                 &error);
    if (!p)
        return R::failure(error);
    p->addBindValue(sql::v(leadId));
    p->addBindValue(sql::v(field));
    p->addBindValue(sql::v(source));
    p->addBindValue(sql::v(at));
    if (!sql::exec(*p, &error))
        return R::failure(error);
    if (const Status committed = tx.commit(); !committed)
        return R::failure(committed.error());
    return true;
}

Result<int> EnrichmentRepository::fillLeadFieldOfCompany(Id companyId, const QString &field, const QString &value,
                                                         const QString &source, Instant at)
{
    using R = Result<int>;
    if (!leadFields().contains(field))
        return R::failure(tr("Enrichment cannot fill the lead field \"%1\".").arg(field));
    OwnTransaction tx(m_db); // outside a transaction: commit with the search index
    if (!tx.isActive())
        return R::failure(tx.error());
    QString error;
    // Provenance first: afterwards the field is no longer empty and the rows could not be found.
    QSqlQuery p(m_db.connection());
    if (!sql::prepare(p,
                      QStringLiteral("INSERT INTO lead_field_sources (lead_id, field, source, fetched_at) "
                                     "SELECT id, ?, ?, ? FROM leads WHERE company_id = ? AND %1 = '' "
                                     "ON CONFLICT(lead_id, field) DO UPDATE SET source = excluded.source, "
                                     "fetched_at = excluded.fetched_at")
                          .arg(field),
                      &error))
        return R::failure(error);
    p.addBindValue(sql::v(field));
    p.addBindValue(sql::v(source));
    p.addBindValue(sql::v(at));
    p.addBindValue(sql::v(companyId));
    if (!sql::exec(p, &error))
        return R::failure(error);
    QSqlQuery q(m_db.connection());
    if (!sql::prepare(
            q, QStringLiteral("UPDATE leads SET %1 = ?, updated_at = ? WHERE company_id = ? AND %1 = ''").arg(field),
            &error))
        return R::failure(error);
    q.addBindValue(sql::v(value));
    q.addBindValue(sql::v(at));
    q.addBindValue(sql::v(companyId));
    if (!sql::exec(q, &error))
        return R::failure(error);
    const int filled = q.numRowsAffected();
    if (const Status committed = tx.commit(); !committed)
        return R::failure(committed.error());
    return filled;
}

QList<FieldSource> EnrichmentRepository::companySources(Id companyId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT field, source, fetched_at FROM company_field_sources WHERE company_id = ? ORDER BY field"));
    q.addBindValue(sql::v(companyId));
    if (!q.exec())
        return {};
    return readSources(q);
}

QList<FieldSource> EnrichmentRepository::leadSources(Id leadId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT field, source, fetched_at FROM lead_field_sources WHERE lead_id = ? ORDER BY field"));
    q.addBindValue(sql::v(leadId));
    if (!q.exec())
        return {};
    return readSources(q);
}

std::optional<Company> EnrichmentRepository::companyOfLead(Id leadId) const
{
    // On the raw handle: intake asks for every lead it takes in.
    RawStatement *q = m_db.raw("SELECT c.id, c.domain FROM leads l JOIN companies c ON c.id = l.company_id "
                               "WHERE l.id = ? AND c.domain <> ''",
                               nullptr);
    if (!q)
        return std::nullopt;
    q->reset();
    q->bind(0, leadId);
    std::optional<Company> out;
    if (q->next()) {
        Company c;
        c.id = q->int64(0);
        c.domain = q->text(1);
        out = std::move(c);
    }
    q->reset();
    return out;
}

QList<Company> EnrichmentRepository::candidates(const QString &provider, Instant triedBefore, Instant failedBefore,
                                                Id afterId, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT c.id, c.name, c.domain, c.industry, c.employees, c.revenue, c.country, "
                             "c.linkedin FROM companies c WHERE c.id > ? AND c.domain <> '' AND ") +
              kMissing + QStringLiteral(" AND ") + kNotTried + QStringLiteral(" ORDER BY c.id LIMIT ?"));
    q.addBindValue(sql::v(afterId));
    q.addBindValue(sql::v(provider));
    q.addBindValue(sql::v(failedBefore));
    q.addBindValue(sql::v(triedBefore));
    q.addBindValue(sql::v(limit));
    QList<Company> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        Company c;
        c.id = q.value(0).toLongLong();
        c.name = q.value(1).toString();
        c.domain = q.value(2).toString();
        c.industry = q.value(3).toString();
        c.employees = q.value(4).toInt();
        c.revenue = q.value(5).toLongLong();
        c.country = q.value(6).toString();
        c.linkedin = q.value(7).toString();
        out.append(c);
    }
    return out;
}

qint64 EnrichmentRepository::countCandidates(const QString &provider, Instant triedBefore, Instant failedBefore) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM companies c WHERE c.domain <> '' AND ") + kMissing +
              QStringLiteral(" AND ") + kNotTried);
    q.addBindValue(sql::v(provider));
    q.addBindValue(sql::v(failedBefore));
    q.addBindValue(sql::v(triedBefore));
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

Status EnrichmentRepository::recordAttempt(const EnrichmentAttempt &attempt)
{
    QString error;
    QSqlQuery *q = m_db.prepared(QStringLiteral("INSERT INTO enrichment_attempts (company_id, provider, tried_at, "
                                                "outcome, error) VALUES (?, ?, ?, ?, ?) ON CONFLICT(company_id, "
                                                "provider) DO UPDATE SET tried_at = excluded.tried_at, outcome = "
                                                "excluded.outcome, error = excluded.error"),
                                 &error);
    if (!q)
        return Status::failure(error);
    q->addBindValue(sql::v(attempt.companyId));
    q->addBindValue(sql::v(attempt.provider));
    q->addBindValue(sql::v(attempt.triedAt));
    q->addBindValue(sql::v(EnrichmentAttempt::key(attempt.outcome)));
    q->addBindValue(sql::v(attempt.error));
    if (!sql::exec(*q, &error))
        return Status::failure(error);
    return {};
}

std::optional<EnrichmentAttempt> EnrichmentRepository::attempt(Id companyId, const QString &provider) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT tried_at, outcome, error FROM enrichment_attempts WHERE company_id = ? AND provider = ?"));
    q.addBindValue(sql::v(companyId));
    q.addBindValue(sql::v(provider));
    if (!q.exec() || !q.next())
        return std::nullopt;
    EnrichmentAttempt a;
    a.companyId = companyId;
    a.provider = provider;
    a.triedAt = q.value(0).toLongLong();
    const QString outcome = q.value(1).toString();
    for (const auto o : {EnrichmentAttempt::Outcome::Filled, EnrichmentAttempt::Outcome::NothingNew,
                         EnrichmentAttempt::Outcome::NotFound, EnrichmentAttempt::Outcome::Error}) {
        if (EnrichmentAttempt::key(o) == outcome)
            a.outcome = o;
    }
    a.error = q.value(2).toString();
    return a;
}

} // namespace lr
