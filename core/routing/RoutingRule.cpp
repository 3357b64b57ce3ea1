#include "core/routing/RoutingRule.h"

#include "core/domain/Team.h"
#include "core/domain/User.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace lr {
namespace {

QJsonArray idArray(const QList<Id> &ids)
{
    QJsonArray out;
    for (const Id id : ids)
        out.append(id);
    return out;
}

QJsonObject targetToJson(const RoutingTarget &t)
{
    QJsonObject o{{QStringLiteral("type"), toKey(t.kind)}, {QStringLiteral("strategy"), toKey(t.strategy)}};
    if (t.userId)
        o.insert(QStringLiteral("user"), t.userId);
    if (t.teamId)
        o.insert(QStringLiteral("team"), t.teamId);
    if (!t.users.isEmpty())
        o.insert(QStringLiteral("users"), idArray(t.users));
    if (!t.segment.isEmpty())
        o.insert(QStringLiteral("segment"), t.segment);
    if (t.speaksLeadLanguage)
        o.insert(QStringLiteral("speaks_lead_language"), true);
    if (t.coversLeadCountry)
        o.insert(QStringLiteral("covers_lead_country"), true);
    if (t.seniorOnly)
        o.insert(QStringLiteral("senior"), true);
    return o;
}

ConditionSet conditionSet(const QList<Condition> &conditions)
{
    ConditionSet set;
    set.conditions = conditions;
    return set;
}

Condition inCondition(LeadField field, const QStringList &values)
{
    Condition c;
    c.op = ConditionOp::In;
    c.field = field;
    c.values = values;
    return c;
}

} // namespace

QString toKey(RoutingStrategy strategy)
{
    return strategy == RoutingStrategy::LeastLoaded ? QStringLiteral("least_loaded") : QStringLiteral("round_robin");
}

std::optional<RoutingStrategy> routingStrategyFromKey(const QString &key)
{
    if (key == QLatin1String("round_robin") || key.isEmpty())
        return RoutingStrategy::RoundRobin;
    if (key == QLatin1String("least_loaded"))
        return RoutingStrategy::LeastLoaded;
    return std::nullopt;
}

Words displayWords(RoutingStrategy strategy)
{
    return Words("lr::RoutingRuleSet", strategy == RoutingStrategy::LeastLoaded
                                           ? QT_TRANSLATE_NOOP("lr::RoutingRuleSet", "least loaded")
                                           : QT_TRANSLATE_NOOP("lr::RoutingRuleSet", "round robin"));
}

QString displayName(RoutingStrategy strategy)
{
    return displayWords(strategy).text();
}

QString displayName(RoutingTarget::Kind kind)
{
    switch (kind) {
    case RoutingTarget::Kind::User:
        return RoutingRuleSet::tr("One person");
    case RoutingTarget::Kind::Team:
        return RoutingRuleSet::tr("Team");
    case RoutingTarget::Kind::AccountOwner:
        return RoutingRuleSet::tr("Named account owner");
    case RoutingTarget::Kind::Pool:
        break;
    }
    return RoutingRuleSet::tr("Pool of reps");
}

QString toKey(RoutingTarget::Kind kind)
{
    switch (kind) {
    case RoutingTarget::Kind::User:
        return QStringLiteral("user");
    case RoutingTarget::Kind::Team:
        return QStringLiteral("team");
    case RoutingTarget::Kind::AccountOwner:
        return QStringLiteral("account_owner");
    case RoutingTarget::Kind::Pool:
        break;
    }
    return QStringLiteral("pool");
}

