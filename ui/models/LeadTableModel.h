#pragma once

#include "core/domain/Lead.h"
#include "core/security/AccessScope.h"
#include "core/store/LeadRepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace lr {
class Store;
}

namespace lr::ui {

/// The lead list as a window over the store: the row count comes from the store, and rows are
/// read in pages on demand and kept in a small LRU cache, so a million leads scroll as smoothly
/// as a hundred. Every read passes the signed-in user's scope; the store enforces it.
class LeadTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadTableModel)

public:
    enum class Column { Name, Company, Email, Status, Source, Owner, Country, Created, Score, Class, Count };
    enum ItemRole {
        IdRole = Qt::UserRole + 1, ///< The lead's id (qint64).
        SortRole,                  ///< The raw value the column sorts on.
        StatusRole,                ///< The lead's status as int(LeadStatus).
        ClassColourRole,           ///< Class column: the badge colour of the lead's score class (QColor).
    };

    static constexpr int kPageSize = 256;
    static constexpr int kMaxCachedPages = 40;

    LeadTableModel(Store &store, const AccessScope &scope, QObject *parent = nullptr);
    ~LeadTableModel() override;

    /// Whose leads to show; resets the model.
    void setScope(const AccessScope &scope);
    const AccessScope &scope() const { return m_scope; }

    /// Which leads to show; resets the model when it changes.
    void setFilter(const LeadFilter &filter);
    const LeadFilter &filter() const { return m_filter; }

    const LeadSort &leadSort() const { return m_sort; }

    /// Drops the cache and reads the count again (after the store changed).
    void refresh();

    /// Leads matching the filter (not clamped to int like rowCount()).
    qint64 totalCount() const { return m_count; }
    int cachedPageCount() const { return static_cast<int>(m_pages.size()); }

    /// The lead at `row`, read through the cache.
    std::optional<Lead> leadAt(int row) const;
    /// The row of lead `id` if it is in a cached page or in the page around `hintRow`; -1 otherwise.
    int rowOfId(Id id, int hintRow = -1) const;

    static LeadSortKey sortKeyFor(Column column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    /// A page could not be read; the message is translated and meant for the user.
    void loadFailed(const QString &message);

private:
    const QList<Lead> *page(qint64 pageIndex) const;
    const Lead *cachedLead(int row) const;
    QVariant displayData(const Lead &lead, Column column) const;
    QVariant sortData(const Lead &lead, Column column) const;
    void reload();

    Store &m_store;
    AccessScope m_scope;
    LeadFilter m_filter;
    LeadSort m_sort;
    qint64 m_count = 0;
    mutable QHash<qint64, QList<Lead>> m_pages;
    mutable QList<qint64> m_recent; ///< Cached page indexes, least recently used first.
};

} // namespace lr::ui
