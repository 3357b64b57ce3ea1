#include "ui/Localization.h"

#include "core/domain/Enums.h"
#include "core/rules/LeadField.h"
#include "core/scoring/Qualification.h"

#include <QApplication>

#include <gtest/gtest.h>

using lr::ui::Localization;

TEST(Localization, LoadsTheCompiledCatalogueOfEachShippedLanguage)
{
    for (const char *language : {"bg", "ru", "pl"}) {
        QTranslator translator;
        EXPECT_TRUE(translator.load(Localization::catalogPath(QLatin1String(language)))) << language;
    }
}

TEST(Localization, PrefersTheRequestedLanguageThenTheSystemOneThenEnglish)
{
    const QLocale bulgarian(QLocale::Bulgarian, QLocale::Bulgaria);
    const QLocale german(QLocale::German, QLocale::Germany);
    EXPECT_EQ(Localization::pickLanguage(QStringLiteral("PL"), bulgarian), QStringLiteral("pl"));
    EXPECT_EQ(Localization::pickLanguage(QString(), bulgarian), QStringLiteral("bg"));
    EXPECT_EQ(Localization::pickLanguage(QStringLiteral("de"), german), QStringLiteral("en"));
    EXPECT_EQ(Localization::pickLanguage(QStringLiteral("de"), bulgarian), QStringLiteral("bg"));
}

TEST(Localization, InstallsBulgarianAndFallsBackForAnUnknownLanguage)
{
    const QLocale before;
    {
        Localization localization;
        EXPECT_TRUE(localization.install(*qApp, QStringLiteral("bg")));
        EXPECT_EQ(localization.language(), QStringLiteral("bg"));
        EXPECT_EQ(QLocale().language(), QLocale::Bulgarian);
        EXPECT_FALSE(localization.install(*qApp, QStringLiteral("xx")));
        EXPECT_TRUE(localization.install(*qApp, QStringLiteral("en")));
    }
    QLocale::setDefault(before);
}

TEST(Localization, TranslatesCoreNamesFromFileLevelHelpers)
{
    // Role, class and field names come from tr() helpers outside any class in core; lupdate files
    // them under "lr", which the helpers must find.
    const QLocale before;
    {
        Localization localization;
        ASSERT_TRUE(localization.install(*qApp, QStringLiteral("bg")));
        EXPECT_EQ(lr::displayName(lr::Role::Admin), QStringLiteral("Администратор"));
        EXPECT_EQ(lr::displayName(lr::ScoreClass::Nurture), QStringLiteral("Подгряване"));
        EXPECT_EQ(lr::displayName(lr::LeadField::FormType), QStringLiteral("Вид формуляр"));
        EXPECT_TRUE(localization.install(*qApp, QStringLiteral("en")));
        EXPECT_EQ(lr::displayName(lr::ScoreClass::Nurture), QStringLiteral("Nurture"));
    }
    QLocale::setDefault(before);
}
