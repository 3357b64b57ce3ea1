#include "core/cli/ScoringCommands.h"

#include "core/cli/ExitCode.h"
#include "core/common/DateParser.h"
#include "core/intake/EventIntake.h"
#include "core/scoring/RescoreJob.h"
#include "core/scoring/ScoringService.h"
#include "core/store/Store.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>
#include <QTimeZone>

#include <array>

namespace lr::cli {
namespace {

QString signedPoints(int points)
{
    return points > 0 ? QStringLiteral("+%1").arg(points) : QString::number(points);
}

QString shortDate(Instant at)
{
    return at ? QLocale::c().toString(QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc()),
                                      QStringLiteral("d MMM yyyy"))
              : QString();
}

QJsonObject explanationJson(const ScoreExplanation &why)
{
    const Lead &l = why.lead;
    QJsonObject o{{QStringLiteral("lead_id"), l.id},
                  {QStringLiteral("email"), l.email},
                  {QStringLiteral("score"), l.score},
                  {QStringLiteral("fit"), l.fit},
                  {QStringLiteral("intent"), l.intent},
                  {QStringLiteral("timing"), l.timing},
                  {QStringLiteral("class"), l.scoreClass},
                  {QStringLiteral("next_step"), l.nextStep},
                  {QStringLiteral("active_rules_version"), why.activeVersion},
                  {QStringLiteral("bant"), QJsonObject{{QStringLiteral("budget"), why.bant.budget},
                                                       {QStringLiteral("authority"), why.bant.authority},
                                                       {QStringLiteral("need"), why.bant.need},
                                                       {QStringLiteral("timeline"), why.bant.timeline}}}};
    if (why.latest) {
        o.insert(QStringLiteral("rules_version"), why.latest->result.rulesVersion);
        o.insert(QStringLiteral("scored_at"), toIsoUtc(why.latest->at));
        QJsonArray breakdown;
        for (const ScoreLine &line : why.latest->result.lines) {
            breakdown.append(QJsonObject{{QStringLiteral("rule"), line.ruleId},
                                         {QStringLiteral("name"), line.ruleName},
                                         {QStringLiteral("axis"), toKey(line.axis)},
                                         {QStringLiteral("points"), line.points},
                                         {QStringLiteral("fact"), line.fact},
                                         {QStringLiteral("at"), line.at}});
        }
        o.insert(QStringLiteral("breakdown"), breakdown);
    }
    QJsonArray history;
    for (const ScoreRecord &r : why.history) {
        history.append(QJsonObject{{QStringLiteral("at"), toIsoUtc(r.at)},
                                   {QStringLiteral("score"), r.result.score},
                                   {QStringLiteral("class"), toKey(r.result.scoreClass)},
                                   {QStringLiteral("reason"), r.reason},
                                   {QStringLiteral("rules_version"), r.result.rulesVersion}});
    }
    o.insert(QStringLiteral("history"), history);
    return o;
}

} // namespace

bool ScoringCommands::handles(const CommandLine &line)
{
    const QString a = line.word(0);
    const QString b = line.word(1);
    return (a == QLatin1String("leads") && b == QLatin1String("explain")) ||
           (a == QLatin1String("import") && b == QLatin1String("events")) || a == QLatin1String("scoring");
}

QString ScoringCommands::usage()
{
    return tr("  leads explain ID|EMAIL [--as EMAIL] [--format text|json]\n"
              "                        Why a lead has its score: fit, intent and timing, the rules that\n"
              "                        fired with the fact behind each, class, next step and history.\n"
              "  import events FILE [--source NAME]\n"
              "                        Import behaviour events (JSON lines or a JSON array of {\"email\" or\n"
              "                        \"lead_id\", \"type\", \"url\", \"at\", ...}); each re-scores its lead;\n"
              "                        events of unknown people wait for them. Prints a JSON summary\n"
              "                        {events, attached, kept, rejected, failed}; refusals on stderr.\n"
              "  scoring rescore [--all]\n"
              "                        Bring scores to the active scoring rules: only the leads the rules\n"
              "                        changed since the last complete re-score can affect, or with --all\n"
              "                        every lead. Prints {leads, scored, changed, rules_version}.\n");
}

