#include "core/routing/TeamService.h"

#include "core/hygiene/EmailValidator.h"
#include "core/routing/LeadDispatcher.h"
#include "core/routing/Router.h"
#include "core/routing/RoutingSettings.h"
#include "core/store/RoutingRepository.h"
#include "core/store/Store.h"
#include "core/store/Transaction.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace lr {
namespace {

bool sameAbsence(const Absence &a, const Absence &b)
{
    return a.startsAt == b.startsAt && a.endsAt == b.endsAt;
}

bool containsAbsence(const QList<Absence> &list, const Absence &a)
{
    return std::any_of(list.begin(), list.end(), [&a](const Absence &x) { return sameAbsence(x, a); });
}

} // namespace

QStringList TeamService::segments()
{
    return {QString(), QStringLiteral("smb"), QStringLiteral("mid_market"), QStringLiteral("enterprise")};
}

bool TeamService::canEdit(const AccessScope &actor, const User &target)
{
    switch (actor.role) {
    case Role::Admin:
        return true;
    case Role::Manager:
        return target.id == actor.userId || (actor.teamId != 0 && target.teamId == actor.teamId);
    case Role::Rep:
        return false;
    }
    return false;
}

QStringList TeamService::validate(const User &u) const
{
    QStringList problems;
    if (u.name.trimmed().isEmpty())
        problems << tr("A user needs a name.");
    if (u.capacity < 0 || u.capacity > 10000)
        problems << tr("Capacity must be between 0 and 10000 open leads.");
    if (u.workStartMinute < 0 || u.workEndMinute > 24 * 60 || u.workStartMinute >= u.workEndMinute)
        problems << tr("Working hours must start before they end, within one day.");
    bool anyDay = false;
    for (int d = 0; d < 7; ++d) {
        const std::optional<WorkSpan> &own = u.workWeek[static_cast<size_t>(d)];
        if (!own) {
            anyDay = anyDay || (u.workDays & (1 << d));
            continue;
        }
        if (own->startMinute < 0 || own->endMinute > 24 * 60 || own->endMinute < own->startMinute)
            problems << tr("The hours of %1 must start before they end, within one day.")
                            .arg(QLocale().dayName(d + 1, QLocale::LongFormat));
        anyDay = anyDay || !own->isOff();
    }
    if (!anyDay)
        problems << tr("Pick at least one working day.");
    if (!QTimeZone::isTimeZoneIdAvailable(u.timeZone.toUtf8()))
        problems << tr("%1 is not a known time zone.").arg(u.timeZone);
    static const QRegularExpression country(QStringLiteral("^[A-Z]{2}$"));
    for (const QString &c : u.territories) {
        if (!country.match(c).hasMatch())
            problems << tr("%1 is not a two-letter country code.").arg(c);
    }
    static const QRegularExpression language(QStringLiteral("^[a-z]{2}$"));
    for (const QString &l : u.languages) {
        if (!language.match(l).hasMatch())
            problems << tr("%1 is not a two-letter language code.").arg(l);
    }
    if (!segments().contains(u.segment))
        problems << tr("%1 is not a segment.").arg(u.segment);
    if (u.teamId && !m_store.teams.find(u.teamId))
        problems << tr("Team %1 does not exist.").arg(u.teamId);
    for (const Absence &a : u.absences) {
        if (a.endsAt <= a.startsAt)
            problems << tr("An absence must end after it starts.");
    }
    return problems;
}

