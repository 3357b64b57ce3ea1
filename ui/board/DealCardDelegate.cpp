#include "ui/board/DealCardDelegate.h"

#include "core/pipeline/DealFields.h"
#include "core/pipeline/DealService.h"
#include "ui/board/BoardColumnModel.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace lr::ui {
namespace {

const QColor kText(0x17, 0x2b, 0x4d);
const QColor kMuted(0x6b, 0x77, 0x8c);
const QColor kBorder(0xdf, 0xe1, 0xe6);
const QColor kRot(0xde, 0x35, 0x0b);
const QColor kStale(0xb4, 0x53, 0x09);
const QColor kAccent(0x25, 0x63, 0xeb);

} // namespace

DealCardDelegate::DealCardDelegate(const DealService &service, QObject *parent)
    : QStyledItemDelegate(parent), m_service(service)
{}

QSize DealCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {std::max(200, option.rect.width()), kCardHeight};
}

QString DealCardDelegate::money(qint64 cents, const QString &currency)
{
    const QLocale locale;
    const qint64 units = (cents + 50) / 100;
    const QString amount = locale.toString(units);
    if (currency == QLatin1String("EUR"))
        return QStringLiteral("€") + amount;
    if (currency == QLatin1String("USD"))
        return QStringLiteral("$") + amount;
    if (currency == QLatin1String("GBP"))
        return QStringLiteral("£") + amount;
    return amount + QLatin1Char(' ') + currency;
}

QString DealCardDelegate::compactMoney(qint64 cents, const QString &currency)
{
    const double units = static_cast<double>(cents) / 100.0;
    const QLocale locale;
    QString amount;
    if (units >= 1e6)
        amount = locale.toString(units / 1e6, 'f', 1) + QStringLiteral("M");
    else if (units >= 1e4)
        amount = locale.toString(qRound64(units / 1e3)) + QStringLiteral("k");
    else
        amount = locale.toString(qRound64(units));
    if (currency.isEmpty())
        return cents ? tr("%1 (mixed)").arg(amount) : amount;
    if (currency == QLatin1String("EUR"))
        return QStringLiteral("€") + amount;
    if (currency == QLatin1String("USD"))
        return QStringLiteral("$") + amount;
    if (currency == QLatin1String("GBP"))
        return QStringLiteral("£") + amount;
    return amount + QLatin1Char(' ') + currency;
}

QString DealCardDelegate::initials(const QString &name)
{
    QString out;
    for (const QString &part : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        out += part.at(0).toUpper();
        if (out.size() == 2)
            break;
    }
    return out.isEmpty() ? QStringLiteral("?") : out;
}

QColor DealCardDelegate::avatarColour(qint64 ownerId)
{
    static const QColor palette[] = {QColor(0x25, 0x63, 0xeb), QColor(0x7c, 0x3a, 0xed), QColor(0x05, 0x96, 0x69),
                                     QColor(0xdb, 0x27, 0x77), QColor(0xea, 0x58, 0x0c), QColor(0x08, 0x91, 0xb2),
                                     QColor(0x4f, 0x46, 0xe5), QColor(0x65, 0xa3, 0x0d)};
    return palette[static_cast<quint64>(ownerId) % std::size(palette)];
}

void DealCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto *model = qobject_cast<const BoardColumnModel *>(index.model());
    const DealCard *card = model ? model->card(index.row()) : nullptr;
    if (!card)
        return;
    paintCard(painter, option.rect, *card, model->stage(), option.state.testFlag(QStyle::State_Selected),
              option.state.testFlag(QStyle::State_MouseOver));
}

