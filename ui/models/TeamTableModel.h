#pragma once

#include "core/domain/Team.h"
#include "core/domain/User.h"
#include "core/security/AccessScope.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace lr {
class Clock;
class Store;
} // namespace lr

namespace lr::ui {

/// The people a scope may see (read-only): role, team, territories, languages, capacity,
/// whether they are active and out of office right now. Small, so it is held whole.
class TeamTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamTableModel)

public:
    enum class Column { Name, Role, Team, Territories, Languages, Capacity, Active, OutOfOffice, Count };
    enum ItemRole { IdRole = Qt::UserRole + 1, SortRole };

    TeamTableModel(Store &store, const Clock &clock, const AccessScope &scope, QObject *parent = nullptr);
    ~TeamTableModel() override;

    void setScope(const AccessScope &scope);
    /// Reads the users again.
    void refresh();
    const User &userAt(int row) const { return m_users.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const User &user, Column column) const;
    QVariant sortData(const User &user, Column column) const;
    QString outOfOfficeText(const User &user) const;

    Store &m_store;
    const Clock &m_clock;
    AccessScope m_scope;
    QList<User> m_users;
    QHash<Id, QString> m_teamNames;
};

} // namespace lr::ui
