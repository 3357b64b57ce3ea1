#include "core/store/UserRepository.h"

#include "core/store/Database.h"
#include "core/store/RawStatement.h"
#include "core/store/SqlUtil.h"
#include "core/store/Transaction.h"

#include <QCollator>
#include <QHash>
#include <QLocale>
#include <QSqlQuery>

namespace lr {
namespace {

const QString kSelect =
    QStringLiteral("SELECT id, name, email, role, team_id, territories, languages, segment, capacity, time_zone, "
                   "work_start_minute, work_end_minute, work_days, active, created_at FROM users");

/// Reads a row of kSelect's columns.
User userFromRow(const RawStatement &q)
{
    User u;
    int i = 0;
    u.id = q.int64(i++);
    u.name = q.text(i++);
    u.email = q.text(i++);
    u.role = roleFromKey(q.text(i++)).value_or(Role::Rep);
    u.teamId = q.int64(i++);
    u.territories = sql::splitList(q.text(i++));
    u.languages = sql::splitList(q.text(i++));
    u.segment = q.text(i++);
    u.capacity = static_cast<int>(q.int64(i++));
    u.timeZone = q.text(i++);
    u.workStartMinute = static_cast<int>(q.int64(i++));
    u.workEndMinute = static_cast<int>(q.int64(i++));
    u.workDays = static_cast<int>(q.int64(i++));
    u.active = q.int64(i++) != 0;
    u.createdAt = q.int64(i++);
    return u;
}

void bindUser(QSqlQuery &q, const User &u)
{
    q.bindValue(QStringLiteral(":name"), sql::v(u.name.trimmed()));
    q.bindValue(QStringLiteral(":email"), sql::v(u.email.trimmed()));
    q.bindValue(QStringLiteral(":role"), sql::v(toKey(u.role)));
    q.bindValue(QStringLiteral(":team"), sql::v(sql::idOrNull(u.teamId)));
    q.bindValue(QStringLiteral(":territories"), sql::v(sql::joinList(u.territories)));
    q.bindValue(QStringLiteral(":languages"), sql::v(sql::joinList(u.languages)));
    q.bindValue(QStringLiteral(":segment"), sql::v(u.segment));
    q.bindValue(QStringLiteral(":capacity"), sql::v(u.capacity));
    q.bindValue(QStringLiteral(":tz"), sql::v(u.timeZone));
    q.bindValue(QStringLiteral(":ws"), sql::v(u.workStartMinute));
    q.bindValue(QStringLiteral(":we"), sql::v(u.workEndMinute));
    q.bindValue(QStringLiteral(":wd"), sql::v(u.workDays));
    q.bindValue(QStringLiteral(":active"), sql::v(u.active ? 1 : 0));
}

} // namespace

Result<Id> UserRepository::create(const User &user)
{
    if (user.name.trimmed().isEmpty())
        return Result<Id>::failure(tr("A user needs a name."));
    if (!user.email.contains(QLatin1Char('@')))
        return Result<Id>::failure(tr("A user needs a valid email address."));
    if (findByEmail(user.email))
        return Result<Id>::failure(tr("A user with the email %1 already exists.").arg(user.email.trimmed()));

    Transaction tx(m_db);
    if (!tx.isActive())
        return Result<Id>::failure(tx.error());
    QString error;
    QSqlQuery *statement =
        m_db.prepared(QStringLiteral("INSERT INTO users (name, email, role, team_id, territories, languages, segment, "
                                     "capacity, time_zone, work_start_minute, work_end_minute, work_days, active, "
                                     "created_at) VALUES (:name, :email, :role, :team, :territories, :languages, "
                                     ":segment, :capacity, :tz, :ws, :we, :wd, :active, :created)"),
                      &error);
    if (!statement)
        return Result<Id>::failure(error);
    QSqlQuery &q = *statement;
    bindUser(q, user);
    q.bindValue(QStringLiteral(":created"), sql::v(user.createdAt));
    if (!sql::exec(q, &error))
        return Result<Id>::failure(error);
    const Id id = q.lastInsertId().toLongLong();
    if (const Status s = writeWorkWeek(id, user.workWeek); !s)
        return Result<Id>::failure(s.error());
    for (const Absence &absence : user.absences) {
        if (const Status s = addAbsence(id, absence); !s)
            return Result<Id>::failure(s.error());
    }
    if (const Status s = tx.commit(); !s)
        return Result<Id>::failure(s.error());
    return id;
}

Status UserRepository::update(const User &user)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Status::failure(tx.error());
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::prepare(q,
                      QStringLiteral("UPDATE users SET name = :name, email = :email, role = :role, team_id = :team, "
                                     "territories = :territories, languages = :languages, segment = :segment, "
                                     "capacity = :capacity, time_zone = :tz, work_start_minute = :ws, "
                                     "work_end_minute = :we, work_days = :wd, active = :active WHERE id = :id"),
                      &error)) {
        return Status::failure(error);
    }
    bindUser(q, user);
    q.bindValue(QStringLiteral(":id"), sql::v(user.id));
    if (!sql::exec(q, &error))
        return Status::failure(error);
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("User %1 does not exist.").arg(user.id));
    if (const Status s = writeWorkWeek(user.id, user.workWeek); !s)
        return s;
    return tx.commit();
}