void DealCardDelegate::paintCard(QPainter *painter, const QRect &rect, const DealCard &card, const Stage &stage,
                                 bool selected, bool hovered) const
{
    const DealHealth health = m_service.health(card.deal, stage, card.lastActivityAt);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect).adjusted(6.5, 4.5, -6.5, -4.5);

    // Shadow, card, selection ring.
    QPainterPath path;
    path.addRoundedRect(box, 6, 6);
    painter->fillPath(path.translated(0, 1), QColor(9, 30, 66, hovered ? 40 : 22));
    painter->fillPath(path, Qt::white);
    painter->setPen(QPen(selected ? kAccent : kBorder, selected ? 2 : 1));
    painter->drawPath(path);
    if (health.rotting) {
        QPainterPath stripe;
        stripe.addRoundedRect(QRectF(box.left(), box.top(), 4, box.height()), 2, 2);
        painter->fillPath(stripe, kRot);
    }

    const QRectF inner = box.adjusted(12, 8, -10, -8);
    QFont base = painter->font();
    QFont bold = base;
    bold.setWeight(QFont::DemiBold);
    QFont small = base;
    small.setPointSizeF(base.pointSizeF() * 0.88);
    const QFontMetrics fmBold(bold);
    const QFontMetrics fmSmall(small);

    // Line 1: company (bold), avatar on the right.
    const int avatar = 24;
    const QRectF avatarRect(inner.right() - avatar, inner.top(), avatar, avatar);
    const QString company = card.companyName.isEmpty() ? card.deal.title : card.companyName;
    painter->setFont(bold);
    painter->setPen(kText);
    const qreal textWidth = inner.width() - avatar - 8;
    painter->drawText(QRectF(inner.left(), inner.top(), textWidth, fmBold.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      fmBold.elidedText(company, Qt::ElideRight, static_cast<int>(textWidth)));
    painter->setPen(Qt::NoPen);
    painter->setBrush(avatarColour(card.deal.ownerId));
    painter->drawEllipse(avatarRect);
    QFont avatarFont = small;
    avatarFont.setWeight(QFont::Bold);
    painter->setFont(avatarFont);
    painter->setPen(Qt::white);
    painter->drawText(avatarRect, Qt::AlignCenter, initials(card.ownerName));

    // Line 2: the deal title, muted.
    qreal y = inner.top() + fmBold.height() + 2;
    painter->setFont(small);
    painter->setPen(kMuted);
    painter->drawText(QRectF(inner.left(), y, textWidth, fmSmall.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      fmSmall.elidedText(card.deal.title, Qt::ElideRight, static_cast<int>(textWidth)));

    // Line 3: value, then days in stage and the rotting marker on the right.
    y += fmSmall.height() + 6;
    painter->setFont(bold);
    painter->setPen(card.deal.valueCents > 0 ? kText : kMuted);
    const QString value = card.deal.valueCents > 0 ? money(card.deal.valueCents, card.deal.currency) : tr("No value");
    painter->drawText(QRectF(inner.left(), y, inner.width() / 2, fmBold.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      value);
    painter->setFont(small);
    QString status = tr("%n d in stage", nullptr, health.daysInStage);
    QColor statusColour = kMuted;
    if (health.rotting) {
        status = tr("Rotting · %n d idle", nullptr, health.idleDays);
        statusColour = kRot;
    } else if (health.stale) {
        status = tr("%1 · %2 %").arg(status).arg(health.probability);
        statusColour = kStale;
    }
    const int statusWidth = fmSmall.horizontalAdvance(status);
    QRectF statusRect(inner.right() - statusWidth, y, statusWidth, fmBold.height());
    painter->setPen(statusColour);
    painter->drawText(statusRect, Qt::AlignRight | Qt::AlignVCenter, status);
    if (health.rotting || health.stale) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(statusColour);
        painter->drawEllipse(QPointF(statusRect.left() - 7, statusRect.center().y()), 3.5, 3.5);
    }

    // Line 4: next step (open deals) or the outcome (closed deals).
    y += fmBold.height() + 4;
    QString footer;
    if (stage.isOpen())
        footer = card.deal.nextStep.isEmpty() ? tr("No next step") : QStringLiteral("→ ") + card.deal.nextStep;
    else if (stage.kind == StageKind::Lost || stage.kind == StageKind::Invalid)
        footer = LostReasons::displayName(card.deal.lostReason);
    else
        footer = card.deal.billingEmail;
    painter->setFont(small);
    painter->setPen(stage.isOpen() && card.deal.nextStep.isEmpty() ? kRot.lighter(130) : kMuted);
    painter->drawText(QRectF(inner.left(), y, inner.width(), fmSmall.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      fmSmall.elidedText(footer, Qt::ElideRight, static_cast<int>(inner.width())));
    painter->restore();
}

} // namespace lr::ui
