#include "core/store/Store.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/FakeUserPicker.h"
#include "tests/ui/UiFixture.h"
#include "ui/MainWindow.h"
#include "ui/board/BoardColumnModel.h"
#include "ui/board/BoardView.h"
#include "ui/board/StageColumn.h"
#include "ui/pages/PipelinePage.h"

#include <QApplication>
#include <QListWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace lr;
using lr::ui::MainWindow;

namespace {

TEST(PipelineNavigation, EveryRoleOpensTheBoardAndSeesOnlyItsDeals)
{
    test::IsolatedSettings settings;
    test::TempStore store;
    ManualClock clock(test::kTestStart);
    test::FakeUserPicker picker;
    const test::SalesOrg org = test::createSalesOrg(*store);
    const Pipeline pipeline = store->pipelines.all().value(0);
    for (const User &owner : {org.anna, org.boris, org.carla}) {
        Deal d;
        d.pipelineId = pipeline.id;
        d.stageId = pipeline.stages.first().id;
        d.ownerId = owner.id;
        d.title = QStringLiteral("Deal of %1").arg(owner.name);
        d.createdAt = test::kTestStart;
        ASSERT_TRUE(store->deals.create(d, owner.id));
    }

    MainWindow window(*store, clock, picker, org.anna);
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    const int row = static_cast<int>(MainWindow::Page::Pipeline);
    ASSERT_EQ(window.navigation()->item(row)->text(), QStringLiteral("Pipeline"));
    EXPECT_FALSE(window.navigation()->item(row)->isHidden());
    window.showPage(MainWindow::Page::Pipeline);
    EXPECT_EQ(window.currentPage(), MainWindow::Page::Pipeline);
    auto *first = window.pipelinePage()->board()->column(pipeline.stages.first().id);
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(first->model()->total(), 1); // Anna's own deal only

    window.setUser(org.northManager);
    EXPECT_EQ(window.pipelinePage()->board()->column(pipeline.stages.first().id)->model()->total(), 2);
}

} // namespace
