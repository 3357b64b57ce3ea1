#include "core/cli/RouteCommands.h"

#include "core/cli/ExitCode.h"
#include "core/common/DateParser.h"
#include "core/routing/LeadDispatcher.h"
#include "core/routing/Router.h"
#include "core/routing/Simulator.h"
#include "core/scoring/ScoringService.h"
#include "core/store/Store.h"
#include "core/timers/TimerService.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace lr::cli {
namespace {

int fail(QTextStream &err, const QString &message, int code = ExitFailure)
{
    err << QStringLiteral("leadrelayctl: ") << message << QLatin1Char('\n');
    return code;
}

void printJson(QTextStream &out, const QJsonObject &o)
{
    out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

QString checkOptions(const CommandLine &line, std::initializer_list<const char *> names)
{
    QSet<QString> allowed{QStringLiteral("db")};
    for (const char *n : names)
        allowed.insert(QString::fromLatin1(n));
    return line.firstOptionOutside(allowed);
}

} // namespace

bool RouteCommands::handles(const QString &command)
{
    static const QStringList commands{QStringLiteral("simulate"), QStringLiteral("timers"), QStringLiteral("routing"),
                                      QStringLiteral("tasks"), QStringLiteral("leads")};
    return commands.contains(command);
}

QString RouteCommands::usage()
{
    return tr("  simulate SCENARIO.json\n"
              "                        Run a routing/SLA scenario under a manual clock in a scratch\n"
              "                        store; print the JSON timeline (see the README).\n"
              "  timers fire [--now TIME]\n"
              "                        Fire every durable timer due by now (SLA ladder, holidays).\n"
              "  timers list [--lead ID]\n"
              "                        Print the pending timers (of one lead) as JSON.\n"
              "  routing explain LEAD_ID [--as EMAIL]\n"
              "                        Say where the routing rules would send a lead now, and why.\n"
              "  tasks list [--as EMAIL]\n"
              "                        Print the open tasks the user may see as JSON.\n"
              "  tasks done TASK_ID --outcome TEXT --as EMAIL\n"
              "                        Complete one of the user's tasks.\n"
              "  leads touch LEAD_ID --type call|email|meeting|note [--outcome TEXT] --as EMAIL\n"
              "                        Log a touch; the first call, email or meeting stops the SLA clock.\n"
              "  leads disqualify LEAD_ID --reason TEXT --as EMAIL\n"
              "  leads reassign LEAD_ID --to EMAIL --as EMAIL\n"
              "                        Managers (own team) and admins hand a lead to someone else.\n");
}

int RouteCommands::run(const CommandLine &line, const QString &databasePath, QTextStream &out, QTextStream &err)
{
    const QString command = line.word(0);
    const QString sub = line.word(1);
    if (command == QLatin1String("simulate")) {
        if (sub.isEmpty())
            return fail(err, tr("\"simulate\" needs a scenario file."), ExitUsage);
        QFile file(sub);
        if (!file.open(QIODevice::ReadOnly))
            return fail(err, tr("Cannot read %1.").arg(sub));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!doc.isObject())
            return fail(err, tr("%1 is not a JSON object: %2").arg(sub, parseError.errorString()));
        const Result<QJsonObject> timeline = Simulator::run(doc.object());
        if (!timeline)
            return fail(err, timeline.error());
        printJson(out, timeline.value());
        return ExitSuccess;
    }
    if (databasePath.isEmpty() || !QFileInfo::exists(databasePath))
        return fail(err, tr("There is no LeadRelay database at %1.").arg(databasePath));
    DatabaseError dbError;
    const std::unique_ptr<Store> store = Store::open(databasePath, &dbError);
    if (!store)
        return fail(err, dbError.message);
    AccessScope scope = AccessScope::system();
    if (line.has(QStringLiteral("as"))) {
        const auto user = store->users.findByEmail(line.value(QStringLiteral("as")).trimmed());
        if (!user)
            return fail(err, tr("There is no user with the email %1.").arg(line.value(QStringLiteral("as"))));
        scope = AccessScope::forUser(*user);
    }
    auto leadArg = [&line](int index) { return line.word(index).toLongLong(); };

