#include "core/rules/Condition.h"

#include "core/common/Translate.h"
#include "core/domain/BehaviourEvent.h"
#include "core/rules/TitleKeywords.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <array>
#include <utility>

namespace lr {
namespace {

constexpr std::array<std::pair<ConditionOp, const char *>, 8> kOps{{
    {ConditionOp::Equals, "equals"},
    {ConditionOp::In, "in"},
    {ConditionOp::Contains, "contains"},
    {ConditionOp::Regex, "regex"},
    {ConditionOp::Range, "range"},
    {ConditionOp::IsEmpty, "is_empty"},
    {ConditionOp::TitleKeyword, "title_keyword"},
    {ConditionOp::EventCount, "event_count"},
}};

QString tr(const char *text)
{
    return translateCore("lr::Condition", text);
}

bool usesField(ConditionOp op)
{
    return op != ConditionOp::EventCount;
}

} // namespace

QString toKey(ConditionOp op)
{
    for (const auto &[value, key] : kOps) {
        if (value == op)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<ConditionOp> conditionOpFromKey(const QString &key)
{
    for (const auto &[value, k] : kOps) {
        if (key == QLatin1String(k))
            return value;
    }
    return std::nullopt;
}

QString displayName(ConditionOp op)
{
    switch (op) {
    case ConditionOp::Equals:
        return tr("is");
    case ConditionOp::In:
        return tr("is one of");
    case ConditionOp::Contains:
        return tr("contains");
    case ConditionOp::Regex:
        return tr("matches the pattern");
    case ConditionOp::Range:
        return tr("is between");
    case ConditionOp::IsEmpty:
        return tr("is empty");
    case ConditionOp::TitleKeyword:
        return tr("names a role");
    case ConditionOp::EventCount:
        return tr("events within a time window");
    }
    return {};
}

const QList<ConditionOp> &allConditionOps()
{
    static const QList<ConditionOp> all = [] {
        QList<ConditionOp> out;
        for (const auto &entry : kOps)
            out.append(entry.first);
        return out;
    }();
    return all;
}

QJsonObject Condition::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("op"), toKey(op));
    if (usesField(op))
        o.insert(QStringLiteral("field"), toKey(field));
    switch (op) {
    case ConditionOp::Equals:
    case ConditionOp::Contains:
    case ConditionOp::Regex:
        o.insert(QStringLiteral("value"), value);
        break;
    case ConditionOp::In:
    case ConditionOp::TitleKeyword:
        o.insert(QStringLiteral("values"), QJsonArray::fromStringList(values));
        break;
    case ConditionOp::Range:
        if (min)
            o.insert(QStringLiteral("min"), *min);
        if (max)
            o.insert(QStringLiteral("max"), *max);
        break;
    case ConditionOp::IsEmpty:
        break;
    case ConditionOp::EventCount:
        o.insert(QStringLiteral("event"), eventType);
        if (!urlContains.isEmpty())
            o.insert(QStringLiteral("url_contains"), urlContains);
        if (!formType.isEmpty())
            o.insert(QStringLiteral("form_type"), formType);
        o.insert(QStringLiteral("min"), minCount);
        if (withinDays > 0)
            o.insert(QStringLiteral("days"), withinDays);
        break;
    }
    if (negate)
        o.insert(QStringLiteral("negate"), true);
    return o;
}

Result<Condition> Condition::fromJson(const QJsonObject &json)
{
    using R = Result<Condition>;
    Condition c;
    const QString opKey = json.value(QLatin1String("op")).toString();
    const auto op = conditionOpFromKey(opKey);
    if (!op)
        return R::failure(tr("Unknown operator \"%1\".").arg(opKey));
    c.op = *op;
    if (usesField(c.op)) {
        const QString fieldKey = json.value(QLatin1String("field")).toString();
        const auto field = leadFieldFromKey(fieldKey);
        if (!field)
            return R::failure(tr("Unknown field \"%1\".").arg(fieldKey));
        c.field = *field;
    }
    auto text = [&json](const char *name, QString *out) {
        const QJsonValue v = json.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull())
            return true;
        if (v.isDouble()) {
            *out = QString::number(v.toDouble(), 'g', 15);
            return true;
        }
        if (!v.isString())
            return false;
        *out = v.toString();
        return true;
    };
    auto number = [&json](const char *name, std::optional<double> *out) {
        const QJsonValue v = json.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isDouble())
            return false;
        *out = v.toDouble();
        return true;
    };
    if (!text("value", &c.value))
        return R::failure(tr("\"value\" must be text."));
    const QJsonValue values = json.value(QLatin1String("values"));
    if (!values.isUndefined()) {
        if (!values.isArray())
            return R::failure(tr("\"values\" must be a list."));
        for (const QJsonValue &v : values.toArray()) {
            if (v.isDouble())
                c.values.append(QString::number(v.toDouble(), 'g', 15));
            else if (v.isString())
                c.values.append(v.toString());
            else
                return R::failure(tr("\"values\" must hold text or numbers."));
        }
    }
    c.negate = json.value(QLatin1String("negate")).toBool(false);
    if (c.op == ConditionOp::EventCount) {
        if (!text("event", &c.eventType) || !text("url_contains", &c.urlContains) || !text("form_type", &c.formType))
            return R::failure(tr("\"event\", \"url_contains\" and \"form_type\" must be text."));
        std::optional<double> count;
        std::optional<double> days;
        if (!number("min", &count) || !number("days", &days))
            return R::failure(tr("\"min\" and \"days\" must be numbers."));
        c.minCount = count ? static_cast<int>(*count) : 1;
        c.withinDays = days ? static_cast<int>(*days) : 0;
    } else if (!number("min", &c.min) || !number("max", &c.max)) {
        return R::failure(tr("\"min\" and \"max\" must be numbers."));
    }
    if (const QString problem = c.check(); !problem.isEmpty())
        return R::failure(problem);
    return c;
}

