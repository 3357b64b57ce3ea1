#include "ui/import/ImportWizard.h"

#include "core/intake/CsvReader.h"
#include "core/store/Store.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/FakeFileChooser.h"
#include "tests/ui/FakeUserPicker.h"
#include "tests/ui/UiFixture.h"
#include "ui/MainWindow.h"
#include "ui/import/ImportFilePage.h"
#include "ui/import/ImportMappingPage.h"
#include "ui/import/ImportProgressPage.h"
#include "ui/import/ImportSummaryPage.h"
#include "ui/import/IntakeActions.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

#include <atomic>

using namespace lr;
using lr::ui::ImportWizard;

namespace {

class ImportWizardTest : public ::testing::Test
{
protected:
    void SetUp() override { org = test::createSalesOrg(*store); }

    QString writeCsv(const QString &name, const QByteArray &bytes)
    {
        const QString path = store.dir() + QLatin1Char('/') + name;
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    std::unique_ptr<ImportWizard> openWizard(const User &user, const QString &file)
    {
        files.openPath = file;
        auto wizard = std::make_unique<ImportWizard>(store.path(), clock, user, files);
        wizard->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(wizard.get()));
        QTest::mouseClick(wizard->filePage()->browseButton(), Qt::LeftButton);
        return wizard;
    }

    static void click(ImportWizard &wizard, QWizard::WizardButton which)
    {
        QAbstractButton *button = wizard.button(which);
        ASSERT_TRUE(button->isVisible() && button->isEnabled()) << "wizard button " << which << " not clickable";
        QTest::mouseClick(button, Qt::LeftButton);
    }

    qint64 leads() { return store->leads.count(AccessScope::system(), {}); }

    test::IsolatedSettings settings;
    test::TempStore store;
    ManualClock clock{test::kTestStart};
    test::SalesOrg org;
    test::FakeFileChooser files;
};

// European Excel: BOM, semicolons, CRLF, a quoted newline, a junk row, the same person twice, a
// column nobody maps.
const QByteArray kMessyCsv = "\xEF\xBB\xBF"
                             "Vorname;Nachname;E-Mail;Firma;Lieblingsfarbe\r\n"
                             "anna;nowak;anna@firma.pl;Firma;blau\r\n"
                             "Junk;Row;test@test.com;;rot\r\n"
                             "Anna;Nowak;ANNA@firma.pl;\"Firma\nGmbH\";grün\r\n"
                             "eva;braun;eva@braun-bau.de;Braun Bau;gelb\r\n";

} // namespace

