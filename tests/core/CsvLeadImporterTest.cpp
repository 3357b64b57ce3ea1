#include "core/intake/CsvLeadImporter.h"
#include "core/store/Store.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QJsonArray>

#include <gtest/gtest.h>

using namespace lr;

namespace {

struct Fixture
{
    test::TempStore store;
    ManualClock clock{test::kTestStart};
    IntakeProcessor intake{*store, clock};
    CsvLeadImporter importer{intake};

    Result<ImportSummary> run(QByteArray csv, const QHash<QString, QString> &overrides = {},
                              const QString &source = QStringLiteral("list.csv"))
    {
        QBuffer buffer(&csv);
        buffer.open(QIODevice::ReadOnly);
        return importer.import(&buffer, overrides, source);
    }
};

} // namespace

TEST(CsvLeadImporter, ImportsAHubSpotStyleExportAndSummarises)
{
    Fixture f;
    const auto summary = f.run("\xEF\xBB\xBF"
                               "First Name,Last Name,Email,Company Name,Phone Number,Country/Region,Create Date\r\n"
                               "anna,nowak,anna@firma.pl,Firma,601 234 567,PL,11/20/2026\r\n"
                               "Hans,Becker,hans@firma.de,\"Firma, GmbH\",,DE,2026-11-21\r\n"
                               "Anna,Nowak,ANNA@firma.pl,,,,\r\n"
                               "Junk,Row,test@test.com,,,,\r\n"
                               "No,Email,,,,,\r\n");
    ASSERT_TRUE(summary) << summary.error().toStdString();
    EXPECT_EQ(summary->rows, 5);
    EXPECT_EQ(summary->created, 2);
    EXPECT_EQ(summary->merged, 1);
    EXPECT_EQ(summary->quarantined, 2);
    EXPECT_EQ(summary->rows, summary->created + summary->merged + summary->quarantined);
    ASSERT_EQ(summary->errors.size(), 2);
    EXPECT_EQ(summary->errors.at(0).row, 4);
    EXPECT_EQ(summary->errors.at(1).row, 5);
    const QJsonObject json = summary->toJson();
    EXPECT_EQ(json.value(QStringLiteral("rows")).toInt(), 5);
    EXPECT_EQ(json.value(QStringLiteral("errors")).toArray().size(), 2);
    EXPECT_EQ(f.store->leads.count(AccessScope::system(), {}), 2);
    EXPECT_EQ(f.store->journal.count(JournalEntry::State::Quarantined), 2); // kept, not lost
}

TEST(CsvLeadImporter, ReadsEuropeanExcelWithSemicolonsAndMappedHeaders)
{
    Fixture f;
    const auto summary = f.run("Kontakt;E-Mail;Firma\n\"Jan Kowalski\";jan@firma.pl;\"Firma; sp. z o.o.\"\n",
                               {{QStringLiteral("Kontakt"), QStringLiteral("full_name")}}, QStringLiteral("event"));
    ASSERT_TRUE(summary) << summary.error().toStdString();
    EXPECT_EQ(summary->created, 1);
    const auto lead = f.store->leads.page(AccessScope::system(), {}, {}, 0, 1).value().first();
    EXPECT_EQ(lead.fullName(), QStringLiteral("Jan Kowalski"));
    EXPECT_EQ(lead.companyName, QStringLiteral("Firma; sp. z o.o."));
    EXPECT_EQ(lead.source, LeadSource::Event);
}

TEST(CsvLeadImporter, ABrokenRowNeverAbortsTheFile)
{
    Fixture f;
    const auto summary = f.run("email,name\nok@firma.de,Ok\nbad@firma.de,\"unterminated\nlast@firma.de,Last\n");
    ASSERT_TRUE(summary);
    // The unterminated quote swallows the rest of the file into one row, which is quarantined.
    EXPECT_EQ(summary->created, 1);
    EXPECT_EQ(summary->quarantined, 1);
    EXPECT_TRUE(summary->errors.first().reason.contains(QStringLiteral("never closed")));
}

TEST(CsvLeadImporter, RefusesFilesWithoutAHeaderOrEmailColumn)
{
    Fixture f;
    EXPECT_FALSE(f.run(""));
    const auto noEmail = f.run("Name,Company\nAnna,Firma\n");
    ASSERT_FALSE(noEmail);
    EXPECT_TRUE(noEmail.error().contains(QStringLiteral("No email column")));
    EXPECT_FALSE(f.run("email\n", {{QStringLiteral("email"), QStringLiteral("shoe_size")}}));
}
