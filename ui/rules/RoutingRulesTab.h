#pragma once

#include "core/routing/RoutingRule.h"
#include "core/sla/SlaPolicy.h"
#include "ui/rules/RuleEditorTab.h"

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace lr {
class Clock;
class Store;
} // namespace lr

namespace lr::ui {

class ConditionBuilder;

/// The rule editor's Routing tab: the ordered routing rules (drag to reorder; first match wins),
/// each with its conditions (edited in the condition builder shared with scoring), target and strategy.
/// Shows core's issues as you edit; a set without a default rule cannot be saved.
class RoutingRulesTab final : public RuleEditorTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutingRulesTab)

public:
    RoutingRulesTab(Store &store, const Clock &clock, QWidget *parent = nullptr);
    ~RoutingRulesTab() override;

    void setUser(const User &user) override;
    void refresh() override;

    QListWidget *list() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    ConditionBuilder *conditionsEdit() const { return m_when; }
    QComboBox *targetTypeBox() const { return m_targetType; }
    QComboBox *targetBox() const { return m_target; }
    QComboBox *strategyBox() const { return m_strategy; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *issuesLabel() const { return m_issues; }
    /// The rules as edited, in the list's order.
    RoutingRuleSet editedRules() const;

    /// Where the What-if finds the SLA editor's unsaved policies: the source returns them when the
    /// SLA tab has edits (valid or not) and nothing otherwise. Without a source, the stored ones.
    using SlaDraftSource = std::function<std::optional<SlaPolicySet>()>;
    void setSlaDraftSource(SlaDraftSource source) { m_slaDraft = std::move(source); }

private:
    void rebuildList();
    void load(int row);
    void apply();
    void addRule();
    void removeRule();
    void fillTargets();
    void updateIssues();
    void save();
    void openWhatIf();

    Store &m_store;
    const Clock &m_clock;
    User m_user;
    RoutingRuleSet m_rules;
    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    ConditionBuilder *m_when = nullptr;
    QComboBox *m_targetType = nullptr;
    QComboBox *m_target = nullptr;
    QComboBox *m_strategy = nullptr;
    QCheckBox *m_hours = nullptr;
    QCheckBox *m_enabled = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_issues = nullptr;
    SlaDraftSource m_slaDraft;
};

} // namespace lr::ui
