#pragma once

#include "core/dedup/DuplicateFinder.h"

#include <QAbstractTableModel>
#include <QList>

namespace lr::ui {

/// Possible duplicate pairs (read-only), best first. Small (what a person reviews), so held whole.
class DuplicateCandidateModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DuplicateCandidateModel)

public:
    enum class Column {
        Score,
        FirstName,
        FirstEmail,
        FirstCompany,
        SecondName,
        SecondEmail,
        SecondCompany,
        Reason,
        Count
    };
    enum ItemRole { SortRole = Qt::UserRole + 1 };

    explicit DuplicateCandidateModel(QObject *parent = nullptr);
    ~DuplicateCandidateModel() override;

    void setCandidates(QList<DuplicateCandidate> candidates);
    const DuplicateCandidate &candidateAt(int row) const { return m_candidates.at(row); }
    /// Drops one pair (after a merge or a dismissal) without resetting the view.
    void removePair(LeadPair pair);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DuplicateCandidate> m_candidates;
};

} // namespace lr::ui
