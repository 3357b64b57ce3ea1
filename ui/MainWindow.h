#pragma once

#include "core/domain/User.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QListWidget;
class QStackedWidget;

namespace lr {
class Clock;
class Store;
class WebhookHost;
} // namespace lr

namespace lr::ui {

class IntakeActions;
class DuplicatesPage;
class PipelinePage;
class DashboardPage;
class InboxPage;
class MyDayPage;
class RuleEditorPage;
class ScoringRulesTab;
class IntakePage;
class LeadListPage;
class TeamPage;
class UserPicker;

/// The application window. Only wires pages, navigation, menus and the status bar; the pages
/// do the work.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Page { Leads, Team, Intake, Duplicates, Pipeline, Rules, Dashboard, Inbox, MyDay, Count };

    MainWindow(Store &store, const Clock &clock, UserPicker &picker, const User &user, QWidget *parent = nullptr);
    ~MainWindow() override;

    const User &user() const { return m_user; }
    /// Signs `user` in: every page shows what their role may see.
    void setUser(const User &user);
    void showPage(Page page);
    Page currentPage() const;
    /// Shows `text` in the status bar until the next message.
    void showMessage(const QString &text);
    /// Shows the state of the webhook server the app runs (null: none in this process).
    void setWebhookHost(WebhookHost *host);

    LeadListPage *leadListPage() const { return m_leads; }
    TeamPage *teamPage() const { return m_team; }
    IntakePage *intakePage() const { return m_intakePage; }
    PipelinePage *pipelinePage() const { return m_pipelinePage; }
    DashboardPage *dashboardPage() const { return m_dashboard; }
    InboxPage *inboxPage() const { return m_inbox; }
    MyDayPage *myDayPage() const { return m_myDay; }
    /// The durable timers fired (or the clock moved): live views update.
    void timersTicked();
    /// Finishes, in the background, a re-score that the last run left unfinished (see
    /// RescoreJob::isDue); called once the window is up.
    void resumeRescore();
    DuplicatesPage *duplicatesPage() const { return m_duplicates; }
    RuleEditorPage *ruleEditorPage() const { return m_rules; }
    QListWidget *navigation() const { return m_navigation; }
    IntakeActions *intakeActions() const { return m_intake; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPages();
    void createActions();
    void createStatusBar();
    void switchUser();
    void refresh();
    void showAbout();
    void showEnrichment();
    void showCurrencies();
    void updateLeadCount();
    void saveSettings() const;
    void restoreSettings();
    bool mayOpen(Page page) const;

    Store &m_store;
    const Clock &m_clock;
    UserPicker &m_picker;
    User m_user;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    LeadListPage *m_leads = nullptr;
    TeamPage *m_team = nullptr;
    IntakePage *m_intakePage = nullptr;
    PipelinePage *m_pipelinePage = nullptr;
    DashboardPage *m_dashboard = nullptr;
    InboxPage *m_inbox = nullptr;
    MyDayPage *m_myDay = nullptr;
    DuplicatesPage *m_duplicates = nullptr;
    RuleEditorPage *m_rules = nullptr;
    ScoringRulesTab *m_scoringTab = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QAction *m_enrichmentAction = nullptr;
    QAction *m_currencyAction = nullptr;
    IntakeActions *m_intake = nullptr;
    QAction *m_pageActions[static_cast<int>(Page::Count)] = {};
    QLabel *m_userLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_countLabel = nullptr;
};

} // namespace lr::ui