int ScoringCommands::run(const CommandLine &line, const QString &databasePath, QTextStream &out, QTextStream &err)
{
    QSet<QString> allowed{QStringLiteral("db")};
    const QString a = line.word(0);
    if (a == QLatin1String("leads"))
        allowed += {QStringLiteral("as"), QStringLiteral("format")};
    else if (a == QLatin1String("import"))
        allowed += {QStringLiteral("source")};
    else if (a == QLatin1String("scoring"))
        allowed += {QStringLiteral("all")};
    if (const QString option = line.firstOptionOutside(allowed); !option.isEmpty()) {
        err << tr("leadrelayctl: the option --%1 does not apply here.").arg(option) << QLatin1Char('\n');
        return ExitUsage;
    }
    if (a == QLatin1String("scoring") && line.word(1) != QLatin1String("rescore")) {
        err << tr("leadrelayctl: \"scoring\" needs a subcommand: rescore.") << QLatin1Char('\n');
        return ExitUsage;
    }
    const int expectedWords = a == QLatin1String("scoring") ? 2 : 3;
    if (line.positional().size() < expectedWords) {
        err << (a == QLatin1String("leads") ? tr("leadrelayctl: \"leads explain\" needs a lead id or email.")
                                            : tr("leadrelayctl: \"import events\" needs the file to read."))
            << QLatin1Char('\n');
        return ExitUsage;
    }
    if (line.positional().size() > expectedWords) {
        err << tr("leadrelayctl: unexpected argument \"%1\".").arg(line.word(expectedWords)) << QLatin1Char('\n');
        return ExitUsage;
    }
    const QString format = line.value(QStringLiteral("format"), QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        err << tr("leadrelayctl: --format is text or json, not \"%1\".").arg(format) << QLatin1Char('\n');
        return ExitUsage;
    }
    if (!QFileInfo::exists(databasePath)) {
        err << tr("There is no LeadRelay database at %1.").arg(databasePath) << QLatin1Char('\n');
        return ExitFailure;
    }
    DatabaseError error;
    const auto store = Store::open(databasePath, &error);
    if (!store) {
        err << error.message << QLatin1Char('\n');
        return ExitFailure;
    }
    if (a == QLatin1String("leads"))
        return explain(line, *store, out, err);
    if (a == QLatin1String("import"))
        return importEvents(line, *store, out, err);
    return rescore(*store, line.has(QStringLiteral("all")), out, err);
}

QString ScoringCommands::explanationText(const ScoreExplanation &why)
{
    const Lead &l = why.lead;
    QString text;
    QTextStream s(&text);
    const QString cls = scoreClassFromKey(l.scoreClass) ? displayName(*scoreClassFromKey(l.scoreClass)) : l.scoreClass;
    s << tr("Lead %1 <%2>: score %3 (%4)").arg(l.id).arg(l.email).arg(l.score).arg(cls) << '\n';
    s << tr("Fit %1 · Intent %2 · Timing %3").arg(l.fit).arg(l.intent).arg(l.timing) << '\n';
    if (const auto step = nextStepFromKey(l.nextStep))
        s << tr("Next step: %1").arg(displayName(*step)) << '\n';
    if (!why.latest) {
        s << tr("Not scored yet.") << '\n';
        return text;
    }
    s << tr("Rules version %1, scored %2").arg(why.latest->result.rulesVersion).arg(toIsoUtc(why.latest->at)) << '\n';
    if (why.latest->result.lines.isEmpty())
        s << tr("  No rule fired.") << '\n';
    for (const ScoreLine &line : why.latest->result.lines) {
        s << QStringLiteral("  %1  %2  %3")
                 .arg(signedPoints(line.points), 4)
                 .arg(displayName(line.axis), -7)
                 .arg(line.ruleName);
        if (!line.fact.isEmpty())
            s << QStringLiteral(" — ") << line.fact;
        if (line.at)
            s << QStringLiteral(", ") << shortDate(line.at);
        s << '\n';
    }
    if (why.history.size() > 1) {
        QStringList points;
        for (const ScoreRecord &r : why.history)
            points.append(QString::number(r.result.score));
        s << tr("History: %1").arg(points.join(QStringLiteral(" → "))) << '\n';
    }
    return text;
}

