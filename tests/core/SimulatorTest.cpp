#include "core/routing/Simulator.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace lr;

namespace {

QJsonObject parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    EXPECT_TRUE(doc.isObject()) << error.errorString().toStdString();
    return doc.object();
}

/// "type lead user @at" lines of a timeline, for readable comparisons.
QStringList lines(const QJsonObject &result)
{
    QStringList out;
    for (const QJsonValue &v : result.value(QLatin1String("timeline")).toArray()) {
        const QJsonObject o = v.toObject();
        out.append(QStringLiteral("%1 %2 %3 @%4")
                       .arg(o.value(QLatin1String("type")).toString(), o.value(QLatin1String("lead")).toString(),
                            o.value(QLatin1String("user")).toString(),
                            o.value(QLatin1String("at")).toString().mid(11, 8)));
    }
    return out;
}

// One 10-minute policy for every lead (ladder at 5, 10 and 15 minutes), so the test does not
// depend on how scoring classes the leads.
const char *kScenario = R"({
  "start": "2026-11-23T09:00:00Z", "run_until": "+1h",
  "users": [{"name": "Mia", "role": "manager", "team": "DACH"},
            {"name": "Hans", "role": "rep", "team": "DACH", "languages": ["de"], "countries": ["DE", "AT"],
             "capacity": 20, "out_of_office": [["2026-11-20", "2026-11-30"]]},
            {"name": "Greta", "role": "rep", "team": "DACH", "languages": ["de"], "countries": ["DE"]},
            {"name": "Karl", "role": "rep", "team": "DACH", "languages": ["de"], "countries": ["DE"]}],
  "rules": {"sla": {"policies": [{"key": "all", "name": "All", "task": "inbound", "target_minutes": 10}]}},
  "leads": [{"at": "+0s", "email": "k@firma.de", "country": "DE", "language": "de",
             "form_type": "demo_request", "employees": 120},
            {"at": "+1m", "email": "z@kunde.de", "country": "DE", "language": "de"}],
  "touches": [{"at": "+3m", "email": "k@firma.de", "type": "call"}]
})";

} // namespace

TEST(Simulator, PrintsEveryLadderStepAndTheTouchThatStopsTheClockInTimeOrder)
{
    const Result<QJsonObject> r = Simulator::run(parse(kScenario));
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_EQ(lines(r.value()), (QStringList{
                                    QStringLiteral("assigned k@firma.de Greta @09:00:00"),
                                    QStringLiteral("task_created k@firma.de Greta @09:00:00"),
                                    QStringLiteral("assigned z@kunde.de Karl @09:01:00"),
                                    QStringLiteral("task_created z@kunde.de Karl @09:01:00"),
                                    QStringLiteral("touch k@firma.de Greta @09:03:00"),
                                    QStringLiteral("nudge z@kunde.de Karl @09:06:00"),
                                    QStringLiteral("manager_alert z@kunde.de Mia @09:11:00"),
                                    QStringLiteral("reassigned z@kunde.de Greta @09:16:00"),
                                    QStringLiteral("task_created z@kunde.de Greta @09:16:00"),
                                    QStringLiteral("incident z@kunde.de Karl @09:16:00"),
                                    QStringLiteral("nudge z@kunde.de Greta @09:21:00"),
                                    QStringLiteral("manager_alert z@kunde.de Mia @09:26:00"),
                                    QStringLiteral("reassigned z@kunde.de Karl @09:31:00"),
                                    QStringLiteral("task_created z@kunde.de Karl @09:31:00"),
                                    QStringLiteral("incident z@kunde.de Greta @09:31:00"),
                                    QStringLiteral("nudge z@kunde.de Karl @09:36:00"),
                                    QStringLiteral("manager_alert z@kunde.de Mia @09:41:00"),
                                    QStringLiteral("reassigned z@kunde.de Greta @09:46:00"),
                                    QStringLiteral("task_created z@kunde.de Greta @09:46:00"),
                                    QStringLiteral("incident z@kunde.de Karl @09:46:00"),
                                    QStringLiteral("nudge z@kunde.de Greta @09:51:00"),
                                    QStringLiteral("manager_alert z@kunde.de Mia @09:56:00"),
                                }));
    const QJsonObject first = r->value(QLatin1String("timeline")).toArray().first().toObject();
    EXPECT_EQ(first.value(QLatin1String("at")).toString(), QStringLiteral("2026-11-23T09:00:00Z"));
    EXPECT_TRUE(
        first.value(QLatin1String("reason")).toString().contains(QStringLiteral("skipped Hans (out of office)")))
        << first.value(QLatin1String("reason")).toString().toStdString();
}

TEST(Simulator, DefaultRulesRouteByLanguageAndFallBackToTheManager)
{
    const Result<QJsonObject> r = Simulator::run(parse(R"({
      "start": "2026-11-23T09:00:00Z", "run_until": "+1m",
      "users": [{"name": "Mia", "role": "manager", "team": "DACH"},
                {"name": "Hans", "role": "rep", "team": "DACH", "countries": ["DE"], "capacity": 0},
                {"name": "Olga", "role": "rep", "team": "East", "languages": ["ru"]}],
      "rules": "default",
      "leads": [{"at": "+0s", "email": "r@firma.ru", "country": "RU", "language": "ru"},
                {"at": "+10s", "email": "d@firma.de", "country": "DE", "language": "de"}]
    })"));
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    const QStringList got = lines(r.value());
    EXPECT_TRUE(got.contains(QStringLiteral("assigned r@firma.ru Olga @09:00:00")))
        << got.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(got.contains(QStringLiteral("assigned d@firma.de Mia @09:00:10")))
        << got.join(QLatin1Char('\n')).toStdString();
}

TEST(Simulator, RefusesBadScenariosWithAReason)
{
    EXPECT_FALSE(Simulator::run(parse(R"({"start": "yesterday"})")).ok());
    const Result<QJsonObject> noDefault = Simulator::run(parse(R"({
      "start": "2026-11-23T09:00:00Z",
      "users": [{"name": "Hans", "role": "rep", "team": "DACH"}],
      "rules": {"routing": {"rules": [{"key": "de", "name": "DE",
                 "when": {"all": [{"field": "country", "op": "equals", "value": "DE"}]},
                 "target": {"type": "user", "user": "Hans"}}]}}
    })"));
    ASSERT_FALSE(noDefault.ok());
    EXPECT_TRUE(noDefault.error().contains(QStringLiteral("default rule"))) << noDefault.error().toStdString();
}
