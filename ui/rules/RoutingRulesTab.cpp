#include "ui/rules/RoutingRulesTab.h"

#include "core/routing/LeadDispatcher.h"
#include "core/routing/RoutingSettings.h"
#include "core/store/Store.h"
#include "ui/rules/ConditionBuilder.h"
#include "ui/rules/WhatIfDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace lr::ui {

RoutingRulesTab::RoutingRulesTab(Store &store, const Clock &clock, QWidget *parent)
    : RuleEditorTab(parent), m_store(store), m_clock(clock)
{
    setObjectName(QStringLiteral("routingRulesTab"));
    m_list = new QListWidget(this);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_name = new QLineEdit(this);
    m_when = new ConditionBuilder(this);
    m_when->setToolTip(tr("No conditions: the default rule, which takes every lead no rule above took."));
    m_targetType = new QComboBox(this);
    for (const auto kind : {RoutingTarget::Kind::Pool, RoutingTarget::Kind::Team, RoutingTarget::Kind::User,
                            RoutingTarget::Kind::AccountOwner})
        m_targetType->addItem(displayName(kind), static_cast<int>(kind));
    m_target = new QComboBox(this);
    m_strategy = new QComboBox(this);
    for (const auto s : {RoutingStrategy::RoundRobin, RoutingStrategy::LeastLoaded})
        m_strategy->addItem(displayName(s), static_cast<int>(s));
    m_hours = new QCheckBox(tr("Only people inside their working hours"), this);
    m_enabled = new QCheckBox(tr("Enabled"), this);
    m_apply = new QPushButton(tr("Apply"), this);
    m_add = new QPushButton(tr("Add rule"), this);
    m_remove = new QPushButton(tr("Remove rule"), this);
    m_save = new QPushButton(tr("Save routing rules"), this);
    m_issues = new QLabel(this);
    m_issues->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Conditions"), m_when);
    form->addRow(tr("Target"), m_targetType);
    form->addRow(tr("Who"), m_target);
    form->addRow(tr("Strategy"), m_strategy);
    form->addRow(QString(), m_hours);
    form->addRow(QString(), m_enabled);
    // Each button sits with what it acts on, so the rows fit in any language: adding and removing
    // under the list, applying under the rule, trying and saving the whole set at the bottom.
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch(1);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    auto *ruleButtons = new QHBoxLayout;
    ruleButtons->addStretch(1);
    ruleButtons->addWidget(m_apply);
    auto *setButtons = new QHBoxLayout;
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addLayout(ruleButtons);
    right->addWidget(m_issues);
    right->addLayout(setButtons);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 2);
    layout->addLayout(right, 3);

    connect(m_list, &QListWidget::currentRowChanged, this, &RoutingRulesTab::load);
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, &RoutingRulesTab::updateIssues);
    connect(m_targetType, &QComboBox::currentIndexChanged, this, &RoutingRulesTab::fillTargets);
    connect(m_apply, &QPushButton::clicked, this, &RoutingRulesTab::apply);
    connect(m_add, &QPushButton::clicked, this, &RoutingRulesTab::addRule);
    connect(m_remove, &QPushButton::clicked, this, &RoutingRulesTab::removeRule);
    connect(m_save, &QPushButton::clicked, this, &RoutingRulesTab::save);
    auto *whatIf = new QPushButton(tr("What-if…"), this);
    whatIf->setObjectName(QStringLiteral("whatIfButton"));
    setButtons->addWidget(whatIf);
    setButtons->addStretch(1);
    setButtons->addWidget(m_save);
    connect(whatIf, &QPushButton::clicked, this, &RoutingRulesTab::openWhatIf);
}

