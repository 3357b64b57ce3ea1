#include "ui/widgets/ClassBadgeDelegate.h"

#include <QApplication>
#include <QPainter>

namespace lr::ui {
namespace {
constexpr int kHorizontalPadding = 8;
constexpr int kMargin = 6;
} // namespace

ClassBadgeDelegate::ClassBadgeDelegate(int colourRole, QObject *parent)
    : QStyledItemDelegate(parent), m_colourRole(colourRole)
{}

ClassBadgeDelegate::~ClassBadgeDelegate() = default;

void ClassBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant colour = index.data(m_colourRole);
    if (!colour.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;

    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.92);
    font.setWeight(QFont::DemiBold);
    const QFontMetrics metrics(font);
    const int available = option.rect.width() - 2 * kMargin;
    const QString shown = metrics.elidedText(text, Qt::ElideRight, available - 2 * kHorizontalPadding);
    const int width = std::min(available, metrics.horizontalAdvance(shown) + 2 * kHorizontalPadding);
    const int height = metrics.height() + 4;
    const QRect pill(option.rect.left() + kMargin, option.rect.center().y() - height / 2 + 1, width, height);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour.value<QColor>());
    painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(pill, Qt::AlignCenter, shown);
    painter->restore();
}

QSize ClassBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += 2 * (kHorizontalPadding + kMargin);
    return size;
}

} // namespace lr::ui
