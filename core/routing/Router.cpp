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
    Words description;          ///< "team DACH", "reps who speak de".
    Words emptyWhy;             ///< Why `people` is empty.
    Id teamId = 0;              ///< Whose manager is the fallback.
    std::optional<Team> team;   ///< The rule's team, read once (its name also names a territory rule).
};

Router::Router(Store &store, const Clock &clock)
    : m_store(store), m_clock(clock), m_repo(std::make_unique<RoutingRepository>(store.database()))
{}

Router::~Router() = default;

RoutingRuleSet Router::activeRules() const
{
    if (const auto doc = m_store.rules.active(kRuleKind)) {
        if (Result<RoutingRuleSet> set =
                RoutingRuleSet::fromJson(doc->document, [this](Id id) { return m_store.teams.find(id); }))
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
            c.description = Words::plain(u->name);
            c.teamId = u->teamId;
        } else {
            c.emptyWhy = words(QT_TR_NOOP("the user no longer exists"));
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
            c.emptyWhy =
                words(QT_TR_NOOP("%1 is not a named account"),
                      {domain.isEmpty() ? Words::Arg(words(QT_TR_NOOP("the lead's domain"))) : Words::Arg(domain)});
            return c;
        }
        if (const User *u = byId(account->ownerId)) {
            c.people.append(u);
            c.teamId = u->teamId;
        }
        c.description =
            words(QT_TR_NOOP("named account %1"), {account->name.isEmpty() ? account->domain : account->name});
        if (c.people.isEmpty())
            c.emptyWhy = words(QT_TR_NOOP("the account owner no longer exists"));
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
    if (t.teamId)
        c.team = m_store.teams.find(t.teamId);
    const QString teamName = c.team ? c.team->name : QString();
    if (team) {
        c.description = words(QT_TR_NOOP("team %1"), {teamName});
    } else {
        // Each part is a sentence of its own in Words: text() puts a space between them.
        if (t.speaksLeadLanguage)
            c.description += words(QT_TR_NOOP("reps who speak %1"), {lead.language});
        if (!t.segment.isEmpty())
            c.description += words(QT_TR_NOOP("%1 reps"), {t.segment});
        if (t.coversLeadCountry)
            c.description += words(QT_TR_NOOP("reps covering %1"), {lead.country});
        if (t.seniorOnly)
            c.description += words(QT_TR_NOOP("senior reps"));
        if (!teamName.isEmpty())
            c.description += words(QT_TR_NOOP("in team %1"), {teamName});
        if (c.description.isEmpty())
            c.description = words(QT_TR_NOOP("all reps"));
    }
    if (c.people.isEmpty())
        c.emptyWhy = words(QT_TR_NOOP("nobody fits (%1)"), {c.description});
    if (!c.teamId && !c.people.isEmpty())
        c.teamId = c.people.first()->teamId;
    return c;
}

Id Router::fallbackOwner(const RoutingTarget &target, const QList<const User *> &candidates, const QList<User> &users,
                         const RouteOptions &options, Words *why) const
{
    auto usable = [&options](const User &u) { return u.active && !options.exclude.contains(u.id); };
    Id teamId = target.teamId;
    if (!teamId && !candidates.isEmpty())
        teamId = candidates.first()->teamId;
    if (teamId) {
        if (const auto team = m_store.teams.find(teamId)) {
            for (const User &u : users) {
                if (u.id == team->managerId && usable(u)) {
                    *why = words(QT_TR_NOOP("manager of %1"), {team->name});
                    return u.id;
                }
            }
        }
    }
    for (const Role role : {Role::Manager, Role::Admin}) {
        for (const User &u : users) {
            if (u.role == role && usable(u)) {
                *why = role == Role::Manager ? words(QT_TR_NOOP("first available manager"))
                                             : words(QT_TR_NOOP("first available admin"));
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
    // The trail is kept untranslated, so whoever reads the assignment reads it in their language.
    QList<Words> notes;
    // A territory rule's shipped name holds its team's: the candidates have read that team.
    auto ruleName = [this](const RoutingRule &rule, const Candidates &c) {
        return RoutingRuleSet::nameWords(
            rule, [&](Id id) { return c.team && c.team->id == id ? c.team : m_store.teams.find(id); });
    };
    auto finish = [&](RouteDecision &d) {
        for (const Words &note : notes)
            d.why = d.why.isEmpty() ? note : words(QT_TR_NOOP("%1; %2"), {d.why, note});
        d.reason = d.why.text();
    };
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
            notes.append(words(QT_TR_NOOP("rule %1 %2: %3"), {QString::number(i + 1), ruleName(rule, c), c.emptyWhy}));
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
        QList<Words> trail{words(QT_TR_NOOP("rule %1 %2 → %3, %4"),
                                 {QString::number(i + 1), ruleName(rule, c), c.description, displayWords(strategy)})};
        const User *picked = nullptr;
        for (const User *u : order) {
            const int open = load.value(u->id);
            if (options.exclude.contains(u->id)) {
                trail.append(words(QT_TR_NOOP("skipped %1 (current owner)"), {u->name}));
                continue;
            }
            const Availability::Reason why = Availability::check(*u, now, rule.respectWorkingHours, open);
            if (why == Availability::Reason::Available) {
                picked = u;
                break;
            }
            trail.append(words(QT_TR_NOOP("skipped %1 (%2)"), {u->name, Availability::describeWords(why, *u, open)}));
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
            Words why;
            d.ownerId = fallbackOwner(rule.target, c.people, users, options, &why);
            if (!d.ownerId) {
                d.why = words(QT_TR_NOOP("Nobody is active to take the lead."));
                d.reason = d.why.text();
                return d;
            }
            d.fallback = true;
            for (const User &u : users) {
                if (u.id == d.ownerId)
                    d.ownerName = u.name;
            }
            trail.append(words(QT_TR_NOOP("nobody available → %1 (%2)"), {d.ownerName, why}));
        }
        if (picked)
            trail.last() = words(QT_TR_NOOP("%1 → %2"), {trail.last(), d.ownerName});
        notes.append(Words::list(trail));
        finish(d);
        return d;
    }
    // No rule matched (a set saved without a default cannot exist, but stored data may be old).
    RouteDecision d;
    Words why;
    d.ownerId = fallbackOwner({}, {}, users, options, &why);
    if (!d.ownerId) {
        d.why = words(QT_TR_NOOP("Nobody is active to take the lead."));
        d.reason = d.why.text();
        return d;
    }
    d.fallback = true;
    for (const User &u : users) {
        if (u.id == d.ownerId)
            d.ownerName = u.name;
    }
    notes.append(words(QT_TR_NOOP("no rule matched → %1 (%2)"), {d.ownerName, why}));
    finish(d);
    return d;
}

} // namespace lr
