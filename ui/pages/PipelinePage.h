#pragma once

#include "core/domain/Pipeline.h"
#include "core/domain/User.h"
#include "core/pipeline/BoardFigures.h"
#include "core/pipeline/DealService.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QToolButton;

namespace lr {
class Clock;
class Store;
} // namespace lr

namespace lr::ui {

class BoardView;
class DealDetailPanel;
class ExitCriteriaDialog;
class ForecastStrip;

/// The deal board (requirements §7): one column per stage with count, sum and weighted sum, cards
/// moved by drag and drop or from the keyboard, a dialog for exactly the fields a refused move
/// lacks, owner, team and pipeline filters, the weighted forecast and a detail panel with the
/// selected deal's fields, history and activities. Managers see their team's deals, reps their
/// own; every move goes through DealService, which enforces the rules.
class PipelinePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelinePage)

public:
    PipelinePage(Store &store, const Clock &clock, const User &user, QWidget *parent = nullptr);
    ~PipelinePage() override;

    void setUser(const User &user);
    /// Reads the pipeline, the columns' first pages, the totals and the forecast again.
    void refresh();
    /// Moves `dealId` to `stageId` through the service; opens the exit-criteria dialog when fields
    /// are missing. Returns what the first attempt did.
    MoveOutcome moveDeal(Id dealId, Id stageId);
    /// Moves the selected card one stage right (+1) or left (-1).
    void moveSelected(int step);

    BoardView *board() const { return m_board; }
    QComboBox *ownerFilter() const { return m_owner; }
    /// Teams (administrators only; a manager sees their team, a rep their own deals).
    QComboBox *teamFilter() const { return m_team; }
    /// Shown when there is more than one pipeline.
    QComboBox *pipelineFilter() const { return m_pipelineChoice; }
    DealDetailPanel *detailPanel() const { return m_detail; }
    /// Administrators only: opens the stage editor.
    QAction *editStagesAction() const { return m_editStages; }
    /// Opens the stage editor (modal) and shows the saved stages afterwards.
    void editStages();
    ForecastStrip *forecast() const { return m_forecast; }
    QLabel *banner() const { return m_banner; }
    /// The exit-criteria dialog while one is open.
    ExitCriteriaDialog *openDialog() const;
    QAction *moveNextAction() const { return m_next; }
    QAction *movePreviousAction() const { return m_previous; }
    const Pipeline &pipeline() const { return m_pipeline; }

signals:
    void message(const QString &text);
    void dealsChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillOwners();
    void fillFilters();
    /// What the board shows: the user's scope, narrowed to the chosen team for an administrator.
    AccessScope boardScope() const;
    void closeDetail();
    void showSelectedDeal();
    void reloadColumns();
    /// Reads the figures of every visible deal again, then shows totals and forecast.
    void updateFigures();
    /// Shows the totals of `stageIds` (every column when empty), the forecast and the summary of
    /// the figures held.
    void showFigures(const QList<Id> &stageIds = {});
    void afterMove(const MoveOutcome &outcome, Id fromStageId);
    void showBanner(const QString &text, bool error);
    void showMoveMenu(const QPoint &globalPos);

    Store &m_store;
    const Clock &m_clock;
    User m_user;
    DealService m_service;
    Pipeline m_pipeline;
    BoardView *m_board = nullptr;
    ForecastStrip *m_forecast = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_team = nullptr;
    QComboBox *m_pipelineChoice = nullptr;
    QLabel *m_teamLabel = nullptr;
    QLabel *m_pipelineLabel = nullptr;
    DealDetailPanel *m_detail = nullptr;
    QAction *m_editStages = nullptr;
    QToolButton *m_editStagesButton = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_banner = nullptr;
    QAction *m_next = nullptr;
    QAction *m_previous = nullptr;
    QPointer<ExitCriteriaDialog> m_dialog;
    BoardFigures m_figures{m_service};
    QHash<Id, QString> m_names;
    bool m_loaded = false;
};

} // namespace lr::ui
