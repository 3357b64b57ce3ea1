#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/common/Words.h"
#include "core/domain/Ids.h"
#include "core/security/AccessScope.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace lr {

class Database;

/// Why a lead changed hands.
enum class AssignmentCause { New, SlaBreach, OutOfOffice, Deactivated, Manual, Fallback };
QString toKey(AssignmentCause cause);
std::optional<AssignmentCause> assignmentCauseFromKey(const QString &key);
QString displayName(AssignmentCause cause);
/// The cause untranslated, for text the store keeps (a reassignment's reason).
Words displayWords(AssignmentCause cause);

/// One owner change of a lead with its reason trail.
struct Assignment
{
    Id id = 0;
    Id leadId = 0;
    Id userId = 0;
    Id previousUserId = 0;
    AssignmentCause cause = AssignmentCause::New;
    QString ruleName;
    QString reason; ///< The trail: "rule 3 Territory DE → team DACH, round robin, skipped Hans (out of office) → Ivan".
    Instant at = 0;
    QString userName; ///< Read-only: joined on read.
};

/// A named account: leads from this domain go to its owner.
struct TargetAccount
{
    QString domain;
    Id ownerId = 0;
    QString name;
};

/// Routing's state in the store: named accounts, round robin pointers, open-lead load per user,
/// senior flags and the assignment trail.
class RoutingRepository final
{
    Q_DECLARE_TR_FUNCTIONS(lr::RoutingRepository)

public:
    explicit RoutingRepository(Database &db) : m_db(db) {}

    Status setTargetAccount(const TargetAccount &account, Instant at);
    Status removeTargetAccount(const QString &domain);
    std::optional<TargetAccount> targetAccount(const QString &domain) const;
    QList<TargetAccount> targetAccounts() const;

    /// The user who last got a lead from round robin `target` (0 = none yet).
    Id pointer(const QString &target) const;
    Status setPointer(const QString &target, Id userId, Instant at);

    /// Open leads (new, attempting, connected) per user, for `userIds`.
    QHash<Id, int> openLeads(const QList<Id> &userIds) const;
    /// Ids of a user's open leads, oldest first.
    QList<Id> openLeadIdsOf(Id userId) const;

    Status setSenior(Id userId, bool senior);
    QSet<Id> seniorUsers() const;

    Result<Id> recordAssignment(const Assignment &assignment);
    /// A lead's owner changes, oldest first; empty when `scope` may not see the lead.
    QList<Assignment> forLead(const AccessScope &scope, Id leadId) const;
    /// Owner changes of `cause` in [from, to) that `scope` may see (by the lead's owner).
    QList<Assignment> withCause(const AccessScope &scope, AssignmentCause cause, Instant from, Instant to) const;
    /// How many owner changes of `cause` fall in each period [bounds[i], bounds[i+1]) that `scope`
    /// may see: bounds.size() - 1 counts, e.g. one per local day for the manager's trend of
    /// reassignments for SLA breach (which should go to zero). Empty for fewer than two bounds.
    QList<int> countPerPeriod(const AccessScope &scope, AssignmentCause cause, const QList<Instant> &bounds) const;

private:
    Database &m_db;
};

} // namespace lr
