#include "ui/widgets/ShareBarDelegate.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace lr::ui {

ShareBarDelegate::ShareBarDelegate(int shareRole, QObject *parent) : QStyledItemDelegate(parent), m_shareRole(shareRole)
{}

void ShareBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const double share = std::clamp(index.data(m_shareRole).toDouble(), 0.0, 1.0);
    const QFontMetrics fm(opt.font);
    const int textWidth = fm.horizontalAdvance(QStringLiteral("100.0 %")) + 8;
    const QRect area = opt.rect.adjusted(6, 6, -6 - textWidth, -6);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xf3, 0xf4, 0xf6));
    painter->drawRoundedRect(area, 3, 3);
    QRect bar = area;
    bar.setWidth(std::max(share > 0 ? 2 : 0, static_cast<int>(area.width() * share)));
    // Red for a form that rejects half its submissions or more, amber from a fifth, else blue.
    painter->setBrush(share >= 0.5   ? QColor(0xdc, 0x26, 0x26)
                      : share >= 0.2 ? QColor(0xf5, 0x9e, 0x0b)
                                     : QColor(0x25, 0x63, 0xeb));
    if (bar.width() > 0)
        painter->drawRoundedRect(bar, 3, 3);
    painter->setPen(opt.palette.color(QPalette::Text));
    painter->drawText(opt.rect.adjusted(0, 0, -6, 0), Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

QSize ShareBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 180));
    return size;
}

} // namespace lr::ui
