#pragma once

#include "core/scoring/ScoringConfig.h"
#include "core/scoring/ScoringService.h"
#include "ui/rules/RuleEditorTab.h"

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace lr {
class BackgroundRescore;
class Clock;
class Store;
} // namespace lr

namespace lr::ui {

class ConditionBuilder;

/// The rule editor's Scoring tab (administrators; core refuses anyone else on save): the scoring
/// rules grouped by axis (fit, intent, timing), each with its name, conditions (ConditionBuilder),
/// points and on/off, in the order the breakdown lists them; the class thresholds; "test against a
/// lead" (its current breakdown next to the one the edited rules give); the impact preview (how the
/// classes of the last 90 days' leads would move) shown before saving asks to confirm. Saving adds
/// a rule version and re-scores every lead in the background; older versions can be viewed and
/// restored (saved again as the newest version).
class ScoringRulesTab final : public RuleEditorTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoringRulesTab)

public:
    /// Asked before saving, with the impact of the edited rules; true saves.
    using ConfirmFn = std::function<bool(const ScoreImpact &)>;

    ScoringRulesTab(Store &store, const Clock &clock, QWidget *parent = nullptr);
    ~ScoringRulesTab() override;

    void setUser(const User &user) override;
    void refresh() override;

    /// The rules as edited (thresholds included).
    ScoringConfig editedConfig() const;
    /// Selects rule `id` in the tree and shows it in the editor; false if there is none.
    bool selectRule(const QString &id);
    /// Runs the impact preview of the edited rules and shows it; false (with the reason) when the
    /// edited rules do not check.
    bool previewImpact();
    /// Shows the lead named in the test box (id or email) scored now and with the edited rules.
    bool testAgainstLead();
    /// Checks, previews the impact, asks to confirm, saves a new version and starts the re-score.
    bool save();
    /// Loads the version selected in the versions list into the editor (nothing saved yet).
    bool viewSelectedVersion();
    /// Saves the version selected in the versions list as the newest version (after the impact
    /// preview and confirmation, like save()).
    bool restoreSelectedVersion();
    void setConfirm(ConfirmFn confirm) { m_confirm = std::move(confirm); }
    /// Starts the background re-score when a run left the active scoring rules unapplied (the app
    /// was closed or killed during one); false when none is due or one is running.
    bool resumeRescoreIfDue();
    /// Blocks until the background re-score (if any) is done (tests, shutdown).
    void waitForRescore();

    QTreeWidget *ruleTree() const { return m_tree; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *axisBox() const { return m_axis; }
    QSpinBox *pointsBox() const { return m_points; }
    QCheckBox *enabledBox() const { return m_enabled; }
    ConditionBuilder *conditionBuilder() const { return m_when; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *upButton() const { return m_up; }
    QPushButton *downButton() const { return m_down; }
    QSpinBox *thresholdBox(ScoreClass cls) const;
    QLabel *thresholdProblem() const { return m_thresholdProblem; }
    QLineEdit *testLeadEdit() const { return m_testLead; }
    QPushButton *testButton() const { return m_test; }
    QLabel *testSummary() const { return m_testSummary; }
    QTableWidget *testTable() const { return m_testTable; }
    QPushButton *impactButton() const { return m_impactButton; }
    QTableWidget *impactTable() const { return m_impact; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *issuesLabel() const { return m_issues; }
    QListWidget *versionList() const { return m_versions; }
    QPushButton *viewVersionButton() const { return m_view; }
    QPushButton *restoreVersionButton() const { return m_restore; }

signals:
    /// The background re-score after a save finished (`error` empty on success).
    void rescoreFinished(const QString &error);

private:
    void rebuildTree(int selectRule);
    void showRule(int index);
    void storeEditor();
    void addRule();
    void deleteRule();
    void moveRule(int direction);
    void loadVersions();
    /// Starts (or restarts) the background re-score to the active rules, with progress and a message.
    void startRescore();
    void showConfig(const ScoringConfig &config);
    bool checkThresholds();
    void showImpact(const ScoreImpact &impact);
    int currentRule() const;
    bool editable() const;

    Store &m_store;
    const Clock &m_clock;
    User m_user;
    ScoringConfig m_config;
    int m_shown = -1; ///< Index in m_config.rules of the rule in the editor.
    bool m_loading = false;
    ConfirmFn m_confirm;
    BackgroundRescore *m_rescore = nullptr;

    QWidget *m_body = nullptr;
    QLabel *m_adminsOnly = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_axis = nullptr;
    QSpinBox *m_points = nullptr;
    QCheckBox *m_enabled = nullptr;
    ConditionBuilder *m_when = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QSpinBox *m_sql = nullptr;
    QSpinBox *m_mql = nullptr;
    QSpinBox *m_nurture = nullptr;
    QLabel *m_thresholdProblem = nullptr;
    QLineEdit *m_testLead = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testSummary = nullptr;
    QTableWidget *m_testTable = nullptr;
    QPushButton *m_impactButton = nullptr;
    QTableWidget *m_impact = nullptr;
    QLabel *m_impactSummary = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_issues = nullptr;
    QProgressBar *m_progress = nullptr;
    QListWidget *m_versions = nullptr;
    QPushButton *m_view = nullptr;
    QPushButton *m_restore = nullptr;
    QLabel *m_viewing = nullptr;
};

} // namespace lr::ui
