#pragma once

#include "core/common/Result.h"
#include "core/domain/Activity.h"
#include "core/security/AccessScope.h"

#include <QList>

namespace lr {

class Database;

class ActivityRepository final
{
public:
    explicit ActivityRepository(Database &db) : m_db(db) {}

    Result<Id> create(const Activity &activity);
    /// A lead's activities, newest first; empty when `scope` may not see the lead.
    QList<Activity> forLead(const AccessScope &scope, Id leadId) const;
    /// A deal's activities, newest first; empty when `scope` may not see the deal.
    QList<Activity> forDeal(const AccessScope &scope, Id dealId) const;

private:
    Database &m_db;
};

} // namespace lr
