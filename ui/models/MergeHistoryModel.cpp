#include "ui/models/MergeHistoryModel.h"

#include "ui/Format.h"

#include <QColor>

namespace lr::ui {

MergeHistoryModel::MergeHistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

MergeHistoryModel::~MergeHistoryModel() = default;

void MergeHistoryModel::setMerges(QList<MergeRecord> merges)
{
    beginResetModel();
    m_merges = std::move(merges);
    endResetModel();
}

int MergeHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_merges.size());
}

int MergeHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QVariant MergeHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MergeRecord &m = m_merges.at(index.row());
    if (role == IdRole)
        return m.id;
    if (role == Qt::ForegroundRole && m.isUndone())
        return QVariant::fromValue(QColor(0x9c, 0xa3, 0xaf));
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Column::When:
        return Format::dateTime(m.at);
    case Column::Kept:
        return tr("%1 (#%2)").arg(m.survivorName).arg(m.survivorId);
    case Column::Merged:
        return tr("%1 (#%2)").arg(m.absorbedName).arg(m.absorbedId);
    case Column::By:
        return m.userName.isEmpty() ? Format::missing() : m.userName;
    case Column::State:
        return m.isUndone() ? tr("Undone %1").arg(Format::dateTime(m.undoneAt)) : tr("Merged");
    case Column::Count:
        break;
    }
    return {};
}

QVariant MergeHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Column::When:
        return tr("When");
    case Column::Kept:
        return tr("Kept");
    case Column::Merged:
        return tr("Merged into it");
    case Column::By:
        return tr("By");
    case Column::State:
        return tr("State");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace lr::ui
