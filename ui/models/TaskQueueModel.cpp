#include "ui/models/TaskQueueModel.h"

#include "core/common/Clock.h"
#include "core/store/Store.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace lr::ui {

TaskQueueModel::TaskQueueModel(Store &store, const Clock &clock, const AccessScope &scope, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_clock(clock), m_scope(scope)
{
    refresh();
}

TaskQueueModel::~TaskQueueModel() = default;

void TaskQueueModel::setScope(const AccessScope &scope)
{
    m_scope = scope;
    refresh();
}

TaskQueueModel::Bucket TaskQueueModel::bucketOf(const Task &task) const
{
    const Instant now = m_clock.now();
    if (task.dueAt < now)
        return Bucket::Overdue;
    if (task.dueAt <= now + kDueNowWindowMs)
        return Bucket::DueNow;
    return Bucket::Later;
}

void TaskQueueModel::refresh()
{
    beginResetModel();
    m_tasks.clear();
    // Only the user's own queue: a manager's "My day" is their own tasks, not the team's.
    for (const Task &t : m_store.tasks.open(m_scope)) {
        if (m_scope.seesEverything() && m_scope.userId == 0)
            m_tasks.append(t);
        else if (t.ownerId == m_scope.userId)
            m_tasks.append(t);
    }
    std::stable_sort(m_tasks.begin(), m_tasks.end(), [this](const Task &a, const Task &b) {
        const auto ba = bucketOf(a);
        const auto bb = bucketOf(b);
        return ba != bb ? ba < bb : a.dueAt < b.dueAt;
    });
    endResetModel();
}

int TaskQueueModel::count(Bucket bucket) const
{
    return static_cast<int>(
        std::count_if(m_tasks.begin(), m_tasks.end(), [&](const Task &t) { return bucketOf(t) == bucket; }));
}

int TaskQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_tasks.size());
}

int TaskQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QVariant TaskQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_tasks.size())
        return {};
    const Task &t = m_tasks.at(index.row());
    switch (role) {
    case IdRole:
        return t.id;
    case LeadIdRole:
        return t.leadId;
    case KindRole:
        return t.kind;
    case BucketRole:
        return static_cast<int>(bucketOf(t));
    default:
        break;
    }
    const auto column = static_cast<Column>(index.column());
    if (role == SortRole)
        return column == Column::Title ? QVariant(t.title) : QVariant(t.dueAt);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::When:
        switch (bucketOf(t)) {
        case Bucket::Overdue:
            return tr("Overdue");
        case Bucket::DueNow:
            return tr("Due now");
        case Bucket::Later:
            return tr("Later");
        }
        return {};
    case Column::Title:
        return t.title;
    case Column::Due:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(t.dueAt).toLocalTime(), QLocale::ShortFormat);
    case Column::Count:
        break;
    }
    return {};
}

QVariant TaskQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Column::When:
        return tr("When");
    case Column::Title:
        return tr("Task");
    case Column::Due:
        return tr("Due");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace lr::ui
