#include "ui/widgets/WrappedLines.h"

#include <QListView>

namespace lr::ui {

void wrapLines(QListView *list)
{
    list->setWordWrap(true);
    list->setTextElideMode(Qt::ElideNone);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setResizeMode(QListView::Adjust); // re-wrap when the pane is resized
    list->setSpacing(2);
}

} // namespace lr::ui
