#include "ui/dialogs/EnrichmentDialog.h"

#include "core/store/Store.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/FakeUserPicker.h"
#include "tests/ui/UiFixture.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

#include <gtest/gtest.h>

using namespace lr;
using lr::ui::EnrichmentDialog;

namespace {

class EnrichmentDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        org = test::createSalesOrg(*store);
        Company acme;
        acme.domain = QStringLiteral("acme.com");
        acme.createdAt = test::kTestStart;
        acmeId = store->companies.create(acme).value();
        csv = store.dir() + QStringLiteral("/firmographics.csv");
        QFile f(csv);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("Website;Company Name;Headcount;Industry;Annual Revenue;Country\n"
                "https://www.acme.com;Acme Inc;51-200;Software;$2.5M;United States\n"
                "globex.io;Globex;1.2k;Energy;1B;DE\n"
                "nonsense;Broken;many;;;\n");
    }

    std::unique_ptr<EnrichmentDialog> open(const User &user)
    {
        auto dialog = std::make_unique<EnrichmentDialog>(*store, clock, user);
        dialog->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(dialog.get()));
        return dialog;
    }
    template <typename T>
    static T *child(const QWidget &parent, const char *name)
    {
        return parent.findChild<T *>(QString::fromLatin1(name));
    }

    test::IsolatedSettings settings;
    test::TempStore store;
    ManualClock clock{test::kTestStart};
    test::SalesOrg org;
    Id acmeId = 0;
    QString csv;
};

} // namespace

TEST_F(EnrichmentDialogTest, ImportsAFirmographicsFileAndShowsTheSummaryAndBadRows)
{
    auto dialog = open(org.admin);
    auto *path = child<QLineEdit>(*dialog, "firmographicsPath");
    auto *import = child<QPushButton>(*dialog, "importButton");
    ASSERT_TRUE(path && import);
    EXPECT_FALSE(import->isEnabled());
    EXPECT_TRUE(child<QLabel>(*dialog, "firmographicsCount")->text().contains(QStringLiteral("empty")));

    QTest::keyClicks(path, csv);
    ASSERT_TRUE(import->isEnabled());
    QTest::mouseClick(import, Qt::LeftButton);

    auto *result = child<QLabel>(*dialog, "importResult");
    EXPECT_TRUE(result->isVisible());
    EXPECT_TRUE(result->text().contains(QStringLiteral("Rows read: 3"))) << result->text().toStdString();
    EXPECT_TRUE(result->text().contains(QStringLiteral("new: 2")));
    EXPECT_TRUE(result->text().contains(QStringLiteral("rejected: 1")));
    auto *errors = child<QPlainTextEdit>(*dialog, "importErrors");
    EXPECT_TRUE(errors->isVisible());
    EXPECT_TRUE(errors->toPlainText().startsWith(QStringLiteral("Row 3: "))) << errors->toPlainText().toStdString();
    EXPECT_TRUE(child<QLabel>(*dialog, "firmographicsCount")->text().endsWith(QStringLiteral(": 2")));
    EXPECT_EQ(store->firmographics.find(QStringLiteral("globex.io"))->employees, 1200);
    EXPECT_EQ(store->firmographics.find(QStringLiteral("acme.com"))->country, QStringLiteral("US"));

    if (const QString dir = qEnvironmentVariable("LEADRELAY_SCREENSHOT_DIR"); !dir.isEmpty())
        dialog->grab().save(dir + QStringLiteral("/enrichment-dialog.png"));
}

