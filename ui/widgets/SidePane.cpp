#include "ui/widgets/SidePane.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>

#include <algorithm>

namespace lr::ui {

SidePane::SidePane(QSplitter *splitter, QWidget *pane, QAbstractItemView *list, int width, int listRoom)
    : QObject(splitter), m_splitter(splitter), m_pane(pane), m_list(list), m_width(width), m_listRoom(listRoom)
{
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0); // a wider window widens the list
    m_pane->hide();
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_width = m_splitter->sizes().value(1); });
    auto *close = new QShortcut(QKeySequence::Cancel, m_list);
    close->setContext(Qt::WidgetShortcut); // in the pane, Esc closes its drop-downs and editors
    connect(close, &QShortcut::activated, this, &SidePane::closeRequested);
}

void SidePane::setWidth(int width)
{
    m_width = std::max(m_pane->minimumWidth(), width);
}

void SidePane::setShown(bool shown)
{
    if (shown == !m_pane->isHidden())
        return;
    m_pane->setVisible(shown);
    if (!shown)
        return;
    const int total = m_splitter->width() - m_splitter->handleWidth();
    const int minimum = m_pane->minimumWidth();
    const int width = std::clamp(m_width, minimum, std::max(minimum, total - m_listRoom));
    m_splitter->setSizes({total - width, width});
}

void SidePane::clearList()
{
    {
        const QSignalBlocker quiet(m_list->selectionModel());
        m_list->setFocus(Qt::ShortcutFocusReason);
        m_list->selectionModel()->clear();
    }
    m_list->viewport()->update();
}

} // namespace lr::ui
