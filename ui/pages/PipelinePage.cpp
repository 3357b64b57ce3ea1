#include "ui/pages/PipelinePage.h"

#include "core/pipeline/DealFields.h"
#include "core/pipeline/PipelineEditor.h"
#include "core/store/Store.h"
#include "ui/board/BoardColumnModel.h"
#include "ui/board/BoardView.h"
#include "ui/board/DealCardDelegate.h"
#include "ui/board/DealDetailPanel.h"
#include "ui/board/ForecastStrip.h"
#include "ui/board/StageColumn.h"
#include "ui/dialogs/ExitCriteriaDialog.h"
#include "ui/dialogs/StageEditorDialog.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

namespace lr::ui {

PipelinePage::PipelinePage(Store &store, const Clock &clock, const User &user, QWidget *parent)
    : QWidget(parent), m_store(store), m_clock(clock), m_user(user), m_service(store, clock)
{
    setObjectName(QStringLiteral("pipelinePage"));

    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("pageHeader"));
    auto *title = new QLabel(tr("Pipeline"), header);
    title->setObjectName(QStringLiteral("pageTitle"));
    m_summary = new QLabel(header);
    m_summary->setObjectName(QStringLiteral("pageSubtitle"));
    m_summary->setWordWrap(true); // a long hint (and a long language) must not widen the window
    m_owner = new QComboBox(header);
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_owner->setMinimumWidth(200);
    m_owner->setAccessibleName(tr("Owner"));
    auto *ownerLabel = new QLabel(tr("Owner:"), header);
    ownerLabel->setBuddy(m_owner);
    m_team = new QComboBox(header);
    m_team->setObjectName(QStringLiteral("teamFilter"));
    m_team->setAccessibleName(tr("Team"));
    m_teamLabel = new QLabel(tr("Team:"), header);
    m_teamLabel->setBuddy(m_team);
    m_pipelineChoice = new QComboBox(header);
    m_pipelineChoice->setObjectName(QStringLiteral("pipelineFilter"));
    m_pipelineChoice->setAccessibleName(tr("Pipeline"));
    m_pipelineLabel = new QLabel(tr("Pipeline:"), header);
    m_pipelineLabel->setBuddy(m_pipelineChoice);
    m_editStages = new QAction(tr("Edit &Stages…"), this);
    m_editStages->setObjectName(QStringLiteral("editStagesAction"));
    connect(m_editStages, &QAction::triggered, this, &PipelinePage::editStages);
    m_editStagesButton = new QToolButton(header);
    m_editStagesButton->setDefaultAction(m_editStages);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(title);
    titles->addWidget(m_summary);
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(16, 12, 16, 12);
    headerLayout->addLayout(titles, 1);
    headerLayout->addWidget(m_pipelineLabel);
    headerLayout->addWidget(m_pipelineChoice);
    headerLayout->addWidget(m_teamLabel);
    headerLayout->addWidget(m_team);
    headerLayout->addWidget(ownerLabel);
    headerLayout->addWidget(m_owner);
    headerLayout->addWidget(m_editStagesButton);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("pipelineBanner"));
    m_banner->setWordWrap(true);
    m_banner->hide();

    m_forecast = new ForecastStrip(this);
    m_board = new BoardView(store, m_service, this);
    connect(m_board, &BoardView::moveRequested, this,
            [this](Id dealId, Id, Id toStageId) { moveDeal(dealId, toStageId); });

    m_next = new QAction(tr("Move Deal to &Next Stage"), this);
    m_next->setObjectName(QStringLiteral("moveNextAction"));
    m_next->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right));
    m_next->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_next, &QAction::triggered, this, [this] { moveSelected(+1); });
    m_previous = new QAction(tr("Move Deal to &Previous Stage"), this);
    m_previous->setObjectName(QStringLiteral("movePreviousAction"));
    m_previous->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left));
    m_previous->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_previous, &QAction::triggered, this, [this] { moveSelected(-1); });
    addAction(m_next);
    addAction(m_previous);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addWidget(m_forecast);
    layout->addWidget(m_banner);
    m_detail = new DealDetailPanel(m_service, m_clock, this);
    connect(m_detail, &DealDetailPanel::dealEdited, this, [this](Id dealId, Id stageId) {
        if (StageColumn *column = m_board->column(stageId))
            column->model()->reload();
        updateFigures();
        m_board->selectDeal(stageId, dealId);
        emit dealsChanged();
    });
    // The details take room from the board only while a deal is selected.
    connect(m_detail, &DealDetailPanel::closeRequested, this, &PipelinePage::closeDetail);
    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_board, 1);
    body->addWidget(m_detail);
    layout->addLayout(body, 1);

    connect(m_owner, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loaded)
            reloadColumns();
    });
    connect(m_team, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loaded)
            return;
        fillOwners();
        reloadColumns();
    });
    connect(m_pipelineChoice, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loaded)
            refresh();
    });
    setUser(user);
}

