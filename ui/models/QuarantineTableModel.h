#pragma once

#include "core/intake/QuarantineService.h"
#include "core/security/AccessScope.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace lr::ui {

/// Rejected submissions as a window over the journal: the count comes from the store and rows are
/// read a page at a time into a small LRU cache, so 100,000 rejects scroll like 100. Reads go
/// through QuarantineService, which refuses anyone but an admin.
class QuarantineTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuarantineTableModel)

public:
    enum class Column { Received, Channel, Source, Reason, Attempts, State, Count };
    enum ItemRole {
        IdRole = Qt::UserRole + 1, ///< The journal entry's id (qint64).
        SortRole,                  ///< The raw value the column sorts on.
    };

    static constexpr int kPageSize = 200;
    static constexpr int kMaxCachedPages = 20;

    QuarantineTableModel(QuarantineService &service, const AccessScope &scope, QObject *parent = nullptr);
    ~QuarantineTableModel() override;

    void setScope(const AccessScope &scope);
    void setFilter(const QuarantineFilter &filter);
    const QuarantineFilter &filter() const { return m_filter; }
    const QuarantineSort &quarantineSort() const { return m_sort; }
    /// Drops the cache and reads the count again.
    void refresh();

    qint64 totalCount() const { return m_count; }
    int cachedPageCount() const { return static_cast<int>(m_pages.size()); }
    std::optional<QuarantineRow> rowAt(int row) const;
    Id idAt(int row) const;

    static QuarantineSortKey sortKeyFor(Column column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Display names of channels, shared with the filter bar.
    static QString channelName(JournalEntry::Channel channel);

signals:
    /// A page or the count could not be read; translated, for the user.
    void loadFailed(const QString &message);

private:
    const QList<QuarantineRow> *page(qint64 pageIndex) const;
    const QuarantineRow *cachedRow(int row) const;
    QVariant displayData(const QuarantineRow &row, Column column) const;
    QVariant sortData(const QuarantineRow &row, Column column) const;
    void reload();

    QuarantineService &m_service;
    AccessScope m_scope;
    QuarantineFilter m_filter;
    QuarantineSort m_sort;
    qint64 m_count = 0;
    mutable QHash<qint64, QList<QuarantineRow>> m_pages;
    mutable QList<qint64> m_recent; ///< Cached page indexes, least recently used first.
};

} // namespace lr::ui
