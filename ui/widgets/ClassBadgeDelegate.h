#pragma once

#include <QStyledItemDelegate>

namespace lr::ui {

/// Paints a score class cell as a pill in the class's colour (as the lead detail header shows it),
/// white text on the colour read from `colourRole` (a QColor); plain text when there is none.
class ClassBadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClassBadgeDelegate)

public:
    explicit ClassBadgeDelegate(int colourRole, QObject *parent = nullptr);
    ~ClassBadgeDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_colourRole;
};

} // namespace lr::ui
