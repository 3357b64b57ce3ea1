#include "ui/pages/InboxPage.h"

#include "core/routing/LeadDispatcher.h"
#include "core/store/SlaRepository.h"
#include "core/store/Store.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiFixture.h"
#include "ui/Localization.h"
#include "ui/models/InboxModel.h"
#include "ui/models/TaskQueueModel.h"
#include "ui/pages/MyDayPage.h"
#include "ui/widgets/NotificationCenter.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace lr;
using lr::ui::InboxModel;

namespace {

struct Fixture
{
    test::TempStore store;
    test::SalesOrg org = test::createSalesOrg(*store);
    ManualClock clock{test::kTestStart};

    /// A demo request (15 minute SLA) entered for `owner`.
    Id lead(const User &owner, const QString &email)
    {
        Lead l;
        l.email = email;
        l.emailKey = email;
        l.firstName = email.section(QLatin1Char('@'), 0, 0);
        l.lastName = QStringLiteral("Test");
        l.formType = QStringLiteral("demo_request");
        l.createdAt = l.updatedAt = clock.now();
        const Id id = store->leads.create(l).value();
        EXPECT_TRUE(LeadDispatcher(*store, clock).dispatchNew(id, owner.id));
        return id;
    }

    QString slaText(const InboxModel &model, int row)
    {
        return model.index(row, static_cast<int>(InboxModel::Column::Sla)).data().toString();
    }
    int slaState(const InboxModel &model, int row)
    {
        return model.index(row, 0).data(InboxModel::SlaStateRole).toInt();
    }
    void clickRow(QTableView *table, int row)
    {
        const QRect rect = table->visualRect(table->model()->index(row, 1));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    }
};

} // namespace

TEST(InboxPage, ARepSeesTheCountdownTickAndALoggedCallStopsTheClock)
{
    Fixture f;
    const Id first = f.lead(f.org.anna, QStringLiteral("k@firma.de"));
    f.clock.advance(kMinuteMs);
    f.lead(f.org.anna, QStringLiteral("z@kunde.de"));
    f.lead(f.org.boris, QStringLiteral("b@other.de")); // Boris's: Anna never sees it
    ui::InboxPage page(*f.store, f.clock, f.org.anna);
    page.resize(900, 500);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    InboxModel *model = page.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model->rowCount(), 2);
    EXPECT_EQ(model->leadIdAt(0), first); // most urgent first
    EXPECT_EQ(f.slaText(*model, 0), QStringLiteral("14:00 left"));
    EXPECT_EQ(f.slaState(*model, 0), static_cast<int>(InboxModel::SlaState::OnTrack));
    // The policy by its name, not its stored key.
    EXPECT_EQ(model->index(0, static_cast<int>(InboxModel::Column::Policy)).data().toString(),
              QStringLiteral("Demo request"));

    // One shared timer: a tick repaints the SLA column of the visible rows, nothing else.
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    f.clock.advance(7 * kMinuteMs + 30 * kSecondMs);     // 8:30 since the first lead
    QMetaObject::invokeMethod(page.ticker(), "timeout"); // QTimer::timeout is a private signal
    ASSERT_EQ(changed.size(), 1);
    const QModelIndex topLeft = changed.first().at(0).toModelIndex();
    const QModelIndex bottomRight = changed.first().at(1).toModelIndex();
    EXPECT_EQ(topLeft.column(), static_cast<int>(InboxModel::Column::Sla));
    EXPECT_EQ(bottomRight.column(), static_cast<int>(InboxModel::Column::Sla));
    EXPECT_EQ(bottomRight.row(), 1);
    EXPECT_EQ(f.slaText(*model, 0), QStringLiteral("6:30 left"));
    EXPECT_EQ(f.slaState(*model, 0), static_cast<int>(InboxModel::SlaState::Nudged));
    f.clock.advance(7 * kMinuteMs); // 15:30: breached
    EXPECT_EQ(f.slaText(*model, 0), QStringLiteral("0:30 over"));
    EXPECT_EQ(f.slaState(*model, 0), static_cast<int>(InboxModel::SlaState::Breached));

    // Breached filter, then a call on the breached lead stops its clock.
    page.filterBox()->setCurrentIndex(page.filterBox()->findData(static_cast<int>(InboxFilter::Breached)));
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_FALSE(page.callButton()->isEnabled());
    f.clickRow(page.table(), 0);
    ASSERT_TRUE(page.callButton()->isEnabled());
    QTest::mouseClick(page.callButton(), Qt::LeftButton);
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_FALSE(SlaRepository(f.store->database()).find(first)->running());
    EXPECT_GT(f.store->leads.find(AccessScope::system(), first)->firstTouchAt, 0);
    EXPECT_FALSE(page.reassignButton()->isVisible()); // reps do not hand leads around
}

