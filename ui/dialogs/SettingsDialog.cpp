#include "ui/dialogs/SettingsDialog.h"

#include "core/security/Permissions.h"
#include "core/store/Store.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace lr::ui {

SettingsDialog::SettingsDialog(Store &store, const User &user, QWidget *parent)
    : QDialog(parent), m_store(store), m_user(user)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    const WebhookSettings current = IntakeSettings(m_store.settings).webhook();

    auto *group = new QGroupBox(tr("Webhook intake"), this);
    group->setObjectName(QStringLiteral("webhookGroup"));
    auto *explain = new QLabel(tr("While LeadRelay is open it can receive your website's form submissions "
                                  "(POST /v1/submissions with a JSON body). These settings are stored with the "
                                  "database."),
                               group);
    explain->setWordWrap(true);
    explain->setObjectName(QStringLiteral("pageSubtitle"));

    m_enabled = new QCheckBox(tr("&Receive web form submissions while the app is open"), group);
    m_enabled->setObjectName(QStringLiteral("webhookEnabled"));
    m_enabled->setChecked(current.enabled);
    m_bind = new QLineEdit(current.bindAddress, group);
    m_bind->setObjectName(QStringLiteral("webhookBind"));
    m_bind->setToolTip(tr("127.0.0.1 accepts submissions from this computer only (for example a local proxy); "
                          "0.0.0.0 from every network."));
    m_port = new QSpinBox(group);
    m_port->setObjectName(QStringLiteral("webhookPort"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("Any free port"));
    m_port->setValue(current.port);
    m_port->setMinimumWidth(140);

    m_token = new QLineEdit(current.token, group);
    m_token->setObjectName(QStringLiteral("webhookToken"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("None (loopback only)"));
    m_reveal = new QToolButton(group);
    m_reveal->setObjectName(QStringLiteral("webhookRevealToken"));
    m_reveal->setText(tr("Show"));
    m_reveal->setCheckable(true);
    m_generate = new QPushButton(tr("&Generate"), group);
    m_generate->setObjectName(QStringLiteral("webhookGenerateToken"));
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_reveal);
    tokenRow->addWidget(m_generate);

    m_url = new QLabel(group);
    m_url->setObjectName(QStringLiteral("webhookUrl"));
    m_url->setWordWrap(true);
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(12);
    form->addRow(tr("&Bind address:"), m_bind);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("Bearer token:"), tokenRow);
    auto *groupLayout = new QVBoxLayout(group);
    groupLayout->setSpacing(10);
    groupLayout->addWidget(explain);
    groupLayout->addWidget(m_enabled);
    groupLayout->addLayout(form);
    groupLayout->addWidget(m_url);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 18, 18, 14);
    layout->setSpacing(12);
    layout->addWidget(group);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    // Mirrors the rule IntakeSettings enforces on save.
    if (!Permissions::allows(m_user, Permission::ManageIntakeSettings)) {
        group->setEnabled(false);
        m_error->setText(Permissions::check(m_user, Permission::ManageIntakeSettings).error());
        m_error->show();
        okButton()->setEnabled(false);
    }

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reveal, &QToolButton::toggled, this, [this](bool shown) {
        m_token->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setText(shown ? tr("Hide") : tr("Show"));
    });
    connect(m_generate, &QPushButton::clicked, this, [this] { m_token->setText(IntakeSettings::generateToken()); });
    connect(m_enabled, &QCheckBox::toggled, this, &SettingsDialog::updateState);
    connect(m_bind, &QLineEdit::textChanged, this, &SettingsDialog::updateState);
    connect(m_port, &QSpinBox::valueChanged, this, &SettingsDialog::updateState);
    connect(m_token, &QLineEdit::textChanged, this, &SettingsDialog::updateState);
    setMinimumWidth(600);
    updateState();
}

SettingsDialog::~SettingsDialog() = default;

QPushButton *SettingsDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

WebhookSettings SettingsDialog::webhookSettings() const
{
    WebhookSettings s;
    s.enabled = m_enabled->isChecked();
    s.bindAddress = m_bind->text().trimmed();
    s.port = m_port->value();
    s.token = m_token->text().trimmed();
    return s;
}

void SettingsDialog::updateState()
{
    const bool on = m_enabled->isChecked();
    m_bind->setEnabled(on);
    m_port->setEnabled(on);
    m_token->setEnabled(on);
    m_reveal->setEnabled(on);
    m_generate->setEnabled(on);
    const WebhookSettings s = webhookSettings();
    const QString port = s.port == 0 ? tr("<port>") : QString::number(s.port);
    m_url->setText(on ? tr("Websites post to http://%1:%2/v1/submissions%3")
                            .arg(s.bindAddress, port,
                                 s.token.isEmpty() ? QString() : tr(" with the header Authorization: Bearer <token>"))
                      : tr("Webhook intake is off."));
}

void SettingsDialog::accept()
{
    const Status saved = IntakeSettings(m_store.settings).setWebhook(m_user, webhookSettings());
    if (!saved) {
        m_error->setText(saved.error());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace lr::ui
