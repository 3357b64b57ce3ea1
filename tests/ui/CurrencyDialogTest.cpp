// Tools ▸ Currencies…: an admin fills in the rate of a currency deals use, changes the home
// currency, and is told what is wrong with a bad cell; others only read the rates.
#include "ui/dialogs/CurrencyDialog.h"

#include "core/pipeline/CurrencyService.h"
#include "core/store/Store.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiFixture.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace lr;
using lr::ui::CurrencyDialog;

namespace {

class CurrencyDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        org = test::createSalesOrg(*store);
        const Pipeline pipeline = store->pipelines.all().value(0);
        Deal d;
        d.pipelineId = pipeline.id;
        d.stageId = pipeline.stages.value(0).id;
        d.ownerId = org.anna.id;
        d.title = QStringLiteral("Nowak IT – 20 seats");
        d.valueCents = 4'300'000;
        d.currency = QStringLiteral("PLN");
        d.createdAt = test::kTestStart;
        ASSERT_TRUE(store->deals.create(d, org.anna.id));
    }

    std::unique_ptr<CurrencyDialog> open(const User &user)
    {
        auto dialog = std::make_unique<CurrencyDialog>(*store, clock, AccessScope::forUser(user));
        dialog->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(dialog.get()));
        return dialog;
    }

    static int rowOf(const QTableWidget *table, const QString &code)
    {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == code)
                return row;
        }
        return -1;
    }

    /// Types `text` into a cell through its editor, as a person does (double-click, type, Enter).
    static void type(QTableWidget *table, int row, int column, const QString &text)
    {
        table->setCurrentCell(row, column);
        auto *open = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        if (!open || !table->isAncestorOf(open)) // Add Currency opens the new code's editor itself
            table->editItem(table->item(row, column));
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        ASSERT_TRUE(editor) << "no cell editor";
        editor->selectAll();
        QTest::keyClick(editor, Qt::Key_Delete);
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents(); // the item delegate commits a cell after the key event
        ASSERT_EQ(table->item(row, column)->text(), column == 0 ? text.toUpper() : text);
    }

    test::IsolatedSettings settings;
    test::TempStore store;
    ManualClock clock{test::kTestStart};
    test::SalesOrg org;
};

