#pragma once

#include "core/domain/Pipeline.h"

#include <QPointer>
#include <QScrollArea>

class QLabel;

namespace lr {
class DealService;
class Store;
} // namespace lr

namespace lr::ui {

class DealCardDelegate;
class StageColumn;

/// The deal board: one StageColumn per stage, side by side, scrolling sideways. Cards are dragged
/// with the mouse from one column to another (the board follows press, move and release itself,
/// with a picture of the card under the pointer); a drop only asks, through moveRequested(), and
/// the page decides.
class BoardView final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardView)

public:
    BoardView(Store &store, const DealService &service, QWidget *parent = nullptr);

    /// Builds one column per stage of `pipeline` (empty columns until loaded).
    void setPipeline(const Pipeline &pipeline);
    const QList<StageColumn *> &columns() const { return m_columns; }
    StageColumn *column(Id stageId) const;
    /// The column whose area contains `globalPos`, or null.
    StageColumn *columnAt(const QPoint &globalPos) const;
    /// The deal of the selected card in the column that has focus (or any selection), or 0.
    Id selectedDeal(Id *stageId = nullptr) const;
    /// Selects `dealId` if its card is loaded in the column of `stageId`.
    void selectDeal(Id stageId, Id dealId);
    /// No card selected in any column.
    void clearSelection();

signals:
    void moveRequested(lr::Id dealId, lr::Id fromStageId, lr::Id toStageId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    StageColumn *columnOfViewport(QObject *viewport) const;
    void startDrag(const QPoint &globalPos);
    void finishDrag(const QPoint &globalPos);
    void cancelDrag();

    Store &m_store;
    const DealService &m_service;
    DealCardDelegate *m_delegate = nullptr;
    QWidget *m_strip = nullptr;
    QList<StageColumn *> m_columns;

    // Drag state.
    QPointer<StageColumn> m_source;
    Id m_dragDeal = 0;
    QPoint m_pressGlobal;
    QPoint m_grabOffset;
    bool m_pressed = false;
    bool m_dragging = false;
    QLabel *m_ghost = nullptr;
};

} // namespace lr::ui