PipelinePage::~PipelinePage() = default;

ExitCriteriaDialog *PipelinePage::openDialog() const
{
    return m_dialog.data();
}

void PipelinePage::setUser(const User &user)
{
    if (user.id != m_user.id) {
        const QSignalBlocker blocker(m_owner);
        const QSignalBlocker teamBlocker(m_team);
        m_owner->clear(); // a new user starts from everything they may see
        m_team->clear();
    }
    m_user = user;
    m_loaded = false;
    if (isVisible())
        refresh();
}

void PipelinePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        refresh();
}

void PipelinePage::refresh()
{
    fillFilters();
    const QList<Pipeline> pipelines = m_store.pipelines.all();
    m_pipeline = pipelines.value(0);
    for (const Pipeline &p : pipelines) {
        if (p.id == m_pipelineChoice->currentData().toLongLong())
            m_pipeline = p;
    }
    m_board->setPipeline(m_pipeline);
    for (StageColumn *column : m_board->columns()) {
        column->list()->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(column->list(), &QWidget::customContextMenuRequested, this,
                [this, column](const QPoint &pos) { showMoveMenu(column->list()->viewport()->mapToGlobal(pos)); });
        connect(column->list()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                [this] { showSelectedDeal(); });
        // Esc on a card closes the details; in the panel's own fields it stays theirs.
        auto *escape =
            new QShortcut(QKeySequence(Qt::Key_Escape), column->list(), nullptr, nullptr, Qt::WidgetShortcut);
        connect(escape, &QShortcut::activated, this, &PipelinePage::closeDetail);
    }
    showSelectedDeal();
    fillOwners();
    m_loaded = true;
    reloadColumns();
}

void PipelinePage::fillFilters()
{
    const QSignalBlocker pipelineBlocker(m_pipelineChoice);
    const QSignalBlocker teamBlocker(m_team);
    const Id pipeline = m_pipelineChoice->currentData().toLongLong();
    m_pipelineChoice->clear();
    for (const Pipeline &p : m_store.pipelines.all())
        m_pipelineChoice->addItem(p.name, p.id);
    m_pipelineChoice->setCurrentIndex(std::max(0, m_pipelineChoice->findData(pipeline)));
    const bool several = m_pipelineChoice->count() > 1;
    m_pipelineChoice->setVisible(several);
    m_pipelineLabel->setVisible(several);

    const Id team = m_team->currentData().toLongLong();
    m_team->clear();
    const bool admin = m_user.role == Role::Admin;
    if (admin) {
        m_team->addItem(tr("All teams"), Id(0));
        for (const Team &t : m_store.teams.all())
            m_team->addItem(t.name, t.id);
        m_team->setCurrentIndex(std::max(0, m_team->findData(team)));
    }
    m_team->setVisible(admin);
    m_teamLabel->setVisible(admin);
    m_editStages->setVisible(admin);
    m_editStages->setEnabled(admin);
    m_editStagesButton->setVisible(admin);
}