TEST_F(CurrencyDialogTest, AnAdminGivesACurrencyDealsUseItsRate)
{
    auto dialog = open(org.admin);
    QTableWidget *table = dialog->table();
    const int pln = rowOf(table, QStringLiteral("PLN"));
    ASSERT_GE(pln, 0) << "a currency deals use is listed to be given a rate";
    EXPECT_TRUE(table->item(pln, 1)->text().isEmpty());
    auto *missing = dialog->findChild<QLabel *>(QStringLiteral("missingRates"));
    EXPECT_TRUE(missing->isVisible());
    EXPECT_TRUE(missing->text().contains(QStringLiteral("PLN")));
    EXPECT_EQ(dialog->homeCombo()->currentText(), QStringLiteral("EUR"));

    type(table, pln, 1, QStringLiteral("4.3"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    EXPECT_EQ(dialog->result(), QDialog::Accepted) << dialog->errorLabel()->text().toStdString();
    const ExchangeRates saved = CurrencyService(*store, clock).rates();
    EXPECT_DOUBLE_EQ(saved.perHome.value(QStringLiteral("PLN")), 4.3);
    EXPECT_TRUE(CurrencyService(*store, clock).missingRates().isEmpty());
}

TEST_F(CurrencyDialogTest, EnterInACellCommitsItWithoutSavingTheDialog)
{
    auto dialog = open(org.admin);
    QTableWidget *table = dialog->table();
    type(table, rowOf(table, QStringLiteral("PLN")), 1, QStringLiteral("4.3"));
    EXPECT_TRUE(dialog->isVisible()) << "Enter ends the cell's editing, not the dialog";
    EXPECT_EQ(CurrencyService(*store, clock).rates(), ExchangeRates());
}

TEST_F(CurrencyDialogTest, ABadRateIsExplainedAndNothingIsSaved)
{
    auto dialog = open(org.admin);
    QTableWidget *table = dialog->table();
    type(table, rowOf(table, QStringLiteral("PLN")), 1, QStringLiteral("four"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->errorLabel()->isVisible());
    EXPECT_TRUE(dialog->errorLabel()->text().contains(QStringLiteral("PLN")))
        << dialog->errorLabel()->text().toStdString();
    EXPECT_EQ(CurrencyService(*store, clock).rates(), ExchangeRates());

    // A currency added by hand without a proper code is refused too.
    QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
    type(table, table->rowCount() - 1, 0, QStringLiteral("zl"));
    type(table, rowOf(table, QStringLiteral("PLN")), 1, QStringLiteral("4.3"));
    type(table, table->rowCount() - 1, 1, QStringLiteral("1"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->errorLabel()->text().contains(QStringLiteral("ZL")))
        << dialog->errorLabel()->text().toStdString();
    EXPECT_EQ(CurrencyService(*store, clock).rates(), ExchangeRates());
}

TEST_F(CurrencyDialogTest, ANewHomeCurrencyRebasesTheRatesShown)
{
    auto dialog = open(org.admin);
    QTableWidget *table = dialog->table();
    type(table, rowOf(table, QStringLiteral("PLN")), 1, QStringLiteral("4.3"));
    dialog->homeCombo()->setCurrentText(QStringLiteral("PLN"));
    const int eur = rowOf(table, QStringLiteral("EUR"));
    ASSERT_GE(eur, 0) << dialog->errorLabel()->text().toStdString() << " / "
                      << dialog->homeCombo()->currentText().toStdString() << " of " << dialog->homeCombo()->count();
    EXPECT_EQ(rowOf(table, QStringLiteral("PLN")), -1) << "the home currency is not a row";
    EXPECT_EQ(table->item(eur, 1)->text(), QLocale().toString(1 / 4.3, 'g', 8));
    EXPECT_TRUE(table->horizontalHeaderItem(1)->text().contains(QStringLiteral("PLN")));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    const ExchangeRates saved = CurrencyService(*store, clock).rates();
    EXPECT_EQ(saved.home, QStringLiteral("PLN"));
    EXPECT_DOUBLE_EQ(saved.perHome.value(QStringLiteral("EUR")), 1 / 4.3) << "the exact rate, not the 8 digits shown";
}

TEST_F(CurrencyDialogTest, ACurrencyWithoutARateStaysListedWhenTheHomeCurrencyChanges)
{
    auto dialog = open(org.admin);
    QTableWidget *table = dialog->table();
    QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
    type(table, table->rowCount() - 1, 0, QStringLiteral("usd"));
    type(table, table->rowCount() - 1, 1, QStringLiteral("1.08"));
    dialog->homeCombo()->setCurrentText(QStringLiteral("USD"));
    const int pln = rowOf(table, QStringLiteral("PLN"));
    ASSERT_GE(pln, 0);
    EXPECT_TRUE(table->item(pln, 1)->text().isEmpty());
    EXPECT_GE(rowOf(table, QStringLiteral("EUR")), 0);
}

TEST_F(CurrencyDialogTest, ACurrencyListedTwiceIsRefusedInAnyOrder)
{
    auto dialog = open(org.admin);
    QTableWidget *table = dialog->table();
    QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
    type(table, table->rowCount() - 1, 0, QStringLiteral("PLN"));
    type(table, table->rowCount() - 1, 1, QStringLiteral("4.3")); // PLN without a rate first, then with one
    QString error;
    EXPECT_FALSE(dialog->shownRates(&error));
    EXPECT_TRUE(error.contains(QStringLiteral("PLN"))) << error.toStdString();
    type(table, rowOf(table, QStringLiteral("PLN")), 1, QStringLiteral("4.3"));
    type(table, table->rowCount() - 1, 1, QString()); // and the other way round
    error.clear();
    EXPECT_FALSE(dialog->shownRates(&error));
    EXPECT_TRUE(error.contains(QStringLiteral("PLN"))) << error.toStdString();
}

TEST_F(CurrencyDialogTest, ARateIsReadWithoutThousandsSeparators)
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    auto dialog = open(org.admin);
    QTableWidget *table = dialog->table();
    type(table, rowOf(table, QStringLiteral("PLN")), 1, QStringLiteral("4,3"));
    QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
    type(table, table->rowCount() - 1, 0, QStringLiteral("USD"));
    type(table, table->rowCount() - 1, 1, QStringLiteral("1.080"));
    QString error;
    const std::optional<ExchangeRates> rates = dialog->shownRates(&error);
    QLocale::setDefault(QLocale::c());
    ASSERT_TRUE(rates) << error.toStdString();
    EXPECT_DOUBLE_EQ(rates->perHome.value(QStringLiteral("PLN")), 4.3);
    EXPECT_DOUBLE_EQ(rates->perHome.value(QStringLiteral("USD")), 1.08) << "not a thousand and eighty";
}

TEST_F(CurrencyDialogTest, AManagerOnlyReadsTheRates)
{
    ASSERT_TRUE(
        CurrencyService(*store, clock)
            .save(AccessScope::forUser(org.admin),
                  ExchangeRates{QStringLiteral("EUR"), {{QStringLiteral("EUR"), 1.0}, {QStringLiteral("PLN"), 4.3}}}));
    auto dialog = open(org.northManager);
    EXPECT_FALSE(dialog->homeCombo()->isEnabled());
    EXPECT_FALSE(dialog->addButton()->isVisible());
    EXPECT_EQ(dialog->table()->editTriggers(), QAbstractItemView::NoEditTriggers);
    EXPECT_EQ(dialog->table()->item(0, 0)->text(), QStringLiteral("PLN"));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton); // Close
    EXPECT_FALSE(dialog->isVisible());
}

} // namespace
