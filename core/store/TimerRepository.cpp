#include "core/store/TimerRepository.h"

#include "core/store/Database.h"
#include "core/store/RawStatement.h"
#include "core/store/SqlUtil.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace lr {
namespace {

const QString kColumns = QStringLiteral(
    "id, due_at, kind, lead_id, deal_id, payload, state, dedupe_key, attempts, created_at, fired_at FROM timers");

QString stateText(Timer::State state)
{
    switch (state) {
    case Timer::State::Done:
        return QStringLiteral("done");
    case Timer::State::Cancelled:
        return QStringLiteral("cancelled");
    case Timer::State::Pending:
        break;
    }
    return QStringLiteral("pending");
}

Timer::State stateFrom(const QString &text)
{
    if (text == QLatin1String("done"))
        return Timer::State::Done;
    if (text == QLatin1String("cancelled"))
        return Timer::State::Cancelled;
    return Timer::State::Pending;
}

struct QueryRow
{
    const QSqlQuery &query;
    QString text(int i) const { return query.value(i).toString(); }
    qint64 int64(int i) const { return query.value(i).toLongLong(); }
};

/// Reads a row of kColumns through QSqlQuery (QueryRow) or a RawStatement.
template <typename Row>
Timer timerFromRow(const Row &q)
{
    Timer t;
    t.id = q.int64(0);
    t.dueAt = q.int64(1);
    t.kind = q.text(2);
    t.leadId = q.int64(3);
    t.dealId = q.int64(4);
    t.payload = QJsonDocument::fromJson(q.text(5).toUtf8()).object();
    t.state = stateFrom(q.text(6));
    t.dedupeKey = q.text(7);
    t.attempts = static_cast<int>(q.int64(8));
    t.createdAt = q.int64(9);
    t.firedAt = q.int64(10);
    return t;
}

Timer readTimer(const QSqlQuery &q)
{
    return timerFromRow(QueryRow{q});
}

/// "(?, ?, ?)" for `n` values.
QString placeholders(qsizetype n)
{
    QStringList marks;
    marks.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        marks.append(QStringLiteral("?"));
    return QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
}

} // namespace

Result<Id> TimerRepository::schedule(const Timer &timer)
{
    if (timer.dedupeKey.isEmpty())
        return Result<Id>::failure(tr("A timer needs a dedupe key."));
    if (timer.kind.isEmpty())
        return Result<Id>::failure(tr("A timer needs a kind."));
    // Every arrival schedules three ladder steps and every scored lead its silence timer: raw
    // statements, prepared once per connection.
    QString error;
    RawStatement *insert =
        m_db.raw("INSERT INTO timers (due_at, kind, lead_id, deal_id, payload, state, dedupe_key, attempts, "
                 "created_at, fired_at) VALUES (?, ?, ?, ?, ?, 'pending', ?, 0, ?, 0) "
                 "ON CONFLICT(dedupe_key) DO NOTHING",
                 &error);
    RawStatement *existing = m_db.raw("SELECT id FROM timers WHERE dedupe_key = ?", &error);
    if (!insert || !existing)
        return Result<Id>::failure(error);
    insert->reset();
    insert->bind(0, timer.dueAt);
    insert->bind(1, timer.kind);
    insert->bindIdOrNull(2, timer.leadId);
    insert->bindIdOrNull(3, timer.dealId);
    insert->bind(4, timer.payload.isEmpty()
                        ? QStringLiteral("{}")
                        : QString::fromUtf8(QJsonDocument(timer.payload).toJson(QJsonDocument::Compact)));
    insert->bind(5, timer.dedupeKey);
    insert->bind(6, timer.createdAt);
    if (!insert->exec(&error))
        return Result<Id>::failure(error);
    if (insert->changes() == 1)
        return insert->lastInsertId();
    // Scheduled before (same kind, subject and time): that timer stands.
    existing->reset();
    existing->bind(0, timer.dedupeKey);
    const std::optional<Id> id = existing->next() ? std::optional<Id>(existing->int64(0)) : std::nullopt;
    existing->reset();
    if (!id)
        return Result<Id>::failure(tr("The timer %1 could not be stored.").arg(timer.dedupeKey));
    return *id;
}

Status TimerRepository::cancel(Id id)
{
    QString error;
    QSqlQuery *q = m_db.prepared(
        QStringLiteral("UPDATE timers SET state = 'cancelled' WHERE id = ? AND state = 'pending'"), &error);
    if (!q)
        return Status::failure(error);
    q->addBindValue(sql::v(id));
    if (!sql::exec(*q, &error))
        return Status::failure(error);
    return {};
}

