#include "core/hygiene/NameNormaliser.h"

#include <gtest/gtest.h>

using namespace lr;

namespace {

QString n(const char *name)
{
    return NameNormaliser::normalise(QString::fromUtf8(name));
}

} // namespace

TEST(NameNormaliser, CapitalisesAnyScript)
{
    EXPECT_EQ(n("иван петров"), QStringLiteral("Иван Петров"));
    EXPECT_EQ(n("ŁUKASZ"), QStringLiteral("Łukasz"));
    EXPECT_EQ(n("agnieszka WIŚNIEWSKA"), QStringLiteral("Agnieszka Wiśniewska"));
    EXPECT_EQ(n("jürgen müller"), QStringLiteral("Jürgen Müller"));
    EXPECT_EQ(n("ΝΙΚΟΣ"), QStringLiteral("Νικος")); // Greek, lower-cased after the first letter
    // Turkish dotted capital I: no combining dot left over the lower-case i.
    EXPECT_EQ(n("ŞAHİN"), QStringLiteral("Şahin"));
}

TEST(NameNormaliser, HandlesHyphensApostrophesAndParticles)
{
    EXPECT_EQ(n("jean-luc o'neil"), QStringLiteral("Jean-Luc O'Neil"));
    EXPECT_EQ(n("ANNA-MARIA KOWALSKA-NOWAK"), QStringLiteral("Anna-Maria Kowalska-Nowak"));
    EXPECT_EQ(n("ludwig VAN beethoven"), QStringLiteral("Ludwig van Beethoven"));
    EXPECT_EQ(n("van"), QStringLiteral("Van")); // a lone word is a name, not a particle
}

TEST(NameNormaliser, KeepsDeliberateMixedCaseAndTidiesSpaces)
{
    EXPECT_EQ(n("ronald McDonald"), QStringLiteral("Ronald McDonald"));
    EXPECT_EQ(n("  danny   DeVito "), QStringLiteral("Danny DeVito"));
    EXPECT_EQ(n(""), QString());
}
