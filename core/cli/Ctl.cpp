#include "core/cli/Ctl.h"

#include "core/cli/DealsCommand.h"
#include "core/cli/DemoCommand.h"
#include "core/cli/EnrichCommands.h"
#include "core/cli/ExitCode.h"
#include "core/cli/IntakeCommands.h"
#include "core/cli/LeadExporter.h"
#include "core/cli/MetricsCommand.h"
#include "core/cli/RouteCommands.h"
#include "core/cli/ScoringCommands.h"
#include "core/cli/UsersCommand.h"
#include "core/store/Store.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextStream>

namespace lr::cli {
namespace {

const QString kDb = QStringLiteral("db");
const QString kFormat = QStringLiteral("format");

/// The options a command accepts besides --db.
QSet<QString> optionsOf(std::initializer_list<const char *> names)
{
    QSet<QString> out{kDb};
    for (const char *name : names)
        out.insert(QString::fromLatin1(name));
    return out;
}

} // namespace

Ctl::Ctl(const Clock &clock, Environment environment, QString defaultDatabase)
    : m_clock(clock), m_environment(std::move(environment)), m_defaultDatabase(std::move(defaultDatabase))
{}

QString Ctl::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("leadrelay.db"));
}

QString Ctl::databasePath(const CommandLine &line) const
{
    if (line.has(kDb))
        return line.value(kDb);
    const QString fromEnvironment = m_environment ? m_environment(QStringLiteral("LEADRELAY_DB")) : QString();
    return fromEnvironment.isEmpty() ? m_defaultDatabase : fromEnvironment;
}

QString Ctl::usage() const
{
    return tr("Usage: leadrelayctl [--db PATH] COMMAND [OPTIONS]\n"
              "\n"
              "The headless LeadRelay console: set up a database, load demo data, manage users, export leads.\n"
              "\n"
              "Commands:\n"
              "  init                  Create the database (or bring it to the latest schema);\n"
              "                        print its path and schema version.\n"
              "  demo [--seed N] [--leads N] [--days N] [--now TIME] [--format text|json]\n"
              "                        Fill an empty database with a demo sales team and lead history\n"
              "                        (default: 3000 leads over the 90 days before now).\n"
              "  users list [--format table|json]\n"
              "                        List the users.\n"
              "  users add --name NAME --email EMAIL --role rep|manager|admin [--team TEAM]\n"
              "            [--territories DE,AT] [--languages de,en] [--segment smb|mid_market|enterprise]\n"
              "            [--capacity N] [--timezone Europe/Berlin]\n"
              "                        Add a user to an existing team.\n"
              "  export leads [--format csv|json] [--as EMAIL]\n"
              "                        Write every lead to standard output (JSON unless --format csv);\n"
              "                        --as exports only what that user may see.\n"
              "  import leads FILE [--map \"Header=field\"]... [--source NAME]\n"
              "                        Import a leads CSV (HubSpot, Salesforce, Pipedrive or spreadsheet\n"
              "                        export): every row is journaled, validated, deduplicated; prints a\n"
              "                        JSON summary {rows, created, merged, quarantined, errors}.\n"
              "  import deals FILE [--map \"Header=field\"]... [--stage-map \"Won=Closed Won\"]...\n"
              "               [--as EMAIL]\n"
              "                        Import deals from another CRM's CSV export (HubSpot, Pipedrive,\n"
              "                        Salesforce): creates missing companies and owners, keeps historical\n"
              "                        engage/close dates; won/lost rows without a lost reason become\n"
              "                        history. Fields: external_id, title, owner, company, person_email,\n"
              "                        stage, status, value, currency, engaged_at, closed_at,\n"
              "                        expected_close, product, lost_reason. Prints a JSON summary\n"
              "                        {rows, created, merged, quarantined, errors, history, ...}.\n"
              "  import firmographics FILE [--as EMAIL]\n"
              "                        Import a firmographics CSV (Domain/Website, Company, Employees,\n"
              "                        Industry, Revenue, Country, LinkedIn) into the local enrichment\n"
              "                        table, updating known domains; prints a JSON summary\n"
              "                        {rows, created, updated, rejected, errors}. Admins only.\n"
              "  enrich [--provider local|http] [--url T] [--timeout-ms N] [--retries N] [--limit N]\n"
              "         [--as EMAIL]\n"
              "                        Fill empty company fields of companies not tried recently from\n"
              "                        the local table (default) or the HTTP JSON provider (URL template\n"
              "                        with {domain}; defaults from the app's settings); prints a JSON\n"
              "                        summary. Admins only.\n"
              "  serve [--bind 127.0.0.1] [--port 8088] [--token T]\n"
              "                        Run the webhook intake (POST /v1/submissions, GET /v1/health)\n"
              "                        until interrupted; the token also comes from $LEADRELAY_TOKEN.\n"
              "  deals list [--format json] [--stage STAGE] [--as EMAIL]\n"
              "                        Print the deals (what --as may see) as JSON.\n"
              "  deals move ID STAGE [--set field=value]... [--as EMAIL]\n"
              "                        Move a deal to another stage, setting fields first; exit code 3\n"
              "                        and the missing fields when the stage's exit criteria refuse.\n"
              "%2"
              "  metrics [--from DATE] [--to DATE] [--team T] [--rep R] [--source S] [--campaign C]\n"
              "          [--as EMAIL] [--format json]\n"
              "                        Print every metric of the period (default: the last 30 days)\n"
              "                        as JSON; keys in docs/metrics.md.\n"
              "%3"
              "  help                  Show this help.\n"
              "\n"
              "Options:\n"
              "  --db PATH             The database file. Default: $LEADRELAY_DB, else\n"
              "                        %1\n"
              "  -h, --help            Show this help.\n"
              "  --version             Show the version.\n"
              "\n"
              "Exit codes: 0 success; 1 the command failed (message on standard error);\n"
              "2 wrong command line (unknown command or option, missing or invalid argument);\n"
              "3 a deal move lacks fields the target stage requires.\n")
        .arg(m_defaultDatabase, RouteCommands::usage(), ScoringCommands::usage());
}

