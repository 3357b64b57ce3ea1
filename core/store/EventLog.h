#pragma once

#include "core/common/Result.h"
#include "core/domain/Event.h"
#include "core/security/AccessScope.h"

#include <QList>

namespace lr {

class Database;

/// The append-only event log. Appends only; the schema refuses updates.
class EventLog final
{
public:
    explicit EventLog(Database &db) : m_db(db) {}

    Result<Id> append(const Event &event);
    /// A lead's events, oldest first; empty when `scope` may not see the lead.
    QList<Event> forLead(const AccessScope &scope, Id leadId) const;
    qint64 countOfType(const QString &type) const;

private:
    Database &m_db;
};

} // namespace lr
