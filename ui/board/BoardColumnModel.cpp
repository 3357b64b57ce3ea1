#include "ui/board/BoardColumnModel.h"

#include "core/store/Store.h"

namespace lr::ui {

BoardColumnModel::BoardColumnModel(Store &store, Stage stage, QObject *parent)
    : QAbstractListModel(parent), m_store(store), m_stage(std::move(stage))
{}

void BoardColumnModel::load(const AccessScope &scope, Id ownerId)
{
    m_scope = scope;
    m_ownerId = ownerId;
    reload();
}

void BoardColumnModel::reload()
{
    beginResetModel();
    m_total = m_store.deals.cardCount(m_scope, m_stage.id, m_ownerId);
    m_cards = m_store.deals.cards(m_scope, m_stage.id, m_ownerId, 0, kPageSize);
    m_offset = static_cast<int>(m_cards.size());
    endResetModel();
}

bool BoardColumnModel::removeDeal(Id dealId)
{
    const int row = rowOf(dealId);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_cards.removeAt(row);
    --m_offset;
    --m_total;
    endRemoveRows();
    return true;
}

std::optional<DealCard> BoardColumnModel::takeDeal(Id dealId)
{
    const int row = rowOf(dealId);
    if (row < 0)
        return std::nullopt;
    DealCard taken = m_cards.at(row);
    removeDeal(dealId);
    return taken;
}

void BoardColumnModel::insertDeal(const DealCard &card)
{
    beginInsertRows({}, 0, 0);
    m_cards.prepend(card);
    ++m_offset;
    ++m_total;
    endInsertRows();
}

int BoardColumnModel::rowOf(Id dealId) const
{
    for (int i = 0; i < m_cards.size(); ++i) {
        if (m_cards.at(i).deal.id == dealId)
            return i;
    }
    return -1;
}

const DealCard *BoardColumnModel::card(int row) const
{
    return row >= 0 && row < m_cards.size() ? &m_cards.at(row) : nullptr;
}

int BoardColumnModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cards.size());
}

QVariant BoardColumnModel::data(const QModelIndex &index, int role) const
{
    const DealCard *c = card(index.row());
    if (!c)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return c->companyName.isEmpty() ? c->deal.title : c->companyName;
    case Qt::ToolTipRole:
        return c->deal.title;
    case DealIdRole:
        return c->deal.id;
    default:
        return {};
    }
}

bool BoardColumnModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_cards.size() < m_total;
}

void BoardColumnModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    const QList<DealCard> more = m_store.deals.cards(m_scope, m_stage.id, m_ownerId, m_offset, kPageSize);
    if (more.isEmpty()) {
        m_total = m_cards.size(); // the store has fewer than counted (changed meanwhile)
        return;
    }
    beginInsertRows({}, static_cast<int>(m_cards.size()), static_cast<int>(m_cards.size() + more.size() - 1));
    m_cards.append(more);
    m_offset += static_cast<int>(more.size());
    endInsertRows();
}

} // namespace lr::ui
