#include "ui/models/HygieneListModel.h"

#include "ui/Format.h"

#include <QUrl>

namespace lr::ui {

HygieneListModel::HygieneListModel(QObject *parent) : QAbstractTableModel(parent) {}

HygieneListModel::~HygieneListModel() = default;

void HygieneListModel::setEntries(const QList<HygieneListEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

QString HygieneListModel::displayValue(const QString &stored)
{
    const qsizetype at = stored.lastIndexOf(QLatin1Char('@'));
    const QString domain = at >= 0 ? stored.mid(at + 1) : stored;
    const QString unicode = QUrl::fromAce(domain.toLatin1());
    return at >= 0 ? stored.left(at + 1) + unicode : unicode;
}

int HygieneListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int HygieneListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QVariant HygieneListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HygieneListEntry &e = m_entries.at(index.row());
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Value:
            return displayValue(e.value);
        case Column::Note:
            return e.note;
        case Column::AddedBy:
            return e.addedByName.isEmpty() ? Format::missing() : e.addedByName;
        case Column::AddedAt:
            return Format::dateTime(e.addedAt);
        case Column::Count:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Column::Value)
            return tr("Stored as %1").arg(e.value);
        return {};
    case IdRole:
        return e.id;
    case SortRole:
        switch (column) {
        case Column::Value:
            return displayValue(e.value);
        case Column::Note:
            return e.note;
        case Column::AddedBy:
            return e.addedByName;
        case Column::AddedAt:
            return e.addedAt;
        case Column::Count:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant HygieneListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Column::Value:
        return tr("Domain or address");
    case Column::Note:
        return tr("Note");
    case Column::AddedBy:
        return tr("Added by");
    case Column::AddedAt:
        return tr("Added");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace lr::ui