TEST_F(EnrichmentDialogTest, EnrichNowFillsTheEmptyCompanyFields)
{
    auto dialog = open(org.admin);
    QTest::keyClicks(child<QLineEdit>(*dialog, "firmographicsPath"), csv);
    QTest::mouseClick(child<QPushButton>(*dialog, "importButton"), Qt::LeftButton);
    EXPECT_TRUE(child<QLabel>(*dialog, "pendingLabel")->text().endsWith(QStringLiteral(": 1")));

    QTest::mouseClick(child<QPushButton>(*dialog, "enrichButton"), Qt::LeftButton);
    auto *result = child<QLabel>(*dialog, "enrichResult");
    EXPECT_TRUE(result->isVisible());
    EXPECT_TRUE(result->text().contains(QStringLiteral("enriched: 1"))) << result->text().toStdString();
    auto *progress = child<QProgressBar>(*dialog, "enrichProgress");
    EXPECT_EQ(progress->value(), progress->maximum());
    const Company acme = *store->companies.find(acmeId);
    EXPECT_EQ(acme.name, QStringLiteral("Acme Inc"));
    EXPECT_EQ(acme.employees, 126);
    EXPECT_EQ(acme.revenue, 2500000);
    EXPECT_EQ(acme.country, QStringLiteral("US"));
    EXPECT_TRUE(child<QLabel>(*dialog, "pendingLabel")->text().startsWith(QStringLiteral("No company")));
}

TEST_F(EnrichmentDialogTest, SavesValidHttpSettingsAndExplainsBadOnes)
{
    auto dialog = open(org.admin);
    auto *url = child<QLineEdit>(*dialog, "urlTemplate");
    auto *save = child<QPushButton>(*dialog, "saveHttpButton");
    auto *status = child<QLabel>(*dialog, "httpStatus");
    QTest::keyClicks(url, QStringLiteral("https://api.example.com/companies"));
    QTest::mouseClick(save, Qt::LeftButton);
    EXPECT_TRUE(status->isVisible());
    EXPECT_TRUE(status->text().contains(QStringLiteral("{domain}")));
    EXPECT_TRUE(store->settings.value(QStringLiteral("enrichment.http.url_template")).isEmpty());

    QTest::keyClicks(url, QStringLiteral("?domain={domain}"));
    auto *retries = child<QSpinBox>(*dialog, "retries");
    retries->selectAll();
    QTest::keyClicks(retries, QStringLiteral("4"));
    QTest::mouseClick(save, Qt::LeftButton);
    EXPECT_EQ(status->text(), QStringLiteral("Settings saved."));
    EXPECT_EQ(store->settings.value(QStringLiteral("enrichment.http.url_template")),
              QStringLiteral("https://api.example.com/companies?domain={domain}"));
    EXPECT_EQ(store->settings.value(QStringLiteral("enrichment.http.retries")), QStringLiteral("4"));

    // Reopened, the dialog shows what is stored.
    auto again = open(org.admin);
    EXPECT_EQ(child<QLineEdit>(*again, "urlTemplate")->text(),
              QStringLiteral("https://api.example.com/companies?domain={domain}"));
    EXPECT_EQ(child<QSpinBox>(*again, "retries")->value(), 4);
}

TEST_F(EnrichmentDialogTest, ShowsRepsAndManagersOnlyTheRefusal)
{
    for (const User &user : {org.anna, org.northManager}) {
        auto dialog = open(user);
        EXPECT_EQ(child<QLineEdit>(*dialog, "firmographicsPath"), nullptr);
        EXPECT_EQ(child<QPushButton>(*dialog, "enrichButton"), nullptr);
        auto *refusal = child<QLabel>(*dialog, "enrichmentRefusal");
        ASSERT_TRUE(refusal);
        EXPECT_TRUE(refusal->text().contains(QStringLiteral("administrator")));
    }
}

TEST_F(EnrichmentDialogTest, TheToolsMenuOffersEnrichmentToAdminsOnly)
{
    test::FakeUserPicker picker;
    ui::MainWindow window(*store, clock, picker, org.admin);
    auto *action = window.findChild<QAction *>(QStringLiteral("enrichmentAction"));
    ASSERT_TRUE(action);
    EXPECT_TRUE(action->isVisible());
    window.setUser(org.anna);
    EXPECT_FALSE(action->isVisible());
    window.setUser(org.northManager);
    EXPECT_FALSE(action->isVisible());
    window.setUser(org.admin);
    EXPECT_TRUE(action->isVisible());

    action->trigger();
    auto *dialog = window.findChild<EnrichmentDialog *>();
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isVisible());
    dialog->reject();
}
