#include "core/cli/Ctl.h"
#include "core/cli/ExitCode.h"
#include "core/cli/LeadExporter.h"
#include "core/store/Store.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <csignal>

#include <gtest/gtest.h>

using namespace lr;
using lr::cli::Ctl;

namespace {

struct CtlRun
{
    int code = -1;
    QString out;
    QString err;
};

/// Runs leadrelayctl in-process with a manual clock and a fake environment.
CtlRun ctl(const QStringList &args, const QString &environmentDb = {})
{
    ManualClock clock(test::kTestStart);
    Ctl tool(
        clock,
        [environmentDb](const QString &name) {
            return name == QLatin1String("LEADRELAY_DB") ? environmentDb : QString();
        },
        QStringLiteral("/nonexistent/leadrelay-default.db"));
    CtlRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.code = tool.run(args, out, err);
    out.flush();
    err.flush();
    return run;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// A minimal RFC 4180 reader, the other half of the round trip.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

/// A store with a team, two reps of it, a rep of another team and one lead each.
class CtlWithData : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Team europe;
        europe.name = QStringLiteral("Europe");
        m_europe = m_store->teams.create(europe).value();
        Team america;
        america.name = QStringLiteral("North America");
        const Id americaId = m_store->teams.create(america).value();
        m_anna = addUser(QStringLiteral("Anna Nowak"), QStringLiteral("anna@leadrelay.example"), Role::Rep, m_europe);
        m_ivan = addUser(QStringLiteral("Иван Петров"), QStringLiteral("ivan@leadrelay.example"), Role::Rep, m_europe);
        m_mia = addUser(QStringLiteral("Mia Keller"), QStringLiteral("mia@leadrelay.example"), Role::Manager, m_europe);
        m_jake = addUser(QStringLiteral("Jake Miller"), QStringLiteral("jake@leadrelay.example"), Role::Rep, americaId);
        ASSERT_TRUE(m_store->teams.setManager(m_europe, m_mia));

        Lead lead;
        lead.email = QStringLiteral("maria@firma.bg");
        lead.firstName = QStringLiteral("Мария");
        lead.lastName = QStringLiteral("Иванова");
        lead.country = QStringLiteral("BG");
        lead.language = QStringLiteral("bg");
        lead.phone = QStringLiteral("+359888123456");
        lead.title = QStringLiteral("CEO");
        lead.utmSource = QStringLiteral("google");
        lead.utmMedium = QStringLiteral("cpc");
        lead.utmCampaign = QStringLiteral("brand_search");
        lead.landingPage = QStringLiteral("https://www.leadrelay.example/bg/demo");
        lead.formId = QStringLiteral("demo-request-bg");
        lead.formType = QStringLiteral("demo_request");
        lead.source = LeadSource::WebForm;
        lead.ownerId = m_ivan;
        lead.createdAt = test::kTestStart;
        lead.submittedAt = test::kTestStart;
        m_maria = m_store->leads.create(lead).value();

        lead = Lead{};
        lead.email = QStringLiteral("hans@kunde.de");
        lead.firstName = QStringLiteral("Hans");
        lead.lastName = QStringLiteral("Müller");
        lead.companyName = QStringLiteral("Müller, \"Die Besten\" GmbH\nZweigstelle Süd");
        lead.source = LeadSource::Referral;
        lead.status = LeadStatus::Connected;
        lead.ownerId = m_anna;
        lead.createdAt = test::kTestStart - kDayMs;
        lead.firstTouchAt = test::kTestStart - kDayMs + 4 * kMinuteMs;
        m_hans = m_store->leads.create(lead).value();

        lead = Lead{};
        lead.email = QStringLiteral("ceo@startup.com");
        lead.source = LeadSource::Ads;
        lead.ownerId = m_jake;
        lead.createdAt = test::kTestStart - 2 * kDayMs;
        m_store->leads.create(lead).value();
    }

