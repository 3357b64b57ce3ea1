#include "ui/widgets/TimelineDelegate.h"

#include "ui/Theme.h"
#include "ui/models/TimelineEntry.h"
#include "ui/models/TimelineModel.h"

#include <QPainter>

namespace lr::ui {
namespace {

constexpr int kRailX = 14;
constexpr int kDot = 10;
constexpr int kTextLeft = 32;
constexpr int kPadding = 8;
constexpr int kRightPadding = 10;

QColor markerColour(TimelineEntry::Kind kind)
{
    using Kind = TimelineEntry::Kind;
    switch (kind) {
    case Kind::Created:
        return {0x25, 0x63, 0xeb};
    case Kind::Assignment:
        return {0x7c, 0x3a, 0xed};
    case Kind::Status:
        return {0xd9, 0x77, 0x06};
    case Kind::Touch:
        return {0x16, 0xa3, 0x4a};
    case Kind::Engagement:
        return {0x08, 0x91, 0xb2};
    case Kind::Meeting:
        return {0xdb, 0x27, 0x77};
    case Kind::Task:
        return {0x64, 0x74, 0x8b};
    case Kind::Deal:
        return {0x05, 0x96, 0x69};
    case Kind::Note:
        return {0xa1, 0x62, 0x07};
    case Kind::Other:
        break;
    }
    return {0x9c, 0xa3, 0xaf};
}

QFont titleFont(const QFont &base)
{
    QFont f = base;
    f.setWeight(QFont::DemiBold);
    return f;
}

QFont smallFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.9);
    return f;
}

} // namespace

TimelineDelegate::TimelineDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

TimelineDelegate::~TimelineDelegate() = default;

void TimelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect;
    if (option.state & QStyle::State_Selected)
        painter->fillRect(r, option.palette.highlight());

    // The rail joins the markers; it stops at the first and last entry.
    const int rows = index.model()->rowCount(index.parent());
    const int dotTop = r.top() + kPadding + 3;
    painter->setPen(QPen(Theme::border(), 2));
    if (index.row() > 0)
        painter->drawLine(kRailX + r.left(), r.top(), kRailX + r.left(), dotTop);
    if (index.row() < rows - 1)
        painter->drawLine(kRailX + r.left(), dotTop + kDot, kRailX + r.left(), r.bottom() + 1);
    const auto kind = static_cast<TimelineEntry::Kind>(index.data(TimelineModel::KindRole).toInt());
    painter->setPen(QPen(Qt::white, 2));
    painter->setBrush(markerColour(kind));
    painter->drawEllipse(QRect(r.left() + kRailX - kDot / 2, dotTop, kDot, kDot));

    const QFont title = titleFont(option.font);
    const QFont small = smallFont(option.font);
    const QFontMetrics titleMetrics(title);
    const QFontMetrics smallMetrics(small);
    const int textLeft = r.left() + kTextLeft;
    const int textRight = r.right() - kRightPadding;

    const QString relative = index.data(TimelineModel::RelativeTimeRole).toString();
    const QString absolute = index.data(TimelineModel::AbsoluteTimeRole).toString();
    const int relativeWidth = smallMetrics.horizontalAdvance(relative);
    const int absoluteWidth = smallMetrics.horizontalAdvance(absolute);

    // Line 1: title, relative time on the right. Line 2: detail, absolute time on the right.
    int y = r.top() + kPadding;
    const QRect titleRect(textLeft, y, textRight - textLeft - relativeWidth - 12, titleMetrics.height());
    painter->setFont(title);
    painter->setPen(option.palette.color(QPalette::Text));
    painter->drawText(
        titleRect, Qt::AlignLeft | Qt::AlignVCenter,
        titleMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, titleRect.width()));
    painter->setFont(small);
    painter->setPen(Theme::mutedText());
    painter->drawText(QRect(textRight - relativeWidth, y, relativeWidth, titleMetrics.height()),
                      Qt::AlignRight | Qt::AlignVCenter, relative);

    y += titleMetrics.height() + 2;
    const QString detail = index.data(TimelineModel::DetailRole).toString();
    const QRect detailRect(textLeft, y, textRight - textLeft - absoluteWidth - 12, smallMetrics.height());
    painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(detail, Qt::ElideRight, detailRect.width()));
    painter->drawText(QRect(textRight - absoluteWidth, y, absoluteWidth, smallMetrics.height()),
                      Qt::AlignRight | Qt::AlignVCenter, absolute);
    painter->restore();
}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics titleMetrics(titleFont(option.font));
    const QFontMetrics smallMetrics(smallFont(option.font));
    return {kTextLeft + 200, 2 * kPadding + titleMetrics.height() + 2 + smallMetrics.height()};
}

} // namespace lr::ui
