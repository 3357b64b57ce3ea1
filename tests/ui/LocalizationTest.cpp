#include "ui/Localization.h"

#include "core/domain/Enums.h"
#include "core/intake/IntakeProcessor.h"
#include "core/intake/QuarantineService.h"
#include "core/rules/LeadField.h"
#include "core/scoring/Qualification.h"

#include "tests/support/TestSupport.h"

#include <QApplication>
#include <QScopeGuard>

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

// A Polish admin's import is reviewed by a Russian colleague: the stored reason reads in Russian.
TEST(Localization, AQuarantineReasonReadsInTheLanguageOfWhoeverReviewsIt)
{
    lr::test::TempStore store;
    lr::ManualClock clock(lr::test::kTestStart);
    lr::IntakeProcessor intake(*store, clock);
    QTranslator polish;
    QTranslator russian;
    ASSERT_TRUE(polish.load(Localization::catalogPath(QStringLiteral("pl"))));
    ASSERT_TRUE(russian.load(Localization::catalogPath(QStringLiteral("ru"))));
    const char *disposable = "%1 is a disposable (throwaway) mail domain.";

    QCoreApplication::installTranslator(&polish);
    const lr::IntakeOutcome out =
        intake.submit(lr::JournalEntry::Channel::Csv, QStringLiteral("targi.csv"),
                      QJsonObject{{QStringLiteral("email"), QStringLiteral("anna@mailinator.com")}});
    const QString polishReason =
        QCoreApplication::translate("lr::EmailValidator", disposable).arg(QStringLiteral("mailinator.com"));
    QCoreApplication::removeTranslator(&polish);
    ASSERT_EQ(out.status, lr::IntakeOutcome::Status::Quarantined);
    EXPECT_EQ(out.reason, polishReason); // the importer hears it in Polish

    QCoreApplication::installTranslator(&russian);
    const auto removeRussian = qScopeGuard([&] { QCoreApplication::removeTranslator(&russian); });
    lr::AccessScope admin;
    admin.role = lr::Role::Admin;
    const auto rows = lr::QuarantineService(*store, clock).page(admin, {}, {}, 0, 10);
    ASSERT_TRUE(rows && rows->size() == 1);
    const QString russianReason =
        QCoreApplication::translate("lr::EmailValidator", disposable).arg(QStringLiteral("mailinator.com"));
    EXPECT_NE(russianReason, polishReason);
    EXPECT_NE(russianReason, QString::fromLatin1(disposable).arg(QStringLiteral("mailinator.com")));
    EXPECT_EQ(rows->first().reason, russianReason);
    EXPECT_EQ(store->journal.find(out.journalId)->reason, russianReason);
    // The search finds the words on the screen, in capitals too.
    lr::QuarantineFilter search;
    search.text = russianReason.toUpper();
    EXPECT_EQ(lr::QuarantineService(*store, clock).count(admin, search).value(), 1);
    search.text = polishReason;
    EXPECT_EQ(lr::QuarantineService(*store, clock).count(admin, search).value(), 0);
}