    Id addUser(const QString &name, const QString &email, Role role, Id team)
    {
        User u;
        u.name = name;
        u.email = email;
        u.role = role;
        u.teamId = team;
        return m_store->users.create(u).value();
    }

    QJsonArray exportJson(const QStringList &extra = {})
    {
        const CtlRun run =
            ctl(QStringList{QStringLiteral("--db"), m_store.path(), QStringLiteral("export"), QStringLiteral("leads"),
                            QStringLiteral("--format"), QStringLiteral("json")} +
                extra);
        EXPECT_EQ(run.code, 0) << run.err.toStdString();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
        EXPECT_TRUE(doc.isArray());
        return doc.array();
    }

    test::TempStore m_store;
    Id m_europe = 0, m_anna = 0, m_ivan = 0, m_mia = 0, m_jake = 0, m_maria = 0, m_hans = 0;
};

} // namespace

TEST(Ctl, InitCreatesTheSchema)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/store.db"));
    const CtlRun run = ctl({QStringLiteral("--db"), path, QStringLiteral("init")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty());
    EXPECT_TRUE(run.out.contains(path)) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Schema version: %1").arg(Database::latestSchemaVersion())));

    auto db = Database::open(path);
    ASSERT_TRUE(db);
    EXPECT_EQ(db->schemaVersion(), Database::latestSchemaVersion());

    const CtlRun again = ctl({QStringLiteral("init"), QStringLiteral("--db"), path});
    EXPECT_EQ(again.code, 0) << again.err.toStdString();
}

TEST(Ctl, FindsTheDatabaseByOptionThenEnvironment)
{
    QTemporaryDir dir;
    const QString fromEnv = dir.filePath(QStringLiteral("env.db"));
    const QString fromOption = dir.filePath(QStringLiteral("option.db"));
    EXPECT_EQ(ctl({QStringLiteral("init")}, fromEnv).code, 0);
    EXPECT_TRUE(QFile::exists(fromEnv));
    EXPECT_EQ(ctl({QStringLiteral("--db"), fromOption, QStringLiteral("init")}, fromEnv).code, 0);
    EXPECT_TRUE(QFile::exists(fromOption));

    ManualClock clock(test::kTestStart);
    Ctl tool(clock, {}, QStringLiteral("/data/default.db"));
    EXPECT_EQ(tool.databasePath(cli::CommandLine::parse({QStringLiteral("init")}).value()),
              QStringLiteral("/data/default.db"));
}

TEST(Ctl, OtherCommandsNeedAnExistingDatabase)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.db"));
    const CtlRun run = ctl({QStringLiteral("--db"), path, QStringLiteral("users"), QStringLiteral("list")});
    EXPECT_EQ(run.code, cli::ExitFailure);
    EXPECT_TRUE(run.err.contains(QStringLiteral("init"))) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(path));
}

TEST(Ctl, ServeNeedsAnExistingDatabase)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("typo.db"));
    // Hold the port, so that a serve that wrongly goes on fails to listen instead of running forever.
    QTcpServer busy;
    ASSERT_TRUE(busy.listen(QHostAddress::LocalHost, 0));
    const CtlRun run = ctl({QStringLiteral("--db"), path, QStringLiteral("serve"), QStringLiteral("--port"),
                            QString::number(busy.serverPort())});
    EXPECT_EQ(run.code, cli::ExitFailure);
    EXPECT_TRUE(run.err.contains(QStringLiteral("init"))) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(path)) << "serve must not create a store at a mistyped path";
}

namespace {

/// Runs `serve` on `db` with `args` and stops it (SIGTERM, as a user would) once it listens.
CtlRun serveBriefly(const QString &db, const QStringList &args)
{
    QTimer stop; // Fires in serve's own event loop, the first one to run.
    stop.setSingleShot(true);
    QObject::connect(&stop, &QTimer::timeout, &stop, [] { std::raise(SIGTERM); });
    stop.start(0);
    return ctl(QStringList{QStringLiteral("--db"), db, QStringLiteral("serve"), QStringLiteral("--port"),
                           QStringLiteral("0")} +
               args);
}

} // namespace

