#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/domain/Lead.h"
#include "core/domain/User.h"
#include "core/routing/RoutingRule.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace lr {

class Store;
class RoutingRepository;

/// Where a lead goes and why.
struct RouteDecision
{
    Id ownerId = 0;
    QString ownerName;
    int ruleIndex = -1; ///< 0-based index of the matching rule.
    QString ruleKey;
    QString ruleName;
    QString reason;        ///< The whole trail, for people ("rule 3 Territory DE → team DACH, …").
    Words why;             ///< The same trail untranslated, as the assignment keeps it.
    bool fallback = false; ///< Nobody in the target was available: the manager took it.
    bool alertOwner = false;
};

/// Options of one routing decision.
struct RouteOptions
{
    QSet<Id> exclude;    ///< People who may not get the lead (the owner who let the SLA lapse).
    bool dryRun = false; ///< Explain only: the round robin pointer does not move.
    /// Dry runs only: round robin pointers kept here instead of the store (a what-if replay moves
    /// them in memory; a missing key starts at the first candidate, as a new store does).
    QHash<QString, Id> *pointers = nullptr;
};

/// Evaluates ordered routing rules for a lead, first match wins, and picks a person with the rule's
/// strategy among the candidates Availability lets through; when none is available the target
/// team's manager (the fallback owner) takes the lead. A lead is never left unassigned: only when
/// nobody at all is active is the decision's ownerId 0 (with the reason). A failure is a store
/// error. Writes nothing but the round robin pointer.
class Router final
{
    Q_DECLARE_TR_FUNCTIONS(lr::Router)
    LR_DECLARE_WORDS(lr::Router)

public:
    Router(Store &store, const Clock &clock);
    ~Router();

    Result<RouteDecision> route(const Lead &lead, const RoutingRuleSet &rules, const RouteOptions &options = {});

    /// The active routing rules: the stored document (kind "routing"), else the shipped defaults
    /// built from the current users and teams.
    RoutingRuleSet activeRules() const;

    static const QString kRuleKind; ///< "routing"

private:
    struct Candidates;
    Candidates candidatesFor(const RoutingRule &rule, const Lead &lead, const QList<User> &users) const;
    Id fallbackOwner(const RoutingTarget &target, const QList<const User *> &candidates, const QList<User> &users,
                     const RouteOptions &options, Words *why) const;

    Store &m_store;
    const Clock &m_clock;
    std::unique_ptr<RoutingRepository> m_repo;
};

} // namespace lr
