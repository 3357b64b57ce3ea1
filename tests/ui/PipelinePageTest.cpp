#include "ui/pages/PipelinePage.h"

#include "core/pipeline/DealFields.h"
#include "core/store/Store.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiFixture.h"
#include "ui/board/BoardColumnModel.h"
#include "ui/board/BoardView.h"
#include "ui/board/DealDetailPanel.h"
#include "ui/board/ForecastStrip.h"
#include "ui/board/StageColumn.h"
#include "ui/dialogs/ExitCriteriaDialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

#include <memory>

using namespace lr;
using lr::ui::BoardColumnModel;
using lr::ui::DealDetailPanel;
using lr::ui::ExitCriteriaDialog;
using lr::ui::PipelinePage;
using lr::ui::StageColumn;

namespace {

class PipelinePageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        org = test::createSalesOrg(*store);
        Company c;
        c.name = QStringLiteral("Firma Nowak");
        c.domain = QStringLiteral("firma-nowak.pl");
        c.createdAt = test::kTestStart;
        company = store->companies.create(c).value();
        pipeline = store->pipelines.all().value(0);
        annaDeal = deal(org.anna, QStringLiteral("Firma Nowak – 20 seats"), QStringLiteral("New Lead"), 0);
        negotiation = deal(org.anna, QStringLiteral("Firma Nowak – 80 seats"), QStringLiteral("Negotiation"), 4000000);
        borisDeal = deal(org.boris, QStringLiteral("Boris GmbH – 5 seats"), QStringLiteral("New Lead"), 500000);
        carlaDeal = deal(org.carla, QStringLiteral("Carla SRL – 9 seats"), QStringLiteral("New Lead"), 900000);
    }

    Id stage(const QString &name) const
    {
        for (const Stage &s : pipeline.stages) {
            if (s.name == name)
                return s.id;
        }
        return 0;
    }

    Id deal(const User &owner, const QString &title, const QString &stageName, qint64 cents)
    {
        Deal d;
        d.pipelineId = pipeline.id;
        d.stageId = stage(stageName);
        d.ownerId = owner.id;
        d.companyId = company;
        d.title = title;
        d.valueCents = cents;
        d.nextStep = QStringLiteral("Call to qualify");
        d.createdAt = test::kTestStart - 3 * kDayMs;
        d.expectedCloseAt = test::kTestStart + 20 * kDayMs;
        return store->deals.create(d, owner.id).value();
    }

    std::unique_ptr<PipelinePage> page(const User &user)
    {
        auto p = std::make_unique<PipelinePage>(*store, clock, user);
        p->resize(1600, 800);
        p->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(p.get()));
        p->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(p.get()));
        return p;
    }

    Id stageOf(Id dealId) { return store->deals.find(AccessScope::system(), dealId)->stageId; }

    /// Drags the card of `dealId` from its column to the column of `toStage` with real mouse events.
    void drag(PipelinePage &p, Id fromStage, Id dealId, Id toStage)
    {
        StageColumn *from = p.board()->column(fromStage);
        StageColumn *to = p.board()->column(toStage);
        ASSERT_TRUE(from && to);
        p.board()->ensureWidgetVisible(to);
        const int row = from->model()->rowOf(dealId);
        ASSERT_GE(row, 0);
        QWidget *source = from->list()->viewport();
        const QPoint start = from->list()->visualRect(from->model()->index(row)).center();
        QTest::mousePress(source, Qt::LeftButton, {}, start);
        QTest::mouseMove(source, start + QPoint(12, 8));
        QTest::mouseMove(source, start + QPoint(40, 20));
        QWidget *target = to->list()->viewport();
        const QPoint end(target->width() / 2, 30);
        QTest::mouseMove(target, end);
        QTest::mouseRelease(target, Qt::LeftButton, {}, end);
    }

    test::TempStore store;
    ManualClock clock{test::kTestStart};
    test::SalesOrg org;
    Pipeline pipeline;
    Id company = 0;
    Id annaDeal = 0, negotiation = 0, borisDeal = 0, carlaDeal = 0;
};

TEST_F(PipelinePageTest, ShowsOneColumnPerStageWithTotals)
{
    auto p = page(org.northManager);
    ASSERT_EQ(p->board()->columns().size(), pipeline.stages.size());
    StageColumn *newLead = p->board()->column(stage(QStringLiteral("New Lead")));
    EXPECT_EQ(newLead->model()->rowCount(), 2); // Anna's and Boris's; Carla is in the other team
    EXPECT_EQ(newLead->findChild<QLabel *>(QStringLiteral("stageCount"))->text(), QStringLiteral("2"));
    StageColumn *neg = p->board()->column(stage(QStringLiteral("Negotiation")));
    EXPECT_TRUE(neg->findChild<QLabel *>(QStringLiteral("stageSums"))->text().contains(QStringLiteral("32k")))
        << neg->findChild<QLabel *>(QStringLiteral("stageSums"))->text().toStdString(); // 80 % of 40,000
    QAbstractItemModelTester tester(newLead->model(), QAbstractItemModelTester::FailureReportingMode::Warning);

    auto rep = page(org.boris);
    EXPECT_EQ(rep->board()->column(stage(QStringLiteral("New Lead")))->model()->rowCount(), 1);
    EXPECT_FALSE(rep->ownerFilter()->isEnabled());
}

