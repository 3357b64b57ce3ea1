#include "ui/widgets/StatusDelegate.h"

#include "core/domain/Enums.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QPainter>

namespace lr::ui {
namespace {
constexpr int kHorizontalPadding = 8;
constexpr int kMargin = 6;
} // namespace

StatusDelegate::StatusDelegate(int statusRole, QObject *parent) : QStyledItemDelegate(parent), m_statusRole(statusRole)
{}

StatusDelegate::~StatusDelegate() = default;

void StatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QVariant statusValue = index.data(m_statusRole);
    if (!statusValue.isValid() || text.isEmpty())
        return;
    const auto status = static_cast<LeadStatus>(statusValue.toInt());

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
    painter->setBrush(Theme::statusBackground(status));
    painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
    painter->setFont(font);
    painter->setPen(Theme::statusForeground(status));
    painter->drawText(pill, Qt::AlignCenter, shown);
    painter->restore();
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += 2 * (kHorizontalPadding + kMargin);
    return size;
}

} // namespace lr::ui
