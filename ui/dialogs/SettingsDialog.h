#pragma once

#include "core/domain/User.h"
#include "core/intake/IntakeSettings.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace lr {
class Store;
} // namespace lr

namespace lr::ui {

/// Tools ▸ Settings…: store-wide settings. The "Webhook intake" section (enable, bind address,
/// port, bearer token with Generate and a reveal toggle) is saved through IntakeSettings, which
/// refuses anyone but an admin; for others the section is read-only.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(Store &store, const User &user, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /// The settings as shown (and, after OK, as saved).
    WebhookSettings webhookSettings() const;

    QCheckBox *enabledCheck() const { return m_enabled; }
    QLineEdit *bindEdit() const { return m_bind; }
    QSpinBox *portSpin() const { return m_port; }
    QLineEdit *tokenEdit() const { return m_token; }
    QPushButton *generateButton() const { return m_generate; }
    QToolButton *revealButton() const { return m_reveal; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *okButton() const;

public slots:
    void accept() override;

private:
    void updateState();

    Store &m_store;
    User m_user;
    QCheckBox *m_enabled = nullptr;
    QLineEdit *m_bind = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_token = nullptr;
    QPushButton *m_generate = nullptr;
    QToolButton *m_reveal = nullptr;
    QLabel *m_url = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace lr::ui
