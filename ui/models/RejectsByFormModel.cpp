#include "ui/models/RejectsByFormModel.h"

#include "ui/Format.h"

#include <QLocale>

namespace lr::ui {

RejectsByFormModel::RejectsByFormModel(QObject *parent) : QAbstractTableModel(parent) {}

RejectsByFormModel::~RejectsByFormModel() = default;

void RejectsByFormModel::setRows(const QList<SourceRejects> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int RejectsByFormModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RejectsByFormModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QVariant RejectsByFormModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SourceRejects &row = m_rows.at(index.row());
    const auto column = static_cast<Column>(index.column());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Form:
            return row.source.isEmpty() ? Format::missing() : row.source;
        case Column::Rejects:
            return locale.toString(row.rejects);
        case Column::Submissions:
            return locale.toString(row.submissions);
        case Column::Rate:
            return tr("%1 %").arg(locale.toString(row.rate() * 100.0, 'f', 1));
        case Column::Count:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1: %2 of %3 submissions rejected")
            .arg(row.source.isEmpty() ? Format::missing() : row.source, locale.toString(row.rejects),
                 locale.toString(row.submissions));
    case Qt::TextAlignmentRole:
        if (column == Column::Rejects || column == Column::Submissions)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (column) {
        case Column::Form:
            return row.source;
        case Column::Rejects:
            return row.rejects;
        case Column::Submissions:
            return row.submissions;
        case Column::Rate:
            return row.rate();
        case Column::Count:
            break;
        }
        return {};
    case ShareRole:
        return row.rate();
    case SourceRole:
        return row.source;
    default:
        return {};
    }
}

QVariant RejectsByFormModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Column::Form:
        return tr("Form / source");
    case Column::Rejects:
        return tr("Rejects");
    case Column::Submissions:
        return tr("Submissions");
    case Column::Rate:
        return tr("Reject rate");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace lr::ui
