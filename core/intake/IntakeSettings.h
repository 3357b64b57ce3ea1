#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace lr {

class SettingsRepository;
struct User;

/// Webhook intake inside the desktop app, as stored in the store's settings.
struct WebhookSettings
{
    bool enabled = false;
    QString bindAddress = QStringLiteral("127.0.0.1");
    int port = 8085; ///< 0 = any free port (the status bar shows which).
    QString token;   ///< Bearer token; may be empty only on a loopback address.

    bool operator==(const WebhookSettings &) const = default;
};

/// Reads and writes the store-wide intake settings. Writing is for admins only, checked here
/// (not only by hiding the Settings action), and refuses settings that would expose an
/// unauthenticated webhook beyond this computer.
class IntakeSettings final
{
    Q_DECLARE_TR_FUNCTIONS(lr::IntakeSettings)

public:
    explicit IntakeSettings(SettingsRepository &settings) : m_settings(settings) {}

    WebhookSettings webhook() const;
    Status setWebhook(const User &user, const WebhookSettings &webhook);

    /// A translated problem with `webhook`, or empty.
    static QString validate(const WebhookSettings &webhook);
    /// A new random bearer token (32 random bytes, base64url).
    static QString generateToken();
    /// True for 127.0.0.0/8, ::1 and "localhost".
    static bool isLoopback(const QString &address);
    /// True for a literal IPv4 or IPv6 address (or "localhost").
    static bool isAddress(const QString &address);

private:
    SettingsRepository &m_settings;
};

} // namespace lr
