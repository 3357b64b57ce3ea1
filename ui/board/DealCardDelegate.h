#pragma once

#include <QStyledItemDelegate>

namespace lr {
class DealService;
struct DealCard;
struct Stage;
} // namespace lr

namespace lr::ui {

/// Paints a deal as a board card: company, deal title, value, owner initials, days in the stage,
/// a rotting marker and the next step.
class DealCardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealCardDelegate)

public:
    static constexpr int kCardHeight = 104;

    DealCardDelegate(const DealService &service, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// Paints `card` into `rect` (also used for the picture that follows the mouse while dragging).
    void paintCard(QPainter *painter, const QRect &rect, const DealCard &card, const Stage &stage, bool selected,
                   bool hovered) const;

    /// "€12,400" / "12,400 PLN", without cents.
    static QString money(qint64 cents, const QString &currency);
    /// "€1.2M", "€640k", "€950"; without a symbol (and marked "mixed") when `currency` is empty.
    static QString compactMoney(qint64 cents, const QString &currency);
    /// "AN" for "Anna Nowak".
    static QString initials(const QString &name);
    /// A stable colour for an owner's avatar.
    static QColor avatarColour(qint64 ownerId);

private:
    const DealService &m_service;
};

} // namespace lr::ui
