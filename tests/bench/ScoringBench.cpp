// Qualify (issue 4) figures: scoring one lead in memory with the default rules, and re-scoring
// every stored lead after a rule change, end to end with writes, next to the sqlite3 CLI's bulk
// `.import` of the same rows (CSV written by this bench) into a table with a unique email index,
// measured in the same run.
//
//   leadrelay_bench --benchmark_filter=Scor                       # both (1,000,000 leads)
//   LEADRELAY_BENCH_RESCORE_LEADS=100000 leadrelay_bench --benchmark_filter=BM_Rescore
//
// The store (leads with companies, titles, behaviour events, scored once with the defaults) and
// its CSV are generated once into bench-data/ and copied for every run.
#include "core/common/Clock.h"
#include "core/domain/Company.h"
#include "core/domain/Event.h"
#include "core/domain/Lead.h"
#include "core/domain/User.h"
#include "core/rules/LeadFacts.h"
#include "core/scoring/RescoreJob.h"
#include "core/scoring/ScoringRuleSet.h"
#include "core/scoring/ScoringService.h"
#include "core/store/Store.h"
#include "core/store/Transaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QTextStream>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <random>

using namespace lr;

namespace {

constexpr Instant kNow = 1795424400000; // 2026-11-23T09:00:00Z

int rescoreLeads()
{
    const int n = qEnvironmentVariableIntValue("LEADRELAY_BENCH_RESCORE_LEADS");
    return n > 0 ? n : 1000000;
}

QString dataDir()
{
    const QString dir = QStringLiteral(LEADRELAY_BENCH_DATA_DIR);
    QDir().mkpath(dir);
    return dir;
}

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

/// Generates the store: an admin, 20,000 companies (industries, sizes), `leads` leads with titles
/// in several languages (a tenth at free-mail addresses), behaviour events for a third of them,
/// all scored once with the shipped rules; and the same rows as CSV for sqlite3.
void generate(const QString &path, const QString &csvPath, int leads)
{
    QFile::remove(path);
    DatabaseError error;
    auto store = Store::open(path, &error);
    if (!store)
        qFatal("cannot create bench store: %s", qPrintable(error.message));
    std::fprintf(stderr, "generating %d scored leads into %s …\n", leads, qPrintable(path));
    QElapsedTimer timer;
    timer.start();
    QFile csv(csvPath);
    if (!csv.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(csvPath));
    QTextStream out(&csv);
    out << "email,first_name,last_name,title,company,domain,industry,employees,country,form_type,created_at\n";

    std::mt19937 rng(4);
    static const char *industries[] = {"Software",           "SaaS",       "Manufacturing", "Retail", "IT Services",
                                       "Financial Services", "Healthcare", "Education"};
    static const char *titles[] = {"CEO",
                                   "Founder",
                                   "Head of Sales",
                                   "Student",
                                   "Intern",
                                   "Marketing Manager",
                                   "Генеральный директор",
                                   "Prezes Zarządu",
                                   "Geschäftsführer",
                                   "Sales Rep",
                                   "CTO",
                                   "Account Executive",
                                   "",
                                   "Operations Lead",
                                   "Co-founder & CEO",
                                   "Analyst"};
    static const char *formTypes[] = {"demo_request", "contact", "pricing", "newsletter", "webinar", "", "", ""};
    {
        Transaction tx(store->database());
        User admin;
        admin.name = QStringLiteral("Bench Admin");
        admin.email = QStringLiteral("admin@bench.test");
        admin.role = Role::Admin;
        admin.createdAt = kNow;
        store->users.create(admin).value();
        QList<Company> companies;
        for (int i = 0; i < 20000; ++i) {
            Company c;
            c.name = QStringLiteral("Company %1").arg(i);
            c.domain = QStringLiteral("company%1.example").arg(i);
            c.industry = QString::fromLatin1(industries[rng() % std::size(industries)]);
            c.employees = static_cast<int>(rng() % 1000);
            c.country = QStringLiteral("DE");
            c.createdAt = c.updatedAt = kNow;
            c.id = store->companies.create(c).value();
            companies.append(c);
        }
        for (int i = 0; i < leads; ++i) {
            const Company &c = companies.at(static_cast<qsizetype>(rng() % companies.size()));
            const bool freeMail = rng() % 10 == 0;
            Lead l;
            l.firstName = QStringLiteral("First%1").arg(i % 5000);
            l.lastName = QStringLiteral("Last%1").arg(i % 7919);
            l.email = freeMail ? QStringLiteral("person%1@gmail.com").arg(i)
                               : QStringLiteral("person%1@%2").arg(i).arg(c.domain);
            l.title = QString::fromUtf8(titles[rng() % std::size(titles)]);
            l.companyName = c.name;
            l.companyId = freeMail ? 0 : c.id;
            l.country = QStringLiteral("DE");
            l.formType = QString::fromLatin1(formTypes[rng() % std::size(formTypes)]);
            l.source = LeadSource::WebForm;
            l.status = LeadStatus::New;
            l.createdAt = l.updatedAt = kNow - static_cast<qint64>(rng() % (180LL * 24 * 3600)) * 1000;
            const Id id = store->leads.create(l).value();
            out << csvField(l.email) << ',' << csvField(l.firstName) << ',' << csvField(l.lastName) << ','
                << csvField(l.title) << ',' << csvField(l.companyName) << ',' << (freeMail ? QString() : c.domain)
                << ',' << (freeMail ? QString() : c.industry) << ',' << (freeMail ? 0 : c.employees) << ',' << l.country
                << ',' << l.formType << ',' << l.createdAt << '\n';
            if (rng() % 3 == 0) {
                const int count = 1 + static_cast<int>(rng() % 4);
                for (int e = 0; e < count; ++e) {
                    Event ev;
                    ev.leadId = id;
                    ev.at = l.createdAt + static_cast<qint64>(e + 1) * 3600 * 1000;
                    const bool pricing = rng() % 2 == 0;
                    ev.type = pricing ? QStringLiteral("page_view") : QStringLiteral("email_open");
                    if (pricing)
                        ev.payload = {{QStringLiteral("url"), QStringLiteral("https://leadrelay.example/pricing")}};
                    store->events.append(ev).value();
                }
            }
        }
        if (!tx.commit())
            qFatal("bench commit failed");
    }
    ManualClock clock(kNow);
    const auto scored = RescoreJob(*store, clock).run(); // version 1: the shipped rules
    if (!scored)
        qFatal("initial scoring failed: %s", qPrintable(scored.error()));
    std::fprintf(stderr, "generated in %.1f s\n", static_cast<double>(timer.elapsed()) / 1000.0);
}

QString ensureRescoreStore(int leads, QString *csvPath)
{
    const QString path = QStringLiteral("%1/rescore-%2.db").arg(dataDir()).arg(leads);
    *csvPath = QStringLiteral("%1/rescore-%2.csv").arg(dataDir()).arg(leads);
    const QString marker = path + QStringLiteral(".complete");
    if (!QFile::exists(marker)) {
        generate(path, *csvPath, leads);
        QFile f(marker);
        f.open(QIODevice::WriteOnly);
    }
    return path;
}

void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QString::fromLatin1(suffix));
}

