#pragma once

#include "core/sla/SlaPolicy.h"
#include "ui/rules/RuleEditorTab.h"

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace lr {
class Clock;
class Store;
} // namespace lr

namespace lr::ui {

/// The rule editor's SLA tab: one row per policy — lead types it covers, target minutes, 24/7 or
/// the owner's business hours, and the ladder (nudge / manager alert / reassignment, in percent of
/// the target). The strictest matching policy applies to a lead; core refuses an invalid set.
class SlaPoliciesTab final : public RuleEditorTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlaPoliciesTab)

public:
    enum class Column { Name, Covers, TargetMinutes, BusinessHours, Ladder, Count };

    SlaPoliciesTab(Store &store, const Clock &clock, QWidget *parent = nullptr);
    ~SlaPoliciesTab() override;

    void setUser(const User &user) override;
    void refresh() override;

    QTableWidget *table() const { return m_table; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *issuesLabel() const { return m_issues; }
    /// The policies as edited in the table.
    SlaPolicySet editedPolicies() const;
    /// The edited policies when they differ from the stored ones (valid or not), else nothing.
    std::optional<SlaPolicySet> unsavedPolicies() const;

private:
    void save();

    Store &m_store;
    const Clock &m_clock;
    User m_user;
    SlaPolicySet m_policies;
    QTableWidget *m_table = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_issues = nullptr;
};

} // namespace lr::ui
