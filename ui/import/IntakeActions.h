#pragma once

#include "core/domain/Ids.h"
#include "core/domain/User.h"

#include <QObject>

#include <memory>

class QAction;
class QLabel;
class QTimer;
class QWidget;

namespace lr {
class Clock;
class Store;
class WebhookHost;
} // namespace lr

namespace lr::ui {

class FileChooser;

/// The capture actions of the main window: File ▸ New Lead… (Ctrl+N), File ▸ Import Leads…
/// (Ctrl+I) and Tools ▸ Settings… with the webhook status label, shown by role (mirroring
/// Permissions; core refuses regardless). Keeps MainWindow to wiring.
class IntakeActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakeActions)

public:
    IntakeActions(Store &store, const Clock &clock, QWidget *window);
    ~IntakeActions() override;

    void setUser(const User &user);
    /// The webhook server the app runs (may be null: no webhook in this process).
    void setWebhookHost(WebhookHost *host);
    /// Replaces the file dialogs (tests).
    void setFileChooser(FileChooser *files) { m_files = files; }

    QAction *newLeadAction() const { return m_newLead; }
    QAction *importAction() const { return m_import; }
    QAction *settingsAction() const { return m_settings; }
    QLabel *webhookLabel() const { return m_webhookLabel; }

    void newLead();
    void importLeads();
    void openSettings();

signals:
    /// Leads were added or changed (import finished, webhook submissions): refresh the lists.
    void leadsChanged();
    /// A lead was entered by hand and the user may see it: select it.
    void leadEntered(Id leadId);
    void message(const QString &text);

private:
    void showWebhookStatus(const QString &text, bool error);
    void scheduleRefresh();

    Store &m_store;
    const Clock &m_clock;
    QWidget *m_window;
    User m_user;
    std::unique_ptr<FileChooser> m_dialogFiles;
    FileChooser *m_files = nullptr;
    WebhookHost *m_host = nullptr;
    QAction *m_newLead = nullptr;
    QAction *m_import = nullptr;
    QAction *m_settings = nullptr;
    QLabel *m_webhookLabel = nullptr;
    QTimer *m_refreshTimer = nullptr;
};

} // namespace lr::ui
