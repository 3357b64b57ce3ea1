#pragma once

#include <QStyledItemDelegate>

namespace lr::ui {

/// Paints a share (0..1, read from `shareRole`) as a horizontal bar behind the cell's text.
class ShareBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShareBarDelegate)

public:
    ShareBarDelegate(int shareRole, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_shareRole;
};

} // namespace lr::ui