Result<UserUpdate> TeamService::save(const AccessScope &actor, const User &edited)
{
    using R = Result<UserUpdate>;
    const auto stored = m_store.users.find(edited.id);
    if (!stored)
        return R::failure(tr("User %1 does not exist.").arg(edited.id));
    if (!canEdit(actor, *stored))
        return R::failure(actor.role == Role::Rep ? tr("Reps cannot edit the team.")
                                                  : tr("A manager can only edit the people of their own team."));
    if (actor.role != Role::Admin && (edited.role != stored->role || edited.teamId != stored->teamId))
        return R::failure(tr("Only an admin can change a role or a team."));
    if (edited.id == actor.userId && !edited.active)
        return R::failure(tr("You cannot deactivate yourself."));
    if (edited.teamId != stored->teamId || edited.role != stored->role) {
        // A team's manager stays in it, as its manager, until the team has another one.
        for (const Team &t : m_store.teams.all()) {
            if (t.managerId == edited.id && (edited.teamId != t.id || edited.role != Role::Manager))
                return R::failure(tr("%1 manages the team %2: give the team another manager first (Teams…).")
                                      .arg(stored->name, t.name));
        }
    }
    if (const QStringList problems = validate(edited); !problems.isEmpty())
        return R::failure(problems.join(QLatin1Char('\n')));

    Transaction tx(m_store.database());
    if (!tx.isActive())
        return R::failure(tx.error());
    User profile = edited;
    profile.email = stored->email;   // the sign-in name is not edited here
    profile.active = stored->active; // deactivation goes through the dispatcher below
    profile.createdAt = stored->createdAt;
    if (const Status s = m_store.users.update(profile); !s)
        return R::failure(s.error());

    UserUpdate out;
    for (const Absence &old : stored->absences) {
        if (!containsAbsence(edited.absences, old)) {
            if (const Status s = m_store.users.removeAbsence(edited.id, old); !s)
                return R::failure(s.error());
        }
    }
    LeadDispatcher dispatcher(m_store, m_clock);
    const Instant now = m_clock.now();
    for (const Absence &added : edited.absences) {
        if (containsAbsence(stored->absences, added))
            continue;
        if (const Status s = dispatcher.addAbsence(actor, edited.id, added); !s)
            return R::failure(s.error());
        if (added.covers(now) && edited.active) {
            // Starts now: hand the leads on at once rather than at the timer's next tick.
            const Result<int> moved = dispatcher.releaseLeadsOf(edited.id, AssignmentCause::OutOfOffice);
            if (!moved)
                return R::failure(moved.error());
            out.reassignedLeads += moved.value();
        }
    }
    if (stored->active && !edited.active) {
        const qsizetype open = RoutingRepository(m_store.database()).openLeadIdsOf(edited.id).size();
        if (const Status s = dispatcher.deactivateUser(actor, edited.id); !s)
            return R::failure(s.error());
        out.reassignedLeads += static_cast<int>(open);
    } else if (!stored->active && edited.active) {
        profile.active = true;
        if (const Status s = m_store.users.update(profile); !s)
            return R::failure(s.error());
    }
    if (const Status s = tx.commit(); !s)
        return R::failure(s.error());
    return out;
}

Result<Id> TeamService::add(const AccessScope &actor, const User &person)
{
    if (actor.role != Role::Admin)
        return Result<Id>::failure(tr("Only an admin can add people to the team."));
    return create(actor.userId, person);
}

Result<Id> TeamService::addFirstAdmin(const QString &name, const QString &email)
{
    if (!m_store.users.all().isEmpty())
        return Result<Id>::failure(tr("This database has users already; an admin adds the next ones."));
    User admin;
    admin.name = name;
    admin.email = email;
    admin.role = Role::Admin;
    return create(0, admin, true);
}