Result<Id> TimerRepository::reschedule(const Timer &timer)
{
    QString error;
    RawStatement *others = m_db.raw("UPDATE timers SET state = 'cancelled' WHERE lead_id = ? AND kind = ? "
                                    "AND state = 'pending' AND dedupe_key <> ?",
                                    &error);
    RawStatement *revive = m_db.raw("UPDATE timers SET state = 'pending', attempts = 0 WHERE dedupe_key = ? "
                                    "AND state = 'cancelled'",
                                    &error);
    if (!others || !revive)
        return Result<Id>::failure(error);
    others->reset();
    others->bind(0, timer.leadId);
    others->bind(1, timer.kind);
    others->bind(2, timer.dedupeKey);
    revive->reset();
    revive->bind(0, timer.dedupeKey);
    if (!others->exec(&error) || !revive->exec(&error))
        return Result<Id>::failure(error);
    return schedule(timer);
}

Result<int> TimerRepository::cancelForLead(Id leadId, const QString &kindPrefix)
{
    QString error;
    QSqlQuery *q = m_db.prepared(QStringLiteral("UPDATE timers SET state = 'cancelled' WHERE lead_id = ? "
                                                "AND state = 'pending' AND substr(kind, 1, ?) = ?"),
                                 &error);
    if (!q)
        return Result<int>::failure(error);
    q->addBindValue(sql::v(leadId));
    q->addBindValue(sql::v(static_cast<int>(kindPrefix.size())));
    q->addBindValue(sql::v(kindPrefix));
    if (!sql::exec(*q, &error))
        return Result<int>::failure(error);
    return q->numRowsAffected();
}

QList<Timer> TimerRepository::due(Instant now, const QStringList &kinds, int limit) const
{
    QList<Timer> out;
    if (kinds.isEmpty() || limit <= 0)
        return out;
    // Every tick asks, and a catch-up reads its batches through it: prepared once per number of
    // kinds on the raw handle, rows read without a QSqlRecord each.
    const QByteArray text = (QStringLiteral("SELECT ") + kColumns +
                             QStringLiteral(" WHERE state = 'pending' AND due_at <= ? AND kind IN ") +
                             placeholders(kinds.size()) + QStringLiteral(" ORDER BY due_at, id LIMIT ?"))
                                .toUtf8();
    RawStatement *q = m_db.raw(text.constData(), nullptr);
    if (!q)
        return out;
    q->reset();
    int bind = 0;
    q->bind(bind++, now);
    for (const QString &kind : kinds)
        q->bind(bind++, kind);
    q->bind(bind, static_cast<qint64>(limit));
    while (q->next())
        out.append(timerFromRow(*q));
    return out;
}

Result<bool> TimerRepository::claim(Id id, Instant firedAt)
{
    QString error;
    RawStatement *q =
        m_db.raw("UPDATE timers SET state = 'done', fired_at = ? WHERE id = ? AND state = 'pending'", &error);
    if (!q)
        return Result<bool>::failure(error);
    q->reset();
    q->bind(0, firedAt);
    q->bind(1, id);
    if (!q->exec(&error))
        return Result<bool>::failure(error);
    return q->changes() == 1;
}

Status TimerRepository::recordFailure(Id id, int attempts, Instant retryAt, bool giveUp)
{
    QString error;
    QSqlQuery *q = m_db.prepared(QStringLiteral("UPDATE timers SET attempts = ?, due_at = ?, state = ? "
                                                "WHERE id = ? AND state = 'pending'"),
                                 &error);
    if (!q)
        return Status::failure(error);
    q->addBindValue(sql::v(attempts));
    q->addBindValue(sql::v(retryAt));
    q->addBindValue(sql::v(stateText(giveUp ? Timer::State::Cancelled : Timer::State::Pending)));
    q->addBindValue(sql::v(id));
    if (!sql::exec(*q, &error))
        return Status::failure(error);
    return {};
}

QList<Timer> TimerRepository::select(const QString &where, const QVariantList &binds) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" WHERE ") + where);
    for (const QVariant &bind : binds)
        q.addBindValue(sql::v(bind));
    QList<Timer> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append(readTimer(q));
    return out;
}

std::optional<Timer> TimerRepository::byId(Id id) const
{
    const QList<Timer> found = select(QStringLiteral("id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Timer>(found.first());
}

std::optional<Timer> TimerRepository::byKey(const QString &dedupeKey) const
{
    const QList<Timer> found = select(QStringLiteral("dedupe_key = ?"), {dedupeKey});
    return found.isEmpty() ? std::nullopt : std::optional<Timer>(found.first());
}

QList<Timer> TimerRepository::forLead(Id leadId) const
{
    return select(QStringLiteral("lead_id = ? ORDER BY due_at, id"), {leadId});
}

std::optional<Instant> TimerRepository::nextDue(const QStringList &kinds) const
{
    QSqlQuery q(m_db.connection());
    QString text = QStringLiteral("SELECT min(due_at) FROM timers WHERE state = 'pending'");
    if (!kinds.isEmpty())
        text += QStringLiteral(" AND kind IN ") + placeholders(kinds.size());
    q.prepare(text);
    for (const QString &kind : kinds)
        q.addBindValue(sql::v(kind));
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return std::nullopt;
    return q.value(0).toLongLong();
}

qint64 TimerRepository::pendingCount() const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT count(*) FROM timers WHERE state = 'pending'")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

} // namespace lr