TEST_F(ImportWizardTest, WalksAMessyFileToASummaryAndSavesTheRejectedRows)
{
    const QString path = writeCsv(QStringLiteral("messe.csv"), kMessyCsv);
    auto wizard = openWizard(org.northManager, path);

    // Preview: parsed as the importer reads it.
    auto *filePage = wizard->filePage();
    EXPECT_EQ(filePage->pathEdit()->text(), QDir::toNativeSeparators(path));
    QTableWidget *preview = filePage->previewTable();
    ASSERT_EQ(preview->columnCount(), 5);
    ASSERT_EQ(preview->rowCount(), 4);
    EXPECT_EQ(preview->horizontalHeaderItem(0)->text(), QStringLiteral("Vorname")); // no BOM in the header
    EXPECT_TRUE(preview->item(2, 3)->text().startsWith(QStringLiteral("Firma")));
    EXPECT_EQ(preview->item(2, 3)->toolTip(), QStringLiteral("Firma\nGmbH"));
    EXPECT_TRUE(filePage->infoLabel()->text().contains(QStringLiteral("Semicolon")));
    EXPECT_TRUE(filePage->infoLabel()->text().contains(QStringLiteral("byte order mark")));
    click(*wizard, QWizard::NextButton);

    // Mapping: recognised columns preselected, the email required inline.
    auto *mapping = wizard->mappingPage();
    ASSERT_EQ(wizard->currentId(), ImportWizard::MappingPage);
    EXPECT_EQ(mapping->fieldCombo(0)->currentData().toString(), QStringLiteral("first_name"));
    EXPECT_EQ(mapping->fieldCombo(2)->currentData().toString(), QStringLiteral("email"));
    EXPECT_EQ(mapping->fieldCombo(4)->currentData().toString(), QString());
    EXPECT_EQ(mapping->fieldCombo(4)->currentText(), QStringLiteral("Do not import"));
    EXPECT_TRUE(mapping->statusLabel()->text().contains(QStringLiteral("E-Mail")));
    mapping->fieldCombo(2)->setCurrentIndex(0);
    EXPECT_TRUE(mapping->statusLabel()->text().contains(QStringLiteral("Email is required")));
    EXPECT_FALSE(wizard->button(QWizard::CommitButton)->isEnabled());
    mapping->fieldCombo(2)->setCurrentIndex(mapping->fieldCombo(2)->findData(QStringLiteral("email")));
    mapping->fieldCombo(1)->setCurrentIndex(mapping->fieldCombo(1)->findData(QStringLiteral("first_name")));
    EXPECT_TRUE(mapping->statusLabel()->text().contains(QStringLiteral("more than one column")));
    EXPECT_FALSE(wizard->button(QWizard::CommitButton)->isEnabled());
    mapping->fieldCombo(1)->setCurrentIndex(mapping->fieldCombo(1)->findData(QStringLiteral("last_name")));
    EXPECT_EQ(mapping->sourceEdit()->text(), QStringLiteral("messe.csv"));
    mapping->sourceEdit()->clear();
    QTest::keyClicks(mapping->sourceEdit(), QStringLiteral("messe-2026"));
    click(*wizard, QWizard::CommitButton);

    // Progress, then the summary by itself.
    ASSERT_TRUE(test::waitFor([&] { return wizard->currentId() == ImportWizard::SummaryPage; }, 20000));
    auto *summary = wizard->summaryPage();
    const QString text = summary->summaryLabel()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("Import finished"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Rows: 4 · created: 2 · merged into existing leads: 1 · quarantined: 1")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Lieblingsfarbe")));
    ASSERT_EQ(summary->rejectedTable()->rowCount(), 1);
    EXPECT_EQ(summary->rejectedTable()->item(0, 0)->text(), QStringLiteral("2"));
    EXPECT_TRUE(summary->rejectedTable()->item(0, 1)->text().contains(QStringLiteral("test@test.com")));
    EXPECT_EQ(leads(), 2);
    const Lead anna =
        *store->leads.find(AccessScope::system(), store->leads.findIdByEmailKey(QStringLiteral("anna@firma.pl")));
    EXPECT_EQ(anna.fullName(), QStringLiteral("Anna Nowak"));
    EXPECT_EQ(anna.formId, QStringLiteral("messe-2026"));

    // Rejected rows: the original row plus its reason, next to the source by default.
    files.savePath = store.dir() + QStringLiteral("/fix-me.csv");
    QTest::mouseClick(summary->saveButton(), Qt::LeftButton);
    EXPECT_EQ(files.suggested, store.dir() + QStringLiteral("/messe-rejected.csv"));
    EXPECT_TRUE(summary->saveStatusLabel()->text().contains(QStringLiteral("Saved 1 row")))
        << summary->saveStatusLabel()->text().toStdString();
    QFile saved(files.savePath);
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    CsvReader reader(&saved);
    QStringList header;
    QStringList row;
    ASSERT_TRUE(reader.readRow(header));
    ASSERT_TRUE(reader.readRow(row));
    EXPECT_EQ(row.first(), QStringLiteral("Junk"));
    EXPECT_EQ(row.at(2), QStringLiteral("test@test.com"));
    EXPECT_TRUE(row.last().contains(QStringLiteral("test@test.com")));
    EXPECT_FALSE(reader.readRow(row)); // only the rejected row
    EXPECT_EQ(header.last(), QStringLiteral("Reason"));
    EXPECT_EQ(header.first(), QStringLiteral("Vorname"));
    EXPECT_EQ(header.size(), 6);
}

