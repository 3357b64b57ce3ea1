#pragma once

#include "core/common/Result.h"
#include "core/domain/AuditEntry.h"

#include <QList>

namespace lr {

class Database;

/// Field history: append-only, read per entity.
class AuditLog final
{
public:
    explicit AuditLog(Database &db) : m_db(db) {}

    Result<Id> append(const AuditEntry &entry);
    QList<AuditEntry> forEntity(const QString &entity, Id entityId) const;

private:
    Database &m_db;
};

} // namespace lr
