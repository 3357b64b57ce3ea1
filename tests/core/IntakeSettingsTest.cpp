#include "core/intake/IntakeSettings.h"

#include "core/domain/User.h"
#include "core/store/Store.h"
#include "tests/support/TestSupport.h"

#include <gtest/gtest.h>

using namespace lr;

namespace {

User person(Role role)
{
    User u;
    u.id = 3;
    u.name = QStringLiteral("Person");
    u.role = role;
    return u;
}

} // namespace

TEST(IntakeSettings, DefaultsToOffOnLoopback)
{
    test::TempStore store;
    const WebhookSettings s = IntakeSettings(store->settings).webhook();
    EXPECT_FALSE(s.enabled);
    EXPECT_EQ(s.bindAddress, QStringLiteral("127.0.0.1"));
    EXPECT_EQ(s.port, 8085);
    EXPECT_TRUE(s.token.isEmpty());
}

TEST(IntakeSettings, AnAdminSavesAndTheSettingsTravelWithTheStore)
{
    test::TempStore store;
    WebhookSettings s;
    s.enabled = true;
    s.bindAddress = QStringLiteral("0.0.0.0");
    s.port = 9090;
    s.token = IntakeSettings::generateToken();
    ASSERT_TRUE(IntakeSettings(store->settings).setWebhook(person(Role::Admin), s));
    const QString path = store.path();
    store.close();
    auto reopened = Store::open(path);
    ASSERT_TRUE(reopened);
    EXPECT_EQ(IntakeSettings(reopened->settings).webhook(), s);
}

TEST(IntakeSettings, CoreRefusesManagersAndRepsWhateverTheUiShows)
{
    test::TempStore store;
    WebhookSettings s;
    s.enabled = true;
    for (const Role role : {Role::Manager, Role::Rep}) {
        const Status refused = IntakeSettings(store->settings).setWebhook(person(role), s);
        ASSERT_FALSE(refused);
        EXPECT_TRUE(refused.error().contains(QStringLiteral("administrators")));
    }
    EXPECT_FALSE(IntakeSettings(store->settings).webhook().enabled);
}

TEST(IntakeSettings, RefusesBadAddressesPortsAndAnOpenWebhookWithoutToken)
{
    test::TempStore store;
    IntakeSettings settings(store->settings);
    WebhookSettings s;
    s.enabled = true;
    s.bindAddress = QStringLiteral("my laptop");
    EXPECT_FALSE(settings.setWebhook(person(Role::Admin), s));
    s.bindAddress = QStringLiteral("0.0.0.0"); // every network, no token
    const Status open = settings.setWebhook(person(Role::Admin), s);
    ASSERT_FALSE(open);
    EXPECT_TRUE(open.error().contains(QStringLiteral("token")));
    s.bindAddress = QStringLiteral("::1"); // loopback without a token is allowed
    EXPECT_TRUE(settings.setWebhook(person(Role::Admin), s));
    s.port = 70000;
    EXPECT_FALSE(settings.setWebhook(person(Role::Admin), s));
    s.port = 0;
    s.token = QStringLiteral("has space");
    EXPECT_FALSE(settings.setWebhook(person(Role::Admin), s));
    EXPECT_EQ(settings.webhook().bindAddress, QStringLiteral("::1")); // the last good save
}

TEST(IntakeSettings, GeneratesLongDistinctTokens)
{
    const QString a = IntakeSettings::generateToken();
    const QString b = IntakeSettings::generateToken();
    EXPECT_GE(a.size(), 40);
    EXPECT_NE(a, b);
    WebhookSettings s;
    s.token = a;
    EXPECT_TRUE(IntakeSettings::validate(s).isEmpty());
}

TEST(IntakeSettings, TellsLoopbackFromOtherAddresses)
{
    EXPECT_TRUE(IntakeSettings::isLoopback(QStringLiteral("127.0.0.1")));
    EXPECT_TRUE(IntakeSettings::isLoopback(QStringLiteral("localhost")));
    EXPECT_TRUE(IntakeSettings::isLoopback(QStringLiteral("::1")));
    EXPECT_FALSE(IntakeSettings::isLoopback(QStringLiteral("192.168.1.10")));
    EXPECT_FALSE(IntakeSettings::isAddress(QStringLiteral("256.1.1.1")));
    EXPECT_TRUE(IntakeSettings::isAddress(QStringLiteral("fe80::1")));
}