TEST_F(ImportWizardTest, StopKeepsWhatWasImportedAndSaysSo)
{
    QByteArray csv = "email,first name\n";
    const int total = 2 * CsvLeadImporter::kBatchRows + 500; // several batches: Stop lands between two
    for (int i = 0; i < total; ++i)
        csv += QStringLiteral("lead%1@firma%2.pl,Lead%1\n").arg(i).arg(i % 50).toUtf8();
    auto wizard = openWizard(org.admin, writeCsv(QStringLiteral("big.csv"), csv));

    // Pause the worker at its first progress report until Stop has been clicked.
    QSemaphore reached;
    QSemaphore proceed;
    std::atomic_bool first{true};
    wizard->setProgressHook([&](const ImportSummary &) {
        if (first.exchange(false)) {
            reached.release();
            proceed.acquire();
        }
    });
    click(*wizard, QWizard::NextButton);
    click(*wizard, QWizard::CommitButton);
    ASSERT_EQ(wizard->currentId(), ImportWizard::ProgressPage);
    ASSERT_TRUE(test::waitFor([&] { return reached.available() > 0; }, 20000));
    EXPECT_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(wizard->progressPage()->stopButton(), Qt::LeftButton);
    EXPECT_FALSE(wizard->progressPage()->stopButton()->isEnabled());
    proceed.release();

    ASSERT_TRUE(test::waitFor([&] { return wizard->currentId() == ImportWizard::SummaryPage; }, 20000));
    const auto &result = wizard->result();
    ASSERT_TRUE(result && result->ok());
    const ImportSummary &summary = result->value();
    EXPECT_TRUE(summary.cancelled);
    EXPECT_GT(summary.rows, 0);
    EXPECT_LT(summary.rows, total);
    EXPECT_EQ(leads(), summary.created); // what was read before Stop is kept
    const QString text = wizard->summaryPage()->summaryLabel()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("Import stopped"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("were imported and are kept")));
}

TEST_F(ImportWizardTest, ABadFileIsExplainedAndCannotGoOn)
{
    auto wizard = openWizard(org.admin, store.dir() + QStringLiteral("/missing.csv"));
    EXPECT_TRUE(wizard->filePage()->infoLabel()->text().contains(QStringLiteral("missing.csv")));
    EXPECT_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
    // A workbook picked instead of its CSV: what it is and what to do, and no way on.
    wizard->filePage()->pathEdit()->setText(
        writeCsv(QStringLiteral("leads.xlsx"), QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) + "[Content_Types].xml"));
    EXPECT_TRUE(wizard->filePage()->infoLabel()->text().contains(QStringLiteral("CSV UTF-8")))
        << wizard->filePage()->infoLabel()->text().toStdString();
    EXPECT_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
    // Excel's Unicode text is read, and said to be.
    QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    wizard->filePage()->pathEdit()->setText(
        writeCsv(QStringLiteral("leads.txt"), utf16.encode(QStringLiteral("E-mail\tImię\r\nanna@firma.pl\tAnna\r\n"))));
    EXPECT_TRUE(wizard->filePage()->infoLabel()->text().contains(QStringLiteral("UTF-16")))
        << wizard->filePage()->infoLabel()->text().toStdString();
    EXPECT_TRUE(wizard->button(QWizard::NextButton)->isEnabled());
    // A file without an email column: the mapping page says what is missing.
    wizard->filePage()->pathEdit()->setText(writeCsv(QStringLiteral("names.csv"), "Name;Company\nAnna;Firma\n"));
    click(*wizard, QWizard::NextButton);
    EXPECT_TRUE(wizard->mappingPage()->statusLabel()->text().contains(QStringLiteral("Email is required")));
    EXPECT_FALSE(wizard->button(QWizard::CommitButton)->isEnabled());
}

