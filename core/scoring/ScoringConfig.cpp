#include "core/scoring/ScoringConfig.h"

#include "core/common/Words.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace lr {
namespace {

ScoringRule rule(const char *id, const char *name, ScoreAxis axis, int points, const char *when)
{
    ScoringRule r;
    r.id = QString::fromLatin1(id);
    r.name = QString::fromUtf8(name);
    r.axis = axis;
    r.points = points;
    r.when = ConditionSet::fromJson(QJsonDocument::fromJson(when).object()).value();
    return r;
}

} // namespace

namespace {

/// The English name each shipped rule is stored with, by id.
const QHash<QString, QByteArray> &shippedNames()
{
    static const QHash<QString, QByteArray> names = [] {
        QHash<QString, QByteArray> out;
        for (const ScoringRule &r : ScoringConfig::defaults().rules)
            out.insert(r.id, r.name.toUtf8());
        return out;
    }();
    return names;
}

} // namespace

QString ScoringConfig::displayName(const QString &ruleId, const QString &name)
{
    // A shipped rule still called as shipped reads in the reader's language; a name an admin
    // wrote stays theirs.
    const auto source = shippedNames().constFind(ruleId);
    if (source == shippedNames().cend())
        return name;
    return Words::shipped("lr::ScoringConfig", source->constData(), name).text();
}

QString ScoringConfig::storedName(const QString &ruleId, const QString &typed)
{
    const auto source = shippedNames().constFind(ruleId);
    if (source != shippedNames().cend() &&
        typed == QCoreApplication::translate("lr::ScoringConfig", source->constData()))
        return QString::fromUtf8(*source); // named back as shipped: every reader reads it in their language
    return typed;
}

ScoringConfig ScoringConfig::defaults()
{
    ScoringConfig c;
    // The seed guides' rules (requirements §3), in the order they list them.
    c.rules = {
        rule("demo_request", QT_TRANSLATE_NOOP("lr::ScoringConfig", "Demo request form"), ScoreAxis::Intent, 25,
             R"({"any":[{"field":"form_type","op":"equals","value":"demo_request"},
                        {"op":"event_count","event":"form_submit","form_type":"demo_request","min":1}]})"),
        rule("pricing_page", QT_TRANSLATE_NOOP("lr::ScoringConfig", "Pricing page visit"), ScoreAxis::Intent, 10,
             R"({"all":[{"op":"event_count","event":"page_view","url_contains":"/pricing","min":1}]})"),
        rule("company_size", QT_TRANSLATE_NOOP("lr::ScoringConfig", "Company size 50–200"), ScoreAxis::Fit, 15,
             R"({"all":[{"field":"employees","op":"range","min":50,"max":200}]})"),
        rule("c_level", QT_TRANSLATE_NOOP("lr::ScoringConfig", "C-level, CEO or founder"), ScoreAxis::Fit, 20,
             R"({"all":[{"field":"title","op":"title_keyword","values":["c_level","founder"]}]})"),
        rule("free_mail", QT_TRANSLATE_NOOP("lr::ScoringConfig", "Free-mail address (Gmail, Yahoo, …)"), ScoreAxis::Fit,
             -10, R"({"all":[{"field":"free_mail","op":"equals","value":"true"}]})"),
        rule("student_intern", QT_TRANSLATE_NOOP("lr::ScoringConfig", "Student or intern"), ScoreAxis::Fit, -50,
             R"({"all":[{"field":"title","op":"title_keyword","values":["student","intern"]}]})"),
        rule("target_industry", QT_TRANSLATE_NOOP("lr::ScoringConfig", "Target industry"), ScoreAxis::Fit, 15,
             R"({"all":[{"field":"industry","op":"in",
                         "values":["Software","SaaS","IT Services","Financial Services"]}]})"),
        rule("email_opens", QT_TRANSLATE_NOOP("lr::ScoringConfig", "3+ emails opened"), ScoreAxis::Intent, 5,
             R"({"all":[{"op":"event_count","event":"email_open","min":3}]})"),
        rule("ghosted", QT_TRANSLATE_NOOP("lr::ScoringConfig", "Ghosted 14 days"), ScoreAxis::Timing, -20,
             R"({"all":[{"field":"days_silent","op":"range","min":14}]})"),
        // BANT on the lead (editable by the rep) feeds the timing axis.
        rule("budget_approved", QT_TRANSLATE_NOOP("lr::ScoringConfig", "Budget approved"), ScoreAxis::Timing, 10,
             R"({"all":[{"field":"budget","op":"equals","value":"approved"}]})"),
        rule("buying_now", QT_TRANSLATE_NOOP("lr::ScoringConfig", "Buying this quarter"), ScoreAxis::Timing, 10,
             R"({"all":[{"field":"timeline","op":"in","values":["now","this_quarter"]}]})"),
    };
    return c;
}

const QStringList &ScoringConfig::knownFormTypes()
{
    static const QStringList types{QStringLiteral("demo_request"), QStringLiteral("contact"), QStringLiteral("pricing"),
                                   QStringLiteral("newsletter"), QStringLiteral("webinar")};
    return types;
}

