#include "core/rules/CompiledConditions.h"

#include "core/domain/BehaviourEvent.h"
#include "core/rules/TitleKeywords.h"

#include <algorithm>
#include <limits>

namespace lr {

Result<CompiledConditions> CompiledConditions::compile(const ConditionSet &set)
{
    using R = Result<CompiledConditions>;
    if (set.conditions.isEmpty())
        return R::failure(tr("A rule needs at least one condition."));
    CompiledConditions out;
    out.m_match = set.match;
    out.m_items.reserve(static_cast<std::size_t>(set.conditions.size()));
    for (qsizetype i = 0; i < set.conditions.size(); ++i) {
        const Condition &c = set.conditions.at(i);
        if (const QString problem = c.check(); !problem.isEmpty())
            return R::failure(tr("Condition %1: %2").arg(i + 1).arg(problem));
        Item item;
        item.op = c.op;
        item.field = c.field;
        item.negate = c.negate;
        item.value = c.value;
        item.values = c.values;
        switch (c.op) {
        case ConditionOp::Equals:
            if (fieldType(c.field) == FieldType::Number)
                item.number = c.value.toDouble(&item.numeric);
            break;
        case ConditionOp::Regex:
            item.regex = QRegularExpression(c.value, QRegularExpression::CaseInsensitiveOption |
                                                         QRegularExpression::UseUnicodePropertiesOption);
            item.regex.optimize();
            break;
        case ConditionOp::Range:
            item.hasMin = c.min.has_value();
            item.hasMax = c.max.has_value();
            item.min = c.min.value_or(0);
            item.max = c.max.value_or(0);
            break;
        case ConditionOp::TitleKeyword:
            for (const QString &key : c.values)
                item.titleMask |= 1u << static_cast<unsigned>(*TitleKeywords::fromKey(key));
            break;
        case ConditionOp::EventCount:
            item.eventType = c.eventType;
            item.urlContains = c.urlContains;
            item.formType = c.formType;
            item.minCount = c.minCount;
            item.windowMs = static_cast<qint64>(c.withinDays) * kDayMs;
            break;
        case ConditionOp::In:
        case ConditionOp::Contains:
        case ConditionOp::IsEmpty:
            break;
        }
        out.m_items.push_back(std::move(item));
    }
    return out;
}

int CompiledConditions::countEvents(const Item &item, const LeadFacts &facts, Instant *newest)
{
    int count = 0;
    const Instant from = item.windowMs > 0 ? facts.now - item.windowMs : std::numeric_limits<Instant>::min();
    for (const FactEvent &e : facts.events()) {
        if (e.at < from || e.type != item.eventType)
            continue;
        if (!item.urlContains.isEmpty() && !e.url.contains(item.urlContains, Qt::CaseInsensitive))
            continue;
        if (!item.formType.isEmpty() && e.formType.compare(item.formType, Qt::CaseInsensitive) != 0)
            continue;
        ++count;
        if (newest && e.at > *newest)
            *newest = e.at;
    }
    return count;
}

bool CompiledConditions::holds(const Item &item, const LeadFacts &facts) const
{
    bool result = false;
    const QString &text = facts.text(item.field);
    switch (item.op) {
    case ConditionOp::Equals:
        if (item.numeric)
            result = !text.isEmpty() && facts.number(item.field) == item.number;
        else
            result = text.compare(item.value, Qt::CaseInsensitive) == 0;
        break;
    case ConditionOp::In:
        for (const QString &v : item.values) {
            if (text.compare(v, Qt::CaseInsensitive) == 0) {
                result = true;
                break;
            }
        }
        break;
    case ConditionOp::Contains:
        result = text.contains(item.value, Qt::CaseInsensitive);
        break;
    case ConditionOp::Regex:
        result = !text.isEmpty() && item.regex.match(text).hasMatch();
        break;
    case ConditionOp::Range: {
        const double n = facts.number(item.field);
        result = !text.isEmpty() && (!item.hasMin || n >= item.min) && (!item.hasMax || n <= item.max);
        break;
    }
    case ConditionOp::IsEmpty:
        result = text.isEmpty();
        break;
    case ConditionOp::TitleKeyword:
        result = (facts.titleCategories() & item.titleMask) != 0;
        break;
    case ConditionOp::EventCount:
        result = countEvents(item, facts, nullptr) >= item.minCount;
        break;
    }
    return result != item.negate;
}

bool CompiledConditions::matches(const LeadFacts &facts) const
{
    if (m_match == ConditionSet::Match::All) {
        for (const Item &item : m_items) {
            if (!holds(item, facts))
                return false;
        }
        return !m_items.empty();
    }
    for (const Item &item : m_items) {
        if (holds(item, facts))
            return true;
    }
    return false;
}

Trigger CompiledConditions::describe(const Item &item, const LeadFacts &facts) const
{
    Trigger t;
    t.at = facts.capturedAt;
    if (item.op == ConditionOp::EventCount) {
        Instant newest = 0;
        const int count = countEvents(item, facts, &newest);
        const auto type = behaviourTypeFromKey(item.eventType);
        QString what = type ? displayName(*type) : item.eventType;
        if (!item.urlContains.isEmpty())
            what += QLatin1Char(' ') + item.urlContains;
        if (!item.formType.isEmpty())
            what += QStringLiteral(" (") + item.formType + QLatin1Char(')');
        if (item.negate)
            t.fact = tr("%1: %2, fewer than %3").arg(what).arg(count).arg(item.minCount);
        else if (item.windowMs > 0)
            t.fact = tr("%1 ×%2 in %3 days").arg(what).arg(count).arg(item.windowMs / kDayMs);
        else
            t.fact = tr("%1 ×%2").arg(what).arg(count);
        if (newest)
            t.at = newest;
        return t;
    }
    const QString label = displayName(item.field);
    const QString &text = facts.text(item.field);
    if (fieldType(item.field) == FieldType::Bool)
        t.fact = text == QLatin1String("true") ? label : tr("not %1").arg(label);
    else if (text.isEmpty())
        t.fact = tr("%1: empty").arg(label);
    else
        t.fact = tr("%1: %2").arg(label, text);
    return t;
}

Trigger CompiledConditions::explain(const LeadFacts &facts) const
{
    Trigger out;
    QStringList parts;
    for (const Item &item : m_items) {
        if (!holds(item, facts))
            continue;
        const Trigger t = describe(item, facts);
        parts.append(t.fact);
        out.at = std::max(out.at, t.at);
        if (m_match == ConditionSet::Match::Any)
            break;
    }
    out.fact = parts.join(QStringLiteral("; "));
    return out;
}

bool CompiledConditions::onlyCountsEvents(const QString &eventType) const
{
    for (const Item &item : m_items) {
        if (item.op != ConditionOp::EventCount || item.eventType != eventType || item.negate)
            return false;
    }
    return !m_items.empty();
}

} // namespace lr