bool runSqlite(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), args);
    if (!p.waitForStarted())
        return false;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(-1);
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

/// A typical lead with a few events: a CEO of a 120-person software company who asked for a demo,
/// viewed the pricing page twice and opened three emails.
LeadFacts typicalLead()
{
    Lead lead;
    lead.email = QStringLiteral("maria@acme-software.de");
    lead.firstName = QStringLiteral("Maria");
    lead.title = QStringLiteral("Chief Executive Officer");
    lead.companyName = QStringLiteral("Acme Software GmbH");
    lead.formType = QStringLiteral("demo_request");
    lead.country = QStringLiteral("DE");
    lead.createdAt = kNow - 3 * kDayMs;
    Company company;
    company.domain = QStringLiteral("acme-software.de");
    company.industry = QStringLiteral("Software");
    company.employees = 120;
    LeadFacts facts = LeadFacts::fromLead(lead, &company, false, kNow);
    QList<FactEvent> events;
    for (int i = 0; i < 2; ++i)
        events.append({QStringLiteral("page_view"), kNow - (i + 1) * kDayMs, QStringLiteral("/pricing"), {}});
    for (int i = 0; i < 3; ++i)
        events.append({QStringLiteral("email_open"), kNow - (i + 1) * kHourMs, {}, {}});
    facts.setEvents(events);
    return facts;
}

