#pragma once

#include "core/domain/Task.h"
#include "core/security/AccessScope.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace lr {
class Clock;
class Store;
} // namespace lr

namespace lr::ui {

/// A user's open tasks for "My day": overdue first, then due now (within the next 15 minutes),
/// then later, each soonest due first. A rep's queue is short, so it is held whole and re-read
/// on refresh(); the store scopes it (a rep never sees another rep's tasks).
class TaskQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskQueueModel)

public:
    enum class Column { When, Title, Due, Count };
    enum ItemRole { IdRole = Qt::UserRole + 1, SortRole, BucketRole, LeadIdRole, KindRole };
    enum class Bucket { Overdue, DueNow, Later };

    static constexpr qint64 kDueNowWindowMs = 15 * 60 * 1000;

    TaskQueueModel(Store &store, const Clock &clock, const AccessScope &scope, QObject *parent = nullptr);
    ~TaskQueueModel() override;

    void setScope(const AccessScope &scope);
    void refresh();
    const Task &taskAt(int row) const { return m_tasks.at(row); }
    Bucket bucketOf(const Task &task) const;
    /// How many tasks fall in `bucket`.
    int count(Bucket bucket) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Store &m_store;
    const Clock &m_clock;
    AccessScope m_scope;
    QList<Task> m_tasks;
};

} // namespace lr::ui
