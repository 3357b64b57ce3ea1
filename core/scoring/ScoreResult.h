#pragma once

#include "core/common/Clock.h"
#include "core/rules/Trigger.h"
#include "core/scoring/Qualification.h"

#include <QJsonArray>
#include <QList>
#include <QString>

namespace lr {

/// One line of a score's explanation: "+25 Demo request form (Form type: demo_request), 12 Nov".
struct ScoreLine
{
    QString ruleId;
    QString ruleName;
    ScoreAxis axis = ScoreAxis::Fit;
    int points = 0;
    QString fact;   ///< What triggered the rule, in the current language (see Trigger).
    Instant at = 0; ///< When that fact arose.
    /// `fact` in no language: what the store keeps (see ScoringRuleSet::render()). Empty in lines
    /// stored before explanations were kept this way, which keep their words in `fact`.
    QList<TriggerPart> parts;

    bool operator==(const ScoreLine &) const = default;
};

/// A lead's score with its explanation: the rules that fired, their points per axis, the class,
/// the recommended next step and the rule-set version that produced it.
struct ScoreResult
{
    int score = 0; ///< Sum of the fired rules' points, clamped to 0–100.
    int fit = 0;   ///< Sum per axis, unclamped (may be negative).
    int intent = 0;
    int timing = 0;
    ScoreClass scoreClass = ScoreClass::Disqualified;
    NextStep nextStep = NextStep::Recycle;
    int rulesVersion = 0;
    bool guarded = false; ///< The over-scoring guard held the lead below SQL.
    QList<ScoreLine> lines;

    /// The lines as the store keeps them: {at, axis, name, points, rule, why: [[condition, value],
    /// …]}; a line without parts keeps its words in "fact" instead.
    QJsonArray linesToJson() const;
    /// linesToJson() as compact JSON text, written directly: the same text QJsonDocument writes
    /// (keys in order, integers, the same escapes), at a fraction of the cost. A re-score compares
    /// it with the stored breakdown for every lead.
    QString linesToCompactJson() const;
    static QList<ScoreLine> linesFromJson(const QJsonArray &json);

    bool operator==(const ScoreResult &) const = default;
};

} // namespace lr
