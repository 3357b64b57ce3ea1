#pragma once

#include "core/domain/HygieneListEntry.h"

#include <QAbstractTableModel>
#include <QList>

namespace lr::ui {

/// The entries of one admin list (disposable, free-mail, allowed domains or blocked addresses).
/// Domains show in their Unicode form, with the stored punycode in the tooltip.
class HygieneListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HygieneListModel)

public:
    enum class Column { Value, Note, AddedBy, AddedAt, Count };
    enum ItemRole {
        IdRole = Qt::UserRole + 1, ///< The entry's id (qint64).
        SortRole,                  ///< The raw value the column sorts on.
    };

    explicit HygieneListModel(QObject *parent = nullptr);
    ~HygieneListModel() override;

    void setEntries(const QList<HygieneListEntry> &entries);
    const QList<HygieneListEntry> &entries() const { return m_entries; }
    /// "bücher.de" for "xn--bcher-kva.de"; addresses keep their local part.
    static QString displayValue(const QString &stored);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<HygieneListEntry> m_entries;
};

} // namespace lr::ui
