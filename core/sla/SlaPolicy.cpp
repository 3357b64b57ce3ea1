#include "core/sla/SlaPolicy.h"

#include "core/domain/Lead.h"

#include <QJsonArray>
#include <QSet>

namespace lr {

const QString SlaPolicySet::kRuleKind = QStringLiteral("sla");

bool SlaPolicy::matches(const Lead &lead) const
{
    if (scoreClasses.isEmpty() && minScore < 0 && formTypes.isEmpty())
        return true;
    if (!lead.scoreClass.isEmpty() && scoreClasses.contains(lead.scoreClass, Qt::CaseInsensitive))
        return true;
    if (minScore >= 0 && !lead.scoreClass.isEmpty() && lead.score >= minScore)
        return true;
    return !lead.formType.isEmpty() && formTypes.contains(lead.formType, Qt::CaseInsensitive);
}

std::optional<SlaPolicy> SlaPolicySet::strictestFor(const Lead &lead) const
{
    std::optional<SlaPolicy> best;
    for (const SlaPolicy &p : policies) {
        if (p.matches(lead) && (!best || p.targetMs < best->targetMs))
            best = p;
    }
    return best;
}

std::optional<SlaPolicy> SlaPolicySet::byKey(const QString &key) const
{
    for (const SlaPolicy &p : policies) {
        if (p.key == key)
            return p;
    }
    return std::nullopt;
}

namespace {

/// The shipped task labels by policy key.
const char *shippedTaskLabel(const QString &key)
{
    if (key == QLatin1String("hot"))
        return QT_TRANSLATE_NOOP("lr::SlaPolicySet", "hot inbound");
    if (key == QLatin1String("demo"))
        return QT_TRANSLATE_NOOP("lr::SlaPolicySet", "demo request");
    if (key == QLatin1String("mql"))
        return QT_TRANSLATE_NOOP("lr::SlaPolicySet", "MQL");
    if (key == QLatin1String("new"))
        return QT_TRANSLATE_NOOP("lr::SlaPolicySet", "new inbound");
    return nullptr;
}

} // namespace

QJsonObject SlaPolicySet::toJson() const
{
    QJsonArray list;
    for (const SlaPolicy &p : policies) {
        list.append(
            QJsonObject{{QStringLiteral("key"), p.key},
                        {QStringLiteral("name"), p.name},
                        // A shipped label is kept in English, so the rules read in any language.
                        {QStringLiteral("task"), shippedTaskLabel(p.key) && !p.taskWords().isPlain()
                                                     ? QString::fromLatin1(shippedTaskLabel(p.key))
                                                     : p.taskLabel},
                        {QStringLiteral("score_classes"), QJsonArray::fromStringList(p.scoreClasses)},
                        {QStringLiteral("min_score"), p.minScore},
                        {QStringLiteral("form_types"), QJsonArray::fromStringList(p.formTypes)},
                        {QStringLiteral("target_minutes"), static_cast<double>(p.targetMs) / kMinuteMs},
                        {QStringLiteral("business_hours"), p.businessHours},
                        {QStringLiteral("ladder"), QJsonArray{p.nudgePercent, p.alertPercent, p.reassignPercent}}});
    }
    return {{QStringLiteral("policies"), list}};
}

Result<SlaPolicySet> SlaPolicySet::fromJson(const QJsonObject &json)
{
    using R = Result<SlaPolicySet>;
    const QJsonValue list = json.value(QLatin1String("policies"));
    if (!list.isArray())
        return R::failure(tr("SLA policies must be a list under \"policies\"."));
    SlaPolicySet set;
    auto strings = [](const QJsonValue &v) {
        QStringList out;
        for (const QJsonValue &item : v.toArray())
            out.append(item.toString());
        return out;
    };
    for (const QJsonValue &v : list.toArray()) {
        const QJsonObject o = v.toObject();
        SlaPolicy p;
        p.key = o.value(QLatin1String("key")).toString();
        p.name = o.value(QLatin1String("name")).toString(p.key);
        p.taskLabel = o.value(QLatin1String("task")).toString(p.name);
        if (const char *shipped = shippedTaskLabel(p.key); shipped && p.taskLabel == QLatin1String(shipped))
            p.taskLabel = tr(shipped);
        p.scoreClasses = strings(o.value(QLatin1String("score_classes")));
        p.minScore = o.value(QLatin1String("min_score")).toInt(-1);
        p.formTypes = strings(o.value(QLatin1String("form_types")));
        p.targetMs = static_cast<qint64>(o.value(QLatin1String("target_minutes")).toDouble() * kMinuteMs);
        p.businessHours = o.value(QLatin1String("business_hours")).toBool();
        const QJsonArray ladder = o.value(QLatin1String("ladder")).toArray();
        if (ladder.size() == 3) {
            p.nudgePercent = ladder.at(0).toInt();
            p.alertPercent = ladder.at(1).toInt();
            p.reassignPercent = ladder.at(2).toInt();
        }
        set.policies.append(p);
    }
    if (const QStringList problems = set.check(); !problems.isEmpty())
        return R::failure(problems.first());
    return set;
}

QStringList SlaPolicySet::check() const
{
    QStringList problems;
    QSet<QString> keys;
    bool catchAll = false;
    for (const SlaPolicy &p : policies) {
        if (p.key.isEmpty())
            problems.append(tr("Every SLA policy needs a key."));
        else if (keys.contains(p.key))
            problems.append(tr("The SLA policy key \"%1\" is used twice.").arg(p.key));
        keys.insert(p.key);
        if (p.targetMs < kMinuteMs)
            problems.append(tr("The SLA policy \"%1\" needs a target of at least one minute.").arg(p.name));
        if (!(0 < p.nudgePercent && p.nudgePercent < p.alertPercent && p.alertPercent < p.reassignPercent))
            problems.append(
                tr("The ladder of \"%1\" must rise: nudge < manager alert < reassignment (percent).").arg(p.name));
        catchAll = catchAll || (p.scoreClasses.isEmpty() && p.minScore < 0 && p.formTypes.isEmpty());
    }
    if (!catchAll)
        problems.append(tr("One SLA policy must match every lead (no lead types selected)."));
    return problems;
}

Words SlaPolicy::taskWords() const
{
    // A shipped label is recognised in English and in the language of this process (the rules
    // were saved from an app in that language); anything else is the admin's own words.
    const QString label = taskLabel.isEmpty() ? name : taskLabel;
    if (const char *shipped = shippedTaskLabel(key))
        return Words::shipped("lr::SlaPolicySet", shipped, label);
    return Words::plain(label);
}

SlaPolicySet SlaPolicySet::defaults()
{
    SlaPolicySet set;
    SlaPolicy hot;
    hot.key = QStringLiteral("hot");
    hot.name = tr("Hot / SQL");
    hot.taskLabel = tr(shippedTaskLabel(hot.key));
    hot.scoreClasses = {QStringLiteral("sql")};
    hot.minScore = 30;
    hot.targetMs = 5 * kMinuteMs;
    SlaPolicy demo;
    demo.key = QStringLiteral("demo");
    demo.name = tr("Demo request");
    demo.taskLabel = tr(shippedTaskLabel(demo.key));
    demo.formTypes = {QStringLiteral("demo_request")};
    demo.targetMs = 15 * kMinuteMs;
    SlaPolicy mql;
    mql.key = QStringLiteral("mql");
    mql.name = tr("MQL");
    mql.taskLabel = tr(shippedTaskLabel(mql.key));
    mql.scoreClasses = {QStringLiteral("mql")};
    mql.targetMs = 2 * kHourMs;
    SlaPolicy fresh;
    fresh.key = QStringLiteral("new");
    fresh.name = tr("New lead");
    fresh.taskLabel = tr(shippedTaskLabel(fresh.key));
    fresh.targetMs = 2 * kHourMs;
    set.policies = {hot, demo, mql, fresh};
    return set;
}

} // namespace lr
