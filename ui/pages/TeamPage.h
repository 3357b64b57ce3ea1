#pragma once

#include "core/domain/User.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace lr {
class Clock;
class Store;
} // namespace lr

namespace lr::ui {

class TeamTableModel;

/// Read-only list of the people the signed-in manager or admin may see.
class TeamPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamPage)

public:
    TeamPage(Store &store, const Clock &clock, const User &user, QWidget *parent = nullptr);
    ~TeamPage() override;

    void setUser(const User &user);
    void refresh();

    TeamTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateSummary();
    void fitColumns();

    TeamTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace lr::ui
