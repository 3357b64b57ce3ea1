#include "core/scoring/RescoreScope.h"

#include "core/scoring/ScoringRuleSet.h"

#include <QSet>

#include <algorithm>

namespace lr {
namespace {

/// The ids of the enabled rules, in their order.
QStringList enabledIds(const ScoringConfig &config)
{
    QStringList ids;
    for (const ScoringRule &rule : config.rules) {
        if (rule.enabled)
            ids.append(rule.id);
    }
    return ids;
}

const ScoringRule *enabledRule(const ScoringConfig &config, const QString &id)
{
    for (const ScoringRule &rule : config.rules) {
        if (rule.enabled && rule.id == id)
            return &rule;
    }
    return nullptr;
}

/// False when the step from `before` to `after` can change leads beyond those it names in `rules`
/// and `bands`.
bool narrowStep(const ScoringRuleSet &before, const ScoringRuleSet &after, QSet<QString> *rules,
                QList<std::pair<int, int>> *bands)
{
    const ScoringConfig &a = before.config();
    const ScoringConfig &b = after.config();
    if (a.formTypes != b.formTypes || a.matrix != b.matrix)
        return false;
    const QStringList was = enabledIds(a);
    const QStringList now = enabledIds(b);
    // Rules enabled on both sides must keep their order: the breakdown lists them in it.
    QStringList wasKept;
    for (const QString &id : was) {
        if (now.contains(id))
            wasKept.append(id);
    }
    QStringList nowKept;
    for (const QString &id : now) {
        if (was.contains(id))
            nowKept.append(id);
    }
    if (wasKept != nowKept)
        return false;
    for (const QString &id : now) {
        const ScoringRule *old = enabledRule(a, id);
        const ScoringRule *rule = enabledRule(b, id);
        if (!old || old->when != rule->when)
            return false; // may fire for leads that never fired it
        if (old->points != rule->points || old->axis != rule->axis || old->name != rule->name)
            rules->insert(id);
    }
    for (const QString &id : was) {
        if (!now.contains(id))
            rules->insert(id); // disabled or removed: off the leads that fired it
    }
    const ScoreThresholds &t = a.thresholds;
    const ScoreThresholds &u = b.thresholds;
    for (const auto &[x, y] : {std::pair(t.sql, u.sql), std::pair(t.mql, u.mql), std::pair(t.nurture, u.nurture)}) {
        if (x != y)
            bands->append({std::min(x, y), std::max(x, y)});
    }
    if (t.sql != u.sql) {
        rules->insert(QStringLiteral("guard_email_opens"));
        for (const QString &id : before.opensOnlyRuleIds() + after.opensOnlyRuleIds())
            rules->insert(id);
    }
    return true;
}

} // namespace

ScoringScope affectedLeads(const QList<const ScoringRuleSet *> &versions)
{
    ScoringScope scope;
    if (versions.isEmpty())
        return scope; // nothing known: every lead
    QSet<QString> rules;
    QList<std::pair<int, int>> bands;
    for (qsizetype i = 1; i < versions.size(); ++i) {
        if (!narrowStep(*versions.at(i - 1), *versions.at(i), &rules, &bands))
            return scope;
    }
    scope.everyLead = false;
    scope.ruleIds = QStringList(rules.cbegin(), rules.cend());
    scope.ruleIds.sort();
    scope.scoreBands = bands;
    return scope;
}

} // namespace lr