void BM_ScoreOneLead(benchmark::State &state)
{
    const auto rules = ScoringRuleSet::compile(ScoringConfig::defaults(), 1);
    if (!rules)
        qFatal("%s", qPrintable(rules.error()));
    const LeadFacts facts = typicalLead();
    for (auto _ : state) {
        ScoreResult result = rules->score(facts);
        benchmark::DoNotOptimize(result);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ScoreOneLead)->Repetitions(9)->ReportAggregatesOnly(true)->Unit(benchmark::kNanosecond);

/// Argument 0: the job as the app runs it, reading the leads the change can affect (those that
/// fired the company-size rule, those between the old and new SQL threshold, those that fired an
/// email-opens rule or the guard). Argument 1: every lead read and scored (`scoring rescore --all`).
void BM_RescoreAllLeadsAfterRuleChange(benchmark::State &state)
{
    const bool everyLead = state.range(0) != 0;
    const int leads = rescoreLeads();
    QString csv;
    const QString cached = ensureRescoreStore(leads, &csv);
    const QString work = QStringLiteral("%1/rescore-run.db").arg(dataDir());
    const QString baseline = QStringLiteral("%1/rescore-baseline.db").arg(dataDir());
    for (auto _ : state) {
        removeDatabase(work);
        if (!QFile::copy(cached, work))
            qFatal("cannot copy %s", qPrintable(cached));
        DatabaseError error;
        auto store = Store::open(work, &error);
        if (!store)
            qFatal("%s", qPrintable(error.message));
        ManualClock clock(kNow + kDayMs);
        ScoringService scoring(*store, clock);
        ScoringConfig config = scoring.config();
        for (ScoringRule &rule : config.rules) {
            if (rule.id == QLatin1String("company_size"))
                rule.points = 20;
        }
        config.thresholds.sql = 35;
        const auto admin = store->users.findByEmail(QStringLiteral("admin@bench.test"));
        if (!admin || !scoring.saveRules(*admin, config))
            qFatal("cannot save the changed rules");

        QElapsedTimer timer;
        timer.start();
        RescoreJob job(*store, clock);
        job.setEveryLead(everyLead);
        const auto done = job.run();
        const double rescoreSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        if (!done)
            qFatal("re-score failed: %s", qPrintable(done.error()));
        store.reset();

        // The floor: sqlite3 .import of the same rows into one table with a unique email index.
        removeDatabase(baseline);
        if (!runSqlite({baseline}, "PRAGMA journal_mode=WAL;\n"
                                   "CREATE TABLE leads (email TEXT COLLATE NOCASE UNIQUE ON CONFLICT IGNORE, "
                                   "first_name TEXT, last_name TEXT, title TEXT, company TEXT, domain TEXT, "
                                   "industry TEXT, employees INTEGER, country TEXT, form_type TEXT, created_at "
                                   "INTEGER);\n"))
            qFatal("sqlite3 failed to create the baseline table");
        timer.restart();
        if (!runSqlite({baseline, QStringLiteral("-cmd"), QStringLiteral("PRAGMA synchronous=NORMAL"),
                        QStringLiteral(".import --csv --skip 1 %1 leads").arg(csv)}))
            qFatal("sqlite3 .import failed");
        const double importSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;

        state.SetIterationTime(rescoreSeconds);
        state.counters["leads"] = static_cast<double>(done->done);
        state.counters["scored"] = static_cast<double>(done->scored);
        state.counters["changed"] = static_cast<double>(done->changed);
        state.counters["rescore_s"] = rescoreSeconds;
        state.counters["sqlite_import_s"] = importSeconds;
        state.counters["ratio"] = rescoreSeconds / importSeconds;
        std::fprintf(stderr,
                     "%s: %lld leads, %lld read and scored, %lld changed, in %.2f s; sqlite3 .import %.2f s; "
                     "ratio %.2f\n",
                     everyLead ? "every lead" : "affected leads", static_cast<long long>(done->done),
                     static_cast<long long>(done->scored), static_cast<long long>(done->changed), rescoreSeconds,
                     importSeconds, rescoreSeconds / importSeconds);
    }
    removeDatabase(work);
    removeDatabase(baseline);
}
BENCHMARK(BM_RescoreAllLeadsAfterRuleChange)
    ->ArgName("every_lead")
    ->Arg(0)
    ->Arg(1)
    ->Iterations(1)
    ->UseManualTime()
    ->Unit(benchmark::kSecond);

} // namespace
