#include "core/routing/Simulator.h"

#include "core/common/DateParser.h"
#include "core/intake/IntakeProcessor.h"
#include "core/routing/LeadDispatcher.h"
#include "core/routing/Router.h"
#include "core/store/Store.h"
#include "core/timers/TimerService.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>

namespace lr {
namespace {

using R = Result<QJsonObject>;

std::optional<Instant> parseTime(const QJsonValue &value, Instant start)
{
    const QString text = value.toString().trimmed();
    static const QRegularExpression offset(QStringLiteral("^\\+(\\d+)(ms|s|m|h|d)$"));
    if (const QRegularExpressionMatch m = offset.match(text); m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const QString unit = m.captured(2);
        const qint64 ms = unit == QLatin1String("ms")  ? 1
                          : unit == QLatin1String("s") ? kSecondMs
                          : unit == QLatin1String("m") ? kMinuteMs
                          : unit == QLatin1String("h") ? kHourMs
                                                       : kDayMs;
        return start + n * ms;
    }
    return parseInstant(text);
}

int minutesOf(const QString &hhmm)
{
    const QStringList parts = hhmm.split(QLatin1Char(':'));
    return parts.value(0).toInt() * 60 + parts.value(1).toInt();
}

struct Action
{
    Instant at = 0;
    int order = 0;
    bool lead = true;
    QJsonObject data;
};

/// Replaces user and team names in a routing document's targets by ids.
QJsonObject resolveNames(QJsonObject doc, const QHash<QString, Id> &users, const QHash<QString, Id> &teams)
{
    QJsonArray rules = doc.value(QLatin1String("rules")).toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        QJsonObject rule = rules.at(i).toObject();
        QJsonObject target = rule.value(QLatin1String("target")).toObject();
        if (target.value(QLatin1String("user")).isString())
            target.insert(QStringLiteral("user"), users.value(target.value(QLatin1String("user")).toString()));
        if (target.value(QLatin1String("team")).isString())
            target.insert(QStringLiteral("team"), teams.value(target.value(QLatin1String("team")).toString()));
        QJsonArray ids;
        for (const QJsonValue &v : target.value(QLatin1String("users")).toArray())
            ids.append(v.isString() ? QJsonValue(users.value(v.toString())) : v);
        if (!ids.isEmpty())
            target.insert(QStringLiteral("users"), ids);
        rule.insert(QStringLiteral("target"), target);
        rules.replace(i, rule);
    }
    doc.insert(QStringLiteral("rules"), rules);
    return doc;
}

Result<QHash<QString, Id>> createUsers(Store &store, const QJsonArray &list, Instant start,
                                       QHash<QString, Id> *teamsOut)
{
    using U = Result<QHash<QString, Id>>;
    QHash<QString, Id> users;
    QHash<QString, Id> managers;
    // A team covers its reps' countries; teams are made first, with their territories.
    QStringList teamOrder;
    QHash<QString, QStringList> territories;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        const QString teamName = o.value(QLatin1String("team")).toString();
        if (teamName.isEmpty())
            continue;
        if (!teamOrder.contains(teamName))
            teamOrder.append(teamName);
        if (o.value(QLatin1String("role")).toString(QStringLiteral("rep")) != QLatin1String("rep"))
            continue;
        for (const QJsonValue &c : o.value(QLatin1String("countries")).toArray()) {
            if (!territories[teamName].contains(c.toString().toUpper()))
                territories[teamName].append(c.toString().toUpper());
        }
    }
    for (const QString &teamName : teamOrder) {
        Team t;
        t.name = teamName;
        t.territories = territories.value(teamName);
        t.createdAt = start;
        const Result<Id> id = store.teams.create(t);
        if (!id)
            return U::failure(id.error());
        teamsOut->insert(teamName, id.value());
    }
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        const QString teamName = o.value(QLatin1String("team")).toString();
        User u;
        u.name = o.value(QLatin1String("name")).toString();
        if (u.name.isEmpty())
            return U::failure(Simulator::tr("Every user needs a name."));
        u.email = o.value(QLatin1String("email"))
                      .toString(u.name.toLower().replace(QLatin1Char(' '), QLatin1Char('.')) +
                                QStringLiteral("@sim.example"));
        const auto role = roleFromKey(o.value(QLatin1String("role")).toString(QStringLiteral("rep")));
        if (!role)
            return U::failure(Simulator::tr("%1 has an unknown role.").arg(u.name));
        u.role = *role;
        u.teamId = teamsOut->value(teamName);
        for (const QJsonValue &l : o.value(QLatin1String("languages")).toArray())
            u.languages.append(l.toString().toLower());
        for (const QJsonValue &c : o.value(QLatin1String("countries")).toArray())
            u.territories.append(c.toString().toUpper());
        u.segment = o.value(QLatin1String("segment")).toString();
        u.capacity = o.value(QLatin1String("capacity")).toInt(50);
        u.timeZone = o.value(QLatin1String("timezone")).toString(QStringLiteral("UTC"));
        const QJsonArray hours = o.value(QLatin1String("working_hours")).toArray();
        if (hours.size() == 2) {
            u.workStartMinute = minutesOf(hours.at(0).toString());
            u.workEndMinute = minutesOf(hours.at(1).toString());
        } else { // unless told, people work around the clock in a simulation
            u.workStartMinute = 0;
            u.workEndMinute = 24 * 60;
            u.workDays = 0x7f;
        }
        u.active = o.value(QLatin1String("active")).toBool(true);
        u.createdAt = start;
        for (const QJsonValue &range : o.value(QLatin1String("out_of_office")).toArray()) {
            const QJsonArray pair = range.toArray();
            const auto from = parseInstant(pair.at(0).toString());
            const auto to = parseInstant(pair.at(1).toString());
            if (!from || !to || *to < *from)
                return U::failure(Simulator::tr("%1 has an out-of-office range that is not two dates.").arg(u.name));
            u.absences.append({*from, *to + kDayMs, QStringLiteral("out of office")});
        }
        const Result<Id> id = store.users.create(u);
        if (!id)
            return U::failure(id.error());
        users.insert(u.name, id.value());
        if (o.value(QLatin1String("senior")).toBool()) {
            if (const Status s = RoutingRepository(store.database()).setSenior(id.value(), true); !s)
                return U::failure(s.error());
        }
        if (u.role == Role::Manager && !teamName.isEmpty())
            managers.insert(teamName, id.value());
    }
    for (auto it = teamsOut->cbegin(); it != teamsOut->cend(); ++it) {
        if (managers.contains(it.key())) {
            if (const Status s = store.teams.setManager(it.value(), managers.value(it.key())); !s)
                return U::failure(s.error());
        }
    }
    return users;
}

} // namespace

