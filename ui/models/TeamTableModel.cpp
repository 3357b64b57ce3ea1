#include "ui/models/TeamTableModel.h"

#include "core/store/Store.h"
#include "ui/Format.h"

namespace lr::ui {

TeamTableModel::TeamTableModel(Store &store, const Clock &clock, const AccessScope &scope, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_clock(clock), m_scope(scope)
{
    refresh();
}

TeamTableModel::~TeamTableModel() = default;

void TeamTableModel::setScope(const AccessScope &scope)
{
    m_scope = scope;
    refresh();
}

void TeamTableModel::refresh()
{
    beginResetModel();
    m_users = m_store.users.visibleTo(m_scope);
    m_teamNames.clear();
    for (const Team &team : m_store.teams.all())
        m_teamNames.insert(team.id, team.name);
    endResetModel();
}

int TeamTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

int TeamTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QVariant TeamTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User &user = m_users.at(index.row());
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(user, column);
    case Qt::TextAlignmentRole:
        if (column == Column::Capacity)
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        return user.email;
    case Qt::ForegroundRole:
        if (!user.active)
            return QVariant::fromValue(QColor(0x9c, 0xa3, 0xaf));
        return {};
    case IdRole:
        return user.id;
    case SortRole:
        return sortData(user, column);
    default:
        return {};
    }
}

QVariant TeamTableModel::displayData(const User &user, Column column) const
{
    switch (column) {
    case Column::Name:
        return user.name;
    case Column::Role:
        return displayName(user.role);
    case Column::Team:
        return m_teamNames.value(user.teamId);
    case Column::Territories:
        return user.territories.join(QStringLiteral(", "));
    case Column::Languages:
        return user.languages.join(QStringLiteral(", "));
    case Column::Capacity:
        return user.capacity;
    case Column::Active:
        return user.active ? tr("Active") : tr("Inactive");
    case Column::OutOfOffice:
        return outOfOfficeText(user);
    case Column::Count:
        break;
    }
    return {};
}

QString TeamTableModel::outOfOfficeText(const User &user) const
{
    const Instant now = m_clock.now();
    for (const Absence &absence : user.absences) {
        if (absence.covers(now)) {
            const QString until = tr("Until %1").arg(Format::date(absence.endsAt));
            return absence.reason.isEmpty() ? until : tr("%1 (%2)").arg(until, absence.reason);
        }
    }
    return {};
}

QVariant TeamTableModel::sortData(const User &user, Column column) const
{
    switch (column) {
    case Column::Role:
        return static_cast<int>(user.role);
    case Column::Capacity:
        return user.capacity;
    case Column::Active:
        return user.active;
    case Column::OutOfOffice:
        return user.isOutOfOffice(m_clock.now());
    default:
        return displayData(user, column);
    }
}

QVariant TeamTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole && section == static_cast<int>(Column::Capacity))
        return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Column::Name:
        return tr("Name");
    case Column::Role:
        return tr("Role");
    case Column::Team:
        return tr("Team");
    case Column::Territories:
        return tr("Territories");
    case Column::Languages:
        return tr("Languages");
    case Column::Capacity:
        return tr("Capacity");
    case Column::Active:
        return tr("Status");
    case Column::OutOfOffice:
        return tr("Out of office");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace lr::ui
