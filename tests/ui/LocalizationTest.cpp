#include "ui/Localization.h"

#include "core/common/DayPhrases.h"
#include "core/demo/DemoDataGenerator.h"
#include "core/domain/Enums.h"
#include "core/intake/IntakeProcessor.h"
#include "core/intake/QuarantineService.h"
#include "core/pipeline/PipelineEditor.h"
#include "core/routing/LeadDispatcher.h"
#include "core/routing/Router.h"
#include "core/routing/RoutingSettings.h"
#include "core/rules/LeadField.h"
#include "core/scoring/Qualification.h"
#include "core/store/NotificationRepository.h"
#include "core/timers/TimerService.h"

#include "tests/core/RoutingFixture.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/FakeUserPicker.h"
#include "tests/ui/UiFixture.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/StageEditorDialog.h"
#include "ui/pages/LeadListPage.h"

#include <QApplication>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

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

namespace {

class RoutedInOneLanguage : public lr::test::RoutingFixture
{
protected:
    void SetUp() override
    {
        RoutingFixture::SetUp();
        ASSERT_TRUE(m_polish.load(Localization::catalogPath(QStringLiteral("pl"))));
        ASSERT_TRUE(m_russian.load(Localization::catalogPath(QStringLiteral("ru"))));
    }
    QString notificationOf(lr::Id user, const QString &kind)
    {
        for (const lr::Notification &n : lr::NotificationRepository(store().database()).forUser(user, false, 100)) {
            if (n.kind == kind)
                return n.text;
        }
        return {};
    }
    /// In the language installed now.
    static QString tr_(const char *context, const char *source, int n = -1)
    {
        return QCoreApplication::translate(context, source, nullptr, n);
    }
    QTranslator m_polish;
    QTranslator m_russian;
};

} // namespace

// A server that routes in Polish hands leads to reps who read Russian: the task, the notification
// and the reason of each owner change read in Russian, because the store keeps them in no language.
TEST_F(RoutedInOneLanguage, TasksNotificationsAndRoutingReasonsReadInTheReadersLanguage)
{
    lr::TimerService timers(store(), m_clock);
    lr::LeadDispatcher::registerTimerHandlers(timers, store(), m_clock);
    const lr::Id id = addLead(QStringLiteral("hot@firma.de"), QStringLiteral("DE"), QStringLiteral("de"), 120, {},
                              lr::LeadSource::WebForm, QStringLiteral("sql"));

    QCoreApplication::installTranslator(&m_polish);
    ASSERT_TRUE(lr::LeadDispatcher(store(), m_clock).dispatchNew(id));
    const QString polishTitle = store().tasks.forLead(lr::AccessScope::system(), id).first().title;
    EXPECT_EQ(polishTitle, tr_("lr::LeadDispatcher", "Call %1 – %2")
                               .arg(QStringLiteral("hot Test"), tr_("lr::SlaPolicySet", "hot inbound")));
    m_clock.set(lr::test::kTestStart + 2 * lr::kMinuteMs + 30 * lr::kSecondMs);
    ASSERT_EQ(timers.tick().fired, 1); // the nudge
    m_clock.set(lr::test::kTestStart + 7 * lr::kMinuteMs + 30 * lr::kSecondMs);
    timers.tick(); // the breach alert and the reassignment to Greta
    const QString polishNudge = notificationOf(m_hans, QStringLiteral("sla_nudge"));
    QCoreApplication::removeTranslator(&m_polish);
    ASSERT_EQ(lead(id).ownerId, m_greta);

    QCoreApplication::installTranslator(&m_russian);
    const auto removeRussian = qScopeGuard([&] { QCoreApplication::removeTranslator(&m_russian); });
    // The first task, moved with the lead: the policy's label is translated with the rest.
    QStringList titles;
    for (const lr::Task &t : store().tasks.forLead(lr::AccessScope::system(), id))
        titles.append(t.title);
    const QString russianTitle = tr_("lr::LeadDispatcher", "Call %1 – %2")
                                     .arg(QStringLiteral("hot Test"), tr_("lr::SlaPolicySet", "hot inbound"));
    EXPECT_NE(russianTitle, polishTitle);
    EXPECT_NE(russianTitle, QStringLiteral("Call hot Test – hot inbound"));
    EXPECT_TRUE(titles.contains(russianTitle)) << titles.join(QLatin1Char('|')).toStdString();
    // The nudge, with its plural.
    const QString russianNudge = tr_("lr::LeadDispatcher", "%1 is still waiting: %2 left on the SLA – call now.")
                                     .arg(QStringLiteral("hot Test"), tr_("lr::LeadDispatcher", "%n min", 3));
    EXPECT_NE(russianNudge, polishNudge);
    EXPECT_EQ(notificationOf(m_hans, QStringLiteral("sla_nudge")), russianNudge);
    EXPECT_EQ(notificationOf(m_mia, QStringLiteral("sla_reassigned")),
              tr_("lr::LeadDispatcher", "Incident: %1 was reassigned to %2 after an SLA breach.")
                  .arg(QStringLiteral("hot Test"), QStringLiteral("Greta Vogel")));
    // The reassignment's reason: its cause and the router's trail.
    const QList<lr::Assignment> history =
        lr::RoutingRepository(store().database()).forLead(lr::AccessScope::system(), id);
    ASSERT_EQ(history.size(), 2);
    const QString trail =
        history.first().cause == lr::AssignmentCause::SlaBreach ? history.first().reason : history.last().reason;
    EXPECT_TRUE(trail.startsWith(tr_("lr::RoutingRepository", "reassigned for SLA breach"))) << trail.toStdString();
    EXPECT_TRUE(trail.contains(tr_("lr::RoutingRuleSet", "round robin"))) << trail.toStdString();
    // The shipped rules' names too, though the rules were built while the app spoke Polish.
    EXPECT_TRUE(trail.contains(
        tr_("lr::RoutingRuleSet", "Territory %1 (%2)").arg(QStringLiteral("DACH"), QStringLiteral("DE, AT, CH"))))
        << trail.toStdString();
    EXPECT_TRUE(trail.contains(tr_("lr::RoutingRuleSet", "Named account"))) << trail.toStdString();
    EXPECT_NE(tr_("lr::RoutingRuleSet", "round robin"), QStringLiteral("round robin"));
}

