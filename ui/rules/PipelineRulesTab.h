#pragma once

#include "ui/rules/RuleEditorTab.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace lr {
class Clock;
class Store;
} // namespace lr

namespace lr::ui {

/// The Pipeline tab of the rule editor: the pipeline automation document (ghost-buster days and
/// lost reason, the stale alert, check-in days after a deal lost for timing or budget, hand-off
/// tasks and the account review after a won deal), saved through PipelineTimers::saveRules, and
/// the stage editor (stages, probabilities, exit criteria).
class PipelineRulesTab final : public RuleEditorTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineRulesTab)

public:
    PipelineRulesTab(Store &store, const Clock &clock, QWidget *parent = nullptr);
    ~PipelineRulesTab() override;

    void setUser(const User &user) override;
    void refresh() override;
    /// Saves the form; false (and a message) when core refuses.
    bool save();

    QSpinBox *unchangedDays() const { return m_unchanged; }
    QSpinBox *silentDays() const { return m_silent; }
    QSpinBox *graceDays() const { return m_grace; }
    QSpinBox *timingDays() const { return m_timing; }
    QSpinBox *budgetDays() const { return m_budget; }
    QSpinBox *reviewDays() const { return m_review; }
    QPushButton *saveButton() const { return m_save; }

private:
    Store &m_store;
    const Clock &m_clock;
    User m_user;
    QCheckBox *m_ghost = nullptr;
    QSpinBox *m_unchanged = nullptr;
    QSpinBox *m_silent = nullptr;
    QSpinBox *m_grace = nullptr;
    QComboBox *m_ghostReason = nullptr;
    QCheckBox *m_stale = nullptr;
    QCheckBox *m_checkIn = nullptr;
    QSpinBox *m_timing = nullptr;
    QSpinBox *m_budget = nullptr;
    QCheckBox *m_won = nullptr;
    QLineEdit *m_handoff = nullptr;
    QSpinBox *m_review = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_stages = nullptr;
};

} // namespace lr::ui
