#include "ui/rules/WhatIfDialog.h"

#include "core/common/DayPhrases.h"
#include "core/routing/WhatIf.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lr::ui {
namespace {

QTableWidgetItem *number(int value, bool signedChange = false)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole,
                  signedChange && value > 0 ? QStringLiteral("+%1").arg(value) : QString::number(value));
    item->setData(Qt::UserRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

WhatIfDialog::WhatIfDialog(Store &store, const Clock &clock, const RoutingRuleSet &rules, const SlaPolicySet &policies,
                           const QString &slaNote, QWidget *parent)
    : QDialog(parent), m_store(store), m_clock(clock), m_rules(rules), m_policies(policies)
{
    setObjectName(QStringLiteral("whatIfDialog"));
    setWindowTitle(tr("What-if: edited routing rules"));
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("whatIfDays"));
    m_days->setRange(1, 365);
    m_days->setValue(WhatIf::kDefaultDays);
    m_days->setSuffix(tr(" days"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("whatIfSummary"));
    m_summary->setWordWrap(true);
    m_slaNote = new QLabel(slaNote, this);
    m_slaNote->setObjectName(QStringLiteral("whatIfSlaNote"));
    m_slaNote->setWordWrap(true);
    m_slaNote->setVisible(!slaNote.isEmpty());
    m_table = new QTableWidget(0, static_cast<int>(Column::Count), this);
    m_table->setObjectName(QStringLiteral("whatIfTable"));
    m_table->setHorizontalHeaderLabels({tr("Person"), tr("Leads now"), tr("Leads what-if"), tr("Change"),
                                        tr("SLA clocks now"), tr("SLA clocks what-if"), tr("Hot now"),
                                        tr("Hot what-if")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Replay the leads of the last"), this));
    top->addWidget(m_days);
    top->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_slaNote);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(m_days, &QSpinBox::valueChanged, this, &WhatIfDialog::replay);
    resize(860, 420);
    replay();
}

WhatIfDialog::~WhatIfDialog() = default;

void WhatIfDialog::replay()
{
    const Result<WhatIfReport> r = WhatIf(m_store, m_clock).replay(m_rules, m_policies, m_days->value());
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    if (!r) {
        m_summary->setText(r.error());
        return;
    }
    m_summary->setText(tr("%n lead(s) created %1; ", nullptr, r->leads).arg(DayPhrases::inTheLast(r->days).text()) +
                       tr("%n would go to someone else with the edited rules.", nullptr, r->changed));
    m_table->setRowCount(static_cast<int>(r->rows.size()));
    for (int i = 0; i < r->rows.size(); ++i) {
        const WhatIfRow &row = r->rows.at(i);
        auto *name = new QTableWidgetItem(row.name);
        name->setData(Qt::UserRole, row.userId);
        m_table->setItem(i, static_cast<int>(Column::Person), name);
        m_table->setItem(i, static_cast<int>(Column::LeadsNow), number(row.currentLeads));
        m_table->setItem(i, static_cast<int>(Column::LeadsWhatIf), number(row.whatIfLeads));
        m_table->setItem(i, static_cast<int>(Column::Change), number(row.whatIfLeads - row.currentLeads, true));
        m_table->setItem(i, static_cast<int>(Column::ClocksNow), number(row.currentClocks));
        m_table->setItem(i, static_cast<int>(Column::ClocksWhatIf), number(row.whatIfClocks));
        m_table->setItem(i, static_cast<int>(Column::HotNow), number(row.currentHot));
        m_table->setItem(i, static_cast<int>(Column::HotWhatIf), number(row.whatIfHot));
    }
    m_table->resizeColumnsToContents();
}

} // namespace lr::ui
