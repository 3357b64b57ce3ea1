#include "core/intake/IntakeSettings.h"

#include "core/security/Permissions.h"
#include "core/store/SettingsRepository.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace lr {
namespace {

const QString kEnabled = QStringLiteral("webhook.enabled");
const QString kBind = QStringLiteral("webhook.bind");
const QString kPort = QStringLiteral("webhook.port");
const QString kToken = QStringLiteral("webhook.token");

bool isIPv4(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    for (const QString &part : parts) {
        bool ok = false;
        const int n = part.toInt(&ok);
        if (!ok || part.isEmpty() || part.size() > 3 || n < 0 || n > 255)
            return false;
    }
    return true;
}

} // namespace

WebhookSettings IntakeSettings::webhook() const
{
    WebhookSettings s;
    s.enabled = m_settings.value(kEnabled) == QLatin1String("1");
    s.bindAddress = m_settings.value(kBind, s.bindAddress);
    bool ok = false;
    const int port = m_settings.value(kPort).toInt(&ok);
    if (ok && port >= 0 && port <= 65535)
        s.port = port;
    s.token = m_settings.value(kToken);
    return s;
}

Status IntakeSettings::setWebhook(const User &user, const WebhookSettings &webhook)
{
    if (const Status allowed = Permissions::check(user, Permission::ManageIntakeSettings); !allowed)
        return allowed;
    if (const QString problem = validate(webhook); !problem.isEmpty())
        return Status::failure(problem);
    const std::pair<QString, QString> values[] = {
        {kEnabled, webhook.enabled ? QStringLiteral("1") : QStringLiteral("0")},
        {kBind, webhook.bindAddress.trimmed()},
        {kPort, QString::number(webhook.port)},
        {kToken, webhook.token.trimmed()}};
    for (const auto &[key, value] : values) {
        if (const Status s = m_settings.setValue(key, value); !s)
            return s;
    }
    return {};
}

QString IntakeSettings::validate(const WebhookSettings &webhook)
{
    const QString address = webhook.bindAddress.trimmed();
    if (!isAddress(address))
        return tr("\"%1\" is not an IP address. Use 127.0.0.1 for this computer only, or 0.0.0.0 for every "
                  "network.")
            .arg(address);
    if (webhook.port < 0 || webhook.port > 65535)
        return tr("The port must be between 1 and 65535 (or 0 for any free port).");
    const QString token = webhook.token.trimmed();
    if (webhook.enabled && token.isEmpty() && !isLoopback(address))
        return tr("Set a bearer token before listening on %1: other computers can reach it.").arg(address);
    static const QRegularExpression printable(QStringLiteral("^[\\x21-\\x7E]*$"));
    if (!printable.match(token).hasMatch())
        return tr("The token may only contain visible ASCII characters, no spaces.");
    return {};
}

QString IntakeSettings::generateToken()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray bytes(reinterpret_cast<const char *>(words), sizeof(words));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool IntakeSettings::isLoopback(const QString &address)
{
    const QString a = address.trimmed().toLower();
    return a == QLatin1String("localhost") || a == QLatin1String("::1") ||
           (isIPv4(a) && a.startsWith(QLatin1String("127.")));
}

bool IntakeSettings::isAddress(const QString &address)
{
    const QString a = address.trimmed().toLower();
    if (a == QLatin1String("localhost") || isIPv4(a))
        return true;
    static const QRegularExpression ipv6(QStringLiteral("^[0-9a-f:]*:[0-9a-f:.]*$"));
    return a.count(QLatin1Char(':')) >= 2 && ipv6.match(a).hasMatch();
}

} // namespace lr
