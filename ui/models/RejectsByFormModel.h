#pragma once

#include "core/store/QuarantineRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace lr::ui {

/// Which forms produce most rejects over a period: one row per form with its rejects, all its
/// submissions and the reject rate (a share between 0 and 1 in ShareRole, for the bar).
class RejectsByFormModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RejectsByFormModel)

public:
    enum class Column { Form, Rejects, Submissions, Rate, Count };
    enum ItemRole {
        SortRole = Qt::UserRole + 1, ///< The raw value the column sorts on.
        ShareRole,                   ///< The reject rate, 0..1 (double).
        SourceRole,                  ///< The form / source as stored (QString).
    };

    explicit RejectsByFormModel(QObject *parent = nullptr);
    ~RejectsByFormModel() override;

    void setRows(const QList<SourceRejects> &rows);
    const QList<SourceRejects> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SourceRejects> m_rows;
};

} // namespace lr::ui
