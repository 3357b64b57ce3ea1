#pragma once

#include <QStyledItemDelegate>

namespace lr::ui {

/// Paints a timeline row of TimelineModel: a coloured marker on a vertical rail, the title with
/// the relative time on the right, and below it the detail with the absolute time.
class TimelineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineDelegate)

public:
    explicit TimelineDelegate(QObject *parent = nullptr);
    ~TimelineDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace lr::ui