Result<Id> TeamService::create(Id actorId, User person, bool firstAdmin)
{
    using R = Result<Id>;
    person.id = 0;
    person.name = person.name.simplified();
    person.email = person.email.trimmed();
    QStringList problems = validate(person);
    // A staff address only has to be one; a test or example domain is the admin's choice.
    const EmailCheck email = EmailValidator().check(person.email);
    if (email.verdict == EmailCheck::Verdict::Missing)
        problems.prepend(tr("A user needs an e-mail address to sign in with."));
    else if (email.verdict == EmailCheck::Verdict::Malformed)
        problems.prepend(email.reason.text());
    else if (m_store.users.findByEmail(person.email))
        problems.prepend(tr("%1 already signs in as another user.").arg(person.email));
    if (!problems.isEmpty())
        return R::failure(problems.join(QLatin1Char('\n')));

    Transaction tx(m_store.database());
    if (!tx.isActive())
        return R::failure(tx.error());
    if (firstAdmin && !m_store.users.all().isEmpty()) // checked again where it is written
        return R::failure(tr("This database has users already; an admin adds the next ones."));
    person.active = true;
    person.createdAt = m_clock.now();
    const Result<Id> id = m_store.users.create(person);
    if (!id)
        return id;
    if (person.role == Role::Manager && person.teamId != 0) {
        if (const auto team = m_store.teams.find(person.teamId); team && team->managerId == 0) {
            if (const Status s = m_store.teams.setManager(team->id, id.value()); !s)
                return R::failure(s.error());
            const AuditEntry managed{0,
                                     person.createdAt,
                                     actorId,
                                     QStringLiteral("team"),
                                     team->id,
                                     QStringLiteral("update"),
                                     QStringLiteral("manager_id"),
                                     QStringLiteral("0"),
                                     QString::number(id.value())};
            if (const auto a = m_store.audit.append(managed); !a)
                return R::failure(a.error());
        }
    }
    const AuditEntry audit{0,
                           person.createdAt,
                           actorId,
                           QStringLiteral("user"),
                           id.value(),
                           QStringLiteral("create"),
                           QStringLiteral("role"),
                           QString(),
                           toKey(person.role)};
    if (const auto a = m_store.audit.append(audit); !a)
        return R::failure(a.error());
    if (const Status s = tx.commit(); !s)
        return R::failure(s.error());
    return id;
}

Status TeamService::joinManager(const AccessScope &actor, const Team &team)
{
    // A manager without a team joins the one they now manage, so they see its leads.
    auto manager = team.managerId ? m_store.users.find(team.managerId) : std::nullopt;
    if (!manager || manager->teamId != 0)
        return {};
    manager->teamId = team.id;
    if (const Status s = m_store.users.update(*manager); !s)
        return s;
    const AuditEntry audit{0,
                           m_clock.now(),
                           actor.userId,
                           QStringLiteral("user"),
                           manager->id,
                           QStringLiteral("update"),
                           QStringLiteral("team_id"),
                           QStringLiteral("0"),
                           QString::number(team.id)};
    if (const auto a = m_store.audit.append(audit); !a)
        return Status::failure(a.error());
    return {};
}

QStringList TeamService::validateTeam(const Team &team) const
{
    QStringList problems;
    if (team.name.trimmed().isEmpty())
        problems << tr("A team needs a name.");
    else if (const auto other = m_store.teams.findByName(team.name); other && other->id != team.id)
        problems << tr("There is a team called %1 already.").arg(other->name);
    static const QRegularExpression country(QStringLiteral("^[A-Z]{2}$"));
    for (const QString &c : team.territories) {
        if (!country.match(c).hasMatch())
            problems << tr("%1 is not a two-letter country code.").arg(c);
    }
    const auto stored = team.id ? m_store.teams.find(team.id) : std::nullopt;
    if (team.managerId != 0 && (!stored || stored->managerId != team.managerId)) {
        // A manager sees their own team's leads and takes its escalations: one team each, theirs.
        const auto manager = m_store.users.find(team.managerId);
        if (!manager || manager->role != Role::Manager || !manager->active) {
            problems << tr("A team's manager must be an active user with the manager role.");
        } else if (manager->teamId != 0 && manager->teamId != team.id) {
            const auto theirs = m_store.teams.find(manager->teamId);
            problems << tr("%1 is in the team %2; move them to this team on the Team page first.")
                            .arg(manager->name, theirs ? theirs->name : QString::number(manager->teamId));
        } else {
            for (const Team &other : m_store.teams.all()) {
                if (other.managerId == manager->id && other.id != team.id)
                    problems << tr("%1 already manages the team %2.").arg(manager->name, other.name);
            }
        }
    }
    return problems;
}