Status UserRepository::writeWorkWeek(Id userId, const WorkWeek &week)
{
    for (size_t d = 0; d < week.size(); ++d) {
        const std::optional<WorkSpan> &own = week[d];
        if (own && (own->startMinute < 0 || own->endMinute > 24 * 60 || own->endMinute < own->startMinute))
            return Status::failure(tr("Working hours must start before they end, within one day."));
    }
    QString error;
    QSqlQuery *remove = m_db.prepared(QStringLiteral("DELETE FROM user_work_days WHERE user_id = ?"), &error);
    if (!remove)
        return Status::failure(error);
    remove->addBindValue(sql::v(userId));
    if (!sql::exec(*remove, &error))
        return Status::failure(error);
    for (size_t d = 0; d < week.size(); ++d) {
        if (!week[d])
            continue;
        QSqlQuery *insert = m_db.prepared(QStringLiteral("INSERT INTO user_work_days (user_id, weekday, start_minute, "
                                                         "end_minute) VALUES (?, ?, ?, ?)"),
                                          &error);
        if (!insert)
            return Status::failure(error);
        insert->addBindValue(sql::v(userId));
        insert->addBindValue(sql::v(static_cast<int>(d) + 1));
        insert->addBindValue(sql::v(week[d]->startMinute));
        insert->addBindValue(sql::v(week[d]->endMinute));
        if (!sql::exec(*insert, &error))
            return Status::failure(error);
    }
    return {};
}

Status UserRepository::addAbsence(Id userId, const Absence &absence)
{
    if (absence.endsAt <= absence.startsAt)
        return Status::failure(tr("An absence must end after it starts."));
    QString error;
    QSqlQuery *statement =
        m_db.prepared(QStringLiteral("INSERT INTO user_absences (user_id, starts_at, ends_at, reason) "
                                     "VALUES (?, ?, ?, ?)"),
                      &error);
    if (!statement)
        return Status::failure(error);
    QSqlQuery &q = *statement;
    q.addBindValue(sql::v(userId));
    q.addBindValue(sql::v(absence.startsAt));
    q.addBindValue(sql::v(absence.endsAt));
    q.addBindValue(sql::v(absence.reason));
    if (!sql::exec(q, &error))
        return Status::failure(error);
    return {};
}

Status UserRepository::removeAbsence(Id userId, const Absence &absence)
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::prepare(
            q, QStringLiteral("DELETE FROM user_absences WHERE user_id = ? AND starts_at = ? AND ends_at = ?"), &error))
        return Status::failure(error);
    q.addBindValue(sql::v(userId));
    q.addBindValue(sql::v(absence.startsAt));
    q.addBindValue(sql::v(absence.endsAt));
    if (!sql::exec(q, &error))
        return Status::failure(error);
    return {};
}