namespace {

/// The timeline entry an event stands for, or an empty type when it is not one.
QJsonObject timelineEntry(const Event &e, const QHash<Id, QString> &emails, const QHash<Id, QString> &names)
{
    QString type;
    Id user = e.userId;
    QString reason;
    if (e.type == events::LeadAssigned) {
        const QString cause = e.payload.value(QLatin1String("cause")).toString();
        type = cause == QLatin1String("new") || cause == QLatin1String("fallback") ? QStringLiteral("assigned")
                                                                                   : QStringLiteral("reassigned");
        reason = Words::fromStored(e.payload.value(QLatin1String("reason")).toString()).text();
    } else if (e.type == events::TaskCreated) {
        type = QStringLiteral("task_created");
        reason = Words::fromStored(e.payload.value(QLatin1String("title")).toString()).text();
    } else if (e.type == QLatin1String("sla_nudge")) {
        type = QStringLiteral("nudge");
        reason = Simulator::tr("half of the %1 SLA gone").arg(e.payload.value(QLatin1String("policy")).toString());
    } else if (e.type == QLatin1String("sla_manager_alert")) {
        type = QStringLiteral("manager_alert");
        reason = Simulator::tr("%1 SLA breached by %2")
                     .arg(e.payload.value(QLatin1String("policy")).toString(),
                          names.value(e.payload.value(QLatin1String("owner")).toInteger()));
    } else if (e.type == QLatin1String("sla_incident")) {
        type = QStringLiteral("incident");
        reason = Simulator::tr("reassigned for SLA breach: %1 → %2")
                     .arg(names.value(e.payload.value(QLatin1String("from")).toInteger()),
                          names.value(e.payload.value(QLatin1String("to")).toInteger()));
    } else if (e.type == events::ActivityLogged) {
        type = QStringLiteral("touch");
        reason = e.payload.value(QLatin1String("kind")).toString();
    }
    if (type.isEmpty())
        return {};
    return {{QStringLiteral("at"), toIsoUtc(e.at)},
            {QStringLiteral("type"), type},
            {QStringLiteral("lead"), emails.value(e.leadId)},
            {QStringLiteral("user"), names.value(user)},
            {QStringLiteral("reason"), reason}};
}

} // namespace

