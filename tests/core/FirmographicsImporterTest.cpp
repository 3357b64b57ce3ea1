#include "core/enrichment/FirmographicsImporter.h"
#include "core/store/Store.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>

#include <gtest/gtest.h>

using namespace lr;

namespace {

struct Fixture
{
    test::TempStore store;
    ManualClock clock{test::kTestStart};

    Result<FirmographicsImportSummary> import(const QByteArray &csv)
    {
        QByteArray bytes = csv;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        return FirmographicsImporter(*store, clock).import(&buffer);
    }
};

} // namespace

TEST(FirmographicsImporter, ImportsACrmExportWithItsHeaderSpellings)
{
    Fixture f;
    const auto summary = f.import("\xEF\xBB\xBFWebsite;Company Name;Headcount;Sector;Annual Revenue;Country\r\n"
                                  "https://www.acme.com/;Acme Inc;51-200;Software;$2.5M;United States\r\n"
                                  "firma.pl;Firma sp. z o.o.;1,200;Manufacturing;\"1,5 mln\";PL\r\n");
    ASSERT_TRUE(summary) << summary.error().toStdString();
    EXPECT_EQ(summary->rows, 2);
    EXPECT_EQ(summary->created, 2);
    EXPECT_EQ(summary->rejected, 0);
    const auto acme = f.store->firmographics.find(QStringLiteral("acme.com"));
    ASSERT_TRUE(acme);
    EXPECT_EQ(acme->name, QStringLiteral("Acme Inc"));
    EXPECT_EQ(acme->employees, 126);
    EXPECT_EQ(acme->industry, QStringLiteral("Software"));
    EXPECT_EQ(acme->revenue, 2500000);
    EXPECT_EQ(acme->country, QStringLiteral("US"));
    const auto firma = f.store->firmographics.find(QStringLiteral("FIRMA.PL"));
    ASSERT_TRUE(firma);
    EXPECT_EQ(firma->employees, 1200);
    EXPECT_EQ(firma->revenue, 1500000);
}

TEST(FirmographicsImporter, ReportsBadRowsAndKeepsTheGoodOnes)
{
    Fixture f;
    const auto summary = f.import("Domain,Name,Employees,Revenue,Country\n"
                                  "good.com,Good,10,1M,DE\n"
                                  ",No Domain,10,,DE\n"
                                  "bad-employees.com,Bad,lots,,DE\n"
                                  "bad-revenue.com,Bad,10,a fortune,DE\n"
                                  "bad-country.com,Bad,10,,Atlantis\n"
                                  "\"broken.com,Broken,10\n");
    ASSERT_TRUE(summary) << summary.error().toStdString();
    EXPECT_EQ(summary->rows, 6);
    EXPECT_EQ(summary->created, 1);
    EXPECT_EQ(summary->rejected, 5);
    EXPECT_EQ(summary->rows, summary->created + summary->updated + summary->rejected);
    ASSERT_EQ(summary->errors.size(), 5);
    EXPECT_EQ(summary->errors.at(0).row, 2);
    EXPECT_TRUE(summary->errors.at(0).reason.contains(QStringLiteral("domain")));
    EXPECT_EQ(summary->errors.at(1).row, 3);
    EXPECT_TRUE(summary->errors.at(1).reason.contains(QStringLiteral("lots")));
    EXPECT_TRUE(summary->errors.at(2).reason.contains(QStringLiteral("a fortune")));
    EXPECT_TRUE(summary->errors.at(3).reason.contains(QStringLiteral("Atlantis")));
    EXPECT_EQ(summary->errors.at(4).row, 6);
    EXPECT_EQ(f.store->firmographics.count(), 1);
    EXPECT_FALSE(f.store->firmographics.find(QStringLiteral("bad-country.com")));
}

TEST(FirmographicsImporter, ReimportUpdatesRowsByDomainWithoutErasingKnownValues)
{
    Fixture f;
    ASSERT_TRUE(f.import("Domain,Company,Employees,Industry\nacme.com,Acme,100,Software\n"));
    f.clock.advance(kDayMs);
    const auto summary = f.import("URL,Company,Employees,Industry\nhttps://acme.com,Acme Corp,250,\nnew.io,New,5,AI\n");
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary->created, 1);
    EXPECT_EQ(summary->updated, 1);
    const auto acme = f.store->firmographics.find(QStringLiteral("acme.com"));
    EXPECT_EQ(acme->name, QStringLiteral("Acme Corp"));
    EXPECT_EQ(acme->employees, 250);
    EXPECT_EQ(acme->industry, QStringLiteral("Software")); // empty in the second file: kept
    EXPECT_EQ(f.store->firmographics.count(), 2);
}

TEST(FirmographicsImporter, RefusesAFileWithoutADomainOrDataColumn)
{
    Fixture f;
    EXPECT_FALSE(f.import(""));
    const auto noDomain = f.import("Company,Employees\nAcme,10\n");
    ASSERT_FALSE(noDomain);
    EXPECT_TRUE(noDomain.error().contains(QStringLiteral("domain")));
    const auto onlyDomain = f.import("Website,Notes\nacme.com,hi\n");
    ASSERT_FALSE(onlyDomain);
    EXPECT_EQ(f.store->firmographics.count(), 0);
}

TEST(FirmographicsImporter, ListsColumnsItDoesNotUse)
{
    Fixture f;
    const auto summary = f.import("Domain,Company,Favourite colour\nacme.com,Acme,blue\n");
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary->unmappedColumns, QStringList{QStringLiteral("Favourite colour")});
    const QJsonObject json = summary->toJson();
    EXPECT_EQ(json.value(QStringLiteral("rows")).toInt(), 1);
    EXPECT_EQ(json.value(QStringLiteral("created")).toInt(), 1);
}