// An admin saves the shipped rules while the app speaks Polish; the store keeps the territory
// rule's name in English with its team, so a Russian admin and an English server read it in
// their own language, and a name the admin wrote stays as written.
TEST_F(RoutedInOneLanguage, ATerritoryRuleSavedInPolishReadsInEveryLanguage)
{
    lr::AccessScope admin;
    admin.role = lr::Role::Admin;
    const auto territoryName = [](const lr::RoutingRuleSet &set) {
        for (const lr::RoutingRule &r : set.rules) {
            if (r.key.startsWith(QLatin1String("territory-")))
                return r.name;
        }
        return QString();
    };
    QCoreApplication::installTranslator(&m_polish);
    lr::RoutingRuleSet rules = lr::Router(store(), m_clock).activeRules();
    const QString polish = territoryName(rules);
    ASSERT_TRUE(lr::RoutingSettings(store(), m_clock).saveRouting(admin, rules));
    QCoreApplication::removeTranslator(&m_polish);
    EXPECT_NE(polish, QStringLiteral("Territory DACH (DE, AT, CH)"));

    const auto stored = store().rules.active(lr::Router::kRuleKind);
    ASSERT_TRUE(stored);
    const QJsonDocument document(stored->document);
    EXPECT_TRUE(document.toJson().contains("\"Territory DACH (DE, AT, CH)\"")) << document.toJson().toStdString();
    EXPECT_EQ(territoryName(lr::Router(store(), m_clock).activeRules()), QStringLiteral("Territory DACH (DE, AT, CH)"));

    QCoreApplication::installTranslator(&m_russian);
    const auto removeRussian = qScopeGuard([&] { QCoreApplication::removeTranslator(&m_russian); });
    rules = lr::Router(store(), m_clock).activeRules();
    EXPECT_EQ(territoryName(rules),
              tr_("lr::RoutingRuleSet", "Territory %1 (%2)").arg(QStringLiteral("DACH"), QStringLiteral("DE, AT, CH")));
    // Renamed by the admin: kept as written.
    for (lr::RoutingRule &r : rules.rules) {
        if (r.key.startsWith(QLatin1String("territory-")))
            r.name = QStringLiteral("DACH – Messe");
    }
    ASSERT_TRUE(lr::RoutingSettings(store(), m_clock).saveRouting(admin, rules));
    EXPECT_EQ(territoryName(lr::Router(store(), m_clock).activeRules()), QStringLiteral("DACH – Messe"));
}

