#include "core/intake/CsvPreview.h"

#include <QBuffer>

#include <gtest/gtest.h>

using namespace lr;

TEST(CsvPreview, ShowsTheFirstRowsAsTheImporterReadsThem)
{
    QByteArray csv = "\xEF\xBB\xBF"
                     "Vorname;E-Mail;Firma;Lieblingsfarbe\r\n"
                     "Jan;jan@firma.pl;\"Firma; GmbH\";blau\r\n"
                     "Eva;eva@firma.pl;\"Zwei\nZeilen\";rot\r\n"
                     "Max;max@firma.pl;X;grün\r\n";
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    const auto preview = CsvPreview::read(&buffer, 2);
    ASSERT_TRUE(preview) << preview.error().toStdString();
    EXPECT_TRUE(preview->byteOrderMark);
    EXPECT_EQ(preview->delimiter, QLatin1Char(';'));
    EXPECT_EQ(preview->headers.first(), QStringLiteral("Vorname")); // no BOM left in the first header
    EXPECT_EQ(preview->recognised, (QStringList{QStringLiteral("first_name"), QStringLiteral("email"),
                                                QStringLiteral("company"), QString()}));
    ASSERT_EQ(preview->rows.size(), 2);
    EXPECT_EQ(preview->rows.at(0).at(2), QStringLiteral("Firma; GmbH"));
    EXPECT_EQ(preview->rows.at(1).at(2), QStringLiteral("Zwei\nZeilen"));
    EXPECT_TRUE(preview->moreRows);
}

TEST(CsvPreview, RefusesEmptyAndMissingFiles)
{
    QByteArray empty;
    QBuffer buffer(&empty);
    buffer.open(QIODevice::ReadOnly);
    EXPECT_FALSE(CsvPreview::read(&buffer));
    const auto missing = CsvPreview::readFile(QStringLiteral("/nonexistent/leads.csv"));
    ASSERT_FALSE(missing);
    EXPECT_TRUE(missing.error().contains(QStringLiteral("leads.csv")));
}