std::optional<RoutingTarget::Kind> targetKindFromKey(const QString &key)
{
    for (const auto kind : {RoutingTarget::Kind::User, RoutingTarget::Kind::Team, RoutingTarget::Kind::Pool,
                            RoutingTarget::Kind::AccountOwner}) {
        if (toKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

namespace {

const char *const kNamedAccountName = QT_TRANSLATE_NOOP("lr::RoutingRuleSet", "Named account");
const char *const kEnterpriseName = QT_TRANSLATE_NOOP("lr::RoutingRuleSet", "Enterprise (more than 500 employees)");
const char *const kLanguageName = QT_TRANSLATE_NOOP("lr::RoutingRuleSet", "Language");
const char *const kReferralName = QT_TRANSLATE_NOOP("lr::RoutingRuleSet", "Referral → senior reps");
const char *const kDefaultName = QT_TRANSLATE_NOOP("lr::RoutingRuleSet", "Default");

const char *const kTerritoryName = QT_TRANSLATE_NOOP("lr::RoutingRuleSet", "Territory %1 (%2)");

QList<Words::Arg> territoryArgs(const Team &team)
{
    return {team.name, team.territories.join(QStringLiteral(", "))};
}

/// The shipped name of the rule with `key` (the territory rules' names hold their team's).
const char *shippedName(const QString &key)
{
    if (key == QLatin1String("named-account"))
        return kNamedAccountName;
    if (key == QLatin1String("enterprise"))
        return kEnterpriseName;
    if (key == QLatin1String("language"))
        return kLanguageName;
    if (key == QLatin1String("referral"))
        return kReferralName;
    if (key == QLatin1String("default"))
        return kDefaultName;
    return nullptr;
}

/// The team of a territory rule ("territory-<team id>"), when `team` finds it.
std::optional<Team> territoryTeam(const RoutingRule &rule, const RoutingRuleSet::TeamLookup &team)
{
    if (!team || !rule.key.startsWith(QLatin1String("territory-")))
        return std::nullopt;
    return team(rule.key.mid(10).toLongLong());
}

/// The countries a territory rule routes: its own country condition, else its team's.
QStringList ruleCountries(const RoutingRule &rule, const Team &team)
{
    if (rule.conditions) {
        for (const Condition &c : rule.conditions->conditions) {
            if (c.op == ConditionOp::In && c.field == LeadField::Country && !c.negate)
                return c.values;
        }
    }
    return team.territories;
}

/// The shipped territory name's arguments for `rule`: its team's name as it is now, and the
/// countries the rule itself routes (never ones it does not).
QList<Words::Arg> territoryArgs(const RoutingRule &rule, const Team &team)
{
    return {team.name, ruleCountries(rule, team).join(QStringLiteral(", "))};
}

/// "Territory Europe (DE, AT)": the shipped territory name in English, with its arguments.
QString englishTerritoryName(const RoutingRule &rule, const Team &team)
{
    return QString::fromLatin1(kTerritoryName).arg(team.name, ruleCountries(rule, team).join(QStringLiteral(", ")));
}

/// `source` ("Territory %1 (%2)" or its translation) as a pattern with %1 and %2 captured.
QRegularExpression placeholderPattern(const QString &source)
{
    QString text;
    qsizetype from = 0;
    for (qsizetype at = source.indexOf(u'%'); at >= 0 && at + 1 < source.size(); at = source.indexOf(u'%', from)) {
        text += QRegularExpression::escape(source.mid(from, at - from));
        text += source.at(at + 1) == u'1' ? QStringLiteral("(?<team>.+)") : QStringLiteral("(?<countries>.*)");
        from = at + 2;
    }
    text += QRegularExpression::escape(source.mid(from));
    return QRegularExpression(QLatin1Char('^') + text + QLatin1Char('$'));
}

/// Whether `name` is the shipped territory name, in English or in this app's language, of
/// `rule`: its team's name as it is now with whatever countries (edited since), or its countries
/// with whatever team name (renamed since). A name the admin wrote in that shape ("Territory
/// Germany (without CH)") matches neither and stays theirs.
bool isShippedTerritoryName(const QString &name, const RoutingRule &rule, const Team &team)
{
    static const QRegularExpression english = placeholderPattern(QString::fromLatin1(kTerritoryName));
    const QRegularExpression translated =
        placeholderPattern(QCoreApplication::translate("lr::RoutingRuleSet", kTerritoryName));
    const auto asSet = [](const QString &codes) {
        const QStringList list = codes.split(QStringLiteral(", "), Qt::SkipEmptyParts);
        return QSet<QString>(list.cbegin(), list.cend());
    };
    const QString countries = ruleCountries(rule, team).join(QStringLiteral(", "));
    // Country codes only, as the shipped name lists them: "(without CH)" is the admin's own text.
    static const QRegularExpression codes(QStringLiteral("^[A-Z]{2}(, [A-Z]{2})*$"));
    for (const QRegularExpression *pattern : {&english, &translated}) {
        const QRegularExpressionMatch match = pattern->match(name);
        if (!match.hasMatch() || !codes.match(match.captured(u"countries")).hasMatch())
            continue;
        if (match.captured(u"team") == team.name || asSet(match.captured(u"countries")) == asSet(countries))
            return true;
    }
    return false;
}

QString storedName(const RoutingRule &rule, const RoutingRuleSet::TeamLookup &team)
{
    if (const char *shipped = shippedName(rule.key))
        return !Words::shipped("lr::RoutingRuleSet", shipped, rule.name).isPlain() ? QString::fromLatin1(shipped)
                                                                                   : rule.name;
    if (const std::optional<Team> t = territoryTeam(rule, team); t && isShippedTerritoryName(rule.name, rule, *t))
        return englishTerritoryName(rule, *t);
    return rule.name;
}

} // namespace

QJsonObject RoutingRuleSet::toJson(const TeamLookup &team) const
{
    QJsonArray list;
    for (const RoutingRule &r : rules) {
        QJsonObject o{{QStringLiteral("key"), r.key},
                      // A shipped name is kept in English, so the rules read in any language.
                      {QStringLiteral("name"), storedName(r, team)},
                      {QStringLiteral("target"), targetToJson(r.target)},
                      {QStringLiteral("working_hours"), r.respectWorkingHours},
                      {QStringLiteral("alert"), r.alertOwner},
                      {QStringLiteral("enabled"), r.enabled}};
        if (r.conditions)
            o.insert(QStringLiteral("when"), r.conditions->toJson());
        list.append(o);
    }
    return {{QStringLiteral("rules"), list}};
}

Result<RoutingRuleSet> RoutingRuleSet::fromJson(const QJsonObject &json, const TeamLookup &team)
{
    using R = Result<RoutingRuleSet>;
    const QJsonValue list = json.value(QLatin1String("rules"));
    if (!list.isArray())
        return R::failure(tr("Routing rules must be a list under \"rules\"."));
    RoutingRuleSet set;
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        RoutingRule r;
        r.key = o.value(QLatin1String("key")).toString();
        if (r.key.isEmpty())
            r.key = QStringLiteral("rule-%1").arg(i + 1);
        r.name = o.value(QLatin1String("name")).toString(r.key);
        if (const char *shipped = shippedName(r.key); shipped && r.name == QLatin1String(shipped))
            r.name = tr(shipped);
        if (o.contains(QLatin1String("when"))) {
            const Result<ConditionSet> when = ConditionSet::fromJson(o.value(QLatin1String("when")).toObject());
            if (!when)
                return R::failure(tr("Rule %1 (%2): %3").arg(i + 1).arg(r.name, when.error()));
            r.conditions = when.value();
        }
        if (const std::optional<Team> t = territoryTeam(r, team); t && isShippedTerritoryName(r.name, r, *t))
            r.name = Words("lr::RoutingRuleSet", kTerritoryName, territoryArgs(r, *t)).text();
        const QJsonObject t = o.value(QLatin1String("target")).toObject();
        const auto kind = targetKindFromKey(t.value(QLatin1String("type")).toString());
        if (!kind)
            return R::failure(tr("Rule %1 (%2): unknown target type \"%3\".")
                                  .arg(i + 1)
                                  .arg(r.name, t.value(QLatin1String("type")).toString()));
        const auto strategy = routingStrategyFromKey(t.value(QLatin1String("strategy")).toString());
        if (!strategy)
            return R::failure(tr("Rule %1 (%2): unknown strategy \"%3\".")
                                  .arg(i + 1)
                                  .arg(r.name, t.value(QLatin1String("strategy")).toString()));
        r.target.kind = *kind;
        r.target.strategy = *strategy;
        r.target.userId = t.value(QLatin1String("user")).toInteger();
        r.target.teamId = t.value(QLatin1String("team")).toInteger();
        for (const QJsonValue &v : t.value(QLatin1String("users")).toArray())
            r.target.users.append(v.toInteger());
        r.target.segment = t.value(QLatin1String("segment")).toString();
        r.target.speaksLeadLanguage = t.value(QLatin1String("speaks_lead_language")).toBool();
        r.target.coversLeadCountry = t.value(QLatin1String("covers_lead_country")).toBool();
        r.target.seniorOnly = t.value(QLatin1String("senior")).toBool();
        r.respectWorkingHours = o.value(QLatin1String("working_hours")).toBool();
        r.alertOwner = o.value(QLatin1String("alert")).toBool();
        r.enabled = o.value(QLatin1String("enabled")).toBool(true);
        set.rules.append(r);
    }
    return set;
}

QList<RoutingIssue> RoutingRuleSet::check(const QList<User> &users, const QList<Team> &teams) const
{
    QList<RoutingIssue> issues;
    QHash<Id, const User *> byId;
    for (const User &u : users)
        byId.insert(u.id, &u);
    QSet<Id> teamIds;
    for (const Team &t : teams)
        teamIds.insert(t.id);
    QSet<QString> keys;
    bool hasDefault = false;
    for (int i = 0; i < rules.size(); ++i) {
        const RoutingRule &r = rules.at(i);
        if (keys.contains(r.key))
            issues.append({i, tr("Rule %1 (%2) repeats the key \"%3\".").arg(i + 1).arg(r.name, r.key), true});
        keys.insert(r.key);
        if (!r.enabled)
            continue;
        if (r.isDefault() && r.target.kind != RoutingTarget::Kind::AccountOwner)
            hasDefault = true;
        if (r.conditions) {
            for (const Condition &c : r.conditions->conditions) {
                if (const QString why = c.check(); !why.isEmpty())
                    issues.append({i, tr("Rule %1 (%2): %3").arg(i + 1).arg(r.name, why), true});
            }
        }
        if (r.target.kind == RoutingTarget::Kind::User) {
            const User *u = byId.value(r.target.userId);
            if (!u)
                issues.append(
                    {i, tr("Rule %1 (%2) points to a user who no longer exists.").arg(i + 1).arg(r.name), false});
            else if (!u->active)
                issues.append(
                    {i, tr("Rule %1 (%2) points to %3, who is inactive.").arg(i + 1).arg(r.name, u->name), false});
        }
        if ((r.target.kind == RoutingTarget::Kind::Team || r.target.teamId) && !teamIds.contains(r.target.teamId))
            issues.append(
                {i, tr("Rule %1 (%2) points to a team that no longer exists.").arg(i + 1).arg(r.name), false});
        for (const Id id : r.target.users) {
            if (!byId.contains(id))
                issues.append({i, tr("Rule %1 (%2) lists a user who no longer exists.").arg(i + 1).arg(r.name), false});
        }
    }
    if (!hasDefault)
        issues.prepend({-1,
                        tr("There is no enabled default rule (a rule without conditions): a lead that matches no "
                           "rule would be left without an owner."),
                        true});
    return issues;
}

QString RoutingRuleSet::territoryName(const RoutingRule &rule, const Team &team)
{
    return Words("lr::RoutingRuleSet", kTerritoryName, territoryArgs(rule, team)).text();
}

Words RoutingRuleSet::nameWords(const RoutingRule &rule, const TeamLookup &team)
{
    // A shipped rule's name, in English or in the language of the app that saved or built the
    // rules, is kept as words; a name the admin wrote is theirs, as it is.
    if (const char *source = shippedName(rule.key))
        return Words::shipped("lr::RoutingRuleSet", source, rule.name);
    if (const std::optional<Team> t = territoryTeam(rule, team)) {
        if (isShippedTerritoryName(rule.name, rule, *t)) // the team's name and countries as they are now
            return Words("lr::RoutingRuleSet", kTerritoryName, territoryArgs(rule, *t));
        return Words::shipped("lr::RoutingRuleSet", kTerritoryName, rule.name, territoryArgs(rule, *t));
    }
    return Words::plain(rule.name);
}

RoutingRuleSet RoutingRuleSet::defaults(const QList<User> &users, const QList<Team> &teams)
{
    RoutingRuleSet set;
    RoutingRule named;
    named.key = QStringLiteral("named-account");
    named.name = tr(kNamedAccountName);
    named.target.kind = RoutingTarget::Kind::AccountOwner;
    named.alertOwner = true;
    set.rules.append(named);

    bool anyEnterprise = false;
    QStringList languages;
    for (const User &u : users) {
        if (u.role != Role::Rep || !u.active)
            continue;
        anyEnterprise = anyEnterprise || u.segment == QLatin1String("enterprise");
        for (const QString &l : u.languages) {
            if (!languages.contains(l))
                languages.append(l);
        }
    }
    if (anyEnterprise) {
        RoutingRule r;
        r.key = QStringLiteral("enterprise");
        r.name = tr(kEnterpriseName);
        Condition c;
        c.op = ConditionOp::Range;
        c.field = LeadField::Employees;
        c.min = 501;
        r.conditions = conditionSet({c});
        r.target.segment = QStringLiteral("enterprise");
        set.rules.append(r);
    }
    for (const Team &t : teams) {
        if (t.territories.isEmpty())
            continue;
        RoutingRule r;
        r.key = QStringLiteral("territory-%1").arg(t.id);
        r.name = Words("lr::RoutingRuleSet", kTerritoryName, territoryArgs(t)).text();
        r.conditions = conditionSet({inCondition(LeadField::Country, t.territories)});
        r.target.kind = RoutingTarget::Kind::Team;
        r.target.teamId = t.id;
        set.rules.append(r);
    }
    if (!languages.isEmpty()) {
        std::sort(languages.begin(), languages.end());
        RoutingRule r;
        r.key = QStringLiteral("language");
        r.name = tr(kLanguageName);
        r.conditions = conditionSet({inCondition(LeadField::Language, languages)});
        r.target.speaksLeadLanguage = true;
        set.rules.append(r);
    }
    RoutingRule referral;
    referral.key = QStringLiteral("referral");
    referral.name = tr(kReferralName);
    referral.conditions = conditionSet({inCondition(LeadField::Source, {QStringLiteral("referral")})});
    referral.target.seniorOnly = true;
    set.rules.append(referral);

    RoutingRule fallback;
    fallback.key = QStringLiteral("default");
    fallback.name = tr(kDefaultName);
    set.rules.append(fallback);
    return set;
}

} // namespace lr
