#include "core/store/SqlUtil.h"

#include "core/common/Translate.h"

namespace lr::sql {
namespace {

QString tr(const char *text)
{
    return translateCore("lr::Database", text);
}

} // namespace

QString describe(const QSqlError &error)
{
    // SQLite primary result codes (the low byte of the extended code).
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (ok) {
        switch (code) {
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            return tr("The database is locked by another process. Close the other program and try again.");
        case 8: // SQLITE_READONLY
            return tr("The database is read-only. Check the file's permissions.");
        case 10: // SQLITE_IOERR
            return tr("The database could not be read or written (input/output error): %1").arg(error.text());
        case 13: // SQLITE_FULL
            return tr("The disk is full. Free some space; nothing was saved.");
        case 26: // SQLITE_NOTADB
            return tr("The file is not a LeadRelay database.");
        case 19: // SQLITE_CONSTRAINT
            return tr("The change breaks a data rule: %1").arg(error.databaseText());
        default:
            break;
        }
    }
    return tr("Database error: %1").arg(error.text());
}

bool prepare(QSqlQuery &query, const QString &text, QString *error)
{
    if (query.prepare(text))
        return true;
    if (error)
        *error = describe(query.lastError());
    return false;
}

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = describe(query.lastError());
    return false;
}

bool execText(const QSqlDatabase &db, const QString &text, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(text))
        return true;
    if (error)
        *error = describe(query.lastError());
    return false;
}

QString joinList(const QStringList &items)
{
    return items.join(QLatin1Char(','));
}

QStringList splitList(const QString &stored)
{
    return stored.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace lr::sql

#include "core/security/AccessScope.h"

namespace lr::sql {

QString homeCents(const QString &alias)
{
    return QStringLiteral("coalesce((SELECT CAST(round(%1.value_cents / r.per_home) AS INTEGER) FROM exchange_rates r "
                          "WHERE r.currency = %1.currency), %1.value_cents)")
        .arg(alias);
}

QString homeCurrency(const QString &alias)
{
    return QStringLiteral("coalesce((SELECT h.currency FROM exchange_rates r JOIN exchange_rates h ON h.is_home = 1 "
                          "WHERE r.currency = %1.currency), %1.currency)")
        .arg(alias);
}

QString scopeCondition(const AccessScope &scope, const QString &ownerColumn)
{
    switch (scope.role) {
    case Role::Admin:
        return QStringLiteral("1");
    case Role::Manager:
        // One IN list over the owner index; an OR of two conditions makes SQLite build a row set of
        // every matching lead first, which costs a third of a second at a million leads.
        return QStringLiteral("(%1 IN (SELECT id FROM users WHERE id = :scope_user OR team_id = :scope_team))")
            .arg(ownerColumn);
    case Role::Rep:
        return QStringLiteral("(%1 = :scope_user)").arg(ownerColumn);
    }
    return QStringLiteral("0");
}

void bindScope(QSqlQuery &query, const AccessScope &scope)
{
    switch (scope.role) {
    case Role::Admin:
        return;
    case Role::Manager:
        query.bindValue(QStringLiteral(":scope_user"), scope.userId);
        query.bindValue(QStringLiteral(":scope_team"), scope.teamId);
        return;
    case Role::Rep:
        query.bindValue(QStringLiteral(":scope_user"), scope.userId);
        return;
    }
}

} // namespace lr::sql

namespace lr::sql {

QVariant v(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QString(QLatin1String("")));
    return value;
}

} // namespace lr::sql
