#include "core/intake/CsvDealImporter.h"
#include "core/intake/DealFieldMap.h"
#include "core/pipeline/DealFields.h"
#include "tests/core/DealFixture.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace lr;

namespace {

class CsvDealImporterTest : public test::DealFixture
{
protected:
    Result<DealImportSummary> importText(const QByteArray &csv, DealImportOptions options = {})
    {
        QBuffer buffer;
        buffer.setData(csv);
        buffer.open(QIODevice::ReadOnly);
        return CsvDealImporter(*m_store, m_clock).import(&buffer, options, m_manager.userId);
    }

    std::optional<Deal> byExternalId(const QString &id) { return m_store->deals.findByExternalId(m_pipeline.id, id); }

    QString stageName(Id stageId) { return m_store->pipelines.stage(stageId)->name; }
};

TEST(DealFieldMap, RecognisesHubSpotPipedriveAndSalesforceHeaders)
{
    const QList<std::pair<const char *, const char *>> cases{{"Record ID", "external_id"},
                                                             {"Deal Name", "title"},
                                                             {"Deal Stage", "stage"},
                                                             {"Amount", "value"},
                                                             {"Close Date", "expected_close"},
                                                             {"Create Date", "engaged_at"},
                                                             {"Deal owner", "owner"},
                                                             {"Associated Company", "company"},
                                                             {"Deal - Title", "title"},
                                                             {"Deal - Value", "value"},
                                                             {"Deal - Currency", "currency"},
                                                             {"Deal - Organization", "company"},
                                                             {"Deal - Won time", "closed_at"},
                                                             {"Deal - Lost reason", "lost_reason"},
                                                             {"Deal - Status", "status"},
                                                             {"Deal - Expected close date", "expected_close"},
                                                             {"Person - Email", "person_email"},
                                                             {"Deal - Deal created", "engaged_at"},
                                                             {"Opportunity Name", "title"},
                                                             {"Account Name", "company"},
                                                             {"Opportunity Owner", "owner"},
                                                             {"Stage", "stage"},
                                                             {"Loss Reason", "lost_reason"},
                                                             {"Opportunity ID", "external_id"},
                                                             {"product", "product"},
                                                             {"Organization - Name", "company"}};
    for (const auto &[header, field] : cases)
        EXPECT_EQ(DealFieldMap::recognise(QString::fromUtf8(header)), QString::fromLatin1(field)) << header;
    EXPECT_TRUE(DealFieldMap::recognise(QStringLiteral("Person - Phone")).isEmpty());
    EXPECT_TRUE(DealFieldMap::recognise(QStringLiteral("Favourite colour")).isEmpty());
}

TEST(CsvDealImporter, ReadsMoneyAsExportsWriteIt)
{
    using P = std::pair<QString, QString>;
    EXPECT_EQ(CsvDealImporter::splitMoney(QStringLiteral("$12,500.00")),
              P(QStringLiteral("12500.00"), QStringLiteral("USD")));
    EXPECT_EQ(CsvDealImporter::splitMoney(QStringLiteral("12.500,50 €")),
              P(QStringLiteral("12500.50"), QStringLiteral("EUR")));
    EXPECT_EQ(CsvDealImporter::splitMoney(QStringLiteral("EUR 1 200")),
              P(QStringLiteral("1200"), QStringLiteral("EUR")));
    EXPECT_EQ(CsvDealImporter::splitMoney(QStringLiteral("1250,5")), P(QStringLiteral("1250.5"), QString()));
    EXPECT_EQ(CsvDealImporter::splitMoney(QStringLiteral("-300")), P(QStringLiteral("-300"), QString()));
}

TEST(CsvDealImporter, NamesLostReasonsFromFreeText)
{
    EXPECT_EQ(CsvDealImporter::lostReasonKey(QStringLiteral("Went with a competitor")), QStringLiteral("competitor"));
    EXPECT_EQ(CsvDealImporter::lostReasonKey(QStringLiteral("Too expensive")), QStringLiteral("budget"));
    EXPECT_EQ(CsvDealImporter::lostReasonKey(QStringLiteral("No response")), QStringLiteral("no_response"));
    EXPECT_EQ(CsvDealImporter::lostReasonKey(QStringLiteral("Bad timing")), QStringLiteral("timing"));
    EXPECT_EQ(CsvDealImporter::lostReasonKey(QStringLiteral("Merger")), QStringLiteral("other"));
    EXPECT_TRUE(CsvDealImporter::lostReasonKey(QString()).isEmpty());
}

TEST_F(CsvDealImporterTest, ImportsAHubSpotExportWithHistoryAndNewCompaniesAndOwners)
{
    const QByteArray csv = "\xEF\xBB\xBF"
                           "Record ID,Deal Name,Deal Stage,Amount,Close Date,Create Date,Deal owner,"
                           "Associated Company,Closed Lost Reason\r\n"
                           "101,Firma – 20 seats,Appointment scheduled,\"$12,500.00\",2027-01-15,2026-10-01,"
                           "anna@leadrelay.example,Firma GmbH,\r\n"
                           "102,Kunde – renewal,closedwon,4000,11/02/2026,9/1/2026,Zoe Quinn,Kunde AG,\r\n"
                           "103,Sur – pilot,closedlost,900,2026-10-20,2026-08-01,anna@leadrelay.example,Sur SL,\r\n"
                           "104,Nord – trial,closedlost,900,2026-10-21,2026-08-02,anna@leadrelay.example,"
                           "firma gmbh,Went with a competitor\r\n";
    const auto summary = importText(csv);
    ASSERT_TRUE(summary) << summary.error().toStdString();
    EXPECT_EQ(summary->rows.rows, 4);
    EXPECT_EQ(summary->rows.created, 4);
    EXPECT_EQ(summary->rows.quarantined, 0) << QJsonDocument(summary->toJson()).toJson().toStdString();
    EXPECT_EQ(summary->history, 2) << "won without VAT/billing email, lost without a reason";
    EXPECT_EQ(summary->companiesCreated, 3) << "Firma GmbH once, whatever its case";
    EXPECT_EQ(summary->ownersCreated, 1);
    const QJsonObject json = summary->toJson();
    EXPECT_EQ(json.value(QStringLiteral("history")).toInt(), 2);
    EXPECT_FALSE(json.value(QStringLiteral("notes")).toArray().isEmpty());

    const Deal open = *byExternalId(QStringLiteral("101"));
    EXPECT_EQ(stageName(open.stageId), QStringLiteral("Discovery Booked"));
    EXPECT_EQ(open.valueCents, 1250000);
    EXPECT_EQ(open.currency, QStringLiteral("USD"));
    EXPECT_EQ(open.ownerId, m_anna.userId);
    EXPECT_EQ(open.engagedAt, QDateTime(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
    EXPECT_EQ(open.closedAt, 0);

    const Deal won = *byExternalId(QStringLiteral("102"));
    EXPECT_EQ(stageName(won.stageId), QStringLiteral("Closed Won"));
    EXPECT_EQ(won.closedAt, QDateTime(QDate(2026, 11, 2), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()) << "M/D/YYYY";
    EXPECT_EQ(won.createdAt, QDateTime(QDate(2026, 9, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
    const auto history = m_store->deals.history(won.id);
    ASSERT_EQ(history.size(), 1);
    EXPECT_EQ(history.first().at, won.closedAt) << "the history keeps the real close date";
    const auto zoe = m_store->users.find(won.ownerId);
    ASSERT_TRUE(zoe);
    EXPECT_EQ(zoe->name, QStringLiteral("Zoe Quinn"));
    EXPECT_FALSE(zoe->active) << "an imported owner waits for an admin";

    EXPECT_TRUE(byExternalId(QStringLiteral("103"))->lostReason.isEmpty());
    EXPECT_EQ(byExternalId(QStringLiteral("104"))->lostReason, QStringLiteral("competitor"));
    EXPECT_EQ(byExternalId(QStringLiteral("104"))->companyId, open.companyId);
}

TEST_F(CsvDealImporterTest, ReadsAPipedriveSemicolonExportWithStatusAndStageMap)
{
    const QByteArray csv = "Deal - ID;Deal - Title;Deal - Stage;Deal - Status;Deal - Value;Deal - Currency;"
                           "Deal - Organization;Deal - Owner;Deal - Won time;Person - Email\n"
                           "7;Alpha;Warm;open;1.250.000;EUR;Alpha SA;Boris Ivanov;;\n"
                           "8;Beta;Warm;won;2500;PLN;Beta sp. z o.o.;Boris Ivanov;2026-11-10 14:00;x@y.pl\n";
    DealImportOptions options;
    options.stages.insert(QStringLiteral("warm"), QStringLiteral("Connected"));
    const auto summary = importText(csv, options);
    ASSERT_TRUE(summary) << summary.error().toStdString();
    EXPECT_EQ(summary->rows.created, 2);
    EXPECT_EQ(summary->ownersCreated, 0) << "Boris is found by name";
    EXPECT_EQ(stageName(byExternalId(QStringLiteral("7"))->stageId), QStringLiteral("Connected"));
    EXPECT_EQ(byExternalId(QStringLiteral("7"))->valueCents, 125000000);
    EXPECT_EQ(byExternalId(QStringLiteral("7"))->ownerId, m_boris.userId);
    EXPECT_EQ(stageName(byExternalId(QStringLiteral("8"))->stageId), QStringLiteral("Closed Won"));
    EXPECT_EQ(byExternalId(QStringLiteral("8"))->currency, QStringLiteral("PLN"));
}

TEST_F(CsvDealImporterTest, BadRowsAreReportedAndTheFileGoesOn)
{
    const QByteArray csv = "Opportunity ID,Opportunity Name,Stage,Amount,Close Date,Created Date\r\n"
                           "S1,Good,Prospecting,100,2027-02-01,2026-10-01\r\n"
                           "S2,Unknown stage,Haggling,100,2027-02-01,2026-10-01\r\n"
                           "S3,Negative,Prospecting,-500,2027-02-01,2026-10-01\r\n"
                           "S4,Bad date,Prospecting,100,31/31/2026,2026-10-01\r\n"
                           "S5,Stale open,Negotiation/Review,100,2024-01-01,2023-10-01\r\n"
                           "S6,Also good,Closed Won,100,2026-11-01,2026-10-01\r\n";
    const auto summary = importText(csv);
    ASSERT_TRUE(summary) << summary.error().toStdString();
    EXPECT_EQ(summary->rows.rows, 6);
    EXPECT_EQ(summary->rows.created, 2);
    EXPECT_EQ(summary->rows.quarantined, 4);
    ASSERT_EQ(summary->rows.errors.size(), 4);
    EXPECT_EQ(summary->rows.errors.at(0).row, 2);
    EXPECT_TRUE(summary->rows.errors.at(0).reason.contains(QStringLiteral("Haggling")));
    EXPECT_TRUE(summary->rows.errors.at(0).reason.contains(QStringLiteral("--stage-map")));
    EXPECT_TRUE(summary->rows.errors.at(1).reason.contains(QStringLiteral("negative")));
    EXPECT_TRUE(summary->rows.errors.at(2).reason.contains(QStringLiteral("31/31/2026")));
    EXPECT_TRUE(summary->rows.errors.at(3).reason.contains(QStringLiteral("past")));
    EXPECT_TRUE(byExternalId(QStringLiteral("S6")));
    EXPECT_FALSE(byExternalId(QStringLiteral("S3")));
}

TEST_F(CsvDealImporterTest, ReimportUpdatesFieldsButNeverTheStage)
{
    const QByteArray first = "id,title,stage,value\nX1,Gamma,New Lead,100\n";
    ASSERT_TRUE(importText(first));
    const QByteArray again = "id,title,stage,value\nX1,Gamma (bigger),Closed Won,900\n";
    const auto summary = importText(again);
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary->rows.merged, 1);
    EXPECT_EQ(summary->rows.created, 0);
    const Deal d = *byExternalId(QStringLiteral("X1"));
    EXPECT_EQ(d.title, QStringLiteral("Gamma (bigger)"));
    EXPECT_EQ(d.valueCents, 90000);
    EXPECT_EQ(stageName(d.stageId), QStringLiteral("New Lead")) << "moves go through the exit criteria";
}

TEST_F(CsvDealImporterTest, RefusesUnknownFieldsStageMapTargetsAndFilesWithoutADealColumn)
{
    DealImportOptions options;
    options.columns.insert(QStringLiteral("Notes"), QStringLiteral("favourite_colour"));
    EXPECT_FALSE(importText("title\nA\n", options));
    DealImportOptions badStage;
    badStage.stages.insert(QStringLiteral("Won"), QStringLiteral("Champagne"));
    const auto refused = importText("title\nA\n", badStage);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().contains(QStringLiteral("Champagne")));
    EXPECT_FALSE(importText("Colour,Size\nred,L\n"));
}

TEST_F(CsvDealImporterTest, RepsMayNotImportDeals)
{
    const User rep = *m_store->users.find(m_anna.userId);
    const auto refused = CsvDealImporter(*m_store, m_clock).importFile(rep, QStringLiteral("/nonexistent.csv"), {});
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().contains(QStringLiteral("managers")));
}

} // namespace