Result<QJsonObject> Simulator::run(const QJsonObject &scenario)
{
    const auto start = parseInstant(scenario.value(QLatin1String("start")).toString());
    if (!start)
        return R::failure(tr("\"start\" must be an ISO time such as 2026-11-23T09:00:00Z."));
    const auto until = parseTime(scenario.value(QLatin1String("run_until")).toString(QStringLiteral("+1d")), *start);
    if (!until || *until < *start)
        return R::failure(tr("\"run_until\" must be a time after the start or an offset such as +3h."));

    QTemporaryDir dir;
    DatabaseError dbError;
    std::unique_ptr<Store> store = Store::open(dir.filePath(QStringLiteral("simulation.db")), &dbError);
    if (!store)
        return R::failure(dbError.message);
    ManualClock clock(*start);

    QHash<QString, Id> teams;
    const Result<QHash<QString, Id>> users =
        createUsers(*store, scenario.value(QLatin1String("users")).toArray(), *start, &teams);
    if (!users)
        return R::failure(users.error());
    const QJsonValue rules = scenario.value(QLatin1String("rules"));
    if (rules.isObject()) {
        const QJsonObject o = rules.toObject();
        if (o.contains(QLatin1String("routing"))) {
            const QJsonObject doc = resolveNames(o.value(QLatin1String("routing")).toObject(), users.value(), teams);
            const Result<RoutingRuleSet> set = RoutingRuleSet::fromJson(doc);
            if (!set)
                return R::failure(set.error());
            for (const RoutingIssue &issue : set->check(store->users.all(), store->teams.all())) {
                if (issue.blocking)
                    return R::failure(issue.message);
            }
            if (const auto saved = store->rules.save(Router::kRuleKind, set->toJson(), 0, *start); !saved)
                return R::failure(saved.error());
        }
        if (o.contains(QLatin1String("sla"))) {
            const Result<SlaPolicySet> set = SlaPolicySet::fromJson(o.value(QLatin1String("sla")).toObject());
            if (!set)
                return R::failure(set.error());
            if (const auto saved = store->rules.save(SlaPolicySet::kRuleKind, set->toJson(), 0, *start); !saved)
                return R::failure(saved.error());
        }
    } else if (rules.toString(QStringLiteral("default")) != QLatin1String("default")) {
        return R::failure(tr("\"rules\" is \"default\" or an object with \"routing\" and/or \"sla\"."));
    }

    QList<Action> actions;
    int order = 0;
    for (const bool lead : {true, false}) {
        for (const QJsonValue &v : scenario.value(lead ? QLatin1String("leads") : QLatin1String("touches")).toArray()) {
            const QJsonObject o = v.toObject();
            const auto at = parseTime(o.value(QLatin1String("at")), *start);
            if (!at)
                return R::failure(tr("\"%1\" is not a time.").arg(o.value(QLatin1String("at")).toString()));
            actions.append({*at, order++, lead, o});
        }
    }
    std::stable_sort(actions.begin(), actions.end(), [](const Action &a, const Action &b) { return a.at < b.at; });

    TimerService timers(*store, clock);
    LeadDispatcher::registerTimerHandlers(timers, *store, clock);
    IntakeProcessor intake(*store, clock);
    auto fireUntil = [&](Instant t) -> Status {
        while (const auto next = timers.nextDueAt()) {
            if (*next > t)
                break;
            clock.set(std::max(clock.now(), *next));
            if (const FireReport r = timers.tick(); !r.error.isEmpty())
                return Status::failure(r.error);
        }
        clock.set(std::max(clock.now(), t));
        return {};
    };
    QHash<QString, Id> leadByEmail;
    for (const Action &a : actions) {
        if (a.at > *until)
            break;
        if (const Status s = fireUntil(a.at); !s)
            return R::failure(s.error());
        const QString email = a.data.value(QLatin1String("email")).toString().trimmed().toLower();
        if (a.lead) {
            QJsonObject fields = a.data;
            fields.remove(QStringLiteral("at"));
            const IntakeOutcome out =
                intake.submit(JournalEntry::Channel::Webhook, QStringLiteral("simulation"), fields);
            if (out.status == IntakeOutcome::Status::Quarantined || out.status == IntakeOutcome::Status::Failed)
                return R::failure(tr("The lead %1 was not accepted: %2").arg(email, out.reason));
            leadByEmail.insert(email, out.leadId);
            continue;
        }
        const Id leadId = leadByEmail.value(email);
        const auto lead = store->leads.find(AccessScope::system(), leadId);
        if (!lead)
            return R::failure(tr("A touch names %1, which is not a lead of the scenario.").arg(email));
        const auto kind = activityKindFromKey(a.data.value(QLatin1String("type")).toString(QStringLiteral("call")));
        if (!kind)
            return R::failure(tr("Unknown touch type \"%1\".").arg(a.data.value(QLatin1String("type")).toString()));
        const auto owner = store->users.find(lead->ownerId);
        const AccessScope scope = owner ? AccessScope::forUser(*owner) : AccessScope::system();
        if (const Status s = LeadDispatcher(*store, clock).logTouch(scope, leadId, *kind, QString()); !s)
            return R::failure(s.error());
    }
    if (const Status s = fireUntil(*until); !s)
        return R::failure(s.error());

    QHash<Id, QString> names;
    for (const User &u : store->users.all())
        names.insert(u.id, u.name);
    QHash<Id, QString> emails;
    for (auto it = leadByEmail.cbegin(); it != leadByEmail.cend(); ++it)
        emails.insert(it.value(), it.key());
    QList<Event> all;
    const QList<Id> leadIds = leadByEmail.values();
    for (const Id leadId : QSet<Id>(leadIds.cbegin(), leadIds.cend()))
        all += store->events.forLead(AccessScope::system(), leadId);
    std::stable_sort(all.begin(), all.end(),
                     [](const Event &a, const Event &b) { return a.at != b.at ? a.at < b.at : a.id < b.id; });
    QJsonArray timeline;
    for (const Event &e : all) {
        if (const QJsonObject entry = timelineEntry(e, emails, names); !entry.isEmpty())
            timeline.append(entry);
    }
    return QJsonObject{{QStringLiteral("timeline"), timeline}};
}

} // namespace lr
