#include "core/hygiene/PhoneNormaliser.h"

#include <gtest/gtest.h>

using namespace lr;

TEST(PhoneNormaliser, FormatsNationalNumbersInTheLeadsCountry)
{
    EXPECT_EQ(PhoneNormaliser::normalise(QStringLiteral("0888 123 456"), QStringLiteral("BG")).e164,
              QStringLiteral("+359888123456"));
    EXPECT_EQ(PhoneNormaliser::normalise(QStringLiteral("030 1234567"), QStringLiteral("de")).e164,
              QStringLiteral("+49301234567"));
    EXPECT_EQ(PhoneNormaliser::normalise(QStringLiteral("601 234 567"), QStringLiteral("PL")).e164,
              QStringLiteral("+48601234567"));
    EXPECT_EQ(PhoneNormaliser::normalise(QStringLiteral("(415) 555-2671"), QStringLiteral("US")).e164,
              QStringLiteral("+14155552671"));
}

TEST(PhoneNormaliser, InternationalNumbersIgnoreTheDefaultRegion)
{
    const PhoneCheck c = PhoneNormaliser::normalise(QStringLiteral("+48 601-234-567"), QStringLiteral("DE"));
    ASSERT_TRUE(c.valid) << c.reason.text().toStdString();
    EXPECT_EQ(c.e164, QStringLiteral("+48601234567"));
    EXPECT_EQ(c.region, QStringLiteral("PL"));
    EXPECT_EQ(PhoneNormaliser::normalise(QStringLiteral("0048601234567"), QStringLiteral("PL")).e164,
              QStringLiteral("+48601234567"));
}

TEST(PhoneNormaliser, RefusesNumbersThatCannotBeValid)
{
    for (const char *bad : {"123", "0888", "+49 1", "+359 888 123 456 789 000", "call me", "+999 1234567"}) {
        const PhoneCheck c = PhoneNormaliser::normalise(QString::fromLatin1(bad), QStringLiteral("BG"));
        EXPECT_FALSE(c.valid) << bad;
        EXPECT_TRUE(c.e164.isEmpty()) << bad;
        EXPECT_FALSE(c.reason.isEmpty()) << bad;
    }
    EXPECT_FALSE(PhoneNormaliser::normalise(QStringLiteral("0888 123 456"), {}).valid); // no country to read it in
    EXPECT_FALSE(PhoneNormaliser::normalise({}, QStringLiteral("BG")).valid);
}

TEST(PhoneNormaliser, ACountryCodeDomainTellsTheRegionAGenericOneDoesNot)
{
    EXPECT_EQ(PhoneNormaliser::regionOfDomain(QStringLiteral("nowak-it.pl")), QStringLiteral("PL"));
    EXPECT_EQ(PhoneNormaliser::regionOfDomain(QStringLiteral("WP.PL")), QStringLiteral("PL"));
    EXPECT_EQ(PhoneNormaliser::regionOfDomain(QStringLiteral("firma.co.uk")), QStringLiteral("GB"));
    EXPECT_EQ(PhoneNormaliser::regionOfDomain(QStringLiteral("abv.bg")), QStringLiteral("BG"));
    EXPECT_EQ(PhoneNormaliser::regionOfDomain(QStringLiteral("пример.рф")), QStringLiteral("RU"));
    EXPECT_EQ(PhoneNormaliser::regionOfDomain(QStringLiteral("xn--e1afmkfd.xn--p1ai")), QStringLiteral("RU"));
    for (const char *generic :
         {"gmail.com", "firma.eu", "startup.io", "brand.co", "agent.ai", "about.me", "", "pl", "firma."})
        EXPECT_TRUE(PhoneNormaliser::regionOfDomain(QString::fromUtf8(generic)).isEmpty()) << generic;
}
