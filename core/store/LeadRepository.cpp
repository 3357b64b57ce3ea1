#include "core/store/LeadRepository.h"

#include "core/store/Database.h"
#include "core/store/RawStatement.h"
#include "core/store/SqlUtil.h"
#include "core/store/Transaction.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace lr {
namespace {

const QString kColumns = QStringLiteral(
    "l.id, l.email, l.first_name, l.last_name, l.title, l.company_name, l.company_id, c.domain, l.phone, "
    "l.country, l.language, l.source, l.status, l.owner_id, u.name, l.utm_source, l.utm_medium, l.utm_campaign, "
    "l.landing_page, l.form_id, l.form_type, l.submitted_at, l.question, l.score, l.fit, l.intent, l.timing, "
    "l.score_class, l.next_step, l.created_at, l.updated_at, l.first_touch_at");

const QString kJoins =
    QStringLiteral(" LEFT JOIN users u ON u.id = l.owner_id LEFT JOIN companies c ON c.id = l.company_id");

struct QueryRow
{
    const QSqlQuery &query;
    QString text(int i) const { return query.value(i).toString(); }
    qint64 int64(int i) const { return query.value(i).toLongLong(); }
};

/// Reads a row of kColumns through QSqlQuery (QueryRow) or a RawStatement.
template <typename Row>
Lead leadFromRow(const Row &q)
{
    Lead l;
    int i = 0;
    l.id = q.int64(i++);
    l.email = q.text(i++);
    l.firstName = q.text(i++);
    l.lastName = q.text(i++);
    l.title = q.text(i++);
    l.companyName = q.text(i++);
    l.companyId = q.int64(i++);
    l.companyDomain = q.text(i++);
    l.phone = q.text(i++);
    l.country = q.text(i++);
    l.language = q.text(i++);
    l.source = leadSourceFromKey(q.text(i++)).value_or(LeadSource::Manual);
    l.status = leadStatusFromKey(q.text(i++)).value_or(LeadStatus::New);
    l.ownerId = q.int64(i++);
    l.ownerName = q.text(i++);
    l.utmSource = q.text(i++);
    l.utmMedium = q.text(i++);
    l.utmCampaign = q.text(i++);
    l.landingPage = q.text(i++);
    l.formId = q.text(i++);
    l.formType = q.text(i++);
    l.submittedAt = q.int64(i++);
    l.question = q.text(i++);
    l.score = static_cast<int>(q.int64(i++));
    l.fit = static_cast<int>(q.int64(i++));
    l.intent = static_cast<int>(q.int64(i++));
    l.timing = static_cast<int>(q.int64(i++));
    l.scoreClass = q.text(i++);
    l.nextStep = q.text(i++);
    l.createdAt = q.int64(i++);
    l.updatedAt = q.int64(i++);
    l.firstTouchAt = q.int64(i++);
    return l;
}

Lead leadFromQuery(const QSqlQuery &q)
{
    return leadFromRow(QueryRow{q});
}

QString sortExpression(LeadSortKey key)
{
    switch (key) {
    case LeadSortKey::CreatedAt:
        return QStringLiteral("l.created_at");
    case LeadSortKey::Name:
        return QStringLiteral("l.last_name COLLATE NOCASE %1, l.first_name COLLATE NOCASE");
    case LeadSortKey::Email:
        return QStringLiteral("l.email_norm");
    case LeadSortKey::Company:
        return QStringLiteral("l.company_name COLLATE NOCASE");
    case LeadSortKey::Status:
        return QStringLiteral("l.status");
    case LeadSortKey::Source:
        return QStringLiteral("l.source");
    case LeadSortKey::Owner:
        return QStringLiteral("(SELECT name FROM users WHERE id = l.owner_id)");
    case LeadSortKey::Country:
        return QStringLiteral("l.country");
    case LeadSortKey::Score:
        return QStringLiteral("l.score");
    case LeadSortKey::ScoreClass:
        return QStringLiteral("CASE l.score_class WHEN 'sql' THEN 3 WHEN 'mql' THEN 2 WHEN 'nurture' THEN 1 ELSE 0 "
                              "END %1, l.score");
    }
    return QStringLiteral("l.created_at");
}

QString orderBy(const LeadSort &sort, bool reversed)
{
    const bool ascending = (sort.order == Qt::AscendingOrder) != reversed;
    const QString dir = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString expr = sortExpression(sort.key);
    if (expr.contains(QLatin1String("%1")))
        expr = expr.arg(dir);
    return QStringLiteral(" ORDER BY %1 %2, l.id %2").arg(expr, dir);
}

struct WhereClause
{
    QString text;
    QString fts;
};

WhereClause whereFor(const AccessScope &scope, const LeadFilter &filter)
{
    WhereClause w;
    w.text = QStringLiteral(" WHERE ") + sql::scopeCondition(scope, QStringLiteral("l.owner_id"));
    if (filter.ownerId)
        w.text += QStringLiteral(" AND l.owner_id = :owner");
    if (filter.status)
        w.text += QStringLiteral(" AND l.status = :status");
    if (filter.source)
        w.text += QStringLiteral(" AND l.source = :source");
    if (filter.scoreClass)
        w.text += QStringLiteral(" AND l.score_class = :class");
    w.fts = LeadRepository::ftsQuery(filter.text);
    if (!w.fts.isEmpty())
        w.text += QStringLiteral(" AND l.id IN (SELECT rowid FROM leads_fts WHERE leads_fts MATCH :fts)");
    return w;
}

void bindFilter(QSqlQuery &q, const AccessScope &scope, const LeadFilter &filter, const WhereClause &w)
{
    sql::bindScope(q, scope);
    if (filter.ownerId)
        q.bindValue(QStringLiteral(":owner"), sql::v(filter.ownerId));
    if (filter.status)
        q.bindValue(QStringLiteral(":status"), sql::v(toKey(*filter.status)));
    if (filter.source)
        q.bindValue(QStringLiteral(":source"), sql::v(toKey(*filter.source)));
    if (filter.scoreClass)
        q.bindValue(QStringLiteral(":class"), sql::v(toKey(*filter.scoreClass)));
    if (!w.fts.isEmpty())
        q.bindValue(QStringLiteral(":fts"), sql::v(w.fts));
}

/// Lower-cased email with spaces removed: the key dedup and sorting use.
QString normaliseEmail(const QString &email)
{
    return email.trimmed().toLower();
}

} // namespace

