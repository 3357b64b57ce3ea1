#include "ui/rules/SlaPoliciesTab.h"

#include "core/routing/RoutingSettings.h"
#include "core/store/Store.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lr::ui {
namespace {

QString covers(const SlaPolicy &p)
{
    QStringList parts = p.scoreClasses + p.formTypes;
    if (p.minScore >= 0)
        parts.append(SlaPoliciesTab::tr("score ≥ %1").arg(p.minScore));
    return parts.isEmpty() ? SlaPoliciesTab::tr("every lead") : parts.join(QStringLiteral(", "));
}

} // namespace

SlaPoliciesTab::SlaPoliciesTab(Store &store, const Clock &clock, QWidget *parent)
    : RuleEditorTab(parent), m_store(store), m_clock(clock)
{
    setObjectName(QStringLiteral("slaPoliciesTab"));
    m_table = new QTableWidget(0, static_cast<int>(Column::Count), this);
    m_table->setHorizontalHeaderLabels({tr("Policy"), tr("Lead types"), tr("Target (minutes)"), tr("Business hours"),
                                        tr("Ladder % (nudge/alert/reassign)")});
    // Every header reads whole in any language; the lead types take what is left.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(static_cast<int>(Column::Covers), QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_save = new QPushButton(tr("Save SLA policies"), this);
    m_issues = new QLabel(this);
    m_issues->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_issues);
    layout->addWidget(m_save, 0, Qt::AlignRight);
    connect(m_save, &QPushButton::clicked, this, &SlaPoliciesTab::save);
    connect(m_table, &QTableWidget::itemChanged, this,
            [this] { m_issues->setText(editedPolicies().check().join(QLatin1Char('\n'))); });
}

SlaPoliciesTab::~SlaPoliciesTab() = default;

void SlaPoliciesTab::setUser(const User &user)
{
    m_user = user;
    refresh();
}

void SlaPoliciesTab::refresh()
{
    m_policies = RoutingSettings(m_store, m_clock).sla();
    const QSignalBlocker block(m_table);
    m_table->setRowCount(static_cast<int>(m_policies.policies.size()));
    for (int row = 0; row < m_policies.policies.size(); ++row) {
        const SlaPolicy &p = m_policies.policies.at(row);
        auto *name = new QTableWidgetItem(p.name);
        auto *types = new QTableWidgetItem(covers(p));
        types->setFlags(types->flags() & ~Qt::ItemIsEditable);
        auto *target = new QTableWidgetItem;
        target->setData(Qt::EditRole, static_cast<int>(p.targetMs / kMinuteMs));
        auto *hours = new QTableWidgetItem;
        hours->setFlags((hours->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsEditable);
        hours->setCheckState(p.businessHours ? Qt::Checked : Qt::Unchecked);
        auto *ladder = new QTableWidgetItem(
            QStringLiteral("%1/%2/%3").arg(p.nudgePercent).arg(p.alertPercent).arg(p.reassignPercent));
        m_table->setItem(row, static_cast<int>(Column::Name), name);
        m_table->setItem(row, static_cast<int>(Column::Covers), types);
        m_table->setItem(row, static_cast<int>(Column::TargetMinutes), target);
        m_table->setItem(row, static_cast<int>(Column::BusinessHours), hours);
        m_table->setItem(row, static_cast<int>(Column::Ladder), ladder);
    }
    m_issues->clear();
}

SlaPolicySet SlaPoliciesTab::editedPolicies() const
{
    SlaPolicySet out = m_policies;
    for (int row = 0; row < out.policies.size() && row < m_table->rowCount(); ++row) {
        SlaPolicy &p = out.policies[row];
        p.name = m_table->item(row, static_cast<int>(Column::Name))->text().trimmed();
        p.targetMs =
            m_table->item(row, static_cast<int>(Column::TargetMinutes))->data(Qt::EditRole).toLongLong() * kMinuteMs;
        p.businessHours = m_table->item(row, static_cast<int>(Column::BusinessHours))->checkState() == Qt::Checked;
        const QStringList ladder = m_table->item(row, static_cast<int>(Column::Ladder))->text().split(QLatin1Char('/'));
        p.nudgePercent = ladder.value(0).trimmed().toInt();
        p.alertPercent = ladder.value(1).trimmed().toInt();
        p.reassignPercent = ladder.value(2).trimmed().toInt();
    }
    return out;
}

std::optional<SlaPolicySet> SlaPoliciesTab::unsavedPolicies() const
{
    SlaPolicySet edited = editedPolicies();
    if (edited == m_policies)
        return std::nullopt;
    return edited;
}

void SlaPoliciesTab::save()
{
    const Result<int> saved = RoutingSettings(m_store, m_clock).saveSla(AccessScope::forUser(m_user), editedPolicies());
    if (!saved) {
        m_issues->setText(saved.error());
        return;
    }
    emit message(tr("SLA policies saved as version %1.").arg(saved.value()));
    refresh();
}

} // namespace lr::ui
