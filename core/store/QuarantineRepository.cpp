#include "core/store/QuarantineRepository.h"

#include "core/common/Words.h"
#include "core/store/Database.h"
#include "core/store/SqlUtil.h"

#include <QSqlQuery>

namespace lr {
namespace {

ReviewState reviewStateFromKey(const QString &key)
{
    for (const ReviewState s : {ReviewState::Quarantined, ReviewState::Failed, ReviewState::Discarded,
                                ReviewState::Pending, ReviewState::Processed}) {
        if (toKey(s) == key)
            return s;
    }
    return ReviewState::Failed;
}

JournalEntry::Channel channelFromKey(const QString &key)
{
    using C = JournalEntry::Channel;
    for (const C c : {C::Webhook, C::Csv, C::Manual, C::Event}) {
        if (toKey(c) == key)
            return c;
    }
    return C::Manual;
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

/// The WHERE clause of a filter and its bind values, in order. `rejected_at > 0` is spelled out so
/// that SQLite may use the partial indexes of migration 004.
QString whereClause(const QuarantineFilter &filter, QVariantList *binds)
{
    QString where = filter.includeDiscarded
                        ? QStringLiteral("j.rejected_at > 0 AND j.state IN ('quarantined', 'failed', 'discarded')")
                        : QStringLiteral("j.rejected_at > 0 AND j.state IN ('quarantined', 'failed')");
    if (!filter.source.isEmpty()) {
        where += QStringLiteral(" AND j.source = ?");
        binds->append(sql::v(filter.source));
    }
    if (!filter.reasonKey.isEmpty()) {
        where += QStringLiteral(" AND j.reason_key = ?");
        binds->append(sql::v(filter.reasonKey));
    }
    if (filter.channel) {
        where += QStringLiteral(" AND j.channel = ?");
        binds->append(sql::v(toKey(*filter.channel)));
    }
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        // The reason as the user reads it (translated, case-folded in any script; see Database),
        // the form and the raw body.
        where += QStringLiteral(" AND (words_folded(j.reason) LIKE ? ESCAPE '\\' OR j.source LIKE ? ESCAPE '\\' "
                                "OR CAST(j.body AS TEXT) LIKE ? ESCAPE '\\')");
        const QString pattern = likePattern(text);
        binds->append(likePattern(text.toCaseFolded()));
        binds->append(pattern);
        binds->append(pattern);
    }
    return where;
}

QString orderColumn(QuarantineSortKey key)
{
    switch (key) {
    case QuarantineSortKey::ReceivedAt:
        return QStringLiteral("j.received_at");
    case QuarantineSortKey::Channel:
        return QStringLiteral("j.channel");
    case QuarantineSortKey::Source:
        return QStringLiteral("j.source");
    case QuarantineSortKey::Reason:
        return QStringLiteral("j.reason_key");
    case QuarantineSortKey::Attempts:
        return QStringLiteral("j.attempts");
    case QuarantineSortKey::State:
        return QStringLiteral("j.state");
    }
    return QStringLiteral("j.received_at");
}

const QString kRowColumns = QStringLiteral(
    "j.id, j.received_at, j.channel, j.source, j.reason, j.attempts, j.state, j.rejected_at, "
    "coalesce(j.lead_id, 0), coalesce(j.discarded_by, 0), j.discarded_at, coalesce(u.name, ''), j.reason_key");

QuarantineRow rowFromQuery(const QSqlQuery &q)
{
    QuarantineRow r;
    r.id = q.value(0).toLongLong();
    r.receivedAt = q.value(1).toLongLong();
    r.channel = channelFromKey(q.value(2).toString());
    r.source = q.value(3).toString();
    r.reason = Words::fromStored(q.value(4).toString()).text();
    r.attempts = q.value(5).toInt();
    r.state = reviewStateFromKey(q.value(6).toString());
    r.rejectedAt = q.value(7).toLongLong();
    r.leadId = q.value(8).toLongLong();
    r.discardedBy = q.value(9).toLongLong();
    r.discardedAt = q.value(10).toLongLong();
    r.discardedByName = q.value(11).toString();
    r.reasonKey = q.value(12).toString();
    return r;
}

QList<std::pair<QString, qint64>> topValues(Database &db, const QString &column, int limit)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, count(*) AS n FROM intake_journal WHERE rejected_at > 0 "
                             "AND state IN ('quarantined', 'failed') GROUP BY %1 ORDER BY n DESC, %1 LIMIT ?")
                  .arg(column));
    q.addBindValue(sql::v(limit));
    QList<std::pair<QString, qint64>> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong()});
    return out;
}

} // namespace

