#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/rules/Condition.h"
#include "core/rules/LeadFacts.h"
#include "core/rules/Trigger.h"

#include <QRegularExpression>

#include <vector>

namespace lr {

/// A ConditionSet turned into a form that evaluates fast and never parses again: patterns compiled,
/// keys resolved to indexes, role words to bit masks. Build one per rule version (see
/// ScoringRuleSet, and routing's rule set) and evaluate it against any number of leads:
///
///     auto compiled = CompiledConditions::compile(set);      // once per rule version
///     if (compiled && compiled->matches(facts)) …           // per lead
///
/// Thread-safe for concurrent evaluation once built.
class CompiledConditions final
{
    Q_DECLARE_TR_FUNCTIONS(lr::CompiledConditions)

public:
    /// Fails with the first condition's reason (see Condition::check()).
    static Result<CompiledConditions> compile(const ConditionSet &set);

    /// True when the conditions hold for `facts` (all of them, or any, per the set's match).
    bool matches(const LeadFacts &facts) const;
    /// matches(), and when true, the facts that made it so in `why` (one pass, for scoring).
    bool matches(const LeadFacts &facts, Trigger *why) const;
    /// The facts that made matches() true; call only when it is.
    Trigger explain(const LeadFacts &facts) const;
    /// True when every condition counts events of `eventType` and nothing else (the over-scoring
    /// guard uses it to tell points earned only by, say, email opens).
    bool onlyCountsEvents(const QString &eventType) const;
    /// The words of `parts` (as matches() gave them, maybe stored long ago) in the current
    /// language, joined as matches() joins them. A part naming no condition of this set is left out.
    QString words(const QList<TriggerPart> &parts) const;

private:
    struct Item
    {
        ConditionOp op = ConditionOp::Equals;
        LeadField field = LeadField::Email;
        bool negate = false;
        bool numeric = false; ///< Equals on a number field with a numeric value.
        double number = 0;
        QString value;
        QStringList values;
        QRegularExpression regex;
        bool hasMin = false;
        bool hasMax = false;
        double min = 0;
        double max = 0;
        unsigned titleMask = 0;
        QString eventType;
        QString urlContains;
        QString formType;
        int minCount = 1;
        qint64 windowMs = 0;
        // The explanation's words, translated once at compile time: the variable part (the
        // lead's value, or the event count) goes between `before` and `after`.
        QString before;
        QString after;
        QString whenTrue;  ///< Bool fields: the explanation when true, and when false.
        QString whenFalse; ///< Also the text of an empty field.
    };

    static void prepareWords(Item &item);

    bool holds(const Item &item, const LeadFacts &facts) const;
    static int countEvents(const Item &item, const LeadFacts &facts, Instant *newest);
    Trigger describe(int index, const LeadFacts &facts) const;
    static QString wordsFor(const Item &item, const QString &value);

    ConditionSet::Match m_match = ConditionSet::Match::All;
    std::vector<Item> m_items;
};

} // namespace lr
