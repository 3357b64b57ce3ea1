#include "ui/dialogs/SettingsDialog.h"

#include "core/intake/IntakeSettings.h"
#include "core/server/WebhookHost.h"
#include "core/store/Store.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/FakeUserPicker.h"
#include "tests/ui/UiFixture.h"
#include "ui/MainWindow.h"
#include "ui/import/IntakeActions.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace lr;
using lr::ui::SettingsDialog;

namespace {

class SettingsDialogTest : public ::testing::Test
{
protected:
    void SetUp() override { org = test::createSalesOrg(*store); }

    QJsonObject post(quint16 port, const QByteArray &body, const QString &token)
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/submissions").arg(port)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkReply *reply = http.post(request, body);
        EXPECT_TRUE(test::waitFor([reply] { return reply->isFinished(); }, 5000));
        lastStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return json;
    }

    test::IsolatedSettings settings;
    test::TempStore store;
    ManualClock clock{test::kTestStart};
    test::SalesOrg org;
    test::FakeUserPicker picker;
    QNetworkAccessManager http;
    int lastStatus = 0;
};

} // namespace

TEST_F(SettingsDialogTest, EnablingTheWebhookStartsAServerThatTakesLeads)
{
    WebhookHost host(*store, clock);
    ui::MainWindow window(*store, clock, picker, org.admin);
    window.setWebhookHost(&host);
    window.show();
    auto *status = window.findChild<QLabel *>(QStringLiteral("statusWebhook"));
    ASSERT_TRUE(status);
    EXPECT_EQ(status->text(), QStringLiteral("Webhook: off"));

    QAction *settingsAction = window.intakeActions()->settingsAction();
    ASSERT_TRUE(settingsAction->isVisible());
    EXPECT_TRUE(window.findChild<QMenu *>(QStringLiteral("toolsMenu"))->menuAction()->isVisible());
    settingsAction->trigger();
    SettingsDialog *dialog = window.findChild<SettingsDialog *>();
    ASSERT_TRUE(dialog);
    EXPECT_FALSE(dialog->bindEdit()->isEnabled()); // off until enabled
    QTest::mouseClick(dialog->enabledCheck(), Qt::LeftButton);
    EXPECT_TRUE(dialog->bindEdit()->isEnabled());
    EXPECT_EQ(dialog->bindEdit()->text(), QStringLiteral("127.0.0.1"));
    dialog->portSpin()->setValue(0); // any free port: the status bar tells which
    EXPECT_EQ(dialog->tokenEdit()->echoMode(), QLineEdit::Password);
    QTest::mouseClick(dialog->generateButton(), Qt::LeftButton);
    const QString token = dialog->tokenEdit()->text();
    EXPECT_GE(token.size(), 40);
    QTest::mouseClick(dialog->revealButton(), Qt::LeftButton);
    EXPECT_EQ(dialog->tokenEdit()->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    ASSERT_TRUE(test::waitFor([&] { return window.findChild<SettingsDialog *>() == nullptr; }));

    ASSERT_TRUE(host.isListening()) << host.statusText().toStdString();
    EXPECT_EQ(status->text(), QStringLiteral("Webhook: listening on 127.0.0.1:%1").arg(host.port()));
    const WebhookSettings saved = IntakeSettings(store->settings).webhook();
    EXPECT_TRUE(saved.enabled);
    EXPECT_EQ(saved.token, token);

    const QJsonObject answer = post(host.port(), R"({"email":"eva@braun-bau.de","first_name":"eva"})", token);
    EXPECT_EQ(lastStatus, 202);
    EXPECT_EQ(answer.value(QStringLiteral("status")).toString(), QStringLiteral("created"));
    const auto lead = store->leads.find(AccessScope::system(), answer.value(QStringLiteral("lead_id")).toInteger());
    ASSERT_TRUE(lead);
    EXPECT_EQ(lead->firstName, QStringLiteral("Eva"));
    post(host.port(), R"({"email":"max@braun-bau.de"})", QStringLiteral("wrong"));
    EXPECT_EQ(lastStatus, 401);
}

TEST_F(SettingsDialogTest, ABusyPortIsShownInTheStatusBar)
{
    WebhookHost squatter(*store, clock);
    WebhookSettings s;
    s.enabled = true;
    s.port = 0;
    squatter.apply(s);
    ASSERT_TRUE(squatter.isListening());

    WebhookHost host(*store, clock);
    ui::MainWindow window(*store, clock, picker, org.admin);
    window.setWebhookHost(&host);
    s.port = squatter.port();
    ASSERT_TRUE(IntakeSettings(store->settings).setWebhook(org.admin, s));
    host.applyStored();
    const QString text = window.findChild<QLabel *>(QStringLiteral("statusWebhook"))->text();
    EXPECT_TRUE(text.contains(QStringLiteral("Cannot listen on 127.0.0.1:%1").arg(squatter.port())))
        << text.toStdString();
}

TEST_F(SettingsDialogTest, OnlyAdminsSeeSettingsAndCoreRefusesOthers)
{
    ui::MainWindow window(*store, clock, picker, org.northManager);
    EXPECT_FALSE(window.intakeActions()->settingsAction()->isVisible());
    // Opened anyway (say by a future shortcut), the section is read-only and saving is refused.
    SettingsDialog dialog(*store, org.northManager);
    EXPECT_FALSE(dialog.enabledCheck()->isEnabled());
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    EXPECT_TRUE(dialog.errorLabel()->text().contains(QStringLiteral("administrators")));
    dialog.accept();
    EXPECT_FALSE(IntakeSettings(store->settings).webhook().enabled);

    // A bad bind address from an admin is explained and nothing is saved.
    SettingsDialog admin(*store, org.admin);
    QTest::mouseClick(admin.enabledCheck(), Qt::LeftButton);
    admin.bindEdit()->setText(QStringLiteral("0.0.0.0"));
    admin.tokenEdit()->clear();
    QTest::mouseClick(admin.okButton(), Qt::LeftButton);
    EXPECT_TRUE(admin.errorLabel()->text().contains(QStringLiteral("token")))
        << admin.errorLabel()->text().toStdString();
    EXPECT_FALSE(IntakeSettings(store->settings).webhook().enabled);
}
