#pragma once

#include "core/common/Result.h"
#include "core/common/Words.h"
#include "core/domain/Ids.h"
#include "core/rules/Condition.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace lr {

struct Team;
struct User;

/// How a rule picks one person among its candidates.
enum class RoutingStrategy {
    RoundRobin, ///< The next candidate after the one who got the previous lead (pointer kept in the store).
    LeastLoaded ///< The candidate with the fewest open leads.
};

/// Who a rule hands a lead to.
struct RoutingTarget
{
    enum class Kind {
        User,        ///< One person.
        Team,        ///< The reps of a team.
        Pool,        ///< Reps filtered by the members below (all reps when no filter is set).
        AccountOwner ///< The owner of the named account the lead's domain is on (no account: rule skipped).
    };
    Kind kind = Kind::Pool;
    Id userId = 0;                   ///< User.
    Id teamId = 0;                   ///< Team; for a Pool, restricts it to this team (optional).
    QList<Id> users;                 ///< Pool: only these people (empty = anyone).
    QString segment;                 ///< Pool: only reps of this segment ("enterprise").
    bool speaksLeadLanguage = false; ///< Pool: only reps who speak the lead's language.
    bool coversLeadCountry = false;  ///< Pool: only reps whose territories hold the lead's country.
    bool seniorOnly = false;         ///< Pool: only senior reps.
    RoutingStrategy strategy = RoutingStrategy::RoundRobin;

    bool operator==(const RoutingTarget &) const = default;
};

/// One ordered routing rule: when its conditions hold for a lead, its target takes the lead.
/// A rule without conditions matches every lead (a default rule) — except an AccountOwner rule,
/// which only matches leads whose domain is on the named-account list.
struct RoutingRule
{
    QString key;  ///< Stable id within the set; the round robin pointer is kept per key.
    QString name; ///< Shown in the reason trail ("Territory DACH").
    std::optional<ConditionSet> conditions;
    RoutingTarget target;
    bool respectWorkingHours = false; ///< Skip people outside their working hours.
    bool alertOwner = false;          ///< Tell the owner at once (named accounts).
    bool enabled = true;

    bool isDefault() const { return !conditions.has_value(); }
    bool operator==(const RoutingRule &) const = default;
};

/// A problem with a rule set, for the editor: `rule` is the 0-based index (-1 = the whole set).
struct RoutingIssue
{
    int rule = -1;
    QString message;
    bool blocking = true; ///< A blocking issue stops the set from being saved.
};

/// The ordered routing rules as stored (kind "routing" in the rules table), first match wins.
///
/// JSON: {"rules": [{"key": "territory-dach", "name": "Territory DACH",
///                   "when": {"all": [{"field": "country", "op": "in", "values": ["DE", "AT"]}]},
///                   "target": {"type": "team", "team": 3, "strategy": "round_robin"},
///                   "working_hours": false, "alert": false, "enabled": true}, …]}
/// Target types: user (+"user"), team (+"team"), pool (+"users", "team", "segment",
/// "speaks_lead_language", "covers_lead_country", "senior"), account_owner. Strategy:
/// round_robin or least_loaded. A rule without "when" is a default rule.
class RoutingRuleSet final
{
    Q_DECLARE_TR_FUNCTIONS(lr::RoutingRuleSet)

public:
    QList<RoutingRule> rules;

    /// Finds a territory rule's team (by id), to recognise the rule's shipped name.
    using TeamLookup = std::function<std::optional<Team>(Id)>;

    /// A shipped rule name still as shipped is stored in English (a territory rule's with its
    /// team's name and countries, given `team`), so the rules read in any language.
    QJsonObject toJson(const TeamLookup &team = {}) const;
    /// Shipped names read in this process's language (a territory rule's given `team`).
    static Result<RoutingRuleSet> fromJson(const QJsonObject &json, const TeamLookup &team = {});

    /// Problems against the current users and teams: no enabled default rule (a lead could be
    /// left unowned — blocking), a rule pointing at a deleted or inactive user or a deleted team
    /// (flagged), bad conditions, duplicate keys.
    QList<RoutingIssue> check(const QList<User> &users, const QList<Team> &teams) const;

    /// The shipped defaults, built from the users' teams, countries and languages: named account →
    /// owner + alert; employees > 500 → enterprise reps; one territory rule per team with
    /// territories; form language → reps who speak it; referral → senior reps; default round robin.
    static RoutingRuleSet defaults(const QList<User> &users, const QList<Team> &teams);
    /// A rule's name as words for the reason trail the store keeps: a shipped rule's name
    /// untranslated (recognised in English or in this app's language; `team` finds a territory
    /// rule's team), anything the admin wrote as plain text.
    static Words nameWords(const RoutingRule &rule, const TeamLookup &team);
    /// The shipped name of `team`'s territory rule `rule` for the countries it routes, translated.
    static QString territoryName(const RoutingRule &rule, const Team &team);

    bool operator==(const RoutingRuleSet &) const = default;
};

QString toKey(RoutingStrategy strategy);
std::optional<RoutingStrategy> routingStrategyFromKey(const QString &key);
/// Translated ("round robin").
QString displayName(RoutingStrategy strategy);
Words displayWords(RoutingStrategy strategy);
QString toKey(RoutingTarget::Kind kind);
/// "Team", "Named account owner", … in the user's language.
QString displayName(RoutingTarget::Kind kind);
std::optional<RoutingTarget::Kind> targetKindFromKey(const QString &key);

} // namespace lr