void RoutingRulesTab::openWhatIf()
{
    // The SLA tab's unsaved policies when it has valid edits; the stored ones otherwise.
    SlaPolicySet policies = LeadDispatcher(m_store, m_clock).activePolicies();
    QString slaNote;
    if (const std::optional<SlaPolicySet> draft = m_slaDraft ? m_slaDraft() : std::nullopt) {
        const QStringList problems = draft->check();
        if (problems.isEmpty()) {
            policies = *draft;
            slaNote = tr("SLA load uses the unsaved policies of the SLA tab.");
        } else {
            slaNote = tr("The unsaved SLA policies are not valid (%1); SLA load uses the saved policies.")
                          .arg(problems.join(QStringLiteral("; ")));
        }
    }
    auto *dialog = new WhatIfDialog(m_store, m_clock, editedRules(), policies, slaNote, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

RoutingRulesTab::~RoutingRulesTab() = default;

void RoutingRulesTab::setUser(const User &user)
{
    m_user = user;
    refresh();
}

void RoutingRulesTab::refresh()
{
    m_rules = RoutingSettings(m_store, m_clock).routing();
    rebuildList();
    m_list->setCurrentRow(m_rules.rules.isEmpty() ? -1 : 0);
    updateIssues();
}

RoutingRuleSet RoutingRulesTab::editedRules() const
{
    RoutingRuleSet out;
    for (int row = 0; row < m_list->count(); ++row)
        out.rules.append(m_rules.rules.at(m_list->item(row)->data(Qt::UserRole).toInt()));
    return out;
}

void RoutingRulesTab::rebuildList()
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (int i = 0; i < m_rules.rules.size(); ++i) {
        const RoutingRule &r = m_rules.rules.at(i);
        auto *item = new QListWidgetItem(tr("%1 → %2, %3%4")
                                             .arg(r.name, displayName(r.target.kind), displayName(r.target.strategy),
                                                  r.enabled ? QString() : tr(" (off)")),
                                         m_list);
        item->setData(Qt::UserRole, i);
    }
}

void RoutingRulesTab::fillTargets()
{
    m_target->clear();
    const auto kind = static_cast<RoutingTarget::Kind>(m_targetType->currentData().toInt());
    if (kind == RoutingTarget::Kind::User) {
        for (const User &u : m_store.users.all())
            m_target->addItem(u.name, u.id);
    } else if (kind == RoutingTarget::Kind::Team || kind == RoutingTarget::Kind::Pool) {
        if (kind == RoutingTarget::Kind::Pool)
            m_target->addItem(tr("Any team"), 0);
        for (const Team &t : m_store.teams.all())
            m_target->addItem(t.name, t.id);
    }
    m_target->setEnabled(m_target->count() > 0);
}

void RoutingRulesTab::load(int row)
{
    if (row < 0 || row >= m_list->count())
        return;
    const RoutingRule &r = m_rules.rules.at(m_list->item(row)->data(Qt::UserRole).toInt());
    m_name->setText(r.name);
    m_when->setConditions(r.conditions.value_or(ConditionSet{}));
    m_targetType->setCurrentIndex(m_targetType->findData(static_cast<int>(r.target.kind)));
    fillTargets();
    const Id who = r.target.kind == RoutingTarget::Kind::User ? r.target.userId : r.target.teamId;
    m_target->setCurrentIndex(std::max(0, m_target->findData(who)));
    m_strategy->setCurrentIndex(m_strategy->findData(static_cast<int>(r.target.strategy)));
    m_hours->setChecked(r.respectWorkingHours);
    m_enabled->setChecked(r.enabled);
}

void RoutingRulesTab::apply()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    RoutingRule &r = m_rules.rules[m_list->item(row)->data(Qt::UserRole).toInt()];
    if (!m_when->isValid()) {
        QStringList problems = m_when->problems();
        problems.removeAll(QString());
        m_issues->setText(problems.join(QLatin1Char('\n')));
        return;
    }
    const ConditionSet when = m_when->conditions();
    if (when.conditions.isEmpty())
        r.conditions.reset();
    else
        r.conditions = when;
    r.name = m_name->text().trimmed();
    r.target.kind = static_cast<RoutingTarget::Kind>(m_targetType->currentData().toInt());
    const Id who = m_target->currentData().toLongLong();
    r.target.userId = r.target.kind == RoutingTarget::Kind::User ? who : 0;
    r.target.teamId = r.target.kind == RoutingTarget::Kind::User ? 0 : who;
    r.target.strategy = static_cast<RoutingStrategy>(m_strategy->currentData().toInt());
    r.respectWorkingHours = m_hours->isChecked();
    r.enabled = m_enabled->isChecked();
    const RoutingRuleSet ordered = editedRules();
    m_rules = ordered;
    rebuildList();
    m_list->setCurrentRow(row);
    updateIssues();
}

void RoutingRulesTab::addRule()
{
    m_rules = editedRules();
    RoutingRule r;
    r.key = QStringLiteral("rule-%1").arg(m_clock.now());
    r.name = tr("New rule");
    m_rules.rules.prepend(r); // new rules go first: they are usually more specific
    rebuildList();
    m_list->setCurrentRow(0);
    updateIssues();
}

void RoutingRulesTab::removeRule()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    m_rules = editedRules();
    m_rules.rules.removeAt(row);
    rebuildList();
    m_list->setCurrentRow(std::min(row, static_cast<int>(m_list->count()) - 1));
    updateIssues();
}

void RoutingRulesTab::updateIssues()
{
    QStringList lines;
    bool blocking = false;
    for (const RoutingIssue &issue : RoutingSettings(m_store, m_clock).check(editedRules())) {
        lines.append(issue.message);
        blocking = blocking || issue.blocking;
    }
    m_issues->setText(lines.join(QLatin1Char('\n')));
    m_save->setEnabled(!blocking);
}

void RoutingRulesTab::save()
{
    const Result<int> saved =
        RoutingSettings(m_store, m_clock).saveRouting(AccessScope::forUser(m_user), editedRules());
    if (!saved) {
        m_issues->setText(saved.error());
        return;
    }
    emit message(tr("Routing rules saved as version %1.").arg(saved.value()));
    refresh();
}

} // namespace lr::ui
