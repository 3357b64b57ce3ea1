#pragma once

#include "core/routing/RoutingRule.h"
#include "core/sla/SlaPolicy.h"

#include <QDialog>

class QLabel;
class QSpinBox;
class QTableWidget;

namespace lr {
class Clock;
class Store;
} // namespace lr

namespace lr::ui {

/// What-if for routing rules before they are saved: replays the leads of the last N days
/// (default 14) through the edited rules and the SLA policies (core's WhatIf, nothing written)
/// and shows per person the leads now and what-if, their SLA clocks and hot leads.
class WhatIfDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhatIfDialog)

public:
    enum class Column { Person, LeadsNow, LeadsWhatIf, Change, ClocksNow, ClocksWhatIf, HotNow, HotWhatIf, Count };

    /// `slaNote` says which SLA policies are replayed (e.g. the SLA tab's unsaved draft); empty: none shown.
    WhatIfDialog(Store &store, const Clock &clock, const RoutingRuleSet &rules, const SlaPolicySet &policies,
                 const QString &slaNote = QString(), QWidget *parent = nullptr);
    ~WhatIfDialog() override;

    QSpinBox *daysBox() const { return m_days; }
    QTableWidget *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *slaNoteLabel() const { return m_slaNote; }

    /// Replays again with the days in the box.
    void replay();

private:
    Store &m_store;
    const Clock &m_clock;
    RoutingRuleSet m_rules;
    SlaPolicySet m_policies;
    QSpinBox *m_days = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_slaNote = nullptr;
};

} // namespace lr::ui