AccessScope PipelinePage::boardScope() const
{
    AccessScope scope = AccessScope::forUser(m_user);
    const Id team = m_team->currentData().toLongLong();
    if (m_user.role == Role::Admin && team != 0) {
        // An administrator looking at one team sees what that team's manager sees.
        scope.role = Role::Manager;
        scope.userId = 0;
        scope.teamId = team;
    }
    return scope;
}

void PipelinePage::showSelectedDeal()
{
    const Id deal = m_board->selectedDeal();
    m_detail->showDeal(boardScope(), deal);
    m_detail->setVisible(deal != 0);
}

void PipelinePage::editStages()
{
    if (m_user.role != Role::Admin)
        return;
    StageEditorDialog dialog(m_store, m_user, m_pipeline.id, this);
    if (dialog.exec() == QDialog::Accepted) {
        const QSignalBlocker blocker(m_pipelineChoice);
        m_pipelineChoice->clear(); // the edited pipeline becomes the one shown
        m_pipelineChoice->addItem(QString(), dialog.pipelineId());
        refresh();
        emit message(tr("Stages saved."));
    }
}

void PipelinePage::fillOwners()
{
    const QSignalBlocker blocker(m_owner);
    const Id previous = m_owner->currentData().toLongLong();
    m_owner->clear();
    if (m_user.role == Role::Rep) {
        m_owner->addItem(m_user.name, m_user.id);
        m_owner->setEnabled(false);
        return;
    }
    m_owner->setEnabled(true);
    const Id team = m_team->currentData().toLongLong();
    m_owner->addItem(m_user.role == Role::Admin ? (team ? tr("Whole team") : tr("Everyone")) : tr("My team"), Id(0));
    for (const User &u : m_store.users.all()) {
        const bool visible = m_user.role == Role::Admin
                                 ? (team == 0 || u.teamId == team)
                                 : (u.id == m_user.id || (m_user.teamId != 0 && u.teamId == m_user.teamId));
        if (visible && u.active && u.role != Role::Admin)
            m_owner->addItem(u.name, u.id);
    }
    const int index = m_owner->findData(previous);
    m_owner->setCurrentIndex(std::max(0, index));
}

void PipelinePage::reloadColumns()
{
    const AccessScope scope = boardScope();
    const Id owner = m_user.role == Role::Rep ? 0 : m_owner->currentData().toLongLong();
    for (StageColumn *column : m_board->columns())
        column->model()->load(scope, owner);
    updateFigures();
    showSelectedDeal(); // a reload drops the selection without a signal
}

void PipelinePage::closeDetail()
{
    m_board->clearSelection();
    showSelectedDeal();
}

void PipelinePage::updateFigures()
{
    const AccessScope scope = boardScope();
    const Id owner = m_user.role == Role::Rep ? 0 : m_owner->currentData().toLongLong();
    m_figures.reset(m_store.deals.figures(scope, m_pipeline.id, owner), m_pipeline, m_clock.now());
    m_names.clear();
    for (const User &u : m_store.users.all())
        m_names.insert(u.id, u.name);
    showFigures();
}

void PipelinePage::showFigures(const QList<Id> &stageIds)
{
    for (StageColumn *column : m_board->columns()) {
        if (stageIds.isEmpty() || stageIds.contains(column->stage().id))
            column->setTotals(m_figures.totals(column->stage().id));
    }
    const qint64 open = m_figures.openCount();
    m_forecast->setForecast(m_figures.forecast(), m_names, m_clock.now());
    m_summary->setText(tr("%n open deal(s) · drag a card to another stage, or select it and press %1 / %2", nullptr,
                          static_cast<int>(open))
                           .arg(m_next->shortcut().toString(QKeySequence::NativeText),
                                m_previous->shortcut().toString(QKeySequence::NativeText)));
}

