#pragma once

#include "core/security/AccessScope.h"
#include "core/store/SlaRepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <memory>

namespace lr {
class Clock;
class Store;
} // namespace lr

namespace lr::ui {

/// The lead inbox: leads whose SLA clock runs (new and unworked), most urgent first, as a window
/// over the store (count + pages of kPageSize rows, a few pages cached). The SLA column is a live
/// countdown: tick() re-reads only the clock and announces dataChanged for the rows a view shows,
/// so one shared timer repaints only visible rows, however many clocks run.
class InboxModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxModel)

public:
    enum class Column { Sla, Lead, Company, Owner, Policy, Count };
    enum ItemRole {
        IdRole = Qt::UserRole + 1, ///< The lead id.
        SortRole,                  ///< Raw value: ms left for the SLA column.
        SlaStateRole,              ///< int(SlaState).
        SlaRemainingRole,          ///< ms until the target (negative once breached).
        SlaFractionRole,           ///< Share of the target used, 0.0 … (1.0 = breached).
    };
    /// green → amber at the nudge (50 %) → red at the target (100 %) → breached past the target.
    enum class SlaState { OnTrack, Nudged, Due, Breached };

    static constexpr int kPageSize = 200;

    InboxModel(Store &store, const Clock &clock, const AccessScope &scope, QObject *parent = nullptr);
    ~InboxModel() override;

    void setScope(const AccessScope &scope);
    void setFilter(InboxFilter filter);
    InboxFilter filter() const { return m_filter; }
    /// Reads the count again and drops cached pages (after the store changed).
    void refresh();
    /// The clock moved: announces a change of the SLA column for rows [first, last] only.
    void tick(int first, int last);

    Id leadIdAt(int row) const;
    const InboxRow *rowAt(int row) const;
    static SlaState stateOf(const SlaClock &clock, Instant now);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const QList<InboxRow> *page(qint64 index) const;

    Store &m_store;
    const Clock &m_clock;
    AccessScope m_scope;
    InboxFilter m_filter = InboxFilter::Visible;
    QHash<QString, QString> m_policyNames; ///< SLA policy key → its name ("hot" → "Hot / SQL").
    std::unique_ptr<SlaRepository> m_repo;
    qint64 m_count = 0;
    mutable QHash<qint64, QList<InboxRow>> m_pages;
};

/// "4:59 left", "2:10 over", "1 h 05 left": the countdown text of `remainingMs`.
QString formatCountdown(qint64 remainingMs);

} // namespace lr::ui