// In Polish a countdown reads "zostało 1 godz. 05": the SLA column is as wide as the longest one.
TEST(InboxPage, TheSlaColumnFitsTheCountdownInTheUsersLanguage)
{
    QTranslator polish;
    ASSERT_TRUE(polish.load(ui::Localization::catalogPath(QStringLiteral("pl"))));
    QCoreApplication::installTranslator(&polish);
    const auto remove = qScopeGuard([&] { QCoreApplication::removeTranslator(&polish); });
    Fixture f;
    f.lead(f.org.anna, QStringLiteral("k@firma.de"));
    ui::InboxPage page(*f.store, f.clock, f.org.anna);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    QTableView *table = page.findChild<QTableView *>(QStringLiteral("inboxTable"));
    ASSERT_TRUE(table);
    QFont bold = table->font();
    bold.setWeight(QFont::DemiBold);
    const QFontMetrics metrics(bold);
    const int column = table->columnWidth(static_cast<int>(InboxModel::Column::Sla));
    for (const qint64 ms : {-(150 * kHourMs + 5 * kMinuteMs), 2 * kHourMs - kMinuteMs, -59 * kSecondMs}) {
        const QString text = ui::formatCountdown(ms);
        EXPECT_LE(metrics.horizontalAdvance(text) + 2 * 8 + 2 * 6, column) << text.toStdString();
    }
}

TEST(InboxPage, DisqualifyNeedsAReasonAndAManagerCanReassignWithinTheTeam)
{
    Fixture f;
    const Id id = f.lead(f.org.anna, QStringLiteral("k@firma.de"));
    ui::InboxPage page(*f.store, f.clock, f.org.northManager);
    page.resize(900, 500);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    page.filterBox()->setCurrentIndex(page.filterBox()->findData(static_cast<int>(InboxFilter::Visible)));
    ASSERT_EQ(page.model()->rowCount(), 1);
    f.clickRow(page.table(), 0);
    EXPECT_FALSE(page.disqualifyButton()->isEnabled());
    ASSERT_TRUE(page.reassignButton()->isVisible());
    page.reassignBox()->setCurrentIndex(page.reassignBox()->findData(f.org.boris.id));
    QTest::mouseClick(page.reassignButton(), Qt::LeftButton);
    EXPECT_EQ(f.store->leads.find(AccessScope::system(), id)->ownerId, f.org.boris.id);
    f.clickRow(page.table(), 0);
    QTest::keyClicks(page.reasonEdit(), QStringLiteral("student"));
    ASSERT_TRUE(page.disqualifyButton()->isEnabled());
    QTest::mouseClick(page.disqualifyButton(), Qt::LeftButton);
    EXPECT_EQ(f.store->leads.find(AccessScope::system(), id)->status, LeadStatus::Disqualified);
    EXPECT_EQ(page.model()->rowCount(), 0);
}

TEST(MyDayPage, GroupsTheQueueAndCompletingACallTaskStopsTheClock)
{
    Fixture f;
    const Id early = f.lead(f.org.anna, QStringLiteral("k@firma.de"));
    f.clock.advance(20 * kMinuteMs);
    f.lead(f.org.anna, QStringLiteral("z@kunde.de")); // due in 15 min: due now
    ui::MyDayPage page(*f.store, f.clock, f.org.anna);
    page.resize(900, 500);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(page.model()->rowCount(), 2);
    EXPECT_EQ(page.summary()->text(), QStringLiteral("1 overdue · 1 due now · 0 later"));
    EXPECT_EQ(page.model()->taskAt(0).leadId, early);
    EXPECT_EQ(page.notifications()->list()->count(), 2); // one "call …" per new lead
    const QRect rect = page.table()->visualRect(page.model()->index(0, 1));
    QTest::mouseClick(page.table()->viewport(), Qt::LeftButton, {}, rect.center());
    ASSERT_TRUE(page.completeButton()->isEnabled());
    page.outcomeBox()->setCurrentText(QStringLiteral("Connected"));
    QTest::mouseClick(page.completeButton(), Qt::LeftButton);
    EXPECT_EQ(page.model()->rowCount(), 1);
    EXPECT_FALSE(SlaRepository(f.store->database()).find(early)->running());
    const QList<Activity> done = f.store->activities.forLead(AccessScope::system(), early);
    ASSERT_EQ(done.size(), 1);
    EXPECT_EQ(done.first().outcome, QStringLiteral("Connected"));
    EXPECT_FALSE(page.escalations()->isVisible()); // reps see no team escalations
}
