#include "ui/import/ImportWizard.h"

#include "core/store/Store.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/FakeFileChooser.h"
#include "tests/ui/UiFixture.h"
#include "ui/import/ImportFilePage.h"
#include "ui/import/ImportMappingPage.h"
#include "ui/import/ImportSummaryPage.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace lr;
using lr::ui::ImportWizard;

namespace {

class DealImportWizardTest : public ::testing::Test
{
protected:
    void SetUp() override { org = test::createSalesOrg(*store); }

    test::IsolatedSettings settings;
    test::TempStore store;
    ManualClock clock{test::kTestStart};
    test::SalesOrg org;
    test::FakeFileChooser files;
};

} // namespace

TEST_F(DealImportWizardTest, ImportsAHubSpotDealExportWithAStageMapAndSaysWhatBecameHistory)
{
    const QString path = store.dir() + QStringLiteral("/hubspot-deals.csv");
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("\xEF\xBB\xBF"
               "Record ID;Deal Name;Deal Stage;Amount;Close Date;Deal owner;Associated Company;Colour\r\n"
               "11;Firma – 20 seats;Warm;12500;2027-01-15;Nobody New;Firma GmbH;blue\r\n"
               "12;Kunde – renewal;closedlost;4000;11/02/2026;Nobody New;Kunde AG;red\r\n"
               "13;Broken;Haggling;100;2027-01-15;;Broken SA;green\r\n");
    file.close();

    files.openPath = path;
    ImportWizard wizard(store.path(), clock, org.northManager, files);
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    QComboBox *kind = wizard.filePage()->kindCombo();
    kind->setCurrentIndex(kind->findData(static_cast<int>(ImportWizard::Kind::Deals)));
    QTest::mouseClick(wizard.filePage()->browseButton(), Qt::LeftButton);
    EXPECT_EQ(wizard.windowTitle(), QStringLiteral("Import Deals"));
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);

    auto *mapping = wizard.mappingPage();
    ASSERT_EQ(wizard.currentId(), ImportWizard::MappingPage);
    EXPECT_EQ(mapping->fieldCombo(0)->currentData().toString(), QStringLiteral("external_id"));
    EXPECT_EQ(mapping->fieldCombo(1)->currentData().toString(), QStringLiteral("title"));
    EXPECT_EQ(mapping->fieldCombo(3)->currentData().toString(), QStringLiteral("value"));
    EXPECT_EQ(mapping->fieldCombo(4)->currentData().toString(), QStringLiteral("expected_close"));
    EXPECT_EQ(mapping->fieldCombo(7)->currentData().toString(), QString());
    EXPECT_FALSE(mapping->sourceEdit()->isVisible());
    ASSERT_TRUE(mapping->stageMapEdit()->isVisible());
    // Without a name, company or id column there is nothing to import.
    for (int c : {0, 1, 6})
        mapping->fieldCombo(c)->setCurrentIndex(0);
    EXPECT_FALSE(wizard.button(QWizard::CommitButton)->isEnabled());
    mapping->fieldCombo(1)->setCurrentIndex(mapping->fieldCombo(1)->findData(QStringLiteral("title")));
    mapping->fieldCombo(0)->setCurrentIndex(mapping->fieldCombo(0)->findData(QStringLiteral("external_id")));
    mapping->fieldCombo(6)->setCurrentIndex(mapping->fieldCombo(6)->findData(QStringLiteral("company")));
    QTest::keyClicks(mapping->stageMapEdit(), QStringLiteral("Warm=Connected"));
    QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);

    ASSERT_TRUE(test::waitFor([&] { return wizard.currentId() == ImportWizard::SummaryPage; }, 20000));
    const QString text = wizard.summaryPage()->summaryLabel()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("deals created: 2"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("history"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Colour"))) << text.toStdString();
    ASSERT_EQ(wizard.summaryPage()->rejectedTable()->rowCount(), 1);
    EXPECT_TRUE(wizard.summaryPage()->rejectedTable()->item(0, 1)->text().contains(QStringLiteral("Haggling")));

    const auto firma = store->deals.findByExternalId(1, QStringLiteral("11"));
    ASSERT_TRUE(firma);
    EXPECT_EQ(store->pipelines.stage(firma->stageId)->name, QStringLiteral("Connected"));
    const auto owner = store->users.find(firma->ownerId);
    ASSERT_TRUE(owner);
    EXPECT_EQ(owner->teamId, org.northManager.teamId) << "owners a manager imports join the manager's team";
}
