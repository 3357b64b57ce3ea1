#pragma once

#include <QStyledItemDelegate>

namespace lr::ui {

/// Paints a lead status cell as a coloured pill. Reads the status from `statusRole` (an int of
/// lr::LeadStatus) and the text from the display role.
class StatusDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusDelegate)

public:
    explicit StatusDelegate(int statusRole, QObject *parent = nullptr);
    ~StatusDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_statusRole;
};

} // namespace lr::ui
