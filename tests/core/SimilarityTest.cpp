#include "core/dedup/Similarity.h"

#include <gtest/gtest.h>

using lr::Similarity;

TEST(Similarity, FoldsCaseDiacriticsPunctuationAndScripts)
{
    EXPECT_EQ(Similarity::fold(QStringLiteral("Łukasz")), QStringLiteral("lukasz"));
    EXPECT_EQ(Similarity::fold(QStringLiteral("Žofia-Anna O'Neil")), QStringLiteral("zofiaannaoneil"));
    EXPECT_EQ(Similarity::fold(QStringLiteral("Иван Петров")), QStringLiteral("ivanpetrov"));
    EXPECT_EQ(Similarity::fold(QStringLiteral("Йордан")), QStringLiteral("yordan"));
    EXPECT_EQ(Similarity::fold(QStringLiteral("Müller")), QStringLiteral("muller"));
    EXPECT_EQ(Similarity::fold(QStringLiteral("Straße")), QStringLiteral("strasse"));
    EXPECT_TRUE(Similarity::fold(QStringLiteral(" -- ")).isEmpty());
}

TEST(Similarity, JaroWinklerMatchesTheTextbookValues)
{
    EXPECT_NEAR(Similarity::jaroWinkler(QStringLiteral("martha"), QStringLiteral("marhta")), 0.961, 0.001);
    EXPECT_NEAR(Similarity::jaroWinkler(QStringLiteral("dwayne"), QStringLiteral("duane")), 0.84, 0.001);
    EXPECT_NEAR(Similarity::jaroWinkler(QStringLiteral("dixon"), QStringLiteral("dicksonx")), 0.813, 0.001);
    EXPECT_DOUBLE_EQ(Similarity::jaroWinkler(QStringLiteral("anna"), QStringLiteral("anna")), 1.0);
    EXPECT_DOUBLE_EQ(Similarity::jaroWinkler(QStringLiteral("abc"), QStringLiteral("xyz")), 0.0);
    EXPECT_DOUBLE_EQ(Similarity::jaroWinkler(QString(), QStringLiteral("anna")), 0.0);
}

TEST(Similarity, EditDistanceStopsAtTheLimit)
{
    EXPECT_EQ(Similarity::editDistance(QStringLiteral("kitten"), QStringLiteral("sitting"), 5), 3);
    EXPECT_EQ(Similarity::editDistance(QStringLiteral("jsmith"), QStringLiteral("jsmyth"), 2), 1);
    EXPECT_EQ(Similarity::editDistance(QStringLiteral("anna"), QStringLiteral("anna"), 0), 0);
    EXPECT_EQ(Similarity::editDistance(QStringLiteral("a"), QStringLiteral("abcdef"), 2), 3);
    EXPECT_EQ(Similarity::editDistance(QStringLiteral("abcdef"), QStringLiteral("uvwxyz"), 2), 3);
}
