#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/common/Words.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace lr {

struct Lead;

/// How fast a type of lead must get its first real touch, and the escalation ladder on the way.
struct SlaPolicy
{
    QString key;       ///< Stable ("hot", "demo", "mql", "new").
    QString name;      ///< "Hot / SQL".
    QString taskLabel; ///< Ends the task title: "Call Anna Nowak – hot inbound".
    // A lead matches when any selector holds; a policy without selectors matches every lead.
    QStringList scoreClasses; ///< "sql", "mql", …
    int minScore = -1;        ///< Score at or above (-1 = not used).
    QStringList formTypes;    ///< "demo_request", …
    qint64 targetMs = 2 * kHourMs;
    bool businessHours = false; ///< Count only the owner's working hours (else 24/7).
    int nudgePercent = 50;      ///< Nudge the owner.
    int alertPercent = 100;     ///< Alert the manager: the SLA is breached.
    int reassignPercent = 150;  ///< Reassign to the next available rep and log an incident.

    bool matches(const Lead &lead) const;
    /// The task label as words: the shipped label untranslated (so each owner reads it in their
    /// language), or the admin's own label as they wrote it.
    Words taskWords() const;
    bool operator==(const SlaPolicy &) const = default;
};

/// SLA policies as stored (kind "sla" in the rules table). Where several match a lead the
/// strictest (shortest target) applies.
///
/// JSON: {"policies": [{"key": "hot", "name": "Hot / SQL", "task": "hot inbound",
///                      "score_classes": ["sql"], "min_score": 30, "form_types": [],
///                      "target_minutes": 5, "business_hours": false, "ladder": [50, 100, 150]}, …]}
class SlaPolicySet final
{
    Q_DECLARE_TR_FUNCTIONS(lr::SlaPolicySet)

public:
    QList<SlaPolicy> policies;

    /// The strictest policy that matches `lead`, if any does.
    std::optional<SlaPolicy> strictestFor(const Lead &lead) const;
    std::optional<SlaPolicy> byKey(const QString &key) const;

    QJsonObject toJson() const;
    static Result<SlaPolicySet> fromJson(const QJsonObject &json);
    /// Translated problems (empty = can be saved): a target of zero, a ladder out of order, no
    /// policy for every lead, duplicate keys.
    QStringList check() const;

    /// Hot/SQL 5 min, demo request 15 min, MQL 2 h, any new lead 2 h; all 24/7, ladder 50/100/150 %.
    static SlaPolicySet defaults();

    static const QString kRuleKind; ///< "sla"

    bool operator==(const SlaPolicySet &) const = default;
};

} // namespace lr