int Ctl::usageError(QTextStream &err, const QString &message) const
{
    err << QStringLiteral("leadrelayctl: ") << message << QLatin1String("\n\n") << usage();
    err.flush();
    return ExitUsage;
}

std::unique_ptr<Store> Ctl::openStore(const QString &path, bool create, QTextStream &err) const
{
    if (path.isEmpty()) {
        err << tr("No database path: pass --db PATH or set LEADRELAY_DB.") << QLatin1Char('\n');
        return nullptr;
    }
    if (!create && !QFileInfo::exists(path)) {
        err << tr("There is no LeadRelay database at %1. Create one with: leadrelayctl --db %1 init").arg(path)
            << QLatin1Char('\n');
        return nullptr;
    }
    DatabaseError error;
    auto store = Store::open(path, &error);
    if (!store)
        err << error.message << QLatin1Char('\n');
    return store;
}

int Ctl::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Result<CommandLine> parsed = CommandLine::parse(args);
    if (!parsed)
        return usageError(err, parsed.error());
    const CommandLine &line = parsed.value();
    const QString command = line.word(0);

    if (line.has(QStringLiteral("help")) || command == QLatin1String("help")) {
        out << usage();
        return ExitSuccess;
    }
    if (line.has(QStringLiteral("version"))) {
        out << QStringLiteral("leadrelayctl %1\n").arg(QStringLiteral(LEADRELAY_VERSION));
        return ExitSuccess;
    }
    if (command.isEmpty())
        return usageError(err, tr("No command given."));

    int code = ExitUsage;
    if (ScoringCommands::handles(line)) // leads explain, import events, scoring rescore
        code = ScoringCommands(m_clock).run(line, databasePath(line), out, err);
    else if (command == QLatin1String("init"))
        code = init(line, out, err);
    else if (command == QLatin1String("demo"))
        code = demo(line, out, err);
    else if (command == QLatin1String("users"))
        code = users(line, out, err);
    else if (command == QLatin1String("export"))
        code = exportLeads(line, out, err);
    else if (command == QLatin1String("import") && line.word(1) == QLatin1String("firmographics"))
        code = importFirmographics(line, out, err);
    else if (command == QLatin1String("import") && line.word(1) == QLatin1String("deals"))
        code = importDeals(line, out, err);
    else if (command == QLatin1String("import"))
        code = importLeads(line, out, err);
    else if (command == QLatin1String("enrich"))
        code = enrich(line, out, err);
    else if (command == QLatin1String("deals"))
        code = deals(line, out, err);
    else if (command == QLatin1String("metrics"))
        code = metrics(line, out, err);
    else if (command == QLatin1String("serve"))
        code = serve(line, out, err);
    else if (RouteCommands::handles(command))
        code = RouteCommands(m_clock).run(line, databasePath(line), out, err);
    else
        code = usageError(err, tr("Unknown command \"%1\".").arg(command));
    out.flush();
    err.flush();
    return code;
}

