#include "ui/models/InboxModel.h"

#include "core/common/Clock.h"
#include "core/routing/RoutingSettings.h"
#include "core/store/Store.h"

namespace lr::ui {

QString formatCountdown(qint64 remainingMs)
{
    const bool over = remainingMs < 0;
    const qint64 seconds = (over ? -remainingMs : remainingMs + 999) / 1000;
    QString time;
    if (seconds >= 3600)
        time = InboxModel::tr("%1 h %2").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
    else
        time = QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return over ? InboxModel::tr("%1 over").arg(time) : InboxModel::tr("%1 left").arg(time);
}

InboxModel::InboxModel(Store &store, const Clock &clock, const AccessScope &scope, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_clock(clock), m_scope(scope),
      m_repo(std::make_unique<SlaRepository>(store.database()))
{
    refresh();
}

InboxModel::~InboxModel() = default;

void InboxModel::setScope(const AccessScope &scope)
{
    m_scope = scope;
    refresh();
}

void InboxModel::setFilter(InboxFilter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

void InboxModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_count = m_repo->inboxCount(m_scope, m_filter, m_clock.now());
    m_policyNames.clear();
    for (const SlaPolicy &p : RoutingSettings(m_store, m_clock).sla().policies)
        m_policyNames.insert(p.key, p.name);
    endResetModel();
}

void InboxModel::tick(int first, int last)
{
    if (m_count == 0 || first > last || first < 0)
        return;
    last = std::min(last, rowCount() - 1);
    const int column = static_cast<int>(Column::Sla);
    emit dataChanged(index(first, column), index(last, column),
                     {Qt::DisplayRole, SortRole, SlaStateRole, SlaRemainingRole, SlaFractionRole});
}

InboxModel::SlaState InboxModel::stateOf(const SlaClock &clock, Instant now)
{
    if (now > clock.dueAt)
        return SlaState::Breached;
    if (now == clock.dueAt)
        return SlaState::Due;
    if (now >= clock.nudgeAt)
        return SlaState::Nudged;
    return SlaState::OnTrack;
}

const QList<InboxRow> *InboxModel::page(qint64 index) const
{
    auto it = m_pages.find(index);
    if (it == m_pages.end()) {
        if (m_pages.size() >= 8)
            m_pages.clear();
        it = m_pages.insert(index, m_repo->inboxPage(m_scope, m_filter, m_clock.now(), index * kPageSize, kPageSize));
    }
    return &it.value();
}

const InboxRow *InboxModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const QList<InboxRow> *rows = page(row / kPageSize);
    const int offset = row % kPageSize;
    return offset < rows->size() ? &rows->at(offset) : nullptr;
}

Id InboxModel::leadIdAt(int row) const
{
    const InboxRow *r = rowAt(row);
    return r ? r->clock.leadId : 0;
}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
}

int InboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const InboxRow *r = rowAt(index.row());
    if (!r)
        return {};
    const Instant now = m_clock.now();
    const qint64 remaining = r->clock.dueAt - now;
    switch (role) {
    case IdRole:
        return r->clock.leadId;
    case SlaStateRole:
        return static_cast<int>(stateOf(r->clock, now));
    case SlaRemainingRole:
        return remaining;
    case SlaFractionRole:
        return r->clock.targetMs > 0 ? double(now - r->clock.startedAt) / double(r->clock.dueAt - r->clock.startedAt)
                                     : 1.0;
    default:
        break;
    }
    const auto column = static_cast<Column>(index.column());
    if (role == SortRole) {
        switch (column) {
        case Column::Sla:
            return remaining;
        case Column::Lead:
            return r->leadName.isEmpty() ? r->email : r->leadName;
        case Column::Company:
            return r->company;
        case Column::Owner:
            return r->ownerName;
        case Column::Policy:
            return m_policyNames.value(r->clock.policy, r->clock.policy);
        case Column::Count:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && column == Column::Lead)
        return r->email;
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::Sla:
        return formatCountdown(remaining);
    case Column::Lead:
        return r->leadName.isEmpty() ? r->email : r->leadName;
    case Column::Company:
        return r->company;
    case Column::Owner:
        return r->ownerName;
    case Column::Policy:
        return m_policyNames.value(r->clock.policy, r->clock.policy);
    case Column::Count:
        break;
    }
    return {};
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Column::Sla:
        return tr("SLA");
    case Column::Lead:
        return tr("Lead");
    case Column::Company:
        return tr("Company");
    case Column::Owner:
        return tr("Owner");
    case Column::Policy:
        return tr("Policy");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace lr::ui
