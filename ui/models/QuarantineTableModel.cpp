#include "ui/models/QuarantineTableModel.h"

#include "ui/Format.h"

#include <algorithm>
#include <limits>

namespace lr::ui {

QuarantineTableModel::QuarantineTableModel(QuarantineService &service, const AccessScope &scope, QObject *parent)
    : QAbstractTableModel(parent), m_service(service), m_scope(scope)
{
    const Result<qint64> count = m_service.count(m_scope, m_filter);
    m_count = count.ok() ? count.value() : 0;
}

QuarantineTableModel::~QuarantineTableModel() = default;

void QuarantineTableModel::setScope(const AccessScope &scope)
{
    m_scope = scope;
    reload();
}

void QuarantineTableModel::setFilter(const QuarantineFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void QuarantineTableModel::refresh()
{
    reload();
}

void QuarantineTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= static_cast<int>(Column::Count))
        return;
    const QuarantineSort wanted{sortKeyFor(static_cast<Column>(column)), order};
    if (wanted == m_sort)
        return;
    m_sort = wanted;
    reload();
}

void QuarantineTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_recent.clear();
    const Result<qint64> count = m_service.count(m_scope, m_filter);
    m_count = count.ok() ? count.value() : 0;
    endResetModel();
    if (!count.ok())
        emit loadFailed(count.error());
}

QuarantineSortKey QuarantineTableModel::sortKeyFor(Column column)
{
    switch (column) {
    case Column::Channel:
        return QuarantineSortKey::Channel;
    case Column::Source:
        return QuarantineSortKey::Source;
    case Column::Reason:
        return QuarantineSortKey::Reason;
    case Column::Attempts:
        return QuarantineSortKey::Attempts;
    case Column::State:
        return QuarantineSortKey::State;
    case Column::Received:
    case Column::Count:
        break;
    }
    return QuarantineSortKey::ReceivedAt;
}

int QuarantineTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return static_cast<int>(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
}

int QuarantineTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

const QList<QuarantineRow> *QuarantineTableModel::page(qint64 pageIndex) const
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

    auto rows = m_service.page(m_scope, m_filter, m_sort, pageIndex * kPageSize, kPageSize);
    QList<QuarantineRow> list;
    if (rows.ok())
        list = std::move(rows).value();
    else
        emit const_cast<QuarantineTableModel *>(this)->loadFailed(rows.error()); // NOLINT: signals are non-const
    // A failed read is cached as an empty page so that painting does not retry it in a loop.
    m_recent.append(pageIndex);
    return &*m_pages.insert(pageIndex, std::move(list));
}

const QuarantineRow *QuarantineTableModel::cachedRow(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const QList<QuarantineRow> *rows = page(row / kPageSize);
    const int offset = row % kPageSize;
    return offset < rows->size() ? &rows->at(offset) : nullptr;
}

std::optional<QuarantineRow> QuarantineTableModel::rowAt(int row) const
{
    if (const QuarantineRow *r = cachedRow(row))
        return *r;
    return std::nullopt;
}

Id QuarantineTableModel::idAt(int row) const
{
    const QuarantineRow *r = cachedRow(row);
    return r ? r->id : 0;
}

QString QuarantineTableModel::channelName(JournalEntry::Channel channel)
{
    switch (channel) {
    case JournalEntry::Channel::Webhook:
        return tr("Web form");
    case JournalEntry::Channel::Csv:
        return tr("CSV import");
    case JournalEntry::Channel::Manual:
        return tr("Manual entry");
    case JournalEntry::Channel::Event:
        return tr("Event");
    }
    return {};
}

QVariant QuarantineTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QuarantineRow *row = cachedRow(index.row());
    if (!row)
        return {};
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(*row, column);
    case Qt::ToolTipRole:
        if (column == Column::Reason || column == Column::Source)
            return displayData(*row, column);
        if (column == Column::Received)
            return Format::dateTime(row->receivedAt, true);
        if (column == Column::State && row->state == ReviewState::Discarded)
            return tr("Discarded by %1 on %2").arg(row->discardedByName, Format::dateTime(row->discardedAt));
        return {};
    case Qt::TextAlignmentRole:
        if (column == Column::Attempts)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return row->id;
    case SortRole:
        return sortData(*row, column);
    default:
        return {};
    }
}

QVariant QuarantineTableModel::displayData(const QuarantineRow &row, Column column) const
{
    switch (column) {
    case Column::Received:
        return Format::dateTime(row.receivedAt);
    case Column::Channel:
        return channelName(row.channel);
    case Column::Source:
        return row.source.isEmpty() ? Format::missing() : row.source;
    case Column::Reason:
        return row.reason;
    case Column::Attempts:
        return row.attempts;
    case Column::State:
        return displayName(row.state);
    case Column::Count:
        break;
    }
    return {};
}

QVariant QuarantineTableModel::sortData(const QuarantineRow &row, Column column) const
{
    switch (column) {
    case Column::Received:
        return row.receivedAt;
    case Column::Channel:
        return toKey(row.channel);
    case Column::Source:
        return row.source;
    case Column::Reason:
        return row.reason;
    case Column::Attempts:
        return row.attempts;
    case Column::State:
        return toKey(row.state);
    case Column::Count:
        break;
    }
    return {};
}

QVariant QuarantineTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Column::Received:
        return tr("Received");
    case Column::Channel:
        return tr("Channel");
    case Column::Source:
        return tr("Form / source");
    case Column::Reason:
        return tr("Reason");
    case Column::Attempts:
        return tr("Attempts");
    case Column::State:
        return tr("State");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace lr::ui