int Ctl::init(const CommandLine &line, QTextStream &out, QTextStream &err)
{
    if (const QString option = line.firstOptionOutside(optionsOf({})); !option.isEmpty())
        return usageError(err, tr("The option --%1 does not apply to \"init\".").arg(option));
    if (line.positional().size() > 1)
        return usageError(err, tr("Unexpected argument \"%1\".").arg(line.word(1)));
    const QString path = databasePath(line);
    const bool existed = QFileInfo::exists(path);
    const auto store = openStore(path, true, err);
    if (!store)
        return ExitFailure;
    out << (existed ? tr("Database: %1") : tr("Created database: %1")).arg(QFileInfo(path).absoluteFilePath())
        << QLatin1Char('\n');
    out << tr("Schema version: %1").arg(store->database().schemaVersion()) << QLatin1Char('\n');
    return ExitSuccess;
}

int Ctl::demo(const CommandLine &line, QTextStream &out, QTextStream &err)
{
    if (const QString option = line.firstOptionOutside(DemoCommand::options() + optionsOf({})); !option.isEmpty())
        return usageError(err, tr("The option --%1 does not apply to \"demo\".").arg(option));
    if (line.positional().size() > 1)
        return usageError(err, tr("Unexpected argument \"%1\".").arg(line.word(1)));
    const Result<DemoCommand::Request> request = DemoCommand::parse(line);
    if (!request)
        return usageError(err, request.error());
    const QString path = databasePath(line);
    const auto store = openStore(path, true, err);
    if (!store)
        return ExitFailure;
    return DemoCommand::run(*store, path, request.value(), m_clock, out, err);
}

int Ctl::users(const CommandLine &line, QTextStream &out, QTextStream &err)
{
    const QString sub = line.word(1);
    if (sub.isEmpty())
        return usageError(err, tr("\"users\" needs a subcommand: list or add."));
    if (line.positional().size() > 2)
        return usageError(err, tr("Unexpected argument \"%1\".").arg(line.word(2)));
    if (sub == QLatin1String("list")) {
        if (const QString option = line.firstOptionOutside(optionsOf({"format"})); !option.isEmpty())
            return usageError(err, tr("The option --%1 does not apply to \"users list\".").arg(option));
        const QString format = line.value(kFormat, QStringLiteral("table"));
        if (format != QLatin1String("table") && format != QLatin1String("json"))
            return usageError(err, tr("--format for \"users list\" is table or json, not \"%1\".").arg(format));
        const auto store = openStore(databasePath(line), false, err);
        if (!store)
            return ExitFailure;
        return UsersCommand(*store, m_clock).list(format == QLatin1String("json"), out);
    }
    if (sub == QLatin1String("add")) {
        if (const QString option = line.firstOptionOutside(UsersCommand::addOptions() + optionsOf({}));
            !option.isEmpty()) {
            return usageError(err, tr("The option --%1 does not apply to \"users add\".").arg(option));
        }
        const Result<User> user = UsersCommand::userFrom(line);
        if (!user)
            return usageError(err, user.error());
        const auto store = openStore(databasePath(line), false, err);
        if (!store)
            return ExitFailure;
        return UsersCommand(*store, m_clock).add(user.value(), line.value(QStringLiteral("team")), out, err);
    }
    return usageError(err, tr("Unknown subcommand \"users %1\".").arg(sub));
}

int Ctl::exportLeads(const CommandLine &line, QTextStream &out, QTextStream &err)
{
    const QString what = line.word(1);
    if (what != QLatin1String("leads")) {
        return usageError(err, what.isEmpty() ? tr("\"export\" needs to know what: export leads.")
                                              : tr("Cannot export \"%1\"; only leads.").arg(what));
    }
    if (line.positional().size() > 2)
        return usageError(err, tr("Unexpected argument \"%1\".").arg(line.word(2)));
    if (const QString option = line.firstOptionOutside(optionsOf({"format", "as"})); !option.isEmpty())
        return usageError(err, tr("The option --%1 does not apply to \"export leads\".").arg(option));
    const QString format = line.value(kFormat, QStringLiteral("json"));
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return usageError(err, tr("--format for \"export leads\" is csv or json, not \"%1\".").arg(format));
    if (line.has(QStringLiteral("as")) && line.value(QStringLiteral("as")).trimmed().isEmpty())
        return usageError(err, tr("--as needs the email of a user."));

    const auto store = openStore(databasePath(line), false, err);
    if (!store)
        return ExitFailure;
    AccessScope scope = AccessScope::system();
    if (line.has(QStringLiteral("as"))) {
        const QString email = line.value(QStringLiteral("as")).trimmed();
        const auto user = store->users.findByEmail(email);
        if (!user) {
            err << tr("There is no user with the email %1.").arg(email) << QLatin1Char('\n');
            return ExitFailure;
        }
        scope = AccessScope::forUser(*user);
    }
    LeadExporter exporter(*store);
    const auto written = exporter.write(
        scope, format == QLatin1String("csv") ? LeadExporter::Format::Csv : LeadExporter::Format::Json, out);
    if (!written) {
        err << written.error() << QLatin1Char('\n');
        return ExitFailure;
    }
    return ExitSuccess;
}

