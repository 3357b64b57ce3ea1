#include "core/store/Store.h"
#include "core/store/Transaction.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace lr;

TEST(UserRepository, StoresProfileAbsencesAndWorkingHours)
{
    test::TempStore store;
    const Id team = store->teams.create({0, QStringLiteral("DACH"), 0, {QStringLiteral("DE")}, 0}).value();
    User hans;
    hans.name = QStringLiteral("Hans Becker");
    hans.email = QStringLiteral("hans@leadrelay.test");
    hans.role = Role::Rep;
    hans.teamId = team;
    hans.territories = {QStringLiteral("DE"), QStringLiteral("AT")};
    hans.languages = {QStringLiteral("de"), QStringLiteral("en")};
    hans.segment = QStringLiteral("enterprise");
    hans.capacity = 20;
    hans.timeZone = QStringLiteral("Europe/Berlin");
    hans.workStartMinute = 8 * 60;
    hans.absences = {{test::kTestStart - kDayMs, test::kTestStart + 7 * kDayMs, QStringLiteral("Holiday")}};
    const auto id = store->users.create(hans);
    ASSERT_TRUE(id) << id.error().toStdString();

    const auto read = store->users.findByEmail(QStringLiteral("HANS@leadrelay.test"));
    ASSERT_TRUE(read);
    EXPECT_EQ(read->territories, hans.territories);
    EXPECT_EQ(read->languages, hans.languages);
    EXPECT_EQ(read->capacity, 20);
    EXPECT_EQ(read->timeZone, QStringLiteral("Europe/Berlin"));
    EXPECT_EQ(read->workStartMinute, 480);
    ASSERT_EQ(read->absences.size(), 1);
    EXPECT_TRUE(read->isOutOfOffice(test::kTestStart));
    EXPECT_FALSE(read->isOutOfOffice(test::kTestStart + 8 * kDayMs));
}

TEST(UserRepository, RefusesDuplicateEmailsAndBadInput)
{
    test::TempStore store;
    User u;
    u.name = QStringLiteral("Mia");
    u.email = QStringLiteral("mia@leadrelay.test");
    ASSERT_TRUE(store->users.create(u));
    u.email = QStringLiteral("MIA@leadrelay.test ");
    const auto dup = store->users.create(u);
    EXPECT_FALSE(dup);
    EXPECT_TRUE(dup.error().contains(QStringLiteral("already exists")));
    u.email = QStringLiteral("no-at-sign");
    EXPECT_FALSE(store->users.create(u));
    u.email = QStringLiteral("ok@leadrelay.test");
    u.name = QStringLiteral("  ");
    EXPECT_FALSE(store->users.create(u));
    u.name = QStringLiteral("Ok");
    u.absences = {{10, 5, {}}};
    EXPECT_FALSE(store->users.create(u)); // ends before it starts: nothing half-created
    EXPECT_FALSE(store->users.findByEmail(QStringLiteral("ok@leadrelay.test")));
}

TEST(UserRepository, PickersShowOnlyWhatTheRoleMaySee)
{
    test::TempStore store;
    const Id a = store->teams.create({0, QStringLiteral("A"), 0, {}, 0}).value();
    const Id b = store->teams.create({0, QStringLiteral("B"), 0, {}, 0}).value();
    auto add = [&](const char *name, Role role, Id team) {
        User u;
        u.name = QString::fromLatin1(name);
        u.email = u.name + QStringLiteral("@t.test");
        u.role = role;
        u.teamId = team;
        u.id = store->users.create(u).value();
        return u;
    };
    const User manager = add("manager", Role::Manager, a);
    const User rep = add("rep", Role::Rep, a);
    add("other", Role::Rep, b);
    const User admin = add("admin", Role::Admin, 0);
    EXPECT_EQ(store->users.visibleTo(AccessScope::forUser(rep)).size(), 1);
    EXPECT_EQ(store->users.visibleTo(AccessScope::forUser(manager)).size(), 2);
    EXPECT_EQ(store->users.visibleTo(AccessScope::forUser(admin)).size(), 4);
}

TEST(UserRepository, OrdersNamesByLocaleNotAscii)
{
    test::TempStore store;
    for (const char *name : {"Sofia Ramirez", "Łukasz Kowalski", "Agnieszka Wiśniewska"}) {
        User u;
        u.name = QString::fromUtf8(name);
        u.email = QString::number(qHash(u.name)) + QStringLiteral("@t.test");
        ASSERT_TRUE(store->users.create(u));
    }
    const QList<User> users = store->users.all();
    ASSERT_EQ(users.size(), 3);
    EXPECT_EQ(users.at(0).name, QStringLiteral("Agnieszka Wiśniewska"));
    EXPECT_EQ(users.at(1).name, QStringLiteral("Łukasz Kowalski"));
    EXPECT_EQ(users.at(2).name, QStringLiteral("Sofia Ramirez"));
    EXPECT_EQ(users.at(1).absences.size(), 0);
}