QList<User> UserRepository::select(const QString &where, const QVariantList &binds) const
{
    // Prepared once per connection on the raw handle: routing reads every user for each lead it
    // routes (twice with the default rules), and a QSqlQuery run caches every value as a QVariant.
    QList<User> users;
    QHash<Id, int> index;
    const QByteArray text = (kSelect + where + QStringLiteral(" ORDER BY name COLLATE NOCASE, id")).toUtf8();
    RawStatement *q = m_db.raw(text.constData(), nullptr);
    if (!q)
        return users;
    q->reset();
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &v = binds.at(i);
        if (v.typeId() == QMetaType::QString)
            q->bind(i, v.toString());
        else
            q->bind(i, v.toLongLong());
    }
    while (q->next())
        users.append(userFromRow(*q));
    if (users.isEmpty())
        return users;
    if (users.size() > 1) {
        // SQLite's NOCASE only folds ASCII: order names by the locale ("Łukasz" before "Sofia").
        QLocale locale;
        if (locale.language() == QLocale::C)
            locale = QLocale(QLocale::English); // Unicode root-like order rather than code points
        QCollator collator(locale);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::stable_sort(users.begin(), users.end(),
                         [&collator](const User &a, const User &b) { return collator.compare(a.name, b.name) < 0; });
    }
    for (int i = 0; i < users.size(); ++i)
        index.insert(users.at(i).id, i);
    // One user (findByEmail): only their absences; else all, in one pass.
    RawStatement *a = users.size() == 1 ? m_db.raw("SELECT user_id, starts_at, ends_at, reason FROM user_absences "
                                                   "WHERE user_id = ? ORDER BY starts_at",
                                                   nullptr)
                                        : m_db.raw("SELECT user_id, starts_at, ends_at, reason FROM user_absences "
                                                   "ORDER BY starts_at",
                                                   nullptr);
    if (!a)
        return users;
    a->reset();
    if (users.size() == 1)
        a->bind(0, users.first().id);
    while (a->next()) {
        const auto it = index.constFind(a->int64(0));
        if (it != index.constEnd())
            users[*it].absences.append({a->int64(1), a->int64(2), a->text(3)});
    }
    a->reset();
    RawStatement *w = users.size() == 1
                          ? m_db.raw("SELECT user_id, weekday, start_minute, end_minute FROM user_work_days "
                                     "WHERE user_id = ?",
                                     nullptr)
                          : m_db.raw("SELECT user_id, weekday, start_minute, end_minute FROM user_work_days", nullptr);
    if (!w)
        return users;
    w->reset();
    if (users.size() == 1)
        w->bind(0, users.first().id);
    while (w->next()) {
        const auto it = index.constFind(w->int64(0));
        const qint64 weekday = w->int64(1);
        if (it != index.constEnd() && weekday >= 1 && weekday <= 7)
            users[*it].workWeek[static_cast<size_t>(weekday - 1)] =
                WorkSpan{static_cast<int>(w->int64(2)), static_cast<int>(w->int64(3))};
    }
    w->reset();
    return users;
}

std::optional<User> UserRepository::find(Id id) const
{
    // Routing and every SLA ladder step look users up one by one: from the list all() keeps while
    // users_revision holds its value, so a lookup costs one read of the revision.
    const QList<User> users = all();
    if (!users.isEmpty()) {
        const auto it = m_allIndex.constFind(id);
        return it == m_allIndex.constEnd() ? std::nullopt : std::optional<User>(users.at(*it));
    }
    const QList<User> one = select(QStringLiteral(" WHERE id = ?"), {id});
    return one.isEmpty() ? std::nullopt : std::optional<User>(one.first());
}

std::optional<User> UserRepository::findByEmail(const QString &email) const
{
    const QList<User> users = select(QStringLiteral(" WHERE email = ?"), {email.trimmed()});
    return users.isEmpty() ? std::nullopt : std::optional<User>(users.first());
}

QList<User> UserRepository::all() const
{
    // Routing reads every user for each lead: the list is read again only when a user or an
    // absence changed since (by this connection, another one, or a rollback).
    RawStatement *q = m_db.raw("SELECT value FROM users_revision WHERE id = 1", nullptr);
    std::optional<qint64> revision;
    if (q) {
        q->reset();
        if (q->next())
            revision = q->int64(0);
        q->reset();
    }
    if (revision && m_allRevision == revision)
        return m_all;
    m_all = select({}, {});
    m_allRevision = m_all.isEmpty() ? std::nullopt : revision; // an empty read (or a failed one) is not kept
    m_allIndex.clear();
    for (int i = 0; i < m_all.size(); ++i)
        m_allIndex.insert(m_all.at(i).id, i);
    return m_all;
}

QList<User> UserRepository::visibleTo(const AccessScope &scope) const
{
    switch (scope.role) {
    case Role::Admin:
        return all();
    case Role::Manager:
        return select(QStringLiteral(" WHERE id = ? OR team_id = ?"), {scope.userId, scope.teamId});
    case Role::Rep:
        return select(QStringLiteral(" WHERE id = ?"), {scope.userId});
    }
    return {};
}

} // namespace lr