int Ctl::importLeads(const CommandLine &line, QTextStream &out, QTextStream &err)
{
    if (line.word(1) != QLatin1String("leads")) {
        return usageError(
            err,
            tr("\"import\" needs to know what: import leads FILE, import deals FILE or import firmographics FILE."));
    }
    if (line.word(2).isEmpty())
        return usageError(err, tr("\"import leads\" needs the CSV file to read."));
    if (line.positional().size() > 3)
        return usageError(err, tr("Unexpected argument \"%1\".").arg(line.word(3)));
    if (const QString option = line.firstOptionOutside(IntakeCommands::importOptions() + optionsOf({}));
        !option.isEmpty()) {
        return usageError(err, tr("The option --%1 does not apply to \"import leads\".").arg(option));
    }
    if (const auto maps = IntakeCommands::parseMaps(line.values(QStringLiteral("map"))); !maps)
        return usageError(err, maps.error());
    const auto store = openStore(databasePath(line), false, err);
    if (!store)
        return ExitFailure;
    return IntakeCommands(*store, m_clock).importLeads(line.word(2), line, out, err);
}

int Ctl::importDeals(const CommandLine &line, QTextStream &out, QTextStream &err)
{
    if (line.word(2).isEmpty())
        return usageError(err, tr("\"import deals\" needs the CSV file to read."));
    if (line.positional().size() > 3)
        return usageError(err, tr("Unexpected argument \"%1\".").arg(line.word(3)));
    if (const QString option = line.firstOptionOutside(DealsCommand::importOptions() + optionsOf({}));
        !option.isEmpty()) {
        return usageError(err, tr("The option --%1 does not apply to \"import deals\".").arg(option));
    }
    const auto columns = IntakeCommands::parseMaps(line.values(QStringLiteral("map")));
    if (!columns)
        return usageError(err, columns.error());
    const auto stages = DealsCommand::parseStageMaps(line.values(QStringLiteral("stage-map")));
    if (!stages)
        return usageError(err, stages.error());
    const auto store = openStore(databasePath(line), false, err);
    if (!store)
        return ExitFailure;
    std::optional<User> actor;
    if (line.has(QStringLiteral("as"))) {
        const QString email = line.value(QStringLiteral("as")).trimmed();
        actor = store->users.findByEmail(email);
        if (!actor) {
            err << tr("There is no user with the email %1.").arg(email) << QLatin1Char('\n');
            return ExitFailure;
        }
    }
    return DealsCommand(*store, m_clock, AccessScope::system())
        .importDeals(line.word(2), columns.value(), stages.value(), actor, out, err);
}

int Ctl::serve(const CommandLine &line, QTextStream &out, QTextStream &err)
{
    if (line.positional().size() > 1)
        return usageError(err, tr("Unexpected argument \"%1\".").arg(line.word(1)));
    if (const QString option = line.firstOptionOutside(IntakeCommands::serveOptions() + optionsOf({}));
        !option.isEmpty()) {
        return usageError(err, tr("The option --%1 does not apply to \"serve\".").arg(option));
    }
    if (const QString problem = IntakeCommands::checkServeOptions(line); !problem.isEmpty())
        return usageError(err, problem);
    // Like every command but init and demo: a mistyped --db must not start a new, empty store.
    const auto store = openStore(databasePath(line), false, err);
    if (!store)
        return ExitFailure;
    const QString token = m_environment ? m_environment(QStringLiteral("LEADRELAY_TOKEN")) : QString();
    return IntakeCommands(*store, m_clock).serve(line, token, out, err);
}

std::optional<AccessScope> Ctl::actingAs(const CommandLine &line, Store &store, QTextStream &err) const
{
    if (!line.has(QStringLiteral("as")))
        return AccessScope::system();
    const QString email = line.value(QStringLiteral("as")).trimmed();
    const auto user = store.users.findByEmail(email);
    if (!user) {
        err << tr("There is no user with the email %1.").arg(email) << QLatin1Char('\n');
        return std::nullopt;
    }
    return AccessScope::forUser(*user);
}

