#include "core/store/WalCheckpointer.h"
#include "core/store/Store.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

using namespace lr;

namespace {

int autoCheckpointPages(Store &store)
{
    QSqlQuery q(store.database().connection());
    EXPECT_TRUE(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) && q.next());
    return q.value(0).toInt();
}

} // namespace

TEST(WalCheckpointer, CheckpointsOnItsOwnThreadWhileTheConnectionKeepsWriting)
{
    test::TempStore store;
    const int automatic = autoCheckpointPages(*store);
    EXPECT_GT(automatic, 0);
    {
        WalCheckpointer checkpointer(store->database(), 5);
        EXPECT_EQ(autoCheckpointPages(*store), 0); // the writing connection no longer checkpoints
        for (int i = 0; i < 200; ++i) {
            Lead l;
            l.firstName = QStringLiteral("Anna");
            l.lastName = QStringLiteral("Nowak %1").arg(i);
            l.email = QStringLiteral("anna%1@firma.pl").arg(i);
            l.createdAt = test::kTestStart + i;
            ASSERT_TRUE(store->leads.create(l).ok());
        }
        // Waits for the thread, bounded; no speed is measured.
        for (int i = 0; i < 500 && checkpointer.checkpoints() < 2; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        EXPECT_GE(checkpointer.checkpoints(), 2);
    }
    EXPECT_EQ(autoCheckpointPages(*store), automatic); // given back
    store.close();
    auto reopened = Store::open(store.path());
    ASSERT_TRUE(reopened);
    EXPECT_EQ(reopened->leads.count(AccessScope::system(), {}), 200);
}

TEST(WalCheckpointer, TheLastOneOnAConnectionGivesItsAutomaticCheckpointsBack)
{
    test::TempStore store;
    const int automatic = autoCheckpointPages(*store);
    {
        WalCheckpointer app(store->database(), 50); // the app's, for its whole run
        {
            WalCheckpointer server(store->database(), 50); // the webhook server's, while it listens
            EXPECT_EQ(autoCheckpointPages(*store), 0);
        }
        EXPECT_EQ(autoCheckpointPages(*store), 0); // the app's still runs: still off
    }
    EXPECT_EQ(autoCheckpointPages(*store), automatic);
}
