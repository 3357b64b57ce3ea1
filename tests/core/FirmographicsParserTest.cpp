#include "core/enrichment/FirmographicsParser.h"

#include <gtest/gtest.h>

using namespace lr;
using P = FirmographicsParser;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

TEST(FirmographicsParser, TakesTheBareDomainFromWebAddressesAndEmails)
{
    EXPECT_EQ(P::domain(s("https://www.Acme.com/about?x=1")).value(), s("acme.com"));
    EXPECT_EQ(P::domain(s("acme.com")).value(), s("acme.com"));
    EXPECT_EQ(P::domain(s("WWW.ACME.CO.UK")).value(), s("acme.co.uk"));
    EXPECT_EQ(P::domain(s("http://shop.acme.de:8080/x")).value(), s("shop.acme.de"));
    EXPECT_EQ(P::domain(s("info@firma.pl")).value(), s("firma.pl"));
    EXPECT_EQ(P::domain(s("  firma.bg/  ")).value(), s("firma.bg"));
}

TEST(FirmographicsParser, RefusesWhatIsNotADomain)
{
    EXPECT_FALSE(P::domain(s("")));
    EXPECT_FALSE(P::domain(s("acme")));
    EXPECT_FALSE(P::domain(s("not a domain")));
    EXPECT_FALSE(P::domain(s("http://")));
    EXPECT_TRUE(P::domain(s("acme")).error().contains(s("acme")));
}

TEST(FirmographicsParser, ReadsHeadCountsInTheUsualSpellings)
{
    EXPECT_EQ(P::employees(s("250")).value(), 250);
    EXPECT_EQ(P::employees(s("1,200")).value(), 1200);
    EXPECT_EQ(P::employees(s("1.2k")).value(), 1200);
    EXPECT_EQ(P::employees(s("51-200")).value(), 126); // the middle of the range, rounded
    EXPECT_EQ(P::employees(s("51 – 200")).value(), 126);
    EXPECT_EQ(P::employees(s("10001+")).value(), 10001);
    EXPECT_EQ(P::employees(s("10,000+")).value(), 10000);
    EXPECT_EQ(P::employees(s("")).value(), 0);
    EXPECT_FALSE(P::employees(s("many")));
    EXPECT_FALSE(P::employees(s("200-51")));
    EXPECT_FALSE(P::employees(s("99999999999")));
}

TEST(FirmographicsParser, ReadsRevenueWithSuffixesCurrenciesAndRanges)
{
    EXPECT_EQ(P::revenue(s("2500000")).value(), 2500000);
    EXPECT_EQ(P::revenue(s("2.5M")).value(), 2500000);
    EXPECT_EQ(P::revenue(s("$750k")).value(), 750000);
    EXPECT_EQ(P::revenue(s("€1,2 mln")).value(), 1200000);
    EXPECT_EQ(P::revenue(s("1B")).value(), 1000000000);
    EXPECT_EQ(P::revenue(s("USD 3,000,000")).value(), 3000000);
    EXPECT_EQ(P::revenue(s("$1M-$10M")).value(), 5500000);
    EXPECT_EQ(P::revenue(s("1-10M")).value(), 5500000);
    EXPECT_EQ(P::revenue(s("")).value(), 0);
    EXPECT_FALSE(P::revenue(s("lots")));
    EXPECT_FALSE(P::revenue(s("5 apples")));
}

TEST(FirmographicsParser, NormalisesCountriesToCodes)
{
    EXPECT_EQ(P::country(s("de")).value(), s("DE"));
    EXPECT_EQ(P::country(s("Germany")).value(), s("DE"));
    EXPECT_EQ(P::country(s("Deutschland")).value(), s("DE"));
    EXPECT_EQ(P::country(s("United States")).value(), s("US"));
    EXPECT_EQ(P::country(s("USA")).value(), s("US"));
    EXPECT_EQ(P::country(s("UK")).value(), s("GB"));
    EXPECT_EQ(P::country(s("Polska")).value(), s("PL"));
    EXPECT_EQ(P::country(s("България")).value(), s("BG"));
    EXPECT_EQ(P::country(s("")).value(), QString());
    EXPECT_FALSE(P::country(s("Atlantis")));
    EXPECT_FALSE(P::country(s("XX")));
}