QString LeadRepository::ftsQuery(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList terms;
    for (const QString &token : text.split(separators, Qt::SkipEmptyParts))
        terms.append(QLatin1Char('"') + token + QStringLiteral("\"*"));
    return terms.join(QLatin1Char(' '));
}

Status LeadRepository::indexPendingSearch(Database &db)
{
    // Before migration 012 (while migrating) the table does not exist and the old triggers index.
    QSqlQuery *probe = db.prepared(QStringLiteral("SELECT 1 FROM leads_fts_pending LIMIT 1"), nullptr);
    if (!probe)
        return {};
    const bool pending = probe->exec() && probe->next();
    probe->finish();
    if (!pending)
        return {};
    static const QString steps[] = {
        // What the index holds for changed and deleted leads goes out first ...
        QStringLiteral("INSERT INTO leads_fts (leads_fts, rowid, first_name, last_name, email, company_name) "
                       "SELECT 'delete', id, first_name, last_name, email, company_name FROM leads_fts_pending "
                       "WHERE indexed = 1"),
        // ... then every noted lead that still exists goes in with its values as committed.
        QStringLiteral("INSERT INTO leads_fts (rowid, first_name, last_name, email, company_name) "
                       "SELECT l.id, l.first_name, l.last_name, l.email, l.company_name FROM leads_fts_pending p "
                       "JOIN leads l ON l.id = p.id"),
        QStringLiteral("DELETE FROM leads_fts_pending")};
    QString error;
    for (const QString &step : steps) {
        QSqlQuery *q = db.prepared(step, &error);
        if (!q || !sql::exec(*q, &error))
            return Status::failure(error);
        q->finish();
    }
    return {};
}

