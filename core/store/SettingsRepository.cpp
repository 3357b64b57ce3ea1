#include "core/store/SettingsRepository.h"

#include "core/store/Database.h"
#include "core/store/RawStatement.h"
#include "core/store/SqlUtil.h"

#include <QSqlQuery>

namespace lr {

QString SettingsRepository::value(const QString &key, const QString &fallback) const
{
    RawStatement *q = m_db.raw("SELECT value FROM settings WHERE key = ?", nullptr);
    if (!q)
        return fallback;
    q->reset();
    q->bind(0, key);
    if (!q->next())
        return fallback;
    const QString result = q->text(0);
    q->reset();
    return result;
}

Status SettingsRepository::setValue(const QString &key, const QString &value)
{
    if (key.trimmed().isEmpty())
        return Status::failure(tr("A setting needs a name."));
    QString error;
    QSqlQuery *q = m_db.prepared(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                                "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                                 &error);
    if (!q)
        return Status::failure(error);
    q->addBindValue(sql::v(key));
    q->addBindValue(sql::v(value));
    if (!sql::exec(*q, &error))
        return Status::failure(error);
    return {};
}

Status SettingsRepository::remove(const QString &key)
{
    QString error;
    QSqlQuery *q = m_db.prepared(QStringLiteral("DELETE FROM settings WHERE key = ?"), &error);
    if (!q)
        return Status::failure(error);
    q->addBindValue(sql::v(key));
    if (!sql::exec(*q, &error))
        return Status::failure(error);
    return {};
}

} // namespace lr
