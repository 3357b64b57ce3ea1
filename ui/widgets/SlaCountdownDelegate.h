#pragma once

#include <QStyledItemDelegate>

namespace lr::ui {

/// Paints an SLA countdown cell as a pill coloured by the clock's state (green on track, amber
/// after the nudge, red at the target, dark red once breached) with the time left or over.
/// Reads the state from InboxModel::SlaStateRole and the text from the display role.
class SlaCountdownDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlaCountdownDelegate)

public:
    explicit SlaCountdownDelegate(QObject *parent = nullptr);
    ~SlaCountdownDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The pill colour of an InboxModel::SlaState.
    static QColor colorOf(int state);
    /// A column as wide as the widest countdown in the current language ("999 h 59 over",
    /// "zostało 1 godz. 05"), drawn in `font`.
    static int columnWidth(const QFont &font);
};

} // namespace lr::ui