    if (command == QLatin1String("timers") && sub == QLatin1String("fire")) {
        if (const QString o = checkOptions(line, {"now"}); !o.isEmpty())
            return fail(err, tr("The option --%1 does not apply to \"timers fire\".").arg(o), ExitUsage);
        ManualClock at(m_clock.now());
        if (line.has(QStringLiteral("now"))) {
            const auto now = parseInstant(line.value(QStringLiteral("now")));
            if (!now)
                return fail(err, tr("--now needs an ISO time."), ExitUsage);
            at.set(*now);
        }
        TimerService timers(*store, at);
        LeadDispatcher::registerTimerHandlers(timers, *store, at);
        ScoringService::registerTimers(timers, *store, at);
        const FireReport report = timers.tick();
        if (!report.error.isEmpty())
            return fail(err, report.error);
        printJson(out, {{QStringLiteral("fired"), report.fired},
                        {QStringLiteral("failed"), report.failed},
                        {QStringLiteral("pending"), timers.repository().pendingCount()}});
        return ExitSuccess;
    }
    if (command == QLatin1String("timers") && sub == QLatin1String("list")) {
        if (const QString o = checkOptions(line, {"lead"}); !o.isEmpty())
            return fail(err, tr("The option --%1 does not apply to \"timers list\".").arg(o), ExitUsage);
        TimerService timers(*store, m_clock);
        QJsonArray list;
        const Id lead = line.value(QStringLiteral("lead")).toLongLong();
        for (const Timer &t : timers.repository().forLead(lead)) {
            list.append(
                QJsonObject{{QStringLiteral("id"), t.id},
                            {QStringLiteral("kind"), t.kind},
                            {QStringLiteral("due_at"), toIsoUtc(t.dueAt)},
                            {QStringLiteral("state"), t.state == Timer::State::Pending ? QStringLiteral("pending")
                                                      : t.state == Timer::State::Done  ? QStringLiteral("done")
                                                                                       : QStringLiteral("cancelled")}});
        }
        printJson(out, {{QStringLiteral("timers"), list}});
        return ExitSuccess;
    }
    if (command == QLatin1String("routing") && sub == QLatin1String("explain")) {
        const auto lead = store->leads.find(scope, leadArg(2));
        if (!lead)
            return fail(err, tr("Lead %1 does not exist or is not yours.").arg(line.word(2)));
        Router router(*store, m_clock);
        RouteOptions dry;
        dry.dryRun = true;
        const Result<RouteDecision> d = router.route(*lead, router.activeRules(), dry);
        if (!d)
            return fail(err, d.error());
        printJson(out, {{QStringLiteral("lead"), lead->id},
                        {QStringLiteral("owner"), d->ownerName},
                        {QStringLiteral("rule"), d->ruleName},
                        {QStringLiteral("fallback"), d->fallback},
                        {QStringLiteral("reason"), d->reason}});
        return ExitSuccess;
    }
    if (command == QLatin1String("tasks") && sub == QLatin1String("list")) {
        QJsonArray list;
        for (const Task &t : store->tasks.open(scope)) {
            list.append(QJsonObject{{QStringLiteral("id"), t.id},
                                    {QStringLiteral("lead"), t.leadId},
                                    {QStringLiteral("owner"), t.ownerId},
                                    {QStringLiteral("title"), t.title},
                                    {QStringLiteral("due_at"), toIsoUtc(t.dueAt)},
                                    {QStringLiteral("overdue"), t.dueAt < m_clock.now()}});
        }
        printJson(out, {{QStringLiteral("tasks"), list}});
        return ExitSuccess;
    }
    LeadDispatcher dispatcher(*store, m_clock);
    Status done = Status::failure(tr("Unknown command \"%1 %2\".").arg(command, sub));
    if (command == QLatin1String("tasks") && sub == QLatin1String("done")) {
        done = dispatcher.completeTask(scope, leadArg(2), line.value(QStringLiteral("outcome")));
    } else if (command == QLatin1String("leads") && sub == QLatin1String("touch")) {
        const auto kind = activityKindFromKey(line.value(QStringLiteral("type"), QStringLiteral("call")));
        if (!kind)
            return fail(err, tr("--type is call, email, meeting, note or sms."), ExitUsage);
        done = dispatcher.logTouch(scope, leadArg(2), *kind, line.value(QStringLiteral("outcome")));
    } else if (command == QLatin1String("leads") && sub == QLatin1String("disqualify")) {
        done = dispatcher.disqualify(scope, leadArg(2), line.value(QStringLiteral("reason")));
    } else if (command == QLatin1String("leads") && sub == QLatin1String("reassign")) {
        const auto to = store->users.findByEmail(line.value(QStringLiteral("to")).trimmed());
        if (!to)
            return fail(err, tr("--to needs the email of a user."), ExitUsage);
        done = dispatcher.reassignTo(scope, leadArg(2), to->id);
    } else {
        return fail(err, done.error(), ExitUsage);
    }
    if (!done)
        return fail(err, done.error());
    out << tr("Done.") << QLatin1Char('\n');
    return ExitSuccess;
}

} // namespace lr::cli
