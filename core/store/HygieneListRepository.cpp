#include "core/store/HygieneListRepository.h"

#include "core/store/Database.h"
#include "core/store/RawStatement.h"
#include "core/store/SqlUtil.h"

#include <QSqlQuery>

namespace lr {
namespace {

const QString kSelect = QStringLiteral("SELECT h.id, h.list, h.value, h.note, h.added_by, h.added_at, "
                                       "coalesce(u.name, '') FROM hygiene_lists h "
                                       "LEFT JOIN users u ON u.id = h.added_by ");

HygieneListEntry entryFromQuery(const QSqlQuery &q)
{
    HygieneListEntry e;
    e.id = q.value(0).toLongLong();
    e.list = hygieneListFromKey(q.value(1).toString()).value_or(HygieneList::Disposable);
    e.value = q.value(2).toString();
    e.note = q.value(3).toString();
    e.addedBy = q.value(4).toLongLong();
    e.addedAt = q.value(5).toLongLong();
    e.addedByName = q.value(6).toString();
    return e;
}

} // namespace

Result<Id> HygieneListRepository::add(const HygieneListEntry &entry)
{
    if (find(entry.list, entry.value)) {
        return Result<Id>::failure(tr("%1 is already on the list \"%2\".").arg(entry.value, displayName(entry.list)));
    }
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::prepare(q,
                      QStringLiteral("INSERT INTO hygiene_lists (list, value, note, added_by, added_at) "
                                     "VALUES (?, ?, ?, ?, ?)"),
                      &error))
        return Result<Id>::failure(error);
    q.addBindValue(sql::v(toKey(entry.list)));
    q.addBindValue(sql::v(entry.value));
    q.addBindValue(sql::v(entry.note));
    q.addBindValue(sql::idOrNull(entry.addedBy));
    q.addBindValue(sql::v(entry.addedAt));
    if (!sql::exec(q, &error))
        return Result<Id>::failure(error);
    return q.lastInsertId().toLongLong();
}

Result<HygieneListEntry> HygieneListRepository::remove(Id id)
{
    const auto entry = find(id);
    if (!entry)
        return Result<HygieneListEntry>::failure(tr("The list entry %1 does not exist (any more).").arg(id));
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::prepare(q, QStringLiteral("DELETE FROM hygiene_lists WHERE id = ?"), &error))
        return Result<HygieneListEntry>::failure(error);
    q.addBindValue(sql::v(id));
    if (!sql::exec(q, &error))
        return Result<HygieneListEntry>::failure(error);
    return *entry;
}

std::optional<HygieneListEntry> HygieneListRepository::find(Id id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral("WHERE h.id = ?"));
    q.addBindValue(sql::v(id));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return entryFromQuery(q);
}

std::optional<HygieneListEntry> HygieneListRepository::find(HygieneList list, const QString &value) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral("WHERE h.list = ? AND h.value = ?"));
    q.addBindValue(sql::v(toKey(list)));
    q.addBindValue(sql::v(value));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return entryFromQuery(q);
}

QList<HygieneListEntry> HygieneListRepository::entries(HygieneList list, const QString &search, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kSelect + QStringLiteral("WHERE h.list = ? AND (? = '' OR instr(lower(h.value), ?) > 0 "
                                       "OR instr(lower(h.note), ?) > 0) ORDER BY h.value LIMIT ?"));
    const QString needle = search.trimmed().toLower();
    q.addBindValue(sql::v(toKey(list)));
    q.addBindValue(sql::v(needle));
    q.addBindValue(sql::v(needle));
    q.addBindValue(sql::v(needle));
    q.addBindValue(sql::v(limit));
    QList<HygieneListEntry> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append(entryFromQuery(q));
    return out;
}

qint64 HygieneListRepository::count(HygieneList list) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM hygiene_lists WHERE list = ?"));
    q.addBindValue(sql::v(toKey(list)));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

qint64 HygieneListRepository::revision() const
{
    // On the raw handle: every submission's email check asks (see RawStatement).
    RawStatement *q = m_db.raw("SELECT revision FROM hygiene_lists_revision WHERE id = 1", nullptr);
    if (!q)
        return -1;
    q->reset();
    if (!q->next())
        return -1;
    const qint64 r = q->int64(0);
    q->reset();
    return r;
}

std::shared_ptr<const AdminDomainLists> HygieneListRepository::current() const
{
    const qint64 now = revision();
    if (m_snapshot && now == m_snapshotRevision && now >= 0)
        return m_snapshot;
    auto lists = std::make_shared<AdminDomainLists>();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT list, value FROM hygiene_lists"))) {
        while (q.next()) {
            const auto list = hygieneListFromKey(q.value(0).toString());
            const QString value = q.value(1).toString();
            switch (list.value_or(HygieneList::Allowed)) {
            case HygieneList::Disposable:
                lists->disposable.insert(value);
                break;
            case HygieneList::FreeMail:
                lists->freeMail.insert(value);
                break;
            case HygieneList::Allowed:
                if (list)
                    lists->allowed.insert(value);
                break;
            case HygieneList::BlockedAddress:
                lists->blockedAddresses.insert(value);
                break;
            }
        }
    }
    m_snapshot = std::move(lists);
    m_snapshotRevision = now;
    return m_snapshot;
}

} // namespace lr