TEST(Ctl, ServeWarnsWhenTheIntakeIsReachableFromTheNetwork)
{
    test::TempStore store;
    const CtlRun open = serveBriefly(store.path(), {QStringLiteral("--bind"), QStringLiteral("0.0.0.0")});
    EXPECT_EQ(open.code, cli::ExitSuccess) << open.err.toStdString();
    EXPECT_TRUE(open.out.contains(QStringLiteral("Listening on"))) << open.out.toStdString();
    EXPECT_TRUE(open.err.contains(QStringLiteral("WARNING"))) << open.err.toStdString();
    EXPECT_TRUE(open.err.contains(QStringLiteral("network"))) << open.err.toStdString();
    EXPECT_TRUE(open.err.contains(QStringLiteral("anyone"))) << open.err.toStdString();
    EXPECT_FALSE(open.err.contains(QStringLiteral("local program"))) << open.err.toStdString();

    const CtlRun tokened = serveBriefly(store.path(), {QStringLiteral("--bind"), QStringLiteral("0.0.0.0"),
                                                       QStringLiteral("--token"), QStringLiteral("s3cret")});
    EXPECT_EQ(tokened.code, cli::ExitSuccess) << tokened.err.toStdString();
    EXPECT_TRUE(tokened.err.contains(QStringLiteral("network"))) << tokened.err.toStdString();
    EXPECT_FALSE(tokened.err.contains(QStringLiteral("WARNING"))) << "the stronger warning is for no token";
}

TEST(Ctl, ServeOnLoopbackWarnsOnlyWithoutAToken)
{
    test::TempStore store;
    const CtlRun bare = serveBriefly(store.path(), {});
    EXPECT_EQ(bare.code, cli::ExitSuccess) << bare.err.toStdString();
    EXPECT_TRUE(bare.err.contains(QStringLiteral("local program"))) << bare.err.toStdString();
    EXPECT_FALSE(bare.err.contains(QStringLiteral("network"))) << bare.err.toStdString();

    const CtlRun tokened = serveBriefly(store.path(), {QStringLiteral("--token"), QStringLiteral("s3cret")});
    EXPECT_EQ(tokened.code, cli::ExitSuccess) << tokened.err.toStdString();
    EXPECT_FALSE(tokened.err.contains(QStringLiteral("arning"))) << tokened.err.toStdString();
}

