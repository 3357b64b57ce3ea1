#include "core/rules/CompiledConditions.h"

#include "core/common/DayPhrases.h"
#include "core/domain/BehaviourEvent.h"
#include "core/rules/TitleKeywords.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

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
        prepareWords(item);
        out.m_items.push_back(std::move(item));
    }
    return out;
}

namespace {

/// Stands for the lead's value in a template filled at compile time (a private-use character no
/// label, URL or form type carries).
const QChar kValueMarker(0xE000);

/// Splits a filled template at the marker into the text before and after it: what QString::arg
/// would put around the value, without parsing the template per lead.
void splitAtMarker(const QString &filled, QString &before, QString &after)
{
    const qsizetype at = filled.indexOf(kValueMarker);
    before = at < 0 ? filled : filled.left(at);
    after = at < 0 ? QString() : filled.mid(at + 1);
}

/// The UTC day of `t` as YYYY-MM-DD, written digit by digit: most scored leads are ghosted, and
/// QDateTime's formatting was a tenth of a re-score.
QString isoDay(Instant t)
{
    const qint64 day = t >= 0 ? t / kDayMs : (t - kDayMs + 1) / kDayMs;
    const QDate date = QDate::fromJulianDay(2440588 + day); // 2440588: 1970-01-01
    const int y = date.year();
    if (y < 0 || y > 9999)
        return QDateTime::fromMSecsSinceEpoch(t, QTimeZone::utc()).toString(Qt::ISODate).left(10);
    const int parts[] = {y / 1000,          y / 100 % 10,      y / 10 % 10, y % 10,          -1,
                         date.month() / 10, date.month() % 10, -1,          date.day() / 10, date.day() % 10};
    QString out(10, Qt::Uninitialized);
    for (int i = 0; i < 10; ++i)
        out[i] = parts[i] < 0 ? QLatin1Char('-') : QLatin1Char(static_cast<char>('0' + parts[i]));
    return out;
}

} // namespace

void CompiledConditions::prepareWords(Item &item)
{
    const QString marker(kValueMarker);
    if (item.op == ConditionOp::EventCount) {
        const auto type = behaviourTypeFromKey(item.eventType);
        QString what = type ? displayName(*type) : item.eventType;
        if (!item.urlContains.isEmpty())
            what += QLatin1Char(' ') + item.urlContains;
        if (!item.formType.isEmpty())
            what += QStringLiteral(" (") + item.formType + QLatin1Char(')');
        QString filled;
        if (item.negate)
            filled = tr("%1: %2, fewer than %3").arg(what, marker, QString::number(item.minCount));
        else if (item.windowMs > 0)
            filled =
                tr("%1 ×%2 %3").arg(what, marker, DayPhrases::within(static_cast<int>(item.windowMs / kDayMs)).text());
        else
            filled = tr("%1 ×%2").arg(what, marker);
        splitAtMarker(filled, item.before, item.after);
        return;
    }
    const QString label = displayName(item.field);
    if (fieldType(item.field) == FieldType::Bool) {
        item.whenTrue = label;
        item.whenFalse = tr("not %1").arg(label);
        return;
    }
    item.whenFalse = tr("%1: empty").arg(label);
    splitAtMarker(tr("%1: %2").arg(label, marker), item.before, item.after);
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

Trigger CompiledConditions::describe(int index, const LeadFacts &facts) const
{
    const Item &item = m_items[static_cast<std::size_t>(index)];
    Trigger t;
    t.at = facts.capturedAt;
    QString value;
    if (item.op == ConditionOp::EventCount) {
        Instant newest = 0;
        value = QString::number(countEvents(item, facts, &newest));
        if (newest)
            t.at = newest;
    } else if (item.field == LeadField::DaysSilent) {
        // Named by the day the silence began, not by its length: the explanation of a ghosted lead
        // stays the same from one day to the next, so a re-score does not rewrite it.
        t.at = facts.lastActivityAt();
        value = isoDay(t.at);
    } else {
        value = facts.text(item.field);
    }
    t.fact = wordsFor(item, value);
    t.parts = {{index, std::move(value)}};
    return t;
}

QString CompiledConditions::wordsFor(const Item &item, const QString &value)
{
    if (item.op == ConditionOp::EventCount)
        return item.before + value + item.after;
    if (item.field == LeadField::DaysSilent)
        return item.before + tr("no activity since %1").arg(value) + item.after;
    if (fieldType(item.field) == FieldType::Bool)
        return value == QLatin1String("true") ? item.whenTrue : item.whenFalse;
    if (value.isEmpty())
        return item.whenFalse;
    return item.before + value + item.after;
}

QString CompiledConditions::words(const QList<TriggerPart> &parts) const
{
    QStringList out;
    for (const TriggerPart &part : parts) {
        if (part.condition >= 0 && static_cast<std::size_t>(part.condition) < m_items.size())
            out.append(wordsFor(m_items[static_cast<std::size_t>(part.condition)], part.value));
    }
    return out.join(QStringLiteral("; "));
}

Trigger CompiledConditions::explain(const LeadFacts &facts) const
{
    Trigger out;
    matches(facts, &out);
    return out;
}

bool CompiledConditions::matches(const LeadFacts &facts, Trigger *why) const
{
    if (!why)
        return matches(facts);
    const int count = static_cast<int>(m_items.size());
    if (m_match == ConditionSet::Match::Any) {
        for (int i = 0; i < count; ++i) {
            if (holds(m_items[static_cast<std::size_t>(i)], facts)) {
                *why = describe(i, facts);
                return true;
            }
        }
        return false;
    }
    if (!matches(facts))
        return false;
    // All hold: the explanation names each, joined; a single condition (most rules) needs no join.
    *why = describe(0, facts);
    for (int i = 1; i < count; ++i) {
        Trigger t = describe(i, facts);
        why->fact += QStringLiteral("; ") + t.fact;
        why->at = std::max(why->at, t.at);
        why->parts.append(std::move(t.parts.front()));
    }
    return true;
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