int ScoringCommands::explain(const CommandLine &line, Store &store, QTextStream &out, QTextStream &err)
{
    AccessScope scope = AccessScope::system();
    if (line.has(QStringLiteral("as"))) {
        const QString email = line.value(QStringLiteral("as")).trimmed();
        const auto user = store.users.findByEmail(email);
        if (!user) {
            err << tr("There is no user with the email %1.").arg(email) << QLatin1Char('\n');
            return ExitFailure;
        }
        scope = AccessScope::forUser(*user);
    }
    ScoringService scoring(store, m_clock);
    const auto why = scoring.explain(scope, line.word(2));
    if (!why) {
        err << why.error() << QLatin1Char('\n');
        return ExitFailure;
    }
    if (line.value(QStringLiteral("format")) == QLatin1String("json"))
        out << QString::fromUtf8(QJsonDocument(explanationJson(*why)).toJson(QJsonDocument::Compact)) << '\n';
    else
        out << explanationText(*why);
    return ExitSuccess;
}

int ScoringCommands::importEvents(const CommandLine &line, Store &store, QTextStream &out, QTextStream &err)
{
    const QString path = line.word(2);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << tr("Cannot read %1: %2").arg(path, file.errorString()) << QLatin1Char('\n');
        return ExitFailure;
    }
    const QByteArray content = file.readAll();
    // A JSON array of events, else one event per line (JSON lines).
    QList<QByteArray> bodies;
    QJsonParseError parseError;
    const QJsonDocument whole = QJsonDocument::fromJson(content, &parseError);
    if (whole.isArray()) {
        for (const QJsonValue &v : whole.array())
            bodies.append(v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                                       : QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
    } else {
        for (const QByteArray &l : content.split('\n')) {
            if (!l.trimmed().isEmpty())
                bodies.append(l.trimmed());
        }
    }
    const QString source = line.value(QStringLiteral("source"), QFileInfo(path).fileName());
    EventIntake intake(store, m_clock);
    std::array<int, 4> counts{};
    auto count = [&counts](EventOutcome::Status st) -> int & { return counts[static_cast<std::size_t>(st)]; };
    for (qsizetype i = 0; i < bodies.size(); ++i) {
        const EventOutcome o = intake.submitBody(source, bodies.at(i));
        ++count(o.status);
        if (o.status == EventOutcome::Status::Rejected || o.status == EventOutcome::Status::Failed)
            err << tr("Event %1: %2").arg(i + 1).arg(o.reason) << QLatin1Char('\n');
    }
    using S = EventOutcome::Status;
    const QJsonObject summary{{QStringLiteral("events"), bodies.size()},
                              {QStringLiteral("attached"), count(S::Attached)},
                              {QStringLiteral("kept"), count(S::Kept)},
                              {QStringLiteral("rejected"), count(S::Rejected)},
                              {QStringLiteral("failed"), count(S::Failed)}};
    out << QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)) << '\n';
    return count(S::Failed) ? ExitFailure : ExitSuccess;
}

int ScoringCommands::rescore(Store &store, bool everyLead, QTextStream &out, QTextStream &err)
{
    RescoreJob job(store, m_clock);
    job.setEveryLead(everyLead);
    const auto done = job.run([&err](const RescoreProgress &p) {
        err << tr("Checked %1 of %2 leads, re-scored %3").arg(p.done).arg(p.total).arg(p.scored) << QLatin1Char('\r');
        err.flush();
        return true;
    });
    err << QLatin1Char('\n');
    if (!done) {
        err << done.error() << QLatin1Char('\n');
        return ExitFailure;
    }
    out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("leads"), done->done},
                                                       {QStringLiteral("scored"), done->scored},
                                                       {QStringLiteral("changed"), done->changed},
                                                       {QStringLiteral("rules_version"), done->rulesVersion}})
                                 .toJson(QJsonDocument::Compact))
        << '\n';
    return ExitSuccess;
}

} // namespace lr::cli
