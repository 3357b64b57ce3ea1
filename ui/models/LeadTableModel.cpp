#include "ui/models/LeadTableModel.h"

#include "core/store/Store.h"
#include "ui/Format.h"
#include "ui/Theme.h"

#include <algorithm>
#include <limits>

namespace lr::ui {

LeadTableModel::LeadTableModel(Store &store, const AccessScope &scope, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_scope(scope)
{
    m_count = m_store.leads.count(m_scope, m_filter);
}

LeadTableModel::~LeadTableModel() = default;

void LeadTableModel::setScope(const AccessScope &scope)
{
    m_scope = scope;
    reload();
}

void LeadTableModel::setFilter(const LeadFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void LeadTableModel::refresh()
{
    reload();
}

void LeadTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= static_cast<int>(Column::Count))
        return;
    const LeadSort wanted{sortKeyFor(static_cast<Column>(column)), order};
    if (wanted == m_sort)
        return;
    m_sort = wanted;
    reload();
}

void LeadTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_recent.clear();
    m_count = m_store.leads.count(m_scope, m_filter);
    endResetModel();
}

LeadSortKey LeadTableModel::sortKeyFor(Column column)
{
    switch (column) {
    case Column::Name:
        return LeadSortKey::Name;
    case Column::Company:
        return LeadSortKey::Company;
    case Column::Email:
        return LeadSortKey::Email;
    case Column::Status:
        return LeadSortKey::Status;
    case Column::Source:
        return LeadSortKey::Source;
    case Column::Owner:
        return LeadSortKey::Owner;
    case Column::Country:
        return LeadSortKey::Country;
    case Column::Score:
        return LeadSortKey::Score;
    case Column::Class:
        return LeadSortKey::ScoreClass;
    case Column::Created:
    case Column::Count:
        break;
    }
    return LeadSortKey::CreatedAt;
}

int LeadTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return static_cast<int>(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
}

int LeadTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

const QList<Lead> *LeadTableModel::page(qint64 pageIndex) const
{
    auto it = m_pages.constFind(pageIndex);
    if (it != m_pages.cend()) {
        if (m_recent.constLast() != pageIndex) {
            m_recent.removeOne(pageIndex);
            m_recent.append(pageIndex);
        }
        return &*it;
    }

    while (m_pages.size() >= kMaxCachedPages && !m_recent.isEmpty())
        m_pages.remove(m_recent.takeFirst());

    auto rows = m_store.leads.page(m_scope, m_filter, m_sort, pageIndex * kPageSize, kPageSize, m_count);
    QList<Lead> leads;
    if (rows.ok())
        leads = std::move(rows).value();
    else
        emit const_cast<LeadTableModel *>(this)->loadFailed(rows.error()); // NOLINT: signals are non-const
    // A failed read is cached as an empty page so that painting does not retry it in a loop;
    // refresh() tries again.
    m_recent.append(pageIndex);
    return &*m_pages.insert(pageIndex, std::move(leads));
}

const Lead *LeadTableModel::cachedLead(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const QList<Lead> *rows = page(row / kPageSize);
    const int offset = row % kPageSize;
    return offset < rows->size() ? &rows->at(offset) : nullptr;
}

std::optional<Lead> LeadTableModel::leadAt(int row) const
{
    if (const Lead *lead = cachedLead(row))
        return *lead;
    return std::nullopt;
}

int LeadTableModel::rowOfId(Id id, int hintRow) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int i = 0; i < it->size(); ++i) {
            if (it->at(i).id == id)
                return static_cast<int>(it.key() * kPageSize + i);
        }
    }
    if (hintRow < 0 || hintRow >= m_count)
        return -1;
    const qint64 pageIndex = hintRow / kPageSize;
    if (m_pages.contains(pageIndex))
        return -1;
    const QList<Lead> *rows = page(pageIndex);
    for (int i = 0; i < rows->size(); ++i) {
        if (rows->at(i).id == id)
            return static_cast<int>(pageIndex * kPageSize + i);
    }
    return -1;
}

QVariant LeadTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Lead *lead = cachedLead(index.row());
    if (!lead)
        return {};
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(*lead, column);
    case Qt::ToolTipRole:
        if (column == Column::Created)
            return Format::dateTime(lead->createdAt);
        if (column == Column::Name || column == Column::Company || column == Column::Email)
            return displayData(*lead, column);
        return {};
    case IdRole:
        return lead->id;
    case SortRole:
        return sortData(*lead, column);
    case StatusRole:
        return static_cast<int>(lead->status);
    case ClassColourRole:
        if (column == Column::Class && scoreClassFromKey(lead->scoreClass))
            return Theme::scoreClassColour(lead->scoreClass);
        return {};
    case Qt::TextAlignmentRole:
        if (column == Column::Score)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant LeadTableModel::displayData(const Lead &lead, Column column) const
{
    switch (column) {
    case Column::Name:
        return lead.fullName().isEmpty() ? lead.email : lead.fullName();
    case Column::Company:
        return lead.companyName;
    case Column::Email:
        return lead.email;
    case Column::Status:
        return displayName(lead.status);
    case Column::Source:
        return displayName(lead.source);
    case Column::Owner:
        return lead.ownerName;
    case Column::Country:
        return lead.country;
    case Column::Created:
        return Format::dateTime(lead.createdAt);
    case Column::Score:
        return scoreClassFromKey(lead.scoreClass) ? QVariant(lead.score) : QVariant();
    case Column::Class: {
        const auto cls = scoreClassFromKey(lead.scoreClass);
        return cls ? displayName(*cls) : QString();
    }
    case Column::Count:
        break;
    }
    return {};
}

QVariant LeadTableModel::sortData(const Lead &lead, Column column) const
{
    switch (column) {
    case Column::Name:
        return QStringList{lead.lastName, lead.firstName}.join(QLatin1Char(' '));
    case Column::Company:
        return lead.companyName;
    case Column::Email:
        return lead.email.toLower();
    case Column::Status:
        return toKey(lead.status);
    case Column::Source:
        return toKey(lead.source);
    case Column::Owner:
        return lead.ownerName;
    case Column::Country:
        return lead.country;
    case Column::Created:
        return lead.createdAt;
    case Column::Score:
        return lead.score;
    case Column::Class: {
        const auto cls = scoreClassFromKey(lead.scoreClass);
        // SQL ranks highest, like the store's sort.
        return cls ? 3 - static_cast<int>(*cls) : -1;
    }
    case Column::Count:
        break;
    }
    return {};
}

QVariant LeadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Column::Name:
        return tr("Name");
    case Column::Company:
        return tr("Company");
    case Column::Email:
        return tr("Email");
    case Column::Status:
        return tr("Status");
    case Column::Source:
        return tr("Source");
    case Column::Owner:
        return tr("Owner");
    case Column::Country:
        return tr("Country");
    case Column::Created:
        return tr("Created");
    case Column::Score:
        return tr("Score");
    case Column::Class:
        return tr("Class");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace lr::ui
