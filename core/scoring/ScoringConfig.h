#pragma once

#include "core/common/Result.h"
#include "core/rules/Condition.h"
#include "core/scoring/Qualification.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

namespace lr {

/// One scoring rule: when its conditions hold, `points` go to `axis`. Fires at most once per lead.
struct ScoringRule
{
    QString id;   ///< Stable key ("demo_request"); unique in a config.
    QString name; ///< What people read in the breakdown ("Demo request form").
    ScoreAxis axis = ScoreAxis::Fit;
    int points = 0;
    bool enabled = true;
    ConditionSet when;

    bool operator==(const ScoringRule &) const = default;
};

/// Lower bounds of the classes: SQL ≥ sql, MQL ≥ mql, Nurture ≥ nurture, else Disqualified.
struct ScoreThresholds
{
    int sql = 30;
    int mql = 20;
    int nurture = 10;

    /// Empty when the thresholds rise from Nurture to MQL to SQL within 0–100; else a translated
    /// reason for the editor to show at the thresholds.
    QString check() const;

    bool operator==(const ScoreThresholds &) const = default;
};

/// Where the action matrix draws "high": fit ≥ highFit, intent ≥ highIntent. Timing is "later"
/// when the BANT timeline is one of laterTimelines or the timing axis is below zero.
struct ActionMatrix
{
    int highFit = 15;
    int highIntent = 20;
    QStringList laterTimelines{QStringLiteral("next_quarter"), QStringLiteral("later")};

    bool operator==(const ActionMatrix &) const = default;
};

/// A whole scoring rule set as admins edit it and the store keeps it (rules of kind "scoring", one
/// JSON document per version):
///
///     {"rules": [{"id": "demo_request", "name": "Demo request form", "axis": "intent", "points": 25,
///                 "enabled": true, "when": {"any": [ …conditions, see Condition… ]}}, …],
///      "thresholds": {"sql": 30, "mql": 20, "nurture": 10},
///      "matrix": {"high_fit": 15, "high_intent": 20, "later_timelines": ["next_quarter", "later"]},
///      "form_types": {"contact-us-de": "contact", "demo-2026": "demo_request"}}
struct ScoringConfig
{
    Q_DECLARE_TR_FUNCTIONS(lr::ScoringConfig)

public:
    QList<ScoringRule> rules; ///< In the order admins arranged them (the breakdown keeps it).
    ScoreThresholds thresholds;
    ActionMatrix matrix;
    QHash<QString, QString> formTypes; ///< form ID → form type, for submissions that carry no form_type.

    /// The shipped defaults: the seed guides' points and thresholds (requirements §3).
    static ScoringConfig defaults();
    /// How rule `ruleId` called `name` is shown: a shipped rule still called as shipped ("Demo
    /// request form") in the reader's language, any other name as the admin wrote it.
    static QString displayName(const QString &ruleId, const QString &name);
    /// What to store for a name an admin typed: a shipped rule's name in the admin's language is
    /// stored as shipped (English), any other name as typed.
    static QString storedName(const QString &ruleId, const QString &typed);
    /// The form types a form can have: demo_request, contact, pricing, newsletter, webinar.
    static const QStringList &knownFormTypes();

    QJsonObject toJson() const;
    /// Fails with a translated reason naming the rule (and condition) at fault.
    static Result<ScoringConfig> fromJson(const QJsonObject &json);
    /// Empty when the config can be saved; else the first problem: thresholds out of order
    /// (MQL above SQL), a rule without an id or name, a duplicate id, a bad condition, an unknown
    /// form type.
    QString check() const;

    bool operator==(const ScoringConfig &) const = default;
};

} // namespace lr