// The shipped pipeline is stored in English; a Polish manager reads Polish stage names, and the
// stage editor keeps the stored names of stages left as they read.
TEST(Localization, ShippedStagesReadInTheUsersLanguageAndKeepTheirStoredNames)
{
    lr::test::TempStore store;
    const lr::test::SalesOrg org = lr::test::createSalesOrg(*store);
    QTranslator polish;
    ASSERT_TRUE(polish.load(Localization::catalogPath(QStringLiteral("pl"))));
    QCoreApplication::installTranslator(&polish);
    const auto remove = qScopeGuard([&] { QCoreApplication::removeTranslator(&polish); });

    const QString won = lr::PipelineEditor::stageLabel(QStringLiteral("Closed Won"));
    EXPECT_EQ(won, QCoreApplication::translate("lr::PipelineEditor", "Closed Won"));
    EXPECT_NE(won, QStringLiteral("Closed Won"));
    EXPECT_EQ(lr::PipelineEditor::stageLabel(QStringLiteral("Wdrożenie u klienta")),
              QStringLiteral("Wdrożenie u klienta"));

    const lr::Id pipelineId = store->pipelines.all().first().id;
    lr::ui::StageEditorDialog dialog(*store, org.admin, pipelineId);
    QTableWidget *table = dialog.table();
    ASSERT_EQ(table->rowCount(), 9);
    EXPECT_EQ(table->item(6, lr::ui::StageEditorDialog::NameColumn)->text(), won);
    table->item(0, lr::ui::StageEditorDialog::NameColumn)->setText(QStringLiteral("Nowe zapytanie")); // renamed
    const QList<lr::Stage> edited = dialog.stages();
    EXPECT_EQ(edited.at(0).name, QStringLiteral("Nowe zapytanie"));
    EXPECT_EQ(edited.at(6).name, QStringLiteral("Closed Won")) << "left as it read: stored name kept";
}

TEST(Localization, TwoNumbersOfDaysInOneSentenceEachTakeTheirOwnPluralForm)
{
    // A stored task title with two numbers of days, as the ghost buster writes it.
    const auto breakUp = [](int silent, int grace) {
        return lr::Words("lr::PipelineTimers",
                         "Send \"%1\" a break-up email: no answer %2. It closes as lost %3 unless they reply.",
                         {QStringLiteral("Acme"), lr::DayPhrases::during(silent), lr::DayPhrases::in(grace)})
            .toStored();
    };
    const auto read = [](const QString &stored) { return lr::Words::fromStored(stored).text(); };
    EXPECT_EQ(read(breakUp(1, 5)),
              QStringLiteral("Send \"Acme\" a break-up email: no answer for 1 day. It closes as lost in 5 days unless "
                             "they reply."));
    EXPECT_EQ(lr::DayPhrases::last(21).text(), QStringLiteral("last 21 days"));

    // A title stored by an earlier version, with the days as plain numbers, still reads translated.
    const QString earlier = lr::Words("lr::PipelineTimers",
                                      "Send \"%1\" a break-up email: no answer for %2 days. It closes as lost in %3 "
                                      "days unless they reply.",
                                      {QStringLiteral("Acme"), QStringLiteral("30"), QStringLiteral("3")})
                                .toStored();

    QTranslator russian;
    ASSERT_TRUE(russian.load(Localization::catalogPath(QStringLiteral("ru"))));
    QCoreApplication::installTranslator(&russian);
    const QString ru1 = read(breakUp(1, 5));
    const QString ru2 = read(breakUp(22, 21));
    const QString ruEarlier = read(earlier);
    QCoreApplication::removeTranslator(&russian);
    EXPECT_TRUE(ruEarlier.contains(QStringLiteral("прощальное письмо"))) << ruEarlier.toStdString();
    EXPECT_TRUE(ru1.contains(QStringLiteral("нет ответа 1 день.")) && ru1.contains(QStringLiteral("через 5 дней")))
        << ru1.toStdString();
    EXPECT_TRUE(ru2.contains(QStringLiteral("нет ответа 22 дня.")) && ru2.contains(QStringLiteral("через 21 день")))
        << ru2.toStdString();

    QTranslator polish;
    ASSERT_TRUE(polish.load(Localization::catalogPath(QStringLiteral("pl"))));
    QCoreApplication::installTranslator(&polish);
    const QString pl = read(breakUp(1, 3));
    const QString plLast = lr::DayPhrases::inTheLast(30).text();
    QCoreApplication::removeTranslator(&polish);
    EXPECT_TRUE(pl.contains(QStringLiteral("brak odpowiedzi od 1 dnia.")) && pl.contains(QStringLiteral("za 3 dni.")))
        << pl.toStdString();
    EXPECT_EQ(plLast, QStringLiteral("w ciągu ostatnich 30 dni"));
}

