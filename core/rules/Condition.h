#pragma once

#include "core/common/Result.h"
#include "core/rules/LeadField.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace lr {

/// How a condition tests a lead.
enum class ConditionOp {
    Equals,       ///< field == value (case-insensitive; numerically for number fields)
    In,           ///< field equals any of values
    Contains,     ///< field contains value (case-insensitive)
    Regex,        ///< field matches the regular expression in value (case-insensitive)
    Range,        ///< number field within [min, max]; either bound may be open
    IsEmpty,      ///< field has no value (an unknown number is empty)
    TitleKeyword, ///< the title holds a word of any category in values (c_level, founder, student, intern)
    EventCount    ///< at least minCount events of eventType (filtered by URL / form type) within withinDays
};

QString toKey(ConditionOp op);
std::optional<ConditionOp> conditionOpFromKey(const QString &key);
/// Translated ("is one of", "events within a time window").
QString displayName(ConditionOp op);
const QList<ConditionOp> &allConditionOps();

/// One test on a lead, as plain data: exactly what rule documents store (toJson/fromJson) and what
/// the rule editor edits. Evaluate it through CompiledConditions, never directly.
///
/// JSON forms (members not listed are ignored; "negate": true inverts any of them):
///   {"field": "form_type", "op": "equals", "value": "demo_request"}
///   {"field": "country", "op": "in", "values": ["DE", "AT", "CH"]}
///   {"field": "title", "op": "contains", "value": "sales"}
///   {"field": "email_domain", "op": "regex", "value": "\\.edu$"}
///   {"field": "employees", "op": "range", "min": 50, "max": 200}
///   {"field": "phone", "op": "is_empty"}
///   {"field": "title", "op": "title_keyword", "values": ["c_level", "founder"]}
///   {"op": "event_count", "event": "page_view", "url_contains": "/pricing", "min": 3, "days": 7}
///   {"op": "event_count", "event": "form_submit", "form_type": "demo_request"}
struct Condition
{
    Q_DECLARE_TR_FUNCTIONS(lr::Condition)

public:
    ConditionOp op = ConditionOp::Equals;
    LeadField field = LeadField::Email; ///< Not used by EventCount.
    QString value;                      ///< Equals, Contains, Regex (the pattern).
    QStringList values;                 ///< In, TitleKeyword (category keys).
    std::optional<double> min;          ///< Range, inclusive.
    std::optional<double> max;          ///< Range, inclusive.
    bool negate = false;                ///< Holds when the test does not.

    // EventCount
    QString eventType;   ///< A BehaviourType key (page_view, email_open, …).
    QString urlContains; ///< Only events whose URL contains this (case-insensitive); empty = any.
    QString formType;    ///< Only form_submit events of this form type; empty = any.
    int minCount = 1;    ///< At least this many events.
    int withinDays = 0;  ///< Only events of the last N days before LeadFacts::now; 0 = ever.

    QJsonObject toJson() const;
    /// Reads the JSON form; fails with a translated message on an unknown op or field, a member of
    /// the wrong type, or anything check() refuses.
    static Result<Condition> fromJson(const QJsonObject &json);
    /// Empty when the condition can be evaluated; else a translated reason for the editor to show at
    /// the field (a regex that does not compile, min above max, a range on a text field, …).
    QString check() const;

    bool operator==(const Condition &) const = default;
};

/// Conditions combined with AND (all) or OR (any). JSON: {"all": [ … ]} or {"any": [ … ]}.
struct ConditionSet
{
    Q_DECLARE_TR_FUNCTIONS(lr::ConditionSet)

public:
    enum class Match { All, Any };
    Match match = Match::All;
    QList<Condition> conditions;

    QJsonObject toJson() const;
    /// Fails with "condition 2: …" naming the first bad condition; an empty set is refused.
    static Result<ConditionSet> fromJson(const QJsonObject &json);

    bool operator==(const ConditionSet &) const = default;
};

} // namespace lr