QString toKey(ReviewState state)
{
    switch (state) {
    case ReviewState::Quarantined:
        return QStringLiteral("quarantined");
    case ReviewState::Failed:
        return QStringLiteral("failed");
    case ReviewState::Discarded:
        return QStringLiteral("discarded");
    case ReviewState::Pending:
        return QStringLiteral("pending");
    case ReviewState::Processed:
        return QStringLiteral("processed");
    }
    return {};
}

QString displayName(ReviewState state)
{
    switch (state) {
    case ReviewState::Quarantined:
        return QCoreApplication::translate("lr::ReviewState", "Quarantined");
    case ReviewState::Failed:
        return QCoreApplication::translate("lr::ReviewState", "Failed");
    case ReviewState::Discarded:
        return QCoreApplication::translate("lr::ReviewState", "Discarded");
    case ReviewState::Pending:
        return QCoreApplication::translate("lr::ReviewState", "Pending");
    case ReviewState::Processed:
        return QCoreApplication::translate("lr::ReviewState", "Processed");
    }
    return {};
}

Result<qint64> QuarantineRepository::count(const QuarantineFilter &filter) const
{
    QVariantList binds;
    const QString where = whereClause(filter, &binds);
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::prepare(q, QStringLiteral("SELECT count(*) FROM intake_journal j WHERE ") + where, &error))
        return Result<qint64>::failure(error);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!sql::exec(q, &error))
        return Result<qint64>::failure(error);
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QList<QuarantineRow>> QuarantineRepository::page(const QuarantineFilter &filter, const QuarantineSort &sort,
                                                        qint64 offset, int limit) const
{
    QVariantList binds;
    const QString where = whereClause(filter, &binds);
    const QString dir = sort.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString text = QStringLiteral("SELECT ") + kRowColumns +
                         QStringLiteral(" FROM intake_journal j LEFT JOIN users u ON u.id = j.discarded_by WHERE ") +
                         where +
                         QStringLiteral(" ORDER BY %1 %2, j.id %2 LIMIT ? OFFSET ?").arg(orderColumn(sort.key), dir);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QString error;
    if (!sql::prepare(q, text, &error))
        return Result<QList<QuarantineRow>>::failure(error);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.addBindValue(sql::v(limit));
    q.addBindValue(sql::v(offset));
    if (!sql::exec(q, &error))
        return Result<QList<QuarantineRow>>::failure(error);
    QList<QuarantineRow> out;
    while (q.next())
        out.append(rowFromQuery(q));
    return out;
}

std::optional<QuarantineRow> QuarantineRepository::find(Id id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kRowColumns +
              QStringLiteral(", j.body, j.original_body FROM intake_journal j "
                             "LEFT JOIN users u ON u.id = j.discarded_by WHERE j.id = ?"));
    q.addBindValue(sql::v(id));
    if (!q.exec() || !q.next())
        return std::nullopt;
    QuarantineRow r = rowFromQuery(q);
    r.body = q.value(13).toByteArray();
    r.originalBody = q.value(14).toByteArray();
    return r;
}

QList<std::pair<QString, qint64>> QuarantineRepository::topSources(int limit) const
{
    return topValues(m_db, QStringLiteral("source"), limit);
}

QList<std::pair<QString, qint64>> QuarantineRepository::topReasons(int limit) const
{
    return topValues(m_db, QStringLiteral("reason_key"), limit);
}

Result<QList<SourceRejects>> QuarantineRepository::rejectsBySource(Instant from, Instant to, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QString error;
    if (!sql::prepare(q,
                      QStringLiteral("SELECT source, count(*), sum(rejected_at > 0) AS rejects FROM intake_journal "
                                     "WHERE received_at >= ? AND received_at < ? GROUP BY source "
                                     "HAVING rejects > 0 ORDER BY rejects DESC, source LIMIT ?"),
                      &error))
        return Result<QList<SourceRejects>>::failure(error);
    q.addBindValue(sql::v(from));
    q.addBindValue(sql::v(to));
    q.addBindValue(sql::v(limit));
    if (!sql::exec(q, &error))
        return Result<QList<SourceRejects>>::failure(error);
    QList<SourceRejects> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong()});
    return out;
}

Status QuarantineRepository::discard(Id id, Id userId, Instant at)
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::prepare(q,
                      QStringLiteral("UPDATE intake_journal SET state = 'discarded', discarded_by = ?, "
                                     "discarded_at = ? WHERE id = ? AND state IN ('quarantined', 'failed')"),
                      &error))
        return Status::failure(error);
    q.addBindValue(sql::idOrNull(userId));
    q.addBindValue(sql::v(at));
    q.addBindValue(sql::v(id));
    if (!sql::exec(q, &error))
        return Status::failure(error);
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("Only quarantined or failed entries can be discarded (entry %1).").arg(id));
    return {};
}

} // namespace lr
