#pragma once

#include "core/store/MergeRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace lr::ui {

/// Recent merges (read-only), newest first, with whether each was undone.
class MergeHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergeHistoryModel)

public:
    enum class Column { When, Kept, Merged, By, State, Count };
    enum ItemRole { IdRole = Qt::UserRole + 1 };

    explicit MergeHistoryModel(QObject *parent = nullptr);
    ~MergeHistoryModel() override;

    void setMerges(QList<MergeRecord> merges);
    const MergeRecord &mergeAt(int row) const { return m_merges.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<MergeRecord> m_merges;
};

} // namespace lr::ui