QString Condition::check() const
{
    const FieldType type = fieldType(field);
    switch (op) {
    case ConditionOp::Equals:
        if (type == FieldType::Bool && value != QLatin1String("true") && value != QLatin1String("false"))
            return tr("%1 is yes or no: compare it with true or false.").arg(displayName(field));
        if (type == FieldType::Number) {
            bool isNumber = false;
            value.trimmed().toDouble(&isNumber);
            if (!isNumber)
                return tr("%1 is a number: enter a number.").arg(displayName(field));
        }
        if (value.trimmed().isEmpty())
            return tr("Enter a value, or choose \"%1\".").arg(displayName(ConditionOp::IsEmpty));
        return {};
    case ConditionOp::Contains:
        if (value.isEmpty())
            return tr("Enter the text to look for.");
        return {};
    case ConditionOp::In:
        if (values.isEmpty())
            return tr("Enter at least one value.");
        for (const QString &v : values) {
            if (v.trimmed().isEmpty())
                return tr("A value in the list is empty.");
        }
        return {};
    case ConditionOp::Regex: {
        if (value.isEmpty())
            return tr("Enter a pattern.");
        const QRegularExpression re(value);
        if (!re.isValid())
            return tr("The pattern does not compile at character %1: %2.")
                .arg(re.patternErrorOffset() + 1)
                .arg(re.errorString());
        return {};
    }
    case ConditionOp::Range:
        if (type != FieldType::Number)
            return tr("%1 is not a number, so it has no range.").arg(displayName(field));
        if (!min && !max)
            return tr("Enter a lower bound, an upper bound or both.");
        if (min && max && *min > *max)
            return tr("The lower bound %1 is above the upper bound %2.").arg(*min).arg(*max);
        return {};
    case ConditionOp::IsEmpty:
        return {};
    case ConditionOp::TitleKeyword:
        if (field != LeadField::Title)
            return tr("Role words apply to the job title only.");
        if (values.isEmpty())
            return tr("Choose at least one role.");
        for (const QString &key : values) {
            if (!TitleKeywords::fromKey(key))
                return tr("Unknown role \"%1\".").arg(key);
        }
        return {};
    case ConditionOp::EventCount:
        if (!behaviourTypeFromKey(eventType))
            return tr("Unknown event type \"%1\"; known types: %2.").arg(eventType, behaviourTypeKeys());
        if (minCount < 1)
            return tr("The number of events must be at least 1.");
        if (withinDays < 0)
            return tr("The time window cannot be negative.");
        return {};
    }
    return {};
}

QJsonObject ConditionSet::toJson() const
{
    QJsonArray list;
    for (const Condition &c : conditions)
        list.append(c.toJson());
    return {{match == Match::All ? QStringLiteral("all") : QStringLiteral("any"), list}};
}

Result<ConditionSet> ConditionSet::fromJson(const QJsonObject &json)
{
    using R = Result<ConditionSet>;
    ConditionSet set;
    QJsonValue list = json.value(QLatin1String("all"));
    if (list.isUndefined()) {
        list = json.value(QLatin1String("any"));
        set.match = Match::Any;
    }
    if (!list.isArray())
        return R::failure(tr("Conditions must be a list under \"all\" or \"any\"."));
    const QJsonArray array = list.toArray();
    if (array.isEmpty())
        return R::failure(tr("A rule needs at least one condition."));
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return R::failure(tr("Condition %1 is not an object.").arg(i + 1));
        const Result<Condition> c = Condition::fromJson(array.at(i).toObject());
        if (!c)
            return R::failure(tr("Condition %1: %2").arg(i + 1).arg(c.error()));
        set.conditions.append(c.value());
    }
    return set;
}

} // namespace lr
