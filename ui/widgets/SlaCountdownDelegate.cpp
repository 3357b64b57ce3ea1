#include "ui/widgets/SlaCountdownDelegate.h"

#include "ui/models/InboxModel.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace lr::ui {
namespace {
constexpr int kPadding = 8;
constexpr int kMargin = 6;
} // namespace

SlaCountdownDelegate::SlaCountdownDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

SlaCountdownDelegate::~SlaCountdownDelegate() = default;

QColor SlaCountdownDelegate::colorOf(int state)
{
    switch (static_cast<InboxModel::SlaState>(state)) {
    case InboxModel::SlaState::OnTrack:
        return QColor(0x2e, 0x7d, 0x32);
    case InboxModel::SlaState::Nudged:
        return QColor(0xef, 0x8f, 0x00);
    case InboxModel::SlaState::Due:
        return QColor(0xd3, 0x2f, 0x2f);
    case InboxModel::SlaState::Breached:
        return QColor(0x8e, 0x1b, 0x1b);
    }
    return QColor(Qt::gray);
}

void SlaCountdownDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const QVariant state = index.data(InboxModel::SlaStateRole);
    if (!state.isValid())
        return;
    QFont font = option.font;
    font.setWeight(QFont::DemiBold);
    const QFontMetrics metrics(font);
    const int height = metrics.height() + 4;
    const int width = std::min(option.rect.width() - 2 * kMargin, metrics.horizontalAdvance(text) + 2 * kPadding);
    const QRect pill(option.rect.left() + kMargin, option.rect.center().y() - height / 2 + 1, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colorOf(state.toInt()));
    painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(pill, Qt::AlignCenter, text);
    painter->restore();
}

int SlaCountdownDelegate::columnWidth(const QFont &font)
{
    QFont bold = font;
    bold.setWeight(QFont::DemiBold);
    const QFontMetrics metrics(bold);
    int widest = 0;
    constexpr qint64 kLongest = (999LL * 3600 + 59 * 60) * 1000; // three-digit hours
    constexpr qint64 kMinutes = (59LL * 60 + 59) * 1000;
    for (const qint64 ms : {kLongest, -kLongest, kMinutes, -kMinutes})
        widest = std::max(widest, metrics.horizontalAdvance(formatCountdown(ms)));
    return widest + 2 * (kPadding + kMargin);
}

QSize SlaCountdownDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += 2 * (kPadding + kMargin);
    return size;
}

} // namespace lr::ui
