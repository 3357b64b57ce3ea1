#pragma once

#include "core/common/Result.h"
#include "core/rules/CompiledConditions.h"
#include "core/scoring/ScoreResult.h"
#include "core/scoring/ScoringConfig.h"

#include <vector>

namespace lr {

/// A ScoringConfig compiled once per rule version: scores any number of leads in memory, never
/// touching the store (ScoringService does the reading and writing).
///
/// score(): the enabled rules whose conditions hold add their points to their axis; the total is
/// clamped to 0–100 and classed by the thresholds; the action matrix picks the next step. The
/// over-scoring guard keeps a lead out of SQL when only email-open rules lift it there.
class ScoringRuleSet final
{
    Q_DECLARE_TR_FUNCTIONS(lr::ScoringRuleSet)

public:
    /// Fails with the reason of the first bad rule (see ScoringConfig::check()).
    static Result<ScoringRuleSet> compile(const ScoringConfig &config, int version);

    ScoreResult score(const LeadFacts &facts) const;
    /// Gives a stored line of this version its words in the current language: the fact from its
    /// parts, and the over-scoring guard's name. Lines stored with words only keep them.
    void render(ScoreLine &line) const;
    /// The rule id of the over-scoring guard's line.
    static QString guardRuleId() { return QStringLiteral("guard_email_opens"); }
    ScoreClass classify(int score) const;
    /// The form type configured for `formId`, or empty.
    QString formTypeFor(const QString &formId) const { return m_config.formTypes.value(formId); }

    const ScoringConfig &config() const { return m_config; }
    int version() const { return m_version; }
    /// The enabled rules that earn points from email opens alone: the over-scoring guard weighs them.
    QStringList opensOnlyRuleIds() const;

private:
    struct Compiled
    {
        qsizetype rule = 0; ///< Index in m_config.rules (stays valid when the set is copied).
        CompiledConditions conditions;
        bool opensOnly = false; ///< Earns points from email opens and nothing else.
    };

    NextStep nextStep(const ScoreResult &result, const LeadFacts &facts) const;

    ScoringConfig m_config;
    int m_version = 0;
    std::vector<Compiled> m_rules;
};

} // namespace lr
