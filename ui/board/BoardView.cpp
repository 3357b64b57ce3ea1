#include "ui/board/BoardView.h"

#include "ui/board/BoardColumnModel.h"
#include "ui/board/DealCardDelegate.h"
#include "ui/board/StageColumn.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

namespace lr::ui {

BoardView::BoardView(Store &store, const DealService &service, QWidget *parent)
    : QScrollArea(parent), m_store(store), m_service(service), m_delegate(new DealCardDelegate(service, this))
{
    setObjectName(QStringLiteral("pipelineBoard"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setStyleSheet(QStringLiteral("QScrollArea#pipelineBoard, QWidget#boardStrip { background: #f6f7f9; }"));
}

void BoardView::setPipeline(const Pipeline &pipeline)
{
    cancelDrag();
    m_columns.clear();
    delete takeWidget();
    m_strip = new QWidget;
    m_strip->setObjectName(QStringLiteral("boardStrip"));
    auto *layout = new QHBoxLayout(m_strip);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    for (const Stage &stage : pipeline.stages) {
        auto *column = new StageColumn(m_store, stage, m_delegate, m_strip);
        column->list()->viewport()->installEventFilter(this);
        layout->addWidget(column);
        m_columns.append(column);
    }
    layout->addStretch();
    setWidget(m_strip);
}

StageColumn *BoardView::column(Id stageId) const
{
    for (StageColumn *c : m_columns) {
        if (c->stage().id == stageId)
            return c;
    }
    return nullptr;
}

StageColumn *BoardView::columnAt(const QPoint &globalPos) const
{
    for (StageColumn *c : m_columns) {
        if (c->isVisible() && c->rect().contains(c->mapFromGlobal(globalPos)))
            return c;
    }
    return nullptr;
}

StageColumn *BoardView::columnOfViewport(QObject *viewport) const
{
    for (StageColumn *c : m_columns) {
        if (c->list()->viewport() == viewport)
            return c;
    }
    return nullptr;
}

Id BoardView::selectedDeal(Id *stageId) const
{
    StageColumn *best = nullptr;
    for (StageColumn *c : m_columns) {
        if (!c->list()->selectionModel()->hasSelection())
            continue;
        if (!best || c->list()->hasFocus())
            best = c;
    }
    if (!best)
        return 0;
    const QModelIndexList rows = best->list()->selectionModel()->selectedIndexes();
    if (rows.isEmpty())
        return 0;
    if (stageId)
        *stageId = best->stage().id;
    return rows.first().data(BoardColumnModel::DealIdRole).toLongLong();
}

void BoardView::clearSelection()
{
    for (StageColumn *c : m_columns)
        c->list()->clearSelection();
}

void BoardView::selectDeal(Id stageId, Id dealId)
{
    StageColumn *c = column(stageId);
    if (!c)
        return;
    for (StageColumn *other : m_columns) {
        if (other != c)
            other->list()->clearSelection();
    }
    const int row = c->model()->rowOf(dealId);
    if (row < 0)
        return;
    const QModelIndex index = c->model()->index(row);
    c->list()->setCurrentIndex(index);
    c->list()->scrollTo(index);
    c->list()->setFocus();
    ensureWidgetVisible(c, 40, 0);
}

bool BoardView::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        StageColumn *c = columnOfViewport(watched);
        if (!c || mouse->button() != Qt::LeftButton)
            break;
        const QModelIndex index = c->list()->indexAt(mouse->position().toPoint());
        for (StageColumn *other : m_columns) {
            if (other != c)
                other->list()->clearSelection();
        }
        if (!index.isValid())
            break;
        m_source = c;
        m_dragDeal = index.data(BoardColumnModel::DealIdRole).toLongLong();
        m_pressGlobal = mouse->globalPosition().toPoint();
        m_grabOffset = mouse->position().toPoint() - c->list()->visualRect(index).topLeft();
        m_pressed = true;
        break; // the list still selects the card
    }
    case QEvent::MouseMove: {
        if (!m_pressed)
            break;
        auto *mouse = static_cast<QMouseEvent *>(event);
        const QPoint global = mouse->globalPosition().toPoint();
        if (!m_dragging && (global - m_pressGlobal).manhattanLength() >= QApplication::startDragDistance())
            startDrag(global);
        if (!m_dragging)
            break;
        m_ghost->move(m_strip->mapFromGlobal(global) - m_grabOffset);
        StageColumn *target = columnAt(global);
        for (StageColumn *c : m_columns)
            c->setDropTarget(c == target && c != m_source);
        // Scroll sideways near the edges.
        const QPoint inView = viewport()->mapFromGlobal(global);
        if (inView.x() < 40)
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() - 24);
        else if (inView.x() > viewport()->width() - 40)
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() + 24);
        return true;
    }
    case QEvent::MouseButtonRelease: {
        if (!m_pressed)
            break;
        auto *mouse = static_cast<QMouseEvent *>(event);
        const bool wasDragging = m_dragging;
        finishDrag(mouse->globalPosition().toPoint());
        if (wasDragging)
            return true;
        break;
    }
    case QEvent::KeyPress:
        if (m_dragging && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            cancelDrag();
            return true;
        }
        break;
    default:
        break;
    }
    return QScrollArea::eventFilter(watched, event);
}

void BoardView::startDrag(const QPoint &globalPos)
{
    if (!m_source)
        return;
    const int row = m_source->model()->rowOf(m_dragDeal);
    const DealCard *card = m_source->model()->card(row);
    if (!card)
        return;
    m_dragging = true;
    const QRect rect = m_source->list()->visualRect(m_source->model()->index(row));
    QPixmap picture(rect.size() * devicePixelRatioF());
    picture.setDevicePixelRatio(devicePixelRatioF());
    picture.fill(Qt::transparent);
    {
        QPainter painter(&picture);
        painter.setOpacity(0.92);
        m_delegate->paintCard(&painter, QRect(QPoint(0, 0), rect.size()), *card, m_source->stage(), true, true);
    }
    m_ghost = new QLabel(m_strip);
    m_ghost->setObjectName(QStringLiteral("dragGhost"));
    m_ghost->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_ghost->setPixmap(picture);
    m_ghost->resize(rect.size());
    m_ghost->move(m_strip->mapFromGlobal(globalPos) - m_grabOffset);
    m_ghost->show();
    m_ghost->raise();
    QApplication::setOverrideCursor(Qt::ClosedHandCursor);
}

void BoardView::finishDrag(const QPoint &globalPos)
{
    const bool dragging = m_dragging;
    const Id deal = m_dragDeal;
    StageColumn *source = m_source;
    cancelDrag();
    if (!dragging || !source)
        return;
    StageColumn *target = columnAt(globalPos);
    if (target && target != source)
        emit moveRequested(deal, source->stage().id, target->stage().id);
}

void BoardView::cancelDrag()
{
    if (m_dragging)
        QApplication::restoreOverrideCursor();
    m_pressed = false;
    m_dragging = false;
    m_dragDeal = 0;
    m_source = nullptr;
    delete m_ghost;
    m_ghost = nullptr;
    for (StageColumn *c : m_columns)
        c->setDropTarget(false);
}

} // namespace lr::ui
