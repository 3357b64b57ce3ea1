#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/domain/Ids.h"
#include "core/security/AccessScope.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace lr {

class Database;

/// A lead's SLA clock: started when it got an owner, stopped at the first real touch.
struct SlaClock
{
    Id leadId = 0;
    QString policy; ///< SlaPolicy key.
    Id ownerId = 0;
    Instant startedAt = 0;
    qint64 targetMs = 0;
    Instant nudgeAt = 0;    ///< 50 %
    Instant dueAt = 0;      ///< 100 %: breached after this
    Instant reassignAt = 0; ///< 150 %
    int generation = 1;     ///< Bumped at every restart (reassignment); ladder timers carry it.
    Instant stoppedAt = 0;  ///< 0 while running.
    Instant breachedAt = 0; ///< When the 100 % step fired (0 = not breached).
    QString lastStep;       ///< "", "nudge", "alert", "reassign".

    bool running() const { return stoppedAt == 0; }
};

/// One row of the lead inbox: a running SLA clock with what the list shows of its lead.
struct InboxRow
{
    SlaClock clock;
    QString leadName;
    QString email;
    QString company;
    QString ownerName;
    QString status; ///< LeadStatus key.
};

/// Which running clocks the inbox shows: all the scope sees (a manager's team), the asking
/// user's own, or only the breached ones.
enum class InboxFilter { Visible, Mine, Breached };

/// SQL for `sla_clocks`. LeadDispatcher owns the logic.
class SlaRepository final
{
    Q_DECLARE_TR_FUNCTIONS(lr::SlaRepository)

public:
    explicit SlaRepository(Database &db) : m_db(db) {}

    /// Inserts or replaces the lead's clock; the stored generation becomes the old one + 1.
    Result<SlaClock> start(const SlaClock &clock);
    Status stop(Id leadId, Instant at);
    Status markStep(Id leadId, const QString &step, Instant breachedAt);
    std::optional<SlaClock> find(Id leadId) const;
    /// Clocks of the given leads (unscoped: the caller already read the leads through a scope).
    QHash<Id, SlaClock> forLeads(const QList<Id> &leadIds) const;
    /// Running clocks the scope may see (by owner), soonest due first.
    QList<SlaClock> running(const AccessScope &scope, int limit) const;
    /// Clocks that breached in [from, to) that the scope may see.
    QList<SlaClock> breached(const AccessScope &scope, Instant from, Instant to) const;
    qint64 runningCount() const;

    /// The inbox: running clocks the scope may see, most urgent (earliest due) first, as a window.
    qint64 inboxCount(const AccessScope &scope, InboxFilter filter, Instant now) const;
    QList<InboxRow> inboxPage(const AccessScope &scope, InboxFilter filter, Instant now, qint64 offset,
                              int limit) const;

private:
    QString inboxWhere(const AccessScope &scope, InboxFilter filter) const;
    QList<SlaClock> select(const QString &where, const AccessScope *scope, const QVariantList &binds) const;
    Database &m_db;
};

} // namespace lr
