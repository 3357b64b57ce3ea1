#include "core/store/IntakeJournal.h"

#include "core/store/Database.h"
#include "core/store/RawStatement.h"
#include "core/store/SqlUtil.h"

#include <QSqlQuery>

#include <array>
#include <cstdlib>

namespace lr {
namespace {

constexpr std::array<const char *, 4> kStates{"pending", "processed", "quarantined", "failed"};
constexpr std::array<const char *, 4> kChannels{"webhook", "csv", "manual", "event"};

JournalEntry::State stateFromKey(const QString &key)
{
    for (std::size_t i = 0; i < kStates.size(); ++i) {
        if (key == QLatin1String(kStates.at(i)))
            return static_cast<JournalEntry::State>(i);
    }
    return JournalEntry::State::Failed;
}

JournalEntry::Channel channelFromKey(const QString &key)
{
    for (std::size_t i = 0; i < kChannels.size(); ++i) {
        if (key == QLatin1String(kChannels.at(i)))
            return static_cast<JournalEntry::Channel>(i);
    }
    return JournalEntry::Channel::Manual;
}

const QString kColumns = QStringLiteral(
    "id, received_at, channel, source, content_type, body, state, reason, lead_id, attempts, processed_at");

JournalEntry entryFromQuery(const QSqlQuery &q)
{
    JournalEntry e;
    e.id = q.value(0).toLongLong();
    e.receivedAt = q.value(1).toLongLong();
    e.channel = channelFromKey(q.value(2).toString());
    e.source = q.value(3).toString();
    e.contentType = q.value(4).toString();
    e.body = q.value(5).toByteArray();
    e.state = stateFromKey(q.value(6).toString());
    e.reason = Words::fromStored(q.value(7).toString()).text();
    e.leadId = q.value(8).toLongLong();
    e.attempts = q.value(9).toInt();
    e.processedAt = q.value(10).toLongLong();
    return e;
}

} // namespace

QString toKey(JournalEntry::State state)
{
    return QString::fromLatin1(kStates.at(static_cast<std::size_t>(state)));
}

QString toKey(JournalEntry::Channel channel)
{
    return QString::fromLatin1(kChannels.at(static_cast<std::size_t>(channel)));
}

Result<Id> IntakeJournal::append(const JournalEntry &entry)
{
    // On the raw handle: every submission passes here (see RawStatement).
    QString error;
    RawStatement *q = m_db.raw("INSERT INTO intake_journal (received_at, channel, source, content_type, body, state) "
                               "VALUES (?, ?, ?, ?, ?, 'pending')",
                               &error);
    if (!q)
        return Result<Id>::failure(error);
    q->reset();
    q->bind(0, entry.receivedAt);
    q->bind(1, toKey(entry.channel));
    q->bind(2, entry.source);
    q->bind(3, entry.contentType);
    q->bindBlob(4, entry.body);
    if (!q->exec(&error))
        return Result<Id>::failure(error);
    return q->lastInsertId();
}

Status IntakeJournal::finish(Id id, JournalEntry::State state, const Words &reason, Id leadId, Instant at)
{
    QString error;
    RawStatement *q = m_db.raw("UPDATE intake_journal SET state = ?, reason = ?, reason_key = ?, lead_id = ?, "
                               "attempts = attempts + 1, processed_at = ? WHERE id = ?",
                               &error);
    if (!q)
        return Status::failure(error);
    q->reset();
    q->bind(0, toKey(state));
    q->bind(1, reason.toStored());
    const bool rejected = state == JournalEntry::State::Quarantined || state == JournalEntry::State::Failed;
    q->bind(2, rejected ? reason.key() : QString());
    q->bindIdOrNull(3, leadId);
    q->bind(4, at);
    q->bind(5, id);
    if (!q->exec(&error))
        return Status::failure(error);
    if (q->changes() != 1)
        return Status::failure(
            QCoreApplication::translate("lr::IntakeJournal", "Journal entry %1 does not exist.").arg(id));
    return {};
}

Status IntakeJournal::amend(Id id, const QByteArray &body)
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::prepare(
            q,
            QStringLiteral("UPDATE intake_journal SET body = ?, state = 'pending', reason = '', reason_key = '' "
                           "WHERE id = ? AND state IN ('quarantined', 'failed')"),
            &error)) {
        return Status::failure(error);
    }
    q.addBindValue(body);
    q.addBindValue(sql::v(id));
    if (!sql::exec(q, &error))
        return Status::failure(error);
    if (q.numRowsAffected() != 1) {
        return Status::failure(
            QCoreApplication::translate("lr::IntakeJournal", "Only quarantined or failed entries can be fixed."));
    }
    return {};
}

std::optional<JournalEntry> IntakeJournal::find(Id id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM intake_journal WHERE id = ?"));
    q.addBindValue(sql::v(id));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return entryFromQuery(q);
}

QList<JournalEntry> IntakeJournal::inState(JournalEntry::State state, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kColumns +
              QStringLiteral(" FROM intake_journal WHERE state = ? ORDER BY id LIMIT ?"));
    q.addBindValue(sql::v(toKey(state)));
    q.addBindValue(sql::v(limit));
    QList<JournalEntry> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append(entryFromQuery(q));
    return out;
}

qint64 IntakeJournal::count(JournalEntry::State state) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM intake_journal WHERE state = ?"));
    q.addBindValue(sql::v(toKey(state)));
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

int IntakeJournal::setCacheSizeKiB(int kibibytes)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("PRAGMA cache_size")) || !q.next())
        return -1;
    const int current = q.value(0).toInt();
    q.finish();
    // Negative values are KiB in SQLite; positive ones are pages.
    if (!q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(-std::abs(kibibytes))))
        return -1;
    return current < 0 ? -current : current * 4;
}

QList<std::pair<QString, qint64>> IntakeJournal::quarantineBySource() const
{
    QSqlQuery q(m_db.connection());
    QList<std::pair<QString, qint64>> out;
    if (!q.exec(QStringLiteral("SELECT source, count(*) AS n FROM intake_journal WHERE state = 'quarantined' "
                               "GROUP BY source ORDER BY n DESC, source")))
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong()});
    return out;
}

} // namespace lr