MoveOutcome PipelinePage::moveDeal(Id dealId, Id stageId)
{
    const AccessScope scope = AccessScope::forUser(m_user);
    const auto before = m_store.deals.find(scope, dealId);
    const Id from = before ? before->stageId : 0;
    const MoveOutcome outcome = m_service.move(scope, dealId, stageId);
    if (outcome.kind != MoveOutcome::Kind::MissingFields) {
        afterMove(outcome, from);
        return outcome;
    }
    const auto target = m_store.pipelines.stage(stageId);
    delete m_dialog;
    m_dialog = new ExitCriteriaDialog(
        outcome.deal, target ? target->name : QString(), outcome.missingFields, m_clock.now(),
        [this, dealId, stageId, from](const QMap<QString, QString> &fields) {
            const MoveOutcome retry = m_service.move(AccessScope::forUser(m_user), dealId, stageId, fields);
            if (!retry.ok())
                return retry.message;
            afterMove(retry, from);
            return QString();
        },
        this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::rejected, this, [this] { showBanner(tr("The move was cancelled."), false); });
    m_dialog->open();
    showBanner(outcome.message, false);
    return outcome;
}

void PipelinePage::afterMove(const MoveOutcome &outcome, Id fromStageId)
{
    if (!outcome.ok()) {
        showBanner(outcome.message, true);
        emit message(outcome.message);
        return;
    }
    if (outcome.kind == MoveOutcome::Kind::Moved) {
        // Patch the two columns from what the board holds: no query for the card or the column.
        StageColumn *source = m_board->column(fromStageId);
        std::optional<DealCard> card = source ? source->model()->takeDeal(outcome.deal.id) : std::nullopt;
        if (StageColumn *target = m_board->column(outcome.deal.stageId)) {
            if (card) {
                card->deal = outcome.deal;
                target->model()->insertDeal(*card);
            } else {
                target->model()->reload();
            }
        }
        // Patch the moved deal into the figures held and show the two columns it left and entered,
        // instead of reading and adding up every deal again (unless a stale drop came due).
        const Deal &d = outcome.deal;
        if (m_figures.update(m_service.figuresOf(d), m_clock.now()))
            showFigures({fromStageId, d.stageId});
        else
            updateFigures();
        m_board->selectDeal(outcome.deal.stageId, outcome.deal.id);
        emit dealsChanged();
    }
    showBanner(QString(), false);
    emit message(outcome.message);
}

void PipelinePage::moveSelected(int step)
{
    Id stageId = 0;
    const Id deal = m_board->selectedDeal(&stageId);
    if (!deal) {
        emit message(tr("Select a deal first."));
        return;
    }
    for (int i = 0; i < m_pipeline.stages.size(); ++i) {
        if (m_pipeline.stages.at(i).id != stageId)
            continue;
        const int to = i + step;
        if (to >= 0 && to < m_pipeline.stages.size())
            moveDeal(deal, m_pipeline.stages.at(to).id);
        return;
    }
}

void PipelinePage::showMoveMenu(const QPoint &globalPos)
{
    Id stageId = 0;
    const Id deal = m_board->selectedDeal(&stageId);
    if (!deal)
        return;
    QMenu menu(this);
    menu.addAction(m_next);
    menu.addAction(m_previous);
    QMenu *to = menu.addMenu(tr("Move to"));
    for (const Stage &s : std::as_const(m_pipeline.stages)) {
        QAction *a =
            to->addAction(PipelineEditor::stageLabel(s.name), this, [this, deal, id = s.id] { moveDeal(deal, id); });
        a->setEnabled(s.id != stageId);
    }
    menu.exec(globalPos);
}

void PipelinePage::showBanner(const QString &text, bool error)
{
    m_banner->setVisible(!text.isEmpty());
    m_banner->setText(text);
    m_banner->setStyleSheet(error ? QStringLiteral("background: #fef2f2; color: #991b1b; padding: 8px 16px; "
                                                   "border-bottom: 1px solid #fecaca;")
                                  : QStringLiteral("background: #fffbeb; color: #92400e; padding: 8px 16px; "
                                                   "border-bottom: 1px solid #fde68a;"));
}

} // namespace lr::ui
