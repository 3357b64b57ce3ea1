#include "ui/MainWindow.h"

#include "core/store/Store.h"
#include "ui/Format.h"
#include "ui/SignInFlow.h"
#include "ui/dialogs/AboutDialog.h"
#include "ui/dialogs/CurrencyDialog.h"
#include "ui/dialogs/EnrichmentDialog.h"
#include "ui/import/IntakeActions.h"
#include "ui/pages/DashboardPage.h"
#include "ui/pages/DuplicatesPage.h"
#include "ui/pages/InboxPage.h"
#include "ui/pages/IntakePage.h"
#include "ui/pages/LeadListPage.h"
#include "ui/pages/MyDayPage.h"
#include "ui/pages/PipelinePage.h"
#include "ui/pages/TeamPage.h"
#include "ui/rules/PipelineRulesTab.h"
#include "ui/rules/RoutingRulesTab.h"
#include "ui/rules/RuleEditorPage.h"
#include "ui/rules/ScoringRulesTab.h"
#include "ui/rules/SlaPoliciesTab.h"
#include "ui/widgets/NotificationCenter.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

namespace lr::ui {
namespace {

QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

} // namespace

MainWindow::MainWindow(Store &store, const Clock &clock, UserPicker &picker, const User &user, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_clock(clock), m_picker(picker), m_user(user)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(icon("logo"));
    createPages();
    createActions();
    createStatusBar();
    restoreSettings();
    setUser(user);
}

MainWindow::~MainWindow() = default;

void MainWindow::resumeRescore()
{
    m_scoringTab->resumeRescoreIfDue();
}

void MainWindow::createPages()
{
    m_leads = new LeadListPage(m_store, m_clock, m_user, this);
    m_team = new TeamPage(m_store, m_clock, m_user, this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_leads);
    m_pages->addWidget(m_team);
    m_intakePage = new IntakePage(m_store, m_clock, m_user, this);
    m_pages->addWidget(m_intakePage);

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setFocusPolicy(Qt::NoFocus);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->addItem(new QListWidgetItem(icon("lead"), tr("Leads")));
    m_navigation->addItem(new QListWidgetItem(icon("team"), tr("Team")));
    m_navigation->addItem(new QListWidgetItem(icon("intake"), tr("Intake")));
    // Duplicates: the last page (its Page value is the last before Count).
    m_duplicates = new DuplicatesPage(m_store, m_clock, m_user, this);
    m_pages->addWidget(m_duplicates);
    m_navigation->addItem(new QListWidgetItem(icon("duplicates"), tr("Duplicates")));
    // Pipeline: the deal board (after Duplicates, in Page order).
    m_pipelinePage = new PipelinePage(m_store, m_clock, m_user, this);
    m_pages->addWidget(m_pipelinePage);
    m_navigation->addItem(new QListWidgetItem(icon("pipeline"), tr("Pipeline")));
    // Rules: the admins' rule editor (after Pipeline, in Page order); features add their tabs.
    m_rules = new RuleEditorPage(m_user, this);
    m_scoringTab = new ScoringRulesTab(m_store, m_clock, m_rules);
    m_rules->addTab(m_scoringTab, tr("Scoring"));
    m_rules->addTab(new PipelineRulesTab(m_store, m_clock, m_rules), tr("Pipeline"));
    auto *routingTab = new RoutingRulesTab(m_store, m_clock, m_rules);
    auto *slaTab = new SlaPoliciesTab(m_store, m_clock, m_rules);
    m_rules->addTab(routingTab, tr("Routing"));
    // A team's countries move its territory rule in the store: the tab shows the rules as stored.
    connect(m_team, &TeamPage::teamsChanged, routingTab, &RoutingRulesTab::refresh);
    m_rules->addTab(slaTab, tr("SLA"));
    // The routing What-if replays with the SLA tab's unsaved policies (both tabs live as long as the page).
    routingTab->setSlaDraftSource([slaTab] { return slaTab->unsavedPolicies(); });
    m_pages->addWidget(m_rules);
    m_navigation->addItem(new QListWidgetItem(icon("rules"), tr("Rules")));
    // Dashboard: the metrics (the last page, in Page order); every role, scoped in core.
    m_dashboard = new DashboardPage(m_store, m_clock, m_user, this);
    m_pages->addWidget(m_dashboard);
    m_navigation->addItem(new QListWidgetItem(icon("dashboard"), tr("Dashboard")));
    connect(m_dashboard, &DashboardPage::message, this, &MainWindow::showMessage);
    // Inbox and My day: route and respond (live SLA countdowns, the task queue, notifications).
    m_inbox = new InboxPage(m_store, m_clock, m_user, this);
    m_pages->addWidget(m_inbox);
    m_navigation->addItem(new QListWidgetItem(icon("lead"), tr("Inbox")));
    m_myDay = new MyDayPage(m_store, m_clock, m_user, this);
    m_pages->addWidget(m_myDay);
    m_navigation->addItem(new QListWidgetItem(icon("user"), tr("My day")));
    connect(m_inbox, &InboxPage::leadsChanged, this, [this] {
        m_leads->refresh();
        m_myDay->refresh();
    });
    connect(m_myDay, &MyDayPage::tasksChanged, this, [this] { m_inbox->refresh(); });
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showPage(static_cast<Page>(row));
    });

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_leads, &LeadListPage::message, this, &MainWindow::showMessage);
    connect(m_leads, &LeadListPage::countChanged, this, &MainWindow::updateLeadCount);
    connect(m_pipelinePage, &PipelinePage::message, this, &MainWindow::showMessage);
    connect(m_intakePage, &IntakePage::message, this, &MainWindow::showMessage);
    connect(m_intakePage, &IntakePage::leadsChanged, this, [this] {
        m_leads->refresh();
        updateLeadCount();
    });
    connect(m_duplicates, &DuplicatesPage::message, this, &MainWindow::showMessage);
    connect(m_rules, &RuleEditorPage::message, this, &MainWindow::showMessage);
    connect(m_rules, &RuleEditorPage::leadsChanged, this, [this] {
        m_leads->refresh();
        updateLeadCount();
    });
    connect(m_duplicates, &DuplicatesPage::leadsChanged, this, [this] {
        m_leads->refresh();
        updateLeadCount();
    });
}

