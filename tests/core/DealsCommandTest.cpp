#include "core/cli/Ctl.h"
#include "tests/core/DealFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <gtest/gtest.h>

using namespace lr;

namespace {

using DealsCommandTest = test::DealFixture;

struct CtlRun
{
    int code = -1;
    QString out;
    QString err;
};

TEST_F(DealsCommandTest, CliMovesAndReportsMissingFieldsWithExitCodeThree)
{
    const auto run = [&](const QStringList &args) {
        CtlRun r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        cli::Ctl ctl(m_clock, {}, {});
        r.code = ctl.run(QStringList{QStringLiteral("--db"), m_store.path()} + args, out, err);
        return r;
    };
    const QString id = QString::number(m_annaDeal);
    CtlRun r = run({QStringLiteral("deals"), QStringLiteral("move"), id, QStringLiteral("Proposal Sent")});
    EXPECT_EQ(r.code, 3) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("value, decision_maker"))) << r.err.toStdString();

    r = run({QStringLiteral("deals"), QStringLiteral("move"), id, QStringLiteral("Proposal Sent"),
             QStringLiteral("--set"), QStringLiteral("value=12000"), QStringLiteral("--set"),
             QStringLiteral("decision_maker=Jana Novak")});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();

    r = run({QStringLiteral("deals"), QStringLiteral("move"), id, QStringLiteral("Nowhere")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Nowhere")));
    r = run({QStringLiteral("deals"), QStringLiteral("move"), id, QStringLiteral("Connected"), QStringLiteral("--set"),
             QStringLiteral("value")});
    EXPECT_EQ(r.code, 2);
    r = run({QStringLiteral("deals"), QStringLiteral("move"), QString::number(m_borisDeal), QStringLiteral("Connected"),
             QStringLiteral("--as"), QStringLiteral("anna@leadrelay.example")});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(deal(m_borisDeal).stageId, stage(QStringLiteral("New Lead")));

    r = run({QStringLiteral("deals"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json"),
             QStringLiteral("--as"), QStringLiteral("anna@leadrelay.example")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonArray deals = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_EQ(deals.size(), 1);
    EXPECT_EQ(deals.at(0).toObject().value(QStringLiteral("stage")).toString(), QStringLiteral("Proposal Sent"));
    EXPECT_EQ(deals.at(0).toObject().value(QStringLiteral("value")).toDouble(), 12000.0);
    EXPECT_EQ(deals.at(0).toObject().value(QStringLiteral("probability")).toInt(), 60);
}

} // namespace
