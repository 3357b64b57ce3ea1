#include "ui/import/IntakeActions.h"

#include "core/security/Permissions.h"
#include "core/server/WebhookHost.h"
#include "core/store/Store.h"
#include "ui/dialogs/LeadEntryDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/import/DialogFileChooser.h"
#include "ui/import/ImportWizard.h"

#include <QAction>
#include <QLabel>
#include <QTimer>
#include <QWidget>

namespace lr::ui {

IntakeActions::IntakeActions(Store &store, const Clock &clock, QWidget *window)
    : QObject(window), m_store(store), m_clock(clock), m_window(window),
      m_dialogFiles(std::make_unique<DialogFileChooser>()), m_files(m_dialogFiles.get())
{
    m_newLead = new QAction(QIcon(QStringLiteral(":/icons/lead.svg")), tr("&New Lead…"), this);
    m_newLead->setObjectName(QStringLiteral("newLeadAction"));
    m_newLead->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_newLead->setToolTip(tr("Type in a lead from a call, a chat or a referral"));
    connect(m_newLead, &QAction::triggered, this, &IntakeActions::newLead);

    m_import = new QAction(tr("&Import Leads…"), this);
    m_import->setObjectName(QStringLiteral("importLeadsAction"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_import, &QAction::triggered, this, &IntakeActions::importLeads);

    m_settings = new QAction(tr("&Settings…"), this);
    m_settings->setObjectName(QStringLiteral("settingsAction"));
    m_settings->setMenuRole(QAction::PreferencesRole);
    connect(m_settings, &QAction::triggered, this, &IntakeActions::openSettings);

    m_webhookLabel = new QLabel(window);
    m_webhookLabel->setObjectName(QStringLiteral("statusWebhook"));
    m_webhookLabel->hide();

    // Submissions can arrive many per second: refresh the lists at most every half second.
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(500);
    connect(m_refreshTimer, &QTimer::timeout, this, &IntakeActions::leadsChanged);
}

IntakeActions::~IntakeActions() = default;

void IntakeActions::setUser(const User &user)
{
    m_user = user;
    const std::pair<QAction *, Permission> gated[] = {{m_newLead, Permission::EnterLeads},
                                                      {m_import, Permission::ImportLeads},
                                                      {m_settings, Permission::ManageIntakeSettings}};
    for (const auto &[action, permission] : gated) {
        const bool allowed = Permissions::allows(user, permission);
        action->setVisible(allowed);
        action->setEnabled(allowed);
    }
}

void IntakeActions::setWebhookHost(WebhookHost *host)
{
    if (m_host)
        disconnect(m_host, nullptr, this, nullptr);
    m_host = host;
    m_webhookLabel->setVisible(host != nullptr);
    if (!host)
        return;
    connect(host, &WebhookHost::statusChanged, this, &IntakeActions::showWebhookStatus);
    connect(host, &WebhookHost::submissionProcessed, this, &IntakeActions::scheduleRefresh);
    showWebhookStatus(host->statusText(), host->hasError());
}

void IntakeActions::showWebhookStatus(const QString &text, bool error)
{
    m_webhookLabel->setText(text);
    m_webhookLabel->setToolTip(text);
    m_webhookLabel->setStyleSheet(error ? QStringLiteral("color: #b91c1c;") : QString());
}

void IntakeActions::scheduleRefresh()
{
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void IntakeActions::newLead()
{
    if (const Status allowed = Permissions::check(m_user, Permission::EnterLeads); !allowed) {
        emit message(allowed.error());
        return;
    }
    auto *dialog = new LeadEntryDialog(m_store, m_clock, m_user, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto &result = dialog->result();
        if (!result)
            return;
        emit message(result->message());
        emit leadsChanged();
        if (result->visible)
            emit leadEntered(result->outcome.leadId);
    });
    dialog->open();
}

void IntakeActions::importLeads()
{
    // The worker refuses too (LeadImportService); this spares a rep a wizard they cannot finish.
    if (const Status allowed = Permissions::check(m_user, Permission::ImportLeads); !allowed) {
        emit message(allowed.error());
        return;
    }
    auto *wizard = new ImportWizard(m_store.database().path(), m_clock, m_user, *m_files, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::importFinished, this, &IntakeActions::leadsChanged);
    wizard->open();
}

void IntakeActions::openSettings()
{
    auto *dialog = new SettingsDialog(m_store, m_user, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (m_host)
            m_host->apply(dialog->webhookSettings());
        emit message(tr("Settings saved."));
    });
    dialog->open();
}

} // namespace lr::ui
