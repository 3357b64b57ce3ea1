#pragma once

#include <QObject>

class QAbstractItemView;
class QSplitter;
class QWidget;

namespace lr::ui {

/// The pane beside a list in a splitter (a lead's details, a submission's editor) that opens for a
/// selected row and closes without one, so the list has the whole width while the user scans it.
/// It opens at the width the user last dragged it to, as long as the list keeps `listRoom`. Esc in
/// the list asks to close it.
class SidePane final : public QObject
{
    Q_OBJECT

public:
    /// `pane` is the splitter's second widget, `list` sits in its first; the pane starts closed.
    SidePane(QSplitter *splitter, QWidget *pane, QAbstractItemView *list, int width, int listRoom);

    void setShown(bool shown);
    int width() const { return m_width; }
    void setWidth(int width);
    /// Leaves the list with no row selected or current, the focus back on it, without telling the
    /// list's owner of a new current row (a list that gains the focus without one takes its first).
    void clearList();

signals:
    /// Esc in the list.
    void closeRequested();

private:
    QSplitter *m_splitter;
    QWidget *m_pane;
    QAbstractItemView *m_list;
    int m_width;
    int m_listRoom;
};

} // namespace lr::ui