int Ctl::importFirmographics(const CommandLine &line, QTextStream &out, QTextStream &err)
{
    if (line.word(2).isEmpty())
        return usageError(err, tr("\"import firmographics\" needs the CSV file to read."));
    if (line.positional().size() > 3)
        return usageError(err, tr("Unexpected argument \"%1\".").arg(line.word(3)));
    if (const QString option = line.firstOptionOutside(EnrichCommands::importOptions() + optionsOf({}));
        !option.isEmpty()) {
        return usageError(err, tr("The option --%1 does not apply to \"import firmographics\".").arg(option));
    }
    const auto store = openStore(databasePath(line), false, err);
    if (!store)
        return ExitFailure;
    const auto who = actingAs(line, *store, err);
    if (!who)
        return ExitFailure;
    return EnrichCommands(*store, m_clock, *who).importFirmographics(line.word(2), out, err);
}

int Ctl::enrich(const CommandLine &line, QTextStream &out, QTextStream &err)
{
    if (line.positional().size() > 1)
        return usageError(err, tr("Unexpected argument \"%1\".").arg(line.word(1)));
    if (const QString option = line.firstOptionOutside(EnrichCommands::enrichOptions() + optionsOf({}));
        !option.isEmpty()) {
        return usageError(err, tr("The option --%1 does not apply to \"enrich\".").arg(option));
    }
    if (const QString problem = EnrichCommands::checkEnrichOptions(line); !problem.isEmpty())
        return usageError(err, problem);
    const auto store = openStore(databasePath(line), false, err);
    if (!store)
        return ExitFailure;
    const auto who = actingAs(line, *store, err);
    if (!who)
        return ExitFailure;
    return EnrichCommands(*store, m_clock, *who).enrich(line, out, err);
}

int Ctl::deals(const CommandLine &line, QTextStream &out, QTextStream &err)
{
    const QString sub = line.word(1);
    if (sub != QLatin1String("list") && sub != QLatin1String("move")) {
        return usageError(err, sub.isEmpty() ? tr("\"deals\" needs a subcommand: list or move.")
                                             : tr("Unknown subcommand \"deals %1\".").arg(sub));
    }
    const bool list = sub == QLatin1String("list");
    const int words = list ? 2 : 4;
    if (!list && line.positional().size() < 4)
        return usageError(err, tr("\"deals move\" needs a deal id and a stage: deals move ID STAGE."));
    if (line.positional().size() > words)
        return usageError(err, tr("Unexpected argument \"%1\".").arg(line.word(words)));
    const QSet<QString> allowed = (list ? DealsCommand::listOptions() : DealsCommand::moveOptions()) + optionsOf({});
    if (const QString option = line.firstOptionOutside(allowed); !option.isEmpty())
        return usageError(err, tr("The option --%1 does not apply to \"deals %2\".").arg(option, sub));
    if (list && line.value(kFormat, QStringLiteral("json")) != QLatin1String("json"))
        return usageError(err, tr("--format for \"deals list\" is json, not \"%1\".").arg(line.value(kFormat)));
    const auto fields = DealsCommand::parseSets(line.values(QStringLiteral("set")));
    if (!fields)
        return usageError(err, fields.error());
    const auto store = openStore(databasePath(line), false, err);
    if (!store)
        return ExitFailure;
    const auto who = actingAs(line, *store, err);
    if (!who)
        return ExitFailure;
    DealsCommand command(*store, m_clock, *who);
    if (list)
        return command.list(line.value(QStringLiteral("stage")), out, err);
    return command.move(line.word(2), line.word(3), fields.value(), out, err);
}

int Ctl::metrics(const CommandLine &line, QTextStream &out, QTextStream &err)
{
    if (line.positional().size() > 1)
        return usageError(err, tr("Unexpected argument \"%1\".").arg(line.word(1)));
    if (const QString option = line.firstOptionOutside(MetricsCommand::options() + optionsOf({})); !option.isEmpty())
        return usageError(err, tr("The option --%1 does not apply to \"metrics\".").arg(option));
    if (line.value(kFormat, QStringLiteral("json")) != QLatin1String("json"))
        return usageError(err, tr("--format for \"metrics\" is json, not \"%1\".").arg(line.value(kFormat)));
    const auto period = MetricsCommand::period(line, m_clock);
    if (!period)
        return usageError(err, period.error());
    const auto store = openStore(databasePath(line), false, err);
    if (!store)
        return ExitFailure;
    const auto who = actingAs(line, *store, err);
    if (!who)
        return ExitFailure;
    return MetricsCommand(*store, m_clock, *who).run(line, period.value(), out, err);
}

} // namespace lr::cli
