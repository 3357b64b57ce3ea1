#include "ui/models/DuplicateCandidateModel.h"

#include "ui/Format.h"

namespace lr::ui {
namespace {

QString nameOf(const LeadProfile &p)
{
    const QString name = p.fullName();
    return name.isEmpty() ? Format::missing() : name;
}

QString companyOf(const LeadProfile &p)
{
    if (!p.companyName.isEmpty())
        return p.companyName;
    return p.companyDomain.isEmpty() ? Format::missing() : p.companyDomain;
}

} // namespace

DuplicateCandidateModel::DuplicateCandidateModel(QObject *parent) : QAbstractTableModel(parent) {}

DuplicateCandidateModel::~DuplicateCandidateModel() = default;

void DuplicateCandidateModel::setCandidates(QList<DuplicateCandidate> candidates)
{
    beginResetModel();
    m_candidates = std::move(candidates);
    endResetModel();
}

void DuplicateCandidateModel::removePair(LeadPair pair)
{
    for (int row = 0; row < m_candidates.size(); ++row) {
        if (m_candidates.at(row).pair() == pair) {
            beginRemoveRows({}, row, row);
            m_candidates.removeAt(row);
            endRemoveRows();
            return;
        }
    }
}

int DuplicateCandidateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_candidates.size());
}

int DuplicateCandidateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QVariant DuplicateCandidateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DuplicateCandidate &c = m_candidates.at(index.row());
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::TextAlignmentRole && column == Column::Score)
        return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return column == Column::Reason ? c.reason : QVariant();
    if (role == SortRole && column == Column::Score)
        return c.score;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (column) {
    case Column::Score:
        return tr("%1 %").arg(c.score);
    case Column::FirstName:
        return nameOf(c.first);
    case Column::FirstEmail:
        return c.first.email;
    case Column::FirstCompany:
        return companyOf(c.first);
    case Column::SecondName:
        return nameOf(c.second);
    case Column::SecondEmail:
        return c.second.email;
    case Column::SecondCompany:
        return companyOf(c.second);
    case Column::Reason:
        return c.reason;
    case Column::Count:
        break;
    }
    return {};
}

QVariant DuplicateCandidateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole && section == static_cast<int>(Column::Score))
        return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Column::Score:
        return tr("Score");
    case Column::FirstName:
        return tr("Lead");
    case Column::FirstEmail:
        return tr("Email");
    case Column::FirstCompany:
        return tr("Company");
    case Column::SecondName:
        return tr("Possible duplicate");
    case Column::SecondEmail:
        return tr("Email");
    case Column::SecondCompany:
        return tr("Company");
    case Column::Reason:
        return tr("Why");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace lr::ui