Result<Id> TeamService::addTeam(const AccessScope &actor, const Team &team)
{
    using R = Result<Id>;
    if (actor.role != Role::Admin)
        return R::failure(tr("Only an admin can add or change teams."));
    Team created = team;
    created.id = 0;
    created.name = team.name.simplified();
    Transaction tx(m_store.database()); // checked where it is written
    if (!tx.isActive())
        return R::failure(tx.error());
    if (const QStringList problems = validateTeam(created); !problems.isEmpty())
        return R::failure(problems.join(QLatin1Char('\n')));
    created.createdAt = m_clock.now();
    const Result<Id> id = m_store.teams.create(created);
    if (!id)
        return id;
    created.id = id.value();
    for (const auto &[field, value] :
         {std::pair{"name", created.name}, std::pair{"territories", created.territories.join(QLatin1Char(','))},
          std::pair{"manager_id", QString::number(created.managerId)}}) {
        const AuditEntry audit{0,
                               created.createdAt,
                               actor.userId,
                               QStringLiteral("team"),
                               created.id,
                               QStringLiteral("create"),
                               QString::fromLatin1(field),
                               QString(),
                               value};
        if (const auto a = m_store.audit.append(audit); !a)
            return R::failure(a.error());
    }
    if (const Status s = joinManager(actor, created); !s)
        return R::failure(s.error());
    if (const Status s = tx.commit(); !s)
        return R::failure(s.error());
    return id;
}

Status TeamService::saveTeam(const AccessScope &actor, const Team &team)
{
    if (actor.role != Role::Admin)
        return Status::failure(tr("Only an admin can add or change teams."));
    const auto stored = m_store.teams.find(team.id);
    if (!stored)
        return Status::failure(tr("Team %1 does not exist.").arg(team.id));
    Team saved = team;
    saved.name = team.name.simplified();
    saved.createdAt = stored->createdAt;
    Transaction tx(m_store.database()); // checked where it is written
    if (!tx.isActive())
        return Status::failure(tx.error());
    if (const QStringList problems = validateTeam(saved); !problems.isEmpty())
        return Status::failure(problems.join(QLatin1Char('\n')));
    if (const Status s = m_store.teams.update(saved); !s)
        return s;
    if (stored->managerId != saved.managerId) {
        if (const Status s = joinManager(actor, saved); !s)
            return s;
    }
    const Instant now = m_clock.now();
    const std::tuple<const char *, QString, QString> changes[] = {
        {"name", stored->name, saved.name},
        {"territories", stored->territories.join(QLatin1Char(',')), saved.territories.join(QLatin1Char(','))},
        {"manager_id", QString::number(stored->managerId), QString::number(saved.managerId)}};
    for (const auto &[field, before, after] : changes) {
        if (before == after)
            continue;
        const AuditEntry audit{0,
                               now,
                               actor.userId,
                               QStringLiteral("team"),
                               saved.id,
                               QStringLiteral("update"),
                               QString::fromLatin1(field),
                               before,
                               after};
        if (const auto a = m_store.audit.append(audit); !a)
            return Status::failure(a.error());
    }
    const auto asSet = [](const QStringList &codes) { return QSet<QString>(codes.cbegin(), codes.cend()); };
    if (asSet(stored->territories) != asSet(saved.territories) && !saved.territories.isEmpty() &&
        m_store.rules.active(Router::kRuleKind)) {
        // The team's own territory rule routes the team's countries: it follows them, unless an
        // admin gave it other countries than the team had. (Rules never saved are built from
        // the teams as they are.) Its shipped name follows too; one the admin wrote stays.
        RoutingRuleSet rules = Router(m_store, m_clock).activeRules();
        const RoutingRuleSet::TeamLookup teams = [this](Id id) { return m_store.teams.find(id); };
        bool followed = false;
        for (RoutingRule &rule : rules.rules) {
            if (rule.key != QStringLiteral("territory-%1").arg(saved.id) || !rule.conditions)
                continue;
            const bool shippedName = !RoutingRuleSet::nameWords(rule, teams).isPlain();
            for (Condition &c : rule.conditions->conditions) {
                if (c.op == ConditionOp::In && c.field == LeadField::Country && !c.negate &&
                    asSet(c.values) == asSet(stored->territories)) {
                    c.values = saved.territories;
                    followed = true;
                }
            }
            if (followed && shippedName)
                rule.name = RoutingRuleSet::territoryName(rule, saved);
        }
        if (followed) {
            if (const Result<int> version = RoutingSettings(m_store, m_clock).saveRouting(actor, rules); !version)
                return Status::failure(version.error());
        }
    }
    return tx.commit();
}

} // namespace lr