TEST_F(ImportWizardTest, ARepCannotImportAndCoreRefusesEvenIfAsked)
{
    test::FakeUserPicker picker;
    ui::MainWindow window(*store, clock, picker, org.anna);
    window.show();
    QAction *import = window.intakeActions()->importAction();
    EXPECT_FALSE(import->isVisible());
    EXPECT_FALSE(import->isEnabled());
    window.intakeActions()->importLeads(); // e.g. a stale shortcut: refused with the core's reason
    EXPECT_EQ(window.findChild<ImportWizard *>(), nullptr);

    // Even a wizard opened for a rep imports nothing: the worker's LeadImportService refuses.
    auto wizard = openWizard(org.anna, writeCsv(QStringLiteral("leads.csv"), "email\nanna@firma.pl\n"));
    click(*wizard, QWizard::NextButton);
    click(*wizard, QWizard::CommitButton);
    ASSERT_TRUE(test::waitFor([&] { return wizard->currentId() == ImportWizard::SummaryPage; }, 20000));
    EXPECT_TRUE(wizard->summaryPage()->summaryLabel()->text().contains(QStringLiteral("managers and administrators")));
    EXPECT_EQ(leads(), 0);

    // A manager gets the action and the list refreshes after an import.
    window.setUser(org.northManager);
    EXPECT_TRUE(import->isVisible());
    EXPECT_TRUE(import->isEnabled());
}

// A row imported with something left out says so on the summary, with its row number.
TEST_F(ImportWizardTest, TheSummarySaysWhatImportedRowsLeftOut)
{
    const QString path = writeCsv(QStringLiteral("expo.csv"), "Email,First Name,Phone,Country\n"
                                                              "ola@firma.pl,Ola,12,PL\n"
                                                              "jan@firma.pl,Jan,601 234 567,Narnia\n"
                                                              "eva@firma.pl,Eva,601 234 568,Poland\n");
    auto wizard = openWizard(org.northManager, path);
    const QString shots = qEnvironmentVariable("LEADRELAY_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        wizard->grab().save(shots + QStringLiteral("/leadrelay-import-preview.png"));
    click(*wizard, QWizard::NextButton);
    ASSERT_EQ(wizard->currentId(), ImportWizard::MappingPage);
    click(*wizard, QWizard::CommitButton);
    ASSERT_TRUE(test::waitFor([&] { return wizard->currentId() == ImportWizard::SummaryPage; }, 20000));
    if (!shots.isEmpty())
        wizard->grab().save(shots + QStringLiteral("/leadrelay-import-notes.png"));
    const QString text = wizard->summaryPage()->summaryLabel()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("created: 3"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("had something left out")) &&
                text.contains(QStringLiteral("2 imported row")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Row 1:"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Row 2:")) && text.contains(QStringLiteral("Narnia")))
        << text.toStdString();
    EXPECT_FALSE(wizard->summaryPage()->rejectedTable()->isVisible());
}

