#pragma once

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace lr::sql {

/// A translated, user-facing description of a SQLite failure (locked, disk full, read-only, …).
QString describe(const QSqlError &error);

/// Prepares `text` on `db`; on failure fills `error` and returns false.
bool prepare(QSqlQuery &query, const QString &text, QString *error);

/// Executes a prepared query; on failure fills `error` with describe() and returns false.
bool exec(QSqlQuery &query, QString *error);

/// Runs one statement without parameters.
bool execText(const QSqlDatabase &db, const QString &text, QString *error);

/// Comma-separated storage of short code lists ("DE,AT").
QString joinList(const QStringList &items);
QStringList splitList(const QString &stored);

/// Binds 0 as NULL (for optional foreign keys).
QVariant idOrNull(qint64 id);

/// The value of deal `alias` (a `deals` row) in home cents when its currency has a rate in
/// `exchange_rates`, else its own value_cents; rounded as ExchangeRates::toHome() rounds.
QString homeCents(const QString &alias);
/// The currency homeCents() is in: the home currency when converted, else the deal's own.
QString homeCurrency(const QString &alias);

} // namespace lr::sql

namespace lr {
struct AccessScope;
}

namespace lr::sql {

/// The WHERE condition that limits rows owned through `ownerColumn` to what `scope` may see
/// ("1" for admins). Bind its parameters with bindScope().
QString scopeCondition(const AccessScope &scope, const QString &ownerColumn);
void bindScope(QSqlQuery &query, const AccessScope &scope);

} // namespace lr::sql

namespace lr::sql {

/// A bind value: QtSql binds a null QString as SQL NULL, which NOT NULL text columns refuse;
/// every text bind goes through here so that "no value" is stored as ''.
QVariant v(const QVariant &value);
inline QVariant v(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}
inline QVariant v(qint64 value)
{
    return QVariant(value);
}
inline QVariant v(int value)
{
    return QVariant(value);
}

} // namespace lr::sql
