#pragma once

#include "core/domain/DealCard.h"
#include "core/domain/Pipeline.h"
#include "core/security/AccessScope.h"

#include <QAbstractListModel>

#include <optional>

namespace lr {
class Store;
}

namespace lr::ui {

/// The deals of one stage as a lazily filled list: a window over the store that grows by one page
/// whenever the view scrolls to its end (canFetchMore/fetchMore), so a column of 10,000 deals costs
/// one page of rows to show.
class BoardColumnModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardColumnModel)

public:
    enum Role { DealIdRole = Qt::UserRole + 1 };
    static constexpr int kPageSize = 40;

    BoardColumnModel(Store &store, Stage stage, QObject *parent = nullptr);

    const Stage &stage() const { return m_stage; }
    /// Shows what `scope` sees (only `ownerId`'s deals when not 0) from the first page again.
    void load(const AccessScope &scope, Id ownerId);
    /// Drops the loaded rows and reads the first page again, with the same scope and owner.
    void reload();
    /// Takes a deal off the column without asking the store (after it moved elsewhere).
    bool removeDeal(Id dealId);
    /// Like removeDeal(), returning the card it took (nullopt when it was not loaded).
    std::optional<DealCard> takeDeal(Id dealId);
    /// Puts a card that just entered this stage on top (the column is newest arrival first),
    /// without asking the store.
    void insertDeal(const DealCard &card);
    /// The row of `dealId` among the loaded rows, or -1.
    int rowOf(Id dealId) const;
    const DealCard *card(int row) const;
    /// How many deals the column has in the store (loaded or not).
    qint64 total() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    Store &m_store;
    Stage m_stage;
    AccessScope m_scope;
    Id m_ownerId = 0;
    QList<DealCard> m_cards;
    qint64 m_total = 0;
    int m_offset = 0; ///< Rows read from the store so far (removals shift it back).
};

} // namespace lr::ui