Result<Id> LeadRepository::create(const Lead &lead)
{
    QString error;
    OwnTransaction tx(m_db); // outside a transaction: commit with the search index
    if (!tx.isActive())
        return Result<Id>::failure(tx.error());
    // On the raw handle: every imported or submitted person passes here (see RawStatement).
    RawStatement *q =
        m_db.raw("INSERT INTO leads (email, email_norm, first_name, last_name, title, company_name, company_id, phone, "
                 "country, language, source, status, owner_id, utm_source, utm_medium, utm_campaign, landing_page, "
                 "form_id, form_type, submitted_at, question, score, fit, intent, timing, score_class, next_step, "
                 "created_at, updated_at, first_touch_at) VALUES "
                 "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                 &error);
    if (!q)
        return Result<Id>::failure(error);
    q->reset();
    int i = 0;
    q->bind(i++, lead.email);
    q->bind(i++, lead.emailKey.isEmpty() ? normaliseEmail(lead.email) : lead.emailKey);
    q->bind(i++, lead.firstName);
    q->bind(i++, lead.lastName);
    q->bind(i++, lead.title);
    q->bind(i++, lead.companyName);
    q->bindIdOrNull(i++, lead.companyId);
    q->bind(i++, lead.phone);
    q->bind(i++, lead.country);
    q->bind(i++, lead.language);
    q->bind(i++, toKey(lead.source));
    q->bind(i++, toKey(lead.status));
    q->bindIdOrNull(i++, lead.ownerId);
    q->bind(i++, lead.utmSource);
    q->bind(i++, lead.utmMedium);
    q->bind(i++, lead.utmCampaign);
    q->bind(i++, lead.landingPage);
    q->bind(i++, lead.formId);
    q->bind(i++, lead.formType);
    q->bind(i++, static_cast<qint64>(lead.submittedAt));
    q->bind(i++, lead.question);
    q->bind(i++, static_cast<qint64>(lead.score));
    q->bind(i++, static_cast<qint64>(lead.fit));
    q->bind(i++, static_cast<qint64>(lead.intent));
    q->bind(i++, static_cast<qint64>(lead.timing));
    q->bind(i++, lead.scoreClass);
    q->bind(i++, lead.nextStep);
    q->bind(i++, static_cast<qint64>(lead.createdAt));
    q->bind(i++, static_cast<qint64>(lead.updatedAt ? lead.updatedAt : lead.createdAt));
    q->bind(i++, static_cast<qint64>(lead.firstTouchAt));
    if (!q->exec(&error))
        return Result<Id>::failure(error);
    const Id id = q->lastInsertId();
    if (const Status s = tx.commit(); !s)
        return Result<Id>::failure(s.error());
    return id;
}

std::optional<Lead> LeadRepository::find(const AccessScope &scope, Id id) const
{
    if (scope.seesEverything()) {
        // On the raw handle: intake, scoring and routing read the lead several times for every
        // submission, and a QSqlQuery run builds a record of all 32 columns each time.
        static const QByteArray text = (QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM leads l") +
                                        kJoins + QStringLiteral(" WHERE l.id = ?"))
                                           .toUtf8();
        RawStatement *q = m_db.raw(text.constData(), nullptr);
        if (!q)
            return std::nullopt;
        q->reset();
        q->bind(0, static_cast<qint64>(id));
        if (!q->next())
            return std::nullopt;
        Lead lead = leadFromRow(*q);
        q->reset();
        return lead;
    }
    // Prepared once per connection and scope condition: intake reads the known person on every
    // merged submission.
    QSqlQuery *statement = m_db.prepared(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM leads l") +
                                             kJoins + QStringLiteral(" WHERE l.id = :id AND ") +
                                             sql::scopeCondition(scope, QStringLiteral("l.owner_id")),
                                         nullptr);
    if (!statement)
        return std::nullopt;
    QSqlQuery &q = *statement;
    q.bindValue(QStringLiteral(":id"), sql::v(id));
    sql::bindScope(q, scope);
    std::optional<Lead> out;
    if (q.exec() && q.next())
        out = leadFromQuery(q);
    q.finish();
    return out;
}

std::optional<QString> LeadRepository::displayName(Id id) const
{
    // Every SLA ladder step names its lead in a notification; after a restart that is one read
    // per overdue timer, so it reads only the name.
    RawStatement *q = m_db.raw("SELECT first_name, last_name, email FROM leads WHERE id = ?", nullptr);
    if (!q)
        return std::nullopt;
    q->reset();
    q->bind(0, static_cast<qint64>(id));
    if (!q->next())
        return std::nullopt;
    Lead lead;
    lead.firstName = q->text(0);
    lead.lastName = q->text(1);
    lead.email = q->text(2);
    q->reset();
    const QString name = lead.fullName();
    return name.isEmpty() ? lead.email : name;
}

qint64 LeadRepository::count(const AccessScope &scope, const LeadFilter &filter) const
{
    const WhereClause w = whereFor(scope, filter);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM leads l") + w.text);
    bindFilter(q, scope, filter, w);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

Result<QList<Lead>> LeadRepository::page(const AccessScope &scope, const LeadFilter &filter, const LeadSort &sort,
                                         qint64 offset, int limit, qint64 knownTotal) const
{
    using R = Result<QList<Lead>>;
    if (offset < 0 || limit <= 0)
        return QList<Lead>{};

    // Deep pages are read from the other end: OFFSET walks the index, so the far half of a
    // million-row list costs the same as the near half.
    const qint64 total = offset <= 10000 ? -1 : (knownTotal >= 0 ? knownTotal : count(scope, filter));
    bool reversed = false;
    qint64 start = offset;
    qint64 rows = limit;
    if (total >= 0) {
        if (offset >= total)
            return QList<Lead>{};
        rows = std::min<qint64>(limit, total - offset);
        if (offset > total / 2) {
            reversed = true;
            start = total - offset - rows;
        }
    }

    const WhereClause w = whereFor(scope, filter);
    const QString window = QStringLiteral("SELECT l.id AS wid FROM leads l") + w.text + orderBy(sort, reversed) +
                           QStringLiteral(" LIMIT :limit OFFSET :offset");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QString error;
    if (!sql::prepare(q,
                      QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM (") + window +
                          QStringLiteral(") w JOIN leads l ON l.id = w.wid") + kJoins + orderBy(sort, reversed),
                      &error)) {
        return R::failure(error);
    }
    bindFilter(q, scope, filter, w);
    q.bindValue(QStringLiteral(":limit"), sql::v(rows));
    q.bindValue(QStringLiteral(":offset"), sql::v(start));
    if (!sql::exec(q, &error))
        return R::failure(error);
    QList<Lead> out;
    out.reserve(static_cast<int>(rows));
    while (q.next())
        out.append(leadFromQuery(q));
    if (reversed)
        std::reverse(out.begin(), out.end());
    return out;
}

Status LeadRepository::forEach(const AccessScope &scope, const std::function<bool(const Lead &)> &visit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QString error;
    if (!sql::prepare(q,
                      QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM leads l") + kJoins +
                          QStringLiteral(" WHERE ") + sql::scopeCondition(scope, QStringLiteral("l.owner_id")) +
                          QStringLiteral(" ORDER BY l.id"),
                      &error)) {
        return Status::failure(error);
    }
    sql::bindScope(q, scope);
    if (!sql::exec(q, &error))
        return Status::failure(error);
    while (q.next()) {
        if (!visit(leadFromQuery(q)))
            break;
    }
    return {};
}

namespace {

Status updateColumn(Database &db, Id id, const QString &column, const QVariant &value, Instant at)
{
    QSqlQuery q(db.connection());
    QString error;
    if (!sql::prepare(q, QStringLiteral("UPDATE leads SET %1 = ?, updated_at = ? WHERE id = ?").arg(column), &error))
        return Status::failure(error);
    q.addBindValue(sql::v(value));
    q.addBindValue(sql::v(at));
    q.addBindValue(sql::v(id));
    if (!sql::exec(q, &error))
        return Status::failure(error);
    if (q.numRowsAffected() != 1)
        return Status::failure(LeadRepository::tr("Lead %1 does not exist.").arg(id));
    return {};
}

} // namespace

Status LeadRepository::update(const Lead &lead)
{
    OwnTransaction tx(m_db); // outside a transaction: commit with the search index
    if (!tx.isActive())
        return Status::failure(tx.error());
    QString error;
    // Prepared once per connection: intake updates the known person on every merged submission.
    QSqlQuery *statement =
        m_db.prepared(QStringLiteral("UPDATE leads SET email = ?, email_norm = ?, first_name = ?, last_name = ?, "
                                     "title = ?, company_name = ?, company_id = ?, phone = ?, country = ?, "
                                     "language = ?, source = ?, status = ?, utm_source = ?, utm_medium = ?, "
                                     "utm_campaign = ?, landing_page = ?, form_id = ?, form_type = ?, "
                                     "submitted_at = ?, question = ?, updated_at = ? WHERE id = ?"),
                      &error);
    if (!statement)
        return Status::failure(error);
    QSqlQuery &q = *statement;
    const QVariantList values{lead.email,
                              lead.emailKey.isEmpty() ? normaliseEmail(lead.email) : lead.emailKey,
                              lead.firstName,
                              lead.lastName,
                              lead.title,
                              lead.companyName,
                              sql::idOrNull(lead.companyId),
                              lead.phone,
                              lead.country,
                              lead.language,
                              toKey(lead.source),
                              toKey(lead.status),
                              lead.utmSource,
                              lead.utmMedium,
                              lead.utmCampaign,
                              lead.landingPage,
                              lead.formId,
                              lead.formType,
                              lead.submittedAt,
                              lead.question,
                              lead.updatedAt,
                              lead.id};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, sql::v(values.at(i)));
    if (!sql::exec(q, &error))
        return Status::failure(error);
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("Lead %1 does not exist.").arg(lead.id));
    return tx.commit();
}

Id LeadRepository::findIdByEmailKey(const QString &key) const
{
    // Prepared once: intake asks this for every submission.
    QSqlQuery *q =
        m_db.prepared(QStringLiteral("SELECT id FROM leads WHERE email_norm = ? ORDER BY id LIMIT 1"), nullptr);
    if (!q)
        return 0;
    q->addBindValue(sql::v(key));
    const Id id = q->exec() && q->next() ? q->value(0).toLongLong() : 0;
    q->finish();
    return id;
}

Id LeadRepository::findIdByCompanyAndName(Id companyId, const QString &firstName, const QString &lastName) const
{
    if (!companyId || firstName.isEmpty() || lastName.isEmpty())
        return 0;
    QSqlQuery *q =
        m_db.prepared(QStringLiteral("SELECT id FROM leads WHERE company_id = ? AND first_name = ? COLLATE NOCASE "
                                     "AND last_name = ? COLLATE NOCASE ORDER BY id LIMIT 1"),
                      nullptr);
    if (!q)
        return 0;
    q->addBindValue(sql::v(companyId));
    q->addBindValue(sql::v(firstName));
    q->addBindValue(sql::v(lastName));
    const Id id = q->exec() && q->next() ? q->value(0).toLongLong() : 0;
    q->finish();
    return id;
}

std::optional<OpenDealAtCompany> LeadRepository::openDealAtCompany(Id companyId) const
{
    if (!companyId)
        return std::nullopt;
    // On the raw handle: intake asks for every lead at a company.
    RawStatement *q =
        m_db.raw("SELECT d.id, d.owner_id, d.title, u.name, coalesce(nullif(c.name, ''), c.domain, '') "
                 "FROM deals d JOIN stages s ON s.id = d.stage_id JOIN users u ON u.id = d.owner_id "
                 "LEFT JOIN companies c ON c.id = d.company_id "
                 "WHERE d.company_id = ? AND s.kind = 'open' ORDER BY d.updated_at DESC, d.id DESC LIMIT 1",
                 nullptr);
    if (!q)
        return std::nullopt;
    q->reset();
    q->bind(0, companyId);
    std::optional<OpenDealAtCompany> out;
    if (q->next())
        out = OpenDealAtCompany{q->int64(0), q->int64(1), q->text(2), q->text(3), q->text(4)};
    q->reset();
    return out;
}

Status LeadRepository::setStatus(Id id, LeadStatus status, Instant at)
{
    return updateColumn(m_db, id, QStringLiteral("status"), toKey(status), at);
}

Status LeadRepository::setOwner(Id id, Id ownerId, Instant at)
{
    // Every routed lead runs it: prepared once on the raw handle (updateColumn parses its text anew).
    QString error;
    RawStatement *q = m_db.raw("UPDATE leads SET owner_id = ?, updated_at = ? WHERE id = ?", &error);
    if (!q)
        return Status::failure(error);
    q->reset();
    q->bindIdOrNull(0, ownerId);
    q->bind(1, at);
    q->bind(2, static_cast<qint64>(id));
    if (!q->exec(&error))
        return Status::failure(error);
    if (q->changes() != 1)
        return Status::failure(tr("Lead %1 does not exist.").arg(id));
    return {};
}

Status LeadRepository::setFirstTouch(Id id, Instant at)
{
    return updateColumn(m_db, id, QStringLiteral("first_touch_at"), at, at);
}

} // namespace lr
