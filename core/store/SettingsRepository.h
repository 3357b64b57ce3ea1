#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace lr {

class Database;

/// Store-wide settings as text key/value pairs (webhook intake, hygiene lists, …). These travel
/// with the database, unlike QSettings, which holds one person's window layout.
class SettingsRepository final
{
    Q_DECLARE_TR_FUNCTIONS(lr::SettingsRepository)

public:
    explicit SettingsRepository(Database &db) : m_db(db) {}

    /// The stored value, or `fallback` when the key was never set.
    QString value(const QString &key, const QString &fallback = {}) const;
    Status setValue(const QString &key, const QString &value);
    Status remove(const QString &key);

private:
    Database &m_db;
};

} // namespace lr