TEST_F(CtlWithData, AddsAndListsUsers)
{
    const CtlRun add = ctl({QStringLiteral("--db"), m_store.path(), QStringLiteral("users"), QStringLiteral("add"),
                            QStringLiteral("--name"), QStringLiteral("Łukasz Kowalski"), QStringLiteral("--email"),
                            QStringLiteral("lukasz@leadrelay.example"), QStringLiteral("--role"), QStringLiteral("rep"),
                            QStringLiteral("--team"), QStringLiteral("Europe"), QStringLiteral("--territories=pl"),
                            QStringLiteral("--languages"), QStringLiteral("pl,EN"), QStringLiteral("--capacity"),
                            QStringLiteral("40"), QStringLiteral("--timezone"), QStringLiteral("Europe/Warsaw")});
    ASSERT_EQ(add.code, 0) << add.err.toStdString();
    EXPECT_TRUE(add.out.contains(QStringLiteral("Łukasz Kowalski")));
    const auto stored = m_store->users.findByEmail(QStringLiteral("lukasz@leadrelay.example"));
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->teamId, m_europe);
    EXPECT_EQ(stored->territories, QStringList{QStringLiteral("PL")});
    EXPECT_EQ(stored->languages, (QStringList{QStringLiteral("pl"), QStringLiteral("en")}));
    EXPECT_EQ(stored->capacity, 40);
    EXPECT_EQ(stored->timeZone, QStringLiteral("Europe/Warsaw"));
    EXPECT_EQ(stored->createdAt, test::kTestStart);

    const CtlRun table = ctl({QStringLiteral("--db"), m_store.path(), QStringLiteral("users"), QStringLiteral("list")});
    ASSERT_EQ(table.code, 0) << table.err.toStdString();
    EXPECT_TRUE(table.out.contains(QStringLiteral("Łukasz Kowalski")));
    EXPECT_TRUE(table.out.contains(QStringLiteral("Иван Петров")));
    EXPECT_EQ(table.out.count(QLatin1Char('\n')), 6); // header + 5 users

    const CtlRun json = ctl({QStringLiteral("--db"), m_store.path(), QStringLiteral("users"), QStringLiteral("list"),
                             QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(json.code, 0) << json.err.toStdString();
    const QJsonArray users = QJsonDocument::fromJson(json.out.toUtf8()).array();
    ASSERT_EQ(users.size(), 5);
    bool found = false;
    for (const QJsonValue &v : users) {
        const QJsonObject u = v.toObject();
        if (u.value(QStringLiteral("email")).toString() != QLatin1String("lukasz@leadrelay.example"))
            continue;
        found = true;
        EXPECT_EQ(u.value(QStringLiteral("role")).toString(), QStringLiteral("rep"));
        EXPECT_EQ(u.value(QStringLiteral("team")).toString(), QStringLiteral("Europe"));
        EXPECT_EQ(u.value(QStringLiteral("territories")).toArray(), QJsonArray{QStringLiteral("PL")});
        EXPECT_FALSE(u.value(QStringLiteral("out_of_office")).toBool());
    }
    EXPECT_TRUE(found);
}

TEST_F(CtlWithData, RefusesADuplicateEmail)
{
    const CtlRun run = ctl({QStringLiteral("--db"), m_store.path(), QStringLiteral("users"), QStringLiteral("add"),
                            QStringLiteral("--name"), QStringLiteral("Anna Again"), QStringLiteral("--email"),
                            QStringLiteral("ANNA@leadrelay.example"), QStringLiteral("--role"), QStringLiteral("rep")});
    EXPECT_EQ(run.code, cli::ExitFailure);
    EXPECT_TRUE(run.err.contains(QStringLiteral("already exists"))) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_EQ(m_store->users.all().size(), 4);
}

TEST_F(CtlWithData, RefusesAnUnknownTeamAndNamesTheKnownOnes)
{
    const CtlRun run = ctl({QStringLiteral("--db"), m_store.path(), QStringLiteral("users"), QStringLiteral("add"),
                            QStringLiteral("--name"), QStringLiteral("Sofia Ramirez"), QStringLiteral("--email"),
                            QStringLiteral("sofia@leadrelay.example"), QStringLiteral("--role"), QStringLiteral("rep"),
                            QStringLiteral("--team"), QStringLiteral("LATAM")});
    EXPECT_EQ(run.code, cli::ExitFailure);
    EXPECT_TRUE(run.err.contains(QStringLiteral("LATAM")));
    EXPECT_TRUE(run.err.contains(QStringLiteral("Europe, North America"))) << run.err.toStdString();
    EXPECT_FALSE(m_store->users.findByEmail(QStringLiteral("sofia@leadrelay.example")));
}

TEST(Ctl, WrongCommandLinesExitWithTwoAndUsage)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("store.db"));
    const QList<QStringList> wrong{
        {},
        {QStringLiteral("frobnicate")},
        {QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--bogus")},
        {QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("extra")},
        {QStringLiteral("--db")},
        {QStringLiteral("--db"), db, QStringLiteral("users")},
        {QStringLiteral("--db"), db, QStringLiteral("users"), QStringLiteral("remove")},
        {QStringLiteral("--db"), db, QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--name")},
        {QStringLiteral("--db"), db, QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--name"),
         QStringLiteral("X")},
        {QStringLiteral("--db"), db, QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--name"),
         QStringLiteral("X"), QStringLiteral("--email"), QStringLiteral("x@y.z"), QStringLiteral("--role"),
         QStringLiteral("boss")},
        {QStringLiteral("--db"), db, QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--as"),
         QStringLiteral("x@y.z")},
        {QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("leads"), QStringLiteral("--format"),
         QStringLiteral("xml")},
        {QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("deals")},
        {QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--leads"), QStringLiteral("many")},
        {QStringLiteral("--db"), db, QStringLiteral("serve"), QStringLiteral("--bind"), QStringLiteral("localhost")},
        {QStringLiteral("--db"), db, QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("70000")},
    };
    for (const QStringList &args : wrong) {
        const CtlRun run = ctl(args);
        EXPECT_EQ(run.code, cli::ExitUsage) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("Usage: leadrelayctl")))
            << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(run.out.isEmpty());
    }
    EXPECT_FALSE(QFile::exists(db)) << "a wrong command line touches nothing";
}

