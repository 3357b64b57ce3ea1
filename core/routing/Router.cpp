#include "core/routing/Router.h"

#include "core/routing/Availability.h"
#include "core/rules/CompiledConditions.h"
#include "core/rules/LeadFacts.h"
#include "core/store/RoutingRepository.h"
#include "core/store/Store.h"

#include <algorithm>

namespace lr {

const QString Router::kRuleKind = QStringLiteral("routing");

struct Router::Candidates
{
    QList<const User *> people; ///< Structural fit, before availability, in id order.
    QString description;        ///< "team DACH", "reps who speak de".
    QString emptyWhy;           ///< Why `people` is empty.
    Id teamId = 0;              ///< Whose manager is the fallback.
};

Router::Router(Store &store, const Clock &clock)
    : m_store(store), m_clock(clock), m_repo(std::make_unique<RoutingRepository>(store.database()))
{}

Router::~Router() = default;

RoutingRuleSet Router::activeRules() const
{
    if (const auto doc = m_store.rules.active(kRuleKind)) {
        if (Result<RoutingRuleSet> set = RoutingRuleSet::fromJson(doc->document))
            return set.value();
    }
    return RoutingRuleSet::defaults(m_store.users.all(), m_store.teams.all());
}

Router::Candidates Router::candidatesFor(const RoutingRule &rule, const Lead &lead, const QList<User> &users) const
{
    Candidates c;
    const RoutingTarget &t = rule.target;
    auto byId = [&users](Id id) -> const User * {
        for (const User &u : users) {
            if (u.id == id)
                return &u;
        }
        return nullptr;
    };
    switch (t.kind) {
    case RoutingTarget::Kind::User:
        if (const User *u = byId(t.userId)) {
            c.people.append(u);
            c.description = u->name;
            c.teamId = u->teamId;
        } else {
            c.emptyWhy = tr("the user no longer exists");
        }
        return c;
    case RoutingTarget::Kind::AccountOwner: {
        QString domain = lead.companyDomain;
        if (domain.isEmpty() && lead.companyId) {
            if (const auto company = m_store.companies.find(lead.companyId))
                domain = company->domain;
        }
        const auto account = m_repo->targetAccount(domain);
        if (!account) {
            c.emptyWhy = tr("%1 is not a named account").arg(domain.isEmpty() ? tr("the lead's domain") : domain);
            return c;
        }
        if (const User *u = byId(account->ownerId)) {
            c.people.append(u);
            c.teamId = u->teamId;
        }
        c.description = tr("named account %1").arg(account->name.isEmpty() ? account->domain : account->name);
        if (c.people.isEmpty())
            c.emptyWhy = tr("the account owner no longer exists");
        return c;
    }
    case RoutingTarget::Kind::Team:
    case RoutingTarget::Kind::Pool:
        break;
    }
    const bool team = t.kind == RoutingTarget::Kind::Team;
    const QSet<Id> seniors = t.seniorOnly ? m_repo->seniorUsers() : QSet<Id>();
    c.teamId = t.teamId;
    for (const User &u : users) {
        if (t.teamId && u.teamId != t.teamId)
            continue;
        if (!t.users.isEmpty()) {
            if (!t.users.contains(u.id))
                continue;
        } else if (u.role != Role::Rep) {
            continue;
        }
        if (!team) {
            if (!t.segment.isEmpty() && u.segment != t.segment)
                continue;
            if (t.speaksLeadLanguage && (lead.language.isEmpty() || !u.languages.contains(lead.language)))
                continue;
            if (t.coversLeadCountry && (lead.country.isEmpty() || !u.territories.contains(lead.country)))
                continue;
            if (t.seniorOnly && !seniors.contains(u.id))
                continue;
        }
        c.people.append(&u);
    }
    std::sort(c.people.begin(), c.people.end(), [](const User *a, const User *b) { return a->id < b->id; });
    QString teamName;
    if (t.teamId) {
        if (const auto found = m_store.teams.find(t.teamId))
            teamName = found->name;
    }
    if (team) {
        c.description = tr("team %1").arg(teamName);
    } else {
        QStringList parts;
        if (t.speaksLeadLanguage)
            parts.append(tr("reps who speak %1").arg(lead.language));
        if (!t.segment.isEmpty())
            parts.append(tr("%1 reps").arg(t.segment));
        if (t.coversLeadCountry)
            parts.append(tr("reps covering %1").arg(lead.country));
        if (t.seniorOnly)
            parts.append(tr("senior reps"));
        if (!teamName.isEmpty())
            parts.append(tr("in team %1").arg(teamName));
        c.description = parts.isEmpty() ? tr("all reps") : parts.join(QLatin1Char(' '));
    }
    if (c.people.isEmpty())
        c.emptyWhy = tr("nobody fits (%1)").arg(c.description);
    if (!c.teamId && !c.people.isEmpty())
        c.teamId = c.people.first()->teamId;
    return c;
}

Id Router::fallbackOwner(const RoutingTarget &target, const QList<const User *> &candidates, const QList<User> &users,
                         const RouteOptions &options, QString *why) const
{
    auto usable = [&options](const User &u) { return u.active && !options.exclude.contains(u.id); };
    Id teamId = target.teamId;
    if (!teamId && !candidates.isEmpty())
        teamId = candidates.first()->teamId;
    if (teamId) {
        if (const auto team = m_store.teams.find(teamId)) {
            for (const User &u : users) {
                if (u.id == team->managerId && usable(u)) {
                    *why = tr("manager of %1").arg(team->name);
                    return u.id;
                }
            }
        }
    }
    for (const Role role : {Role::Manager, Role::Admin}) {
        for (const User &u : users) {
            if (u.role == role && usable(u)) {
                *why = role == Role::Manager ? tr("first available manager") : tr("first available admin");
                return u.id;
            }
        }
    }
    return 0;
}

Result<RouteDecision> Router::route(const Lead &lead, const RoutingRuleSet &rules, const RouteOptions &options)
{
    using R = Result<RouteDecision>;
    const Instant now = m_clock.now();
    const QList<User> users = m_store.users.all();
    std::optional<Company> company;
    if (lead.companyId)
        company = m_store.companies.find(lead.companyId);
    const LeadFacts facts = LeadFacts::fromLead(lead, company ? &*company : nullptr, !company.has_value(), now);
    QStringList notes;
    for (int i = 0; i < rules.rules.size(); ++i) {
        const RoutingRule &rule = rules.rules.at(i);
        if (!rule.enabled)
            continue;
        if (rule.conditions) {
            const Result<CompiledConditions> compiled = CompiledConditions::compile(*rule.conditions);
            if (!compiled || !compiled->matches(facts))
                continue;
        }
        const Candidates c = candidatesFor(rule, lead, users);
        if (c.people.isEmpty()) {
            notes.append(tr("rule %1 %2: %3").arg(i + 1).arg(rule.name, c.emptyWhy));
            continue;
        }
        QList<Id> ids;
        for (const User *u : c.people)
            ids.append(u->id);
        const QHash<Id, int> load = m_repo->openLeads(ids);
        const RoutingStrategy strategy = rule.target.strategy;
        QList<const User *> order = c.people;
        const QString pointerKey = QStringLiteral("rule:") + rule.key;
        if (strategy == RoutingStrategy::RoundRobin) {
            const bool inMemory = options.dryRun && options.pointers;
            const Id last = inMemory ? options.pointers->value(pointerKey) : m_repo->pointer(pointerKey);
            const auto after = std::find_if(order.begin(), order.end(), [last](const User *u) { return u->id > last; });
            std::rotate(order.begin(), after, order.end());
        } else {
            std::stable_sort(order.begin(), order.end(),
                             [&load](const User *a, const User *b) { return load.value(a->id) < load.value(b->id); });
        }
        QStringList trail{tr("rule %1 %2 → %3, %4").arg(i + 1).arg(rule.name, c.description, displayName(strategy))};
        const User *picked = nullptr;
        for (const User *u : order) {
            const int open = load.value(u->id);
            if (options.exclude.contains(u->id)) {
                trail.append(tr("skipped %1 (current owner)").arg(u->name));
                continue;
            }
            const Availability::Reason why = Availability::check(*u, now, rule.respectWorkingHours, open);
            if (why == Availability::Reason::Available) {
                picked = u;
                break;
            }
            trail.append(tr("skipped %1 (%2)").arg(u->name, Availability::describe(why, *u, open)));
        }
        RouteDecision d;
        d.ruleIndex = i;
        d.ruleKey = rule.key;
        d.ruleName = rule.name;
        d.alertOwner = rule.alertOwner;
        if (picked) {
            d.ownerId = picked->id;
            d.ownerName = picked->name;
            if (strategy == RoutingStrategy::RoundRobin && !options.dryRun) {
                if (const Status s = m_repo->setPointer(pointerKey, picked->id, now); !s)
                    return R::failure(s.error());
            } else if (strategy == RoutingStrategy::RoundRobin && options.pointers) {
                options.pointers->insert(pointerKey, picked->id);
            }
        } else {
            QString why;
            d.ownerId = fallbackOwner(rule.target, c.people, users, options, &why);
            if (!d.ownerId) {
                d.reason = tr("Nobody is active to take the lead.");
                return d;
            }
            d.fallback = true;
            for (const User &u : users) {
                if (u.id == d.ownerId)
                    d.ownerName = u.name;
            }
            trail.append(tr("nobody available → %1 (%2)").arg(d.ownerName, why));
        }
        if (picked)
            trail.last() += QStringLiteral(" → ") + d.ownerName;
        notes.append(trail.join(QStringLiteral(", ")));
        d.reason = notes.join(QStringLiteral("; "));
        return d;
    }
    // No rule matched (a set saved without a default cannot exist, but stored data may be old).
    RouteDecision d;
    QString why;
    d.ownerId = fallbackOwner({}, {}, users, options, &why);
    if (!d.ownerId) {
        d.reason = tr("Nobody is active to take the lead.");
        return d;
    }
    d.fallback = true;
    for (const User &u : users) {
        if (u.id == d.ownerId)
            d.ownerName = u.name;
    }
    notes.append(tr("no rule matched → %1 (%2)").arg(d.ownerName, why));
    d.reason = notes.join(QStringLiteral("; "));
    return d;
}

} // namespace lr