QJsonObject ScoringConfig::toJson() const
{
    QJsonArray list;
    for (const ScoringRule &r : rules) {
        list.append(QJsonObject{{QStringLiteral("id"), r.id},
                                {QStringLiteral("name"), r.name},
                                {QStringLiteral("axis"), toKey(r.axis)},
                                {QStringLiteral("points"), r.points},
                                {QStringLiteral("enabled"), r.enabled},
                                {QStringLiteral("when"), r.when.toJson()}});
    }
    QJsonObject forms;
    for (auto it = formTypes.cbegin(); it != formTypes.cend(); ++it)
        forms.insert(it.key(), it.value());
    return {{QStringLiteral("rules"), list},
            {QStringLiteral("thresholds"), QJsonObject{{QStringLiteral("sql"), thresholds.sql},
                                                       {QStringLiteral("mql"), thresholds.mql},
                                                       {QStringLiteral("nurture"), thresholds.nurture}}},
            {QStringLiteral("matrix"),
             QJsonObject{{QStringLiteral("high_fit"), matrix.highFit},
                         {QStringLiteral("high_intent"), matrix.highIntent},
                         {QStringLiteral("later_timelines"), QJsonArray::fromStringList(matrix.laterTimelines)}}},
            {QStringLiteral("form_types"), forms}};
}

Result<ScoringConfig> ScoringConfig::fromJson(const QJsonObject &json)
{
    using R = Result<ScoringConfig>;
    ScoringConfig c;
    const QJsonValue rules = json.value(QLatin1String("rules"));
    if (!rules.isArray())
        return R::failure(tr("A scoring rule set needs a \"rules\" list."));
    int index = 0;
    for (const QJsonValue &v : rules.toArray()) {
        ++index;
        const QJsonObject o = v.toObject();
        ScoringRule r;
        r.id = o.value(QLatin1String("id")).toString();
        r.name = o.value(QLatin1String("name")).toString();
        const QString axis = o.value(QLatin1String("axis")).toString();
        const auto parsedAxis = scoreAxisFromKey(axis);
        if (!parsedAxis)
            return R::failure(tr("Rule %1: unknown axis \"%2\" (fit, intent or timing).").arg(index).arg(axis));
        r.axis = *parsedAxis;
        if (!o.value(QLatin1String("points")).isDouble())
            return R::failure(tr("Rule %1: \"points\" must be a number.").arg(index));
        r.points = o.value(QLatin1String("points")).toInt();
        r.enabled = o.value(QLatin1String("enabled")).toBool(true);
        const auto when = ConditionSet::fromJson(o.value(QLatin1String("when")).toObject());
        if (!when)
            return R::failure(tr("Rule %1 (%2): %3").arg(index).arg(r.name, when.error()));
        r.when = when.value();
        c.rules.append(r);
    }
    const QJsonObject t = json.value(QLatin1String("thresholds")).toObject();
    c.thresholds.sql = t.value(QLatin1String("sql")).toInt(c.thresholds.sql);
    c.thresholds.mql = t.value(QLatin1String("mql")).toInt(c.thresholds.mql);
    c.thresholds.nurture = t.value(QLatin1String("nurture")).toInt(c.thresholds.nurture);
    const QJsonObject m = json.value(QLatin1String("matrix")).toObject();
    c.matrix.highFit = m.value(QLatin1String("high_fit")).toInt(c.matrix.highFit);
    c.matrix.highIntent = m.value(QLatin1String("high_intent")).toInt(c.matrix.highIntent);
    if (m.contains(QLatin1String("later_timelines"))) {
        c.matrix.laterTimelines.clear();
        for (const QJsonValue &v : m.value(QLatin1String("later_timelines")).toArray())
            c.matrix.laterTimelines.append(v.toString());
    }
    const QJsonObject forms = json.value(QLatin1String("form_types")).toObject();
    for (auto it = forms.begin(); it != forms.end(); ++it)
        c.formTypes.insert(it.key(), it.value().toString());
    if (const QString problem = c.check(); !problem.isEmpty())
        return R::failure(problem);
    return c;
}

QString ScoreThresholds::check() const
{
    if (mql >= sql)
        return ScoringConfig::tr("MQL (%1) must be below SQL (%2): the thresholds rise from Nurture to MQL to SQL.")
            .arg(mql)
            .arg(sql);
    if (nurture >= mql)
        return ScoringConfig::tr("Nurture (%1) must be below MQL (%2): the thresholds rise from Nurture to MQL to SQL.")
            .arg(nurture)
            .arg(mql);
    if (sql > 100 || nurture < 0)
        return ScoringConfig::tr("The thresholds must lie between 0 and 100.");
    return {};
}

QString ScoringConfig::check() const
{
    if (const QString problem = thresholds.check(); !problem.isEmpty())
        return problem;
    QSet<QString> ids;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const ScoringRule &r = rules.at(i);
        if (r.id.trimmed().isEmpty() || r.name.trimmed().isEmpty())
            return tr("Rule %1 needs an id and a name.").arg(i + 1);
        if (ids.contains(r.id))
            return tr("Two rules share the id \"%1\".").arg(r.id);
        ids.insert(r.id);
        if (r.points < -100 || r.points > 100)
            return tr("Rule \"%1\": points must lie between -100 and 100.").arg(r.name);
        if (r.when.conditions.isEmpty())
            return tr("Rule \"%1\" needs at least one condition.").arg(r.name);
        for (qsizetype j = 0; j < r.when.conditions.size(); ++j) {
            if (const QString problem = r.when.conditions.at(j).check(); !problem.isEmpty())
                return tr("Rule \"%1\", condition %2: %3").arg(r.name).arg(j + 1).arg(problem);
        }
    }
    for (auto it = formTypes.cbegin(); it != formTypes.cend(); ++it) {
        if (!knownFormTypes().contains(it.value()))
            return tr("Form \"%1\": unknown form type \"%2\" (%3).")
                .arg(it.key(), it.value(), knownFormTypes().join(QStringLiteral(", ")));
    }
    return {};
}

} // namespace lr