TEST(Ctl, PrintsHelpAndVersionToStandardOutput)
{
    for (const QString &arg : {QStringLiteral("--help"), QStringLiteral("-h"), QStringLiteral("help")}) {
        const CtlRun run = ctl({arg});
        EXPECT_EQ(run.code, 0);
        EXPECT_TRUE(run.out.contains(QStringLiteral("export leads")));
        EXPECT_TRUE(run.err.isEmpty());
    }
    const CtlRun version = ctl({QStringLiteral("--version")});
    EXPECT_EQ(version.code, 0);
    EXPECT_TRUE(version.out.contains(QStringLiteral(LEADRELAY_VERSION)));
}

TEST_F(CtlWithData, ExportsJsonWithTheDocumentedKeys)
{
    const QJsonArray leads = exportJson();
    ASSERT_EQ(leads.size(), 3);
    for (const QJsonValue &v : leads) {
        for (const QString &key : cli::LeadExporter::columns())
            EXPECT_TRUE(v.toObject().contains(key)) << key.toStdString();
    }
    const QJsonObject maria = leads.at(0).toObject();
    EXPECT_EQ(maria.value(QStringLiteral("id")).toInteger(), m_maria);
    EXPECT_EQ(maria.value(QStringLiteral("email")).toString(), QStringLiteral("maria@firma.bg"));
    EXPECT_EQ(maria.value(QStringLiteral("first_name")).toString(), QStringLiteral("Мария"));
    EXPECT_EQ(maria.value(QStringLiteral("last_name")).toString(), QStringLiteral("Иванова"));
    EXPECT_EQ(maria.value(QStringLiteral("phone")).toString(), QStringLiteral("+359888123456"));
    EXPECT_EQ(maria.value(QStringLiteral("country")).toString(), QStringLiteral("BG"));
    EXPECT_EQ(maria.value(QStringLiteral("language")).toString(), QStringLiteral("bg"));
    EXPECT_EQ(maria.value(QStringLiteral("source")).toString(), QStringLiteral("web_form"));
    EXPECT_EQ(maria.value(QStringLiteral("status")).toString(), QStringLiteral("new"));
    EXPECT_EQ(maria.value(QStringLiteral("form_id")).toString(), QStringLiteral("demo-request-bg"));
    EXPECT_EQ(maria.value(QStringLiteral("utm_campaign")).toString(), QStringLiteral("brand_search"));
    EXPECT_EQ(maria.value(QStringLiteral("owner")).toString(), QStringLiteral("ivan@leadrelay.example"));
    EXPECT_EQ(maria.value(QStringLiteral("created_at")).toString(), QStringLiteral("2026-11-23T09:00:00Z"));
    EXPECT_EQ(maria.value(QStringLiteral("submitted_at")).toString(), QStringLiteral("2026-11-23T09:00:00Z"));
    EXPECT_TRUE(maria.value(QStringLiteral("first_touch_at")).isNull());

    const QJsonObject hans = leads.at(1).toObject();
    EXPECT_EQ(hans.value(QStringLiteral("status")).toString(), QStringLiteral("connected"));
    EXPECT_EQ(hans.value(QStringLiteral("source")).toString(), QStringLiteral("referral"));
    EXPECT_EQ(hans.value(QStringLiteral("company")).toString(),
              QStringLiteral("Müller, \"Die Besten\" GmbH\nZweigstelle Süd"));
    EXPECT_EQ(hans.value(QStringLiteral("first_touch_at")).toString(), QStringLiteral("2026-11-22T09:04:00Z"));
    EXPECT_TRUE(hans.value(QStringLiteral("submitted_at")).isNull());
}