// Pipedrive's export holds a work and a home address: both columns stay mapped, the work one
// counts, the home one stands in where it is empty.
TEST_F(ImportWizardTest, TwoAddressColumnsStayMappedAndTheSecondStandsIn)
{
    const QString path =
        writeCsv(QStringLiteral("pipedrive.csv"), "Person - Name,Person - Email - Work,Person - Email - Home\n"
                                                  "Ewa Lis,,ewa.lis@gmail.com\n"
                                                  "Piotr Wójcik,piotr@wojcik.pl,piotr.w@gmail.com\n");
    auto wizard = openWizard(org.northManager, path);
    click(*wizard, QWizard::NextButton);
    auto *mapping = wizard->mappingPage();
    ASSERT_EQ(wizard->currentId(), ImportWizard::MappingPage);
    EXPECT_EQ(mapping->fieldCombo(1)->currentData().toString(), QStringLiteral("email"));
    EXPECT_EQ(mapping->fieldCombo(2)->currentData().toString(), QStringLiteral("email"));
    EXPECT_TRUE(mapping->statusLabel()->text().contains(QStringLiteral("where it is empty")))
        << mapping->statusLabel()->text().toStdString();
    EXPECT_TRUE(wizard->button(QWizard::CommitButton)->isEnabled());
    // A second column for a field a person has once (the name) is still refused.
    mapping->fieldCombo(2)->setCurrentIndex(mapping->fieldCombo(2)->findData(QStringLiteral("full_name")));
    EXPECT_TRUE(mapping->statusLabel()->text().contains(QStringLiteral("more than one column")));
    EXPECT_FALSE(wizard->button(QWizard::CommitButton)->isEnabled());
    mapping->fieldCombo(2)->setCurrentIndex(mapping->fieldCombo(2)->findData(QStringLiteral("email")));
    click(*wizard, QWizard::CommitButton);
    ASSERT_TRUE(test::waitFor([&] { return wizard->currentId() == ImportWizard::SummaryPage; }, 20000));
    EXPECT_NE(store->leads.findIdByEmailKey(QStringLiteral("ewalis@gmail.com")), 0);
    EXPECT_NE(store->leads.findIdByEmailKey(QStringLiteral("piotr@wojcik.pl")), 0);
    EXPECT_EQ(leads(), 2);
}

// An event list with its title and date above the header: the wizard finds the header, says what
// it leaves out, imports the rows below it, and the rejected rows file starts at the header.
TEST_F(ImportWizardTest, ATitleAboveTheHeaderIsFoundSaidAndLeftOut)
{
    const QString path = writeCsv(QStringLiteral("messe.csv"), "Leads Messe Berlin 2026;;;\r\n"
                                                               "Stand B12;;;\r\n"
                                                               ";;;\r\n"
                                                               "Vorname;Nachname;E-Mail;Firma\r\n"
                                                               "eva;braun;eva@braun-bau.de;Braun Bau\r\n"
                                                               "Junk;Row;test@test.com;\r\n");
    auto wizard = openWizard(org.northManager, path);
    auto *filePage = wizard->filePage();
    const QString info = filePage->infoLabel()->text();
    EXPECT_TRUE(info.contains(QStringLiteral("header on line 4: the 2 rows above it are not imported")))
        << info.toStdString();
    ASSERT_EQ(filePage->previewTable()->rowCount(), 2);
    EXPECT_EQ(filePage->previewTable()->horizontalHeaderItem(2)->text(), QStringLiteral("E-Mail"));
    click(*wizard, QWizard::NextButton);
    EXPECT_EQ(wizard->mappingPage()->fieldCombo(2)->currentData().toString(), QStringLiteral("email"));
    click(*wizard, QWizard::CommitButton);

    ASSERT_TRUE(test::waitFor([&] { return wizard->currentId() == ImportWizard::SummaryPage; }, 20000));
    auto *summary = wizard->summaryPage();
    const QString text = summary->summaryLabel()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("Rows: 2 · created: 1 · merged into existing leads: 0 · quarantined: 1")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("2 rows above the header were not imported: Leads Messe Berlin 2026 · "
                                             "Stand B12")))
        << text.toStdString();
    EXPECT_NE(store->leads.findIdByEmailKey(QStringLiteral("eva@braun-bau.de")), 0);

    files.savePath = store.dir() + QStringLiteral("/fix-me.csv");
    QTest::mouseClick(summary->saveButton(), Qt::LeftButton);
    QFile saved(files.savePath);
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    CsvReader reader(&saved);
    QStringList header;
    QStringList row;
    ASSERT_TRUE(reader.readRow(header));
    EXPECT_EQ(header.first(), QStringLiteral("Vorname"));
    ASSERT_TRUE(reader.readRow(row));
    EXPECT_EQ(row.at(2), QStringLiteral("test@test.com"));
    EXPECT_FALSE(reader.readRow(row));
}