void MainWindow::createActions()
{
    m_intake = new IntakeActions(m_store, m_clock, this);
    connect(m_intake, &IntakeActions::leadsChanged, this, &MainWindow::refresh);
    connect(m_intake, &IntakeActions::message, this, &MainWindow::showMessage);
    connect(m_intake, &IntakeActions::leadEntered, this, [this](Id id) {
        showPage(Page::Leads);
        m_leads->selectLead(id);
    });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_intake->newLeadAction());
    file->addAction(m_intake->importAction());
    file->addSeparator();
    QAction *switchUser = file->addAction(icon("user"), tr("&Switch User…"), this, &MainWindow::switchUser);
    switchUser->setObjectName(QStringLiteral("switchUserAction"));
    switchUser->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    file->addSeparator();
    QAction *quit = file->addAction(icon("quit"), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refreshAction = view->addAction(icon("refresh"), tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    QAction *find = view->addAction(icon("search"), tr("&Find Leads"), this, [this] {
        showPage(Page::Leads);
        m_leads->focusSearch();
    });
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    view->addSeparator();
    auto *group = new QActionGroup(this);
    const std::pair<Page, const char *> pages[] = {{Page::Leads, "lead"},        {Page::Team, "team"},
                                                   {Page::Intake, "intake"},     {Page::Duplicates, "duplicates"},
                                                   {Page::Pipeline, "pipeline"}, {Page::Rules, "rules"}};
    for (const auto &[page, iconName] : pages) {
        const int i = static_cast<int>(page);
        QAction *action = view->addAction(icon(iconName), m_navigation->item(i)->text(), this,
                                          [this, page = page] { showPage(page); });
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        group->addAction(action);
        m_pageActions[i] = action;
    }

    for (const auto &[page, iconName] : {std::pair{Page::Inbox, "lead"}, std::pair{Page::MyDay, "user"}}) {
        const int i = static_cast<int>(page);
        QAction *action = view->addAction(icon(iconName), m_navigation->item(i)->text(), this,
                                          [this, page = page] { showPage(page); });
        action->setCheckable(true);
        group->addAction(action);
        m_pageActions[i] = action;
    }
    {
        const int i = static_cast<int>(Page::Dashboard);
        QAction *action = view->addAction(icon("dashboard"), m_navigation->item(i)->text(), this,
                                          [this] { showPage(Page::Dashboard); });
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        group->addAction(action);
        m_pageActions[i] = action;
    }

    // Tools: admin and data actions; each feature adds its own actions here.
    m_toolsMenu = menuBar()->addMenu(tr("&Tools"));
    m_toolsMenu->setObjectName(QStringLiteral("toolsMenu"));
    m_enrichmentAction = m_toolsMenu->addAction(tr("&Enrichment…"), this, &MainWindow::showEnrichment);
    m_enrichmentAction->setObjectName(QStringLiteral("enrichmentAction"));
    m_currencyAction = m_toolsMenu->addAction(tr("&Currencies…"), this, &MainWindow::showCurrencies);
    m_currencyAction->setObjectName(QStringLiteral("currencyAction"));
    m_toolsMenu->addAction(m_intake->settingsAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(icon("about"), tr("&About LeadRelay"), this, &MainWindow::showAbout)
        ->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createStatusBar()
{
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("statusUser"));
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("statusDatabase"));
    const QString path = QDir::toNativeSeparators(m_store.database().path());
    m_databaseLabel->setText(QFontMetrics(font()).elidedText(path, Qt::ElideMiddle, 360));
    m_databaseLabel->setToolTip(tr("Database: %1").arg(path));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("statusCount"));
    statusBar()->addPermanentWidget(m_intake->webhookLabel());
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);
    statusBar()->addPermanentWidget(m_userLabel);
}