TEST_F(CtlWithData, CsvQuotingRoundTrips)
{
    const CtlRun run = ctl({QStringLiteral("--db"), m_store.path(), QStringLiteral("export"), QStringLiteral("leads"),
                            QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    const QList<QStringList> rows = parseCsv(run.out);
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows.at(0), cli::LeadExporter::columns());
    const qsizetype company = cli::LeadExporter::columns().indexOf(QStringLiteral("company"));
    const qsizetype firstName = cli::LeadExporter::columns().indexOf(QStringLiteral("first_name"));
    for (const QStringList &row : rows)
        EXPECT_EQ(row.size(), cli::LeadExporter::columns().size());
    EXPECT_EQ(rows.at(2).at(company), QStringLiteral("Müller, \"Die Besten\" GmbH\nZweigstelle Süd"));
    EXPECT_EQ(rows.at(1).at(firstName), QStringLiteral("Мария"));
    EXPECT_TRUE(run.out.contains(QStringLiteral("\"Müller, \"\"Die Besten\"\" GmbH\nZweigstelle Süd\"")));
}

TEST(LeadExporter, QuotesOnlyWhatNeedsIt)
{
    EXPECT_EQ(cli::LeadExporter::csvField(QStringLiteral("plain")), QStringLiteral("plain"));
    EXPECT_EQ(cli::LeadExporter::csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(cli::LeadExporter::csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(cli::LeadExporter::csvField(QStringLiteral("two\r\nlines")), QStringLiteral("\"two\r\nlines\""));
    EXPECT_EQ(cli::LeadExporter::jsonString(QStringLiteral("a\"b\\c\n\x01")),
              QStringLiteral("\"a\\\"b\\\\c\\n\\u0001\""));
}

TEST_F(CtlWithData, ExportAsARepShowsOnlyTheirOwnLeads)
{
    const QJsonArray ivans = exportJson({QStringLiteral("--as"), QStringLiteral("ivan@leadrelay.example")});
    ASSERT_EQ(ivans.size(), 1);
    EXPECT_EQ(ivans.at(0).toObject().value(QStringLiteral("owner")).toString(),
              QStringLiteral("ivan@leadrelay.example"));

    const QJsonArray team = exportJson({QStringLiteral("--as"), QStringLiteral("mia@leadrelay.example")});
    EXPECT_EQ(team.size(), 2) << "a manager sees the team's leads";

    const CtlRun unknown =
        ctl({QStringLiteral("--db"), m_store.path(), QStringLiteral("export"), QStringLiteral("leads"),
             QStringLiteral("--as"), QStringLiteral("nobody@leadrelay.example")});
    EXPECT_EQ(unknown.code, cli::ExitFailure);
    EXPECT_TRUE(unknown.out.isEmpty());
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("nobody@leadrelay.example")));
}

TEST(Ctl, RefusesAFileThatIsNotADatabaseAndLeavesItUnchanged)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("Shopping list: milk, eggs, a CRM.\n");
    }
    const QByteArray before = fileBytes(path);
    const QList<QStringList> commands{{QStringLiteral("init")},
                                      {QStringLiteral("users"), QStringLiteral("list")},
                                      {QStringLiteral("export"), QStringLiteral("leads")},
                                      {QStringLiteral("demo"), QStringLiteral("--leads"), QStringLiteral("5")}};
    for (const QStringList &command : commands) {
        QStringList args{QStringLiteral("--db"), path};
        args += command;
        const CtlRun run = ctl(args);
        EXPECT_EQ(run.code, cli::ExitFailure) << command.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("not a LeadRelay database"))) << run.err.toStdString();
        EXPECT_TRUE(run.out.isEmpty());
    }
    EXPECT_EQ(fileBytes(path), before);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST(Ctl, DemoFillsAnEmptyDatabaseOnlyOnce)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    const CtlRun run =
        ctl({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--leads"), QStringLiteral("120"),
             QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    const QJsonObject summary = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(summary.value(QStringLiteral("leads")).toInt(), 120);
    EXPECT_EQ(summary.value(QStringLiteral("users")).toInt(), 11);
    EXPECT_EQ(summary.value(QStringLiteral("seed")).toInt(), 5);

    const CtlRun exported = ctl({QStringLiteral("--db"), path, QStringLiteral("export"), QStringLiteral("leads")});
    ASSERT_EQ(exported.code, 0) << exported.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(exported.out.toUtf8()).array().size(), 120);

    const CtlRun again = ctl({QStringLiteral("--db"), path, QStringLiteral("demo")});
    EXPECT_EQ(again.code, cli::ExitFailure);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already has users"))) << again.err.toStdString();

    const CtlRun text = ctl({QStringLiteral("--db"), dir.filePath(QStringLiteral("text.db")), QStringLiteral("demo"),
                             QStringLiteral("--leads"), QStringLiteral("10")});
    ASSERT_EQ(text.code, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Leads:"))) << text.out.toStdString();
}

TEST(Ctl, SameDemoSeedExportsTheSameLeads)
{
    QTemporaryDir dir;
    QStringList exports;
    for (const QString &name : {QStringLiteral("a.db"), QStringLiteral("b.db")}) {
        const QString path = dir.filePath(name);
        ASSERT_EQ(ctl({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--leads"),
                       QStringLiteral("150"), QStringLiteral("--seed"), QStringLiteral("99")})
                      .code,
                  0);
        const CtlRun run = ctl({QStringLiteral("--db"), path, QStringLiteral("export"), QStringLiteral("leads"),
                                QStringLiteral("--format"), QStringLiteral("csv")});
        ASSERT_EQ(run.code, 0);
        exports.append(run.out);
    }
    EXPECT_EQ(exports.at(0), exports.at(1));
    EXPECT_EQ(exports.at(0).count(QLatin1String("\r\n")), 151);
}

TEST(Ctl, DemoCanPinNow)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pinned.db"));
    const CtlRun run = ctl({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--leads"),
                            QStringLiteral("60"), QStringLiteral("--now"), QStringLiteral("2025-01-15T12:00:00Z")});
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    const CtlRun exported = ctl({QStringLiteral("--db"), path, QStringLiteral("export"), QStringLiteral("leads")});
    const QJsonArray leads = QJsonDocument::fromJson(exported.out.toUtf8()).array();
    ASSERT_EQ(leads.size(), 60);
    for (const QJsonValue &lead : leads) {
        const QString created = lead.toObject().value(QStringLiteral("created_at")).toString();
        EXPECT_LT(created, QStringLiteral("2025-01-15T12:00:00Z"));
        EXPECT_GT(created, QStringLiteral("2024-10-17T12:00:00Z"));
    }
    EXPECT_EQ(ctl({QStringLiteral("--db"), dir.filePath(QStringLiteral("x.db")), QStringLiteral("demo"),
                   QStringLiteral("--now"), QStringLiteral("yesterday")})
                  .code,
              cli::ExitUsage);
}
