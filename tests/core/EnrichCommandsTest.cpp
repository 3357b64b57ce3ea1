#include "core/cli/Ctl.h"
#include "core/cli/ExitCode.h"
#include "core/store/Store.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <gtest/gtest.h>

using namespace lr;
using lr::cli::Ctl;

namespace {

struct CtlRun
{
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

CtlRun ctl(const QStringList &args)
{
    ManualClock clock(test::kTestStart);
    Ctl tool(
        clock, [](const QString &) { return QString(); }, QStringLiteral("/nonexistent/default.db"));
    CtlRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.code = tool.run(args, out, err);
    out.flush();
    err.flush();
    return run;
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

struct Fixture
{
    test::TempStore store;
    QString csv = store.dir() + QStringLiteral("/firmographics.csv");

    Fixture()
    {
        write(csv, "Website,Company,Employees,Industry,Revenue,Country\n"
                   "acme.com,Acme Inc,51-200,Software,2.5M,US\n"
                   "broken,Nope,1,,,\n");
        Company c;
        c.domain = QStringLiteral("acme.com");
        c.createdAt = test::kTestStart;
        store->companies.create(c);
        User rep;
        rep.name = QStringLiteral("Rita Rep");
        rep.email = QStringLiteral("rita@leadrelay.test");
        rep.role = Role::Rep;
        rep.createdAt = test::kTestStart;
        store->users.create(rep);
        store.close(); // the tool opens the file itself
    }
    QStringList args(std::initializer_list<const char *> words) const
    {
        QStringList out{QStringLiteral("--db"), store.path()};
        for (const char *w : words)
            out.append(QString::fromUtf8(w));
        return out;
    }
};

} // namespace

TEST(EnrichCommands, ImportsFirmographicsAndPrintsAJsonSummary)
{
    Fixture f;
    QStringList args = f.args({"import", "firmographics"});
    args.append(f.csv);
    const CtlRun run = ctl(args);
    ASSERT_EQ(run.code, cli::ExitSuccess) << run.err.toStdString();
    const QJsonObject summary = run.json();
    EXPECT_EQ(summary.value(QStringLiteral("rows")).toInt(), 2);
    EXPECT_EQ(summary.value(QStringLiteral("created")).toInt(), 1);
    EXPECT_EQ(summary.value(QStringLiteral("rejected")).toInt(), 1);
    const QJsonObject error = summary.value(QStringLiteral("errors")).toArray().at(0).toObject();
    EXPECT_EQ(error.value(QStringLiteral("row")).toInt(), 2);
    EXPECT_TRUE(error.value(QStringLiteral("reason")).toString().contains(QStringLiteral("broken")));
}

TEST(EnrichCommands, EnrichesFromTheLocalTable)
{
    Fixture f;
    QStringList import = f.args({"import", "firmographics"});
    import.append(f.csv);
    ASSERT_EQ(ctl(import).code, cli::ExitSuccess);
    const CtlRun run = ctl(f.args({"enrich", "--limit", "10"}));
    ASSERT_EQ(run.code, cli::ExitSuccess) << run.err.toStdString();
    EXPECT_EQ(run.json().value(QStringLiteral("enriched")).toInt(), 1);
    EXPECT_EQ(run.json().value(QStringLiteral("fields_filled")).toInt(), 5);
    auto store = Store::open(f.store.path());
    const Company acme = *store->companies.findByDomain(QStringLiteral("acme.com"));
    EXPECT_EQ(acme.name, QStringLiteral("Acme Inc"));
    EXPECT_EQ(acme.employees, 126);
    EXPECT_EQ(acme.revenue, 2500000);
}

TEST(EnrichCommands, RefusesARepAndWrongOptions)
{
    Fixture f;
    QStringList asRep = f.args({"import", "firmographics", "--as", "rita@leadrelay.test"});
    asRep.append(f.csv);
    const CtlRun refused = ctl(asRep);
    EXPECT_EQ(refused.code, cli::ExitFailure);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("administrator"))) << refused.err.toStdString();
    EXPECT_EQ(ctl(f.args({"enrich", "--as", "rita@leadrelay.test"})).code, cli::ExitFailure);

    EXPECT_EQ(ctl(f.args({"enrich", "--provider", "carrier-pigeon"})).code, cli::ExitUsage);
    EXPECT_EQ(ctl(f.args({"enrich", "--url", "http://x/{domain}"})).code, cli::ExitUsage); // local has no URL
    EXPECT_EQ(ctl(f.args({"enrich", "--limit", "-3"})).code, cli::ExitUsage);
    const CtlRun noUrl = ctl(f.args({"enrich", "--provider", "http"}));
    EXPECT_EQ(noUrl.code, cli::ExitUsage);
    EXPECT_TRUE(noUrl.err.contains(QStringLiteral("URL template")));
    EXPECT_EQ(ctl(f.args({"import", "firmographics"})).code, cli::ExitUsage);
    EXPECT_EQ(ctl(f.args({"import", "firmographics", "/nonexistent/file.csv"})).code, cli::ExitFailure);
}
