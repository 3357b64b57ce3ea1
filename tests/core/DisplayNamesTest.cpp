// Country and language names in the language the app speaks, not Qt's English ones.
#include "core/common/DisplayNames.h"

#include <QLocale>

#include <gtest/gtest.h>

using namespace lr;

namespace {

class DisplayNamesTest : public ::testing::Test
{
protected:
    void TearDown() override { QLocale::setDefault(m_before); }

    const QLocale m_before;
};

TEST_F(DisplayNamesTest, NamesFollowTheLanguageOfTheApp)
{
    const struct
    {
        QLocale::Language language;
        const char *country;
        const char *german;
    } cases[] = {{QLocale::C, "Switzerland", "German"},
                 {QLocale::English, "Switzerland", "German"},
                 {QLocale::Polish, "Szwajcaria", "niemiecki"},
                 {QLocale::Russian, "Швейцария", "немецкий"},
                 {QLocale::Bulgarian, "Швейцария", "немски"}};
    for (const auto &c : cases) {
        QLocale::setDefault(QLocale(c.language));
        EXPECT_EQ(DisplayNames::country(QStringLiteral("CH")), QString::fromUtf8(c.country)) << c.language;
        EXPECT_EQ(DisplayNames::country(QStringLiteral("ch")), QString::fromUtf8(c.country)) << c.language;
        EXPECT_EQ(DisplayNames::language(QStringLiteral("de")), QString::fromUtf8(c.german)) << c.language;
    }
}

TEST_F(DisplayNamesTest, AnUnknownCodeStaysItselfAndNothingStaysNothing)
{
    QLocale::setDefault(QLocale(QLocale::Polish));
    EXPECT_EQ(DisplayNames::country(QStringLiteral("QQ")), QStringLiteral("QQ"));
    EXPECT_EQ(DisplayNames::language(QStringLiteral("qq")), QStringLiteral("qq"));
    EXPECT_EQ(DisplayNames::country(QStringLiteral("Germany")), QStringLiteral("Germany")) << "typed, not a code";
    EXPECT_TRUE(DisplayNames::country(QString()).isEmpty());
    EXPECT_TRUE(DisplayNames::language(QString()).isEmpty());
}

} // namespace