TEST(UserRepository, TheListOfAllUsersFollowsEveryChangeWhereverItComesFrom)
{
    test::TempStore store;
    User anna;
    anna.name = QStringLiteral("Anna Nowak");
    anna.email = QStringLiteral("anna@leadrelay.test");
    anna.createdAt = test::kTestStart;
    const Id annaId = store->users.create(anna).value();
    ASSERT_EQ(store->users.all().size(), 1);
    EXPECT_EQ(store->users.all().first().capacity, anna.capacity); // read again: the kept list

    // A change through this connection.
    User changed = *store->users.find(annaId);
    changed.capacity = 7;
    ASSERT_TRUE(store->users.update(changed));
    EXPECT_EQ(store->users.all().first().capacity, 7);

    // A change by another connection (another process, the import thread): seen at once.
    {
        auto other = Store::open(store.path());
        ASSERT_TRUE(other);
        ASSERT_TRUE(other->users.addAbsence(annaId, {test::kTestStart, test::kTestStart + kDayMs, QString()}));
        User boris;
        boris.name = QStringLiteral("Boris Petrov");
        boris.email = QStringLiteral("boris@leadrelay.test");
        ASSERT_TRUE(other->users.create(boris));
    }
    const QList<User> after = store->users.all();
    ASSERT_EQ(after.size(), 2);
    EXPECT_EQ(after.first().absences.size(), 1);

    // A change rolled back: the list read inside the transaction is not kept afterwards.
    {
        Transaction tx(store->database());
        User paused = *store->users.find(annaId);
        paused.active = false;
        ASSERT_TRUE(store->users.update(paused));
        EXPECT_FALSE(store->users.all().first().active);
        tx.rollback();
    }
    EXPECT_TRUE(store->users.all().first().active);
}

TEST(UserRepository, StoresHoursPerWeekdayAndTheListFollowsThem)
{
    test::TempStore store;
    User hans;
    hans.name = QStringLiteral("Hans Becker");
    hans.email = QStringLiteral("hans@leadrelay.test");
    hans.workWeek[4] = WorkSpan{9 * 60, 13 * 60}; // Friday 09:00–13:00
    hans.workWeek[2] = WorkSpan{};                // Wednesday off
    const Id id = store->users.create(hans).value();
    User other;
    other.name = QStringLiteral("Anna Nowak");
    other.email = QStringLiteral("anna@leadrelay.test");
    const Id annaId = store->users.create(other).value();

    const auto found = store->users.find(id);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->workWeek, hans.workWeek);
    EXPECT_EQ(store->users.findByEmail(hans.email)->workWeek, hans.workWeek);
    const QList<User> all = store->users.all();
    ASSERT_EQ(all.size(), 2);
    for (const User &u : all)
        EXPECT_EQ(u.workWeek, u.id == id ? hans.workWeek : WorkWeek{}) << u.name.toStdString();
    EXPECT_EQ(store->users.find(annaId)->workWeek, WorkWeek{});

    // An update replaces the week; the kept list of all users sees it.
    User changed = *found;
    changed.workWeek = {};
    changed.workWeek[5] = WorkSpan{10 * 60, 24 * 60}; // Saturday from 10:00 to midnight
    ASSERT_TRUE(store->users.update(changed));
    EXPECT_EQ(store->users.find(id)->workWeek, changed.workWeek);
    for (const User &u : store->users.all()) {
        if (u.id == id) {
            EXPECT_EQ(u.workWeek, changed.workWeek);
        }
    }

    // A change straight in the table (another process): the list follows too.
    {
        QSqlQuery q(store->database().connection());
        ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM user_work_days WHERE weekday = 6")));
    }
    for (const User &u : store->users.all())
        EXPECT_EQ(u.workWeek, WorkWeek{}) << u.name.toStdString();

    // Bad spans are refused and nothing changes: an end before the start, beyond midnight.
    User bad = *store->users.find(id);
    bad.workWeek[4] = WorkSpan{13 * 60, 9 * 60};
    EXPECT_FALSE(store->users.update(bad));
    bad.workWeek[4] = WorkSpan{9 * 60, 24 * 60 + 1};
    EXPECT_FALSE(store->users.update(bad));
    bad.workWeek[4] = WorkSpan{-1, 60};
    EXPECT_FALSE(store->users.update(bad));
    EXPECT_EQ(store->users.find(id)->workWeek, WorkWeek{});

    // Removing the user removes their week.
    changed.workWeek[4] = WorkSpan{9 * 60, 13 * 60};
    ASSERT_TRUE(store->users.update(changed));
    {
        QSqlQuery q(store->database().connection());
        ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM users WHERE id = %1").arg(id)));
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM user_work_days WHERE user_id = %1").arg(id)));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toInt(), 0);
    }
}