void MainWindow::setUser(const User &user)
{
    m_user = user;
    setWindowTitle(tr("LeadRelay — %1").arg(user.name));
    m_userLabel->setText(tr("%1 · %2").arg(user.name, displayName(user.role)));
    m_userLabel->setToolTip(user.email);
    m_leads->setUser(user);
    m_team->setUser(user);
    m_intakePage->setUser(user);
    m_pipelinePage->setUser(user);
    m_dashboard->setUser(user);
    m_inbox->setUser(user);
    m_myDay->setUser(user);
    m_duplicates->setUser(user);
    m_rules->setUser(user);
    for (int i = 0; i < static_cast<int>(Page::Count); ++i) {
        const bool allowed = mayOpen(static_cast<Page>(i));
        m_navigation->item(i)->setHidden(!allowed);
        m_pageActions[i]->setVisible(allowed);
        m_pageActions[i]->setEnabled(allowed);
    }
    m_intake->setUser(user);
    m_enrichmentAction->setVisible(user.role == Role::Admin); // core refuses others anyway
    m_currencyAction->setVisible(user.role != Role::Rep);     // managers read the rates their sums use
    bool anyTool = false;
    for (const QAction *action : m_toolsMenu->actions())
        anyTool = anyTool || (action->isVisible() && !action->isSeparator());
    m_toolsMenu->menuAction()->setVisible(anyTool);
    if (!mayOpen(currentPage()))
        showPage(Page::Leads);
    else
        showPage(currentPage());
    updateLeadCount();
}

bool MainWindow::mayOpen(Page page) const
{
    if (page == Page::Intake)
        return m_user.role == Role::Admin; // core refuses everyone else too
    if (page == Page::Rules)
        return m_user.role == Role::Admin; // core refuses everyone else's saves too
    if (page == Page::Duplicates)
        return m_user.role != Role::Rep; // DuplicateFinder and LeadMerger refuse reps too
    // Hiding the Team page is presentation only: core scopes every read by the user's role.
    return page != Page::Team || m_user.role != Role::Rep;
}

void MainWindow::showPage(Page page)
{
    if (!mayOpen(page))
        return;
    const int i = static_cast<int>(page);
    m_pages->setCurrentIndex(i);
    if (m_navigation->currentRow() != i)
        m_navigation->setCurrentRow(i);
    m_pageActions[i]->setChecked(true);
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text);
}

void MainWindow::setWebhookHost(WebhookHost *host)
{
    m_intake->setWebhookHost(host);
}

void MainWindow::switchUser()
{
    const auto chosen = SignInFlow(m_store, m_picker).switchFrom(m_user, this);
    if (chosen && chosen->id != m_user.id)
        setUser(*chosen);
}

void MainWindow::refresh()
{
    m_leads->refresh();
    m_team->refresh();
    m_intakePage->refresh();
    m_pipelinePage->setUser(m_user); // reloads when shown
    m_duplicates->invalidate();
    if (m_dashboard->isVisible())
        m_dashboard->refresh();
    updateLeadCount();
}

void MainWindow::showAbout()
{
    auto *about = new AboutDialog(this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

void MainWindow::showEnrichment()
{
    auto *dialog = new EnrichmentDialog(m_store, m_clock, m_user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EnrichmentDialog::dataChanged, this, &MainWindow::refresh);
    dialog->open();
}

void MainWindow::showCurrencies()
{
    auto *dialog = new CurrencyDialog(m_store, m_clock, AccessScope::forUser(m_user), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CurrencyDialog::ratesChanged, this, &MainWindow::refresh);
    dialog->open();
}

void MainWindow::updateLeadCount()
{
    const qint64 total = m_store.leads.count(AccessScope::forUser(m_user), {});
    m_countLabel->setText(tr("%1 in total").arg(Format::leadCount(total)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    m_leads->saveSettings(settings);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray())) {
        // First start: most of the screen, so the list and the detail panel both breathe.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1440, 900);
        resize(std::max(1200, available.width() * 92 / 100), std::max(760, available.height() * 90 / 100));
    }
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_leads->restoreSettings(settings);
}

void MainWindow::timersTicked()
{
    m_myDay->notifications()->check();
    if (m_inbox->isVisible())
        m_inbox->refresh();
    if (m_myDay->isVisible())
        m_myDay->refresh();
}

} // namespace lr::ui