TEST_F(PipelinePageTest, ForecastStripShowsTheWeightedMonth)
{
    auto p = page(org.admin);
    // Negotiation 80 % of 40,000 + New Lead 5 % of (5,000 + 9,000), all expected in December 2026.
    EXPECT_EQ(p->forecast()->weightedFor(QStringLiteral("2026-12")), 3200000 + 25000 + 45000);
    // The owner filter narrows board and forecast alike.
    p->ownerFilter()->setCurrentIndex(p->ownerFilter()->findData(org.carla.id));
    EXPECT_EQ(p->forecast()->weightedTotal(), 45000);
    EXPECT_EQ(p->board()->column(stage(QStringLiteral("New Lead")))->model()->rowCount(), 1);
}

// Eight months of tiles (longer still in Bulgarian) scroll sideways inside the strip: they show
// whole, and they do not make the page, and so the window, wider than a laptop screen.
TEST_F(PipelinePageTest, ForecastTilesShowWholeAndNeverWidenTheWindow)
{
    auto p = page(org.admin);
    p->resize(900, 700);
    QApplication::processEvents();
    auto *scroll = p->forecast()->findChild<QScrollArea *>(QStringLiteral("forecastScroll"));
    ASSERT_TRUE(scroll);
    const QList<QFrame *> tiles = scroll->widget()->findChildren<QFrame *>();
    ASSERT_GE(tiles.size(), 6);
    for (const QFrame *tile : tiles)
        EXPECT_LE(tile->sizeHint().height(), scroll->viewport()->height()) << tile->objectName().toStdString();
    EXPECT_LE(p->minimumSizeHint().width(), 900);
    EXPECT_EQ(p->width(), 900);
}

TEST_F(PipelinePageTest, DraggingACardMovesTheDeal)
{
    auto p = page(org.anna);
    const Id connected = stage(QStringLiteral("Connected"));
    drag(*p, stage(QStringLiteral("New Lead")), annaDeal, connected);
    EXPECT_EQ(stageOf(annaDeal), connected);
    EXPECT_EQ(p->board()->column(connected)->model()->rowOf(annaDeal), 0);
    EXPECT_EQ(p->board()->column(stage(QStringLiteral("New Lead")))->model()->rowOf(annaDeal), -1);
    EXPECT_EQ(store->deals.history(annaDeal).size(), 2);
    EXPECT_EQ(p->openDialog(), nullptr);
}

TEST_F(PipelinePageTest, ARefusedDropAsksForTheMissingFieldsAndCompletes)
{
    auto p = page(org.anna);
    const Id proposal = stage(QStringLiteral("Proposal Sent"));
    drag(*p, stage(QStringLiteral("New Lead")), annaDeal, proposal);
    EXPECT_EQ(stageOf(annaDeal), stage(QStringLiteral("New Lead")));
    ExitCriteriaDialog *dialog = p->openDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    // Exactly the missing fields: value and decision maker.
    ASSERT_NE(dialog->editor(DealFields::Value), nullptr);
    ASSERT_NE(dialog->editor(DealFields::DecisionMaker), nullptr);
    EXPECT_EQ(dialog->editor(DealFields::VatId), nullptr);
    EXPECT_EQ(dialog->values().size(), 2);

    auto *value = qobject_cast<QLineEdit *>(dialog->editor(DealFields::Value));
    auto *maker = qobject_cast<QLineEdit *>(dialog->editor(DealFields::DecisionMaker));
    QTest::keyClicks(value, QStringLiteral("-10"));
    QTest::keyClicks(maker, QStringLiteral("Jana Novak (CFO)"));
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("exitCriteriaOk"));
    QTest::mouseClick(ok, Qt::LeftButton);
    EXPECT_TRUE(dialog->isVisible()); // a negative value is refused by core, the dialog stays
    EXPECT_TRUE(dialog->error().contains(QStringLiteral("negative"))) << dialog->error().toStdString();
    EXPECT_EQ(stageOf(annaDeal), stage(QStringLiteral("New Lead")));

    value->clear();
    QTest::keyClicks(value, QStringLiteral("12500"));
    QTest::mouseClick(ok, Qt::LeftButton);
    EXPECT_TRUE(test::waitFor([&] { return p->openDialog() == nullptr || !p->openDialog()->isVisible(); }));
    EXPECT_EQ(stageOf(annaDeal), proposal);
    const Deal d = *store->deals.find(AccessScope::system(), annaDeal);
    EXPECT_EQ(d.valueCents, 1250000);
    EXPECT_EQ(d.decisionMaker, QStringLiteral("Jana Novak (CFO)"));
    EXPECT_EQ(p->board()->column(proposal)->model()->rowOf(annaDeal), 0);
}