TEST(Localization, TheWindowFitsALaptopScreenInEveryLanguageWithALeadOpen)
{
    // Labels grow by a third in Russian and Bulgarian: every page, the lead list with its filters
    // and open details among them, must still give way to a 1,280 px wide screen.
    lr::test::AppLook look;
    lr::test::TempStore store;
    lr::ManualClock clock(lr::test::kTestStart);
    const lr::test::SalesOrg org = lr::test::createSalesOrg(*store);
    lr::test::createLeads(*store, org, 20);
    for (const char *code : {"en", "ru", "pl", "bg"}) {
        const QString language = QString::fromLatin1(code);
        QTranslator catalogue;
        if (language != QLatin1String("en")) {
            ASSERT_TRUE(catalogue.load(Localization::catalogPath(language)));
            QCoreApplication::installTranslator(&catalogue);
        }
        const auto removeCatalogue = qScopeGuard([&] { QCoreApplication::removeTranslator(&catalogue); });
        lr::test::FakeUserPicker picker;
        lr::ui::MainWindow window(*store, clock, picker, org.admin);
        window.resize(1280, 800);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        QTableView *list = window.leadListPage()->table();
        list->setCurrentIndex(list->model()->index(0, 0));
        QCoreApplication::processEvents();
        EXPECT_LE(window.minimumSizeHint().width(), 1280) << language.toStdString();
        EXPECT_EQ(window.width(), 1280) << language.toStdString();
    }
}

// Demo data made while the app speaks Polish reads as a Polish team would have typed it: next
// steps, notes, lost reasons and time off; the routing reasons stay words, read in any language.
TEST(Localization, DemoDataIsWrittenInTheLanguageTheAppSpeaks)
{
    lr::test::TempStore store;
    lr::ManualClock clock(lr::test::kTestStart);
    QTranslator polish;
    ASSERT_TRUE(polish.load(Localization::catalogPath(QStringLiteral("pl"))));
    QCoreApplication::installTranslator(&polish);
    const auto removePolish = qScopeGuard([&] { QCoreApplication::removeTranslator(&polish); });
    lr::DemoOptions options;
    options.leads = 300;
    const auto demo = lr::DemoDataGenerator(*store, clock).generate(options);
    ASSERT_TRUE(demo.ok()) << demo.error().toStdString();
    const QStringList polishSteps{
        QStringLiteral("Zadzwonić i zakwalifikować"), QStringLiteral("Druga próba telefonu"),
        QStringLiteral("Umówić rozmowę wstępną"),     QStringLiteral("Przeprowadzić rozmowę wstępną"),
        QStringLiteral("Dopytać o ofertę"),           QStringLiteral("Uzgodnić warunki i podpisać")};
    int open = 0;
    for (const lr::Deal &d : store->deals.list(lr::AccessScope::system())) {
        if (d.nextStep.isEmpty())
            continue;
        ++open;
        EXPECT_TRUE(polishSteps.contains(d.nextStep)) << d.nextStep.toStdString();
    }
    EXPECT_GT(open, 0);
    const auto hans = store->users.findByEmail(QStringLiteral("hans.becker@leadrelay.example"));
    ASSERT_TRUE(hans);
    ASSERT_FALSE(hans->absences.isEmpty());
    EXPECT_EQ(hans->absences.first().reason, QStringLiteral("Urlop"));
}