TEST_F(PipelinePageTest, KeyboardMovesTheSelectedCard)
{
    auto p = page(org.anna);
    const Id newLead = stage(QStringLiteral("New Lead"));
    p->board()->selectDeal(newLead, annaDeal);
    QListView *list = p->board()->column(newLead)->list();
    QTest::keyClick(list, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(stageOf(annaDeal), stage(QStringLiteral("Attempted Contact")));
    // The card stays selected in its new column, so the next press moves it on.
    QListView *next = p->board()->column(stage(QStringLiteral("Attempted Contact")))->list();
    QTest::keyClick(next, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(stageOf(annaDeal), stage(QStringLiteral("Connected")));
    QTest::keyClick(p->board()->column(stage(QStringLiteral("Connected")))->list(), Qt::Key_Left,
                    Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(stageOf(annaDeal), stage(QStringLiteral("Attempted Contact")));
}

TEST_F(PipelinePageTest, TheDetailsShowOnlyWhileADealIsSelected)
{
    auto p = page(org.anna);
    DealDetailPanel *detail = p->detailPanel();
    EXPECT_TRUE(detail->isHidden()) << "the board has the whole width until a card is chosen";
    const Id newLead = stage(QStringLiteral("New Lead"));
    p->board()->selectDeal(newLead, annaDeal);
    EXPECT_FALSE(detail->isHidden());
    EXPECT_FALSE(detail->titleLabel()->text().isEmpty());

    auto *close = detail->findChild<QToolButton *>(QStringLiteral("dealDetailClose"));
    ASSERT_TRUE(close);
    QTest::mouseClick(close, Qt::LeftButton);
    EXPECT_TRUE(detail->isHidden());
    EXPECT_EQ(p->board()->selectedDeal(), 0);

    p->board()->selectDeal(newLead, annaDeal);
    EXPECT_FALSE(detail->isHidden());
    QTest::keyClick(p->board()->column(newLead)->list(), Qt::Key_Escape); // the card has the focus
    EXPECT_TRUE(detail->isHidden()) << "Esc closes the details too";
}

TEST_F(PipelinePageTest, FiguresAfterMovesEqualAFreshRead)
{
    auto p = page(org.admin);
    const Id newLead = stage(QStringLiteral("New Lead"));
    const Id connected = stage(QStringLiteral("Connected"));
    const Id discovery = stage(QStringLiteral("Discovery Booked"));
    const Id negotiationStage = stage(QStringLiteral("Negotiation"));
    // Negotiation's 80 % (32,000 of 40,000) leaves the forecast for Discovery Booked's 20 %.
    ASSERT_TRUE(p->moveDeal(negotiation, discovery).ok());
    EXPECT_EQ(p->forecast()->weightedFor(QStringLiteral("2026-12")), 800000 + 25000 + 45000);
    ASSERT_TRUE(p->moveDeal(borisDeal, connected).ok());
    drag(*p, newLead, carlaDeal, connected);
    ASSERT_EQ(stageOf(carlaDeal), connected);
    ASSERT_TRUE(p->moveDeal(negotiation, negotiationStage).ok());

    const auto figures = [this](PipelinePage &page) {
        QStringList out;
        for (const Stage &s : pipeline.stages) {
            StageColumn *column = page.board()->column(s.id);
            out << s.name + QLatin1Char(' ') + column->findChild<QLabel *>(QStringLiteral("stageCount"))->text() +
                       QLatin1Char(' ') + column->findChild<QLabel *>(QStringLiteral("stageSums"))->text();
        }
        out << QString::number(page.forecast()->weightedTotal())
            << QString::number(page.forecast()->weightedFor(QStringLiteral("2026-12")));
        return out;
    };
    auto fresh = page(org.admin);
    EXPECT_EQ(figures(*p), figures(*fresh));
    // Negotiation 80 % of 40,000; Connected 15 % of Boris's 5,000 and Carla's 9,000.
    EXPECT_EQ(p->forecast()->weightedTotal(), 3200000 + 75000 + 135000);
}

TEST_F(PipelinePageTest, ColumnsLoadLazily)
{
    Transaction tx(store->database());
    for (int i = 0; i < 300; ++i)
        deal(org.anna, QStringLiteral("Bulk %1").arg(i), QStringLiteral("Connected"), 100000 + i);
    ASSERT_TRUE(tx.commit());
    auto p = page(org.anna);
    BoardColumnModel *model = p->board()->column(stage(QStringLiteral("Connected")))->model();
    EXPECT_EQ(model->total(), 300);
    EXPECT_LT(model->rowCount(), 300);
    EXPECT_TRUE(model->canFetchMore({}));
    p->board()->column(stage(QStringLiteral("Connected")))->list()->scrollToBottom();
    QCoreApplication::processEvents();
    while (model->canFetchMore({}))
        model->fetchMore({});
    EXPECT_EQ(model->rowCount(), 300);
}

} // namespace
