#include "ui/rules/ScoringRulesTab.h"

#include "core/common/DayPhrases.h"
#include "core/scoring/RescoreJob.h"
#include "core/scoring/ScoringRuleSet.h"
#include "core/store/Store.h"
#include "ui/Format.h"
#include "ui/rules/ConditionBuilder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lr::ui {
namespace {

constexpr int kRuleRole = Qt::UserRole;
constexpr int kNoRule = -1;

QString invalidStyle(const QString &name)
{
    return QStringLiteral("#%1 { border: 1px solid #c0392b; }").arg(name);
}

QString signedPoints(int points)
{
    return points > 0 ? QStringLiteral("+%1").arg(points) : QString::number(points);
}

QString ruleLabel(const ScoringRule &r)
{
    const QString name = ScoringConfig::displayName(r.id, r.name);
    return r.enabled ? name : ScoringRulesTab::tr("%1 (off)").arg(name);
}

} // namespace

ScoringRulesTab::ScoringRulesTab(Store &store, const Clock &clock, QWidget *parent)
    : RuleEditorTab(parent), m_store(store), m_clock(clock)
{
    setObjectName(QStringLiteral("scoringRulesTab"));
    m_adminsOnly = new QLabel(tr("Only administrators may change the scoring rules."), this);
    m_adminsOnly->hide();
    m_body = new QWidget(this);

    // Rules, grouped by axis.
    m_tree = new QTreeWidget(m_body);
    m_tree->setObjectName(QStringLiteral("scoringRuleTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Rule"), tr("Points")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_add = new QPushButton(tr("Add rule"), m_body);
    m_delete = new QPushButton(tr("Delete rule"), m_body);
    m_up = new QPushButton(tr("Move up"), m_body);
    m_down = new QPushButton(tr("Move down"), m_body);
    // Two by two: the labels are long in Bulgarian, Russian and Polish and the rule list is narrow.
    auto *treeButtons = new QGridLayout;
    treeButtons->addWidget(m_add, 0, 0);
    treeButtons->addWidget(m_delete, 0, 1);
    treeButtons->addWidget(m_up, 1, 0);
    treeButtons->addWidget(m_down, 1, 1);

    // Thresholds.
    m_sql = new QSpinBox(m_body);
    m_sql->setObjectName(QStringLiteral("thresholdSql"));
    m_mql = new QSpinBox(m_body);
    m_mql->setObjectName(QStringLiteral("thresholdMql"));
    m_nurture = new QSpinBox(m_body);
    m_nurture->setObjectName(QStringLiteral("thresholdNurture"));
    for (QSpinBox *box : {m_sql, m_mql, m_nurture})
        box->setRange(0, 100);
    m_thresholdProblem = new QLabel(m_body);
    m_thresholdProblem->setObjectName(QStringLiteral("thresholdProblem"));
    m_thresholdProblem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_thresholdProblem->setWordWrap(true);
    m_thresholdProblem->hide();
    auto *thresholds = new QGroupBox(tr("Class thresholds (lowest score of each class)"), m_body);
    auto *thresholdLayout = new QFormLayout(thresholds);
    thresholdLayout->addRow(tr("SQL from"), m_sql);
    thresholdLayout->addRow(tr("MQL from"), m_mql);
    thresholdLayout->addRow(tr("Nurture from"), m_nurture);
    thresholdLayout->addRow(m_thresholdProblem);

    auto *left = new QWidget(m_body);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tree, 1);
    leftLayout->addLayout(treeButtons);
    leftLayout->addWidget(thresholds);

    // The rule in the editor.
    m_name = new QLineEdit(m_body);
    m_axis = new QComboBox(m_body);
    for (const ScoreAxis a : allScoreAxes())
        m_axis->addItem(displayName(a), static_cast<int>(a));
    m_points = new QSpinBox(m_body);
    m_points->setRange(-100, 100);
    m_enabled = new QCheckBox(tr("Enabled"), m_body);
    m_when = new ConditionBuilder(m_body);
    auto *ruleBox = new QGroupBox(tr("Rule"), m_body);
    auto *ruleForm = new QFormLayout(ruleBox);
    ruleForm->addRow(tr("Name"), m_name);
    ruleForm->addRow(tr("Axis"), m_axis);
    ruleForm->addRow(tr("Points"), m_points);
    ruleForm->addRow(QString(), m_enabled);
    ruleForm->addRow(tr("When"), m_when);

    // Test against a lead.
    m_testLead = new QLineEdit(m_body);
    m_testLead->setPlaceholderText(tr("Lead ID or email"));
    m_test = new QPushButton(tr("Test against lead"), m_body);
    m_testSummary = new QLabel(m_body);
    m_testSummary->setWordWrap(true);
    m_testTable = new QTableWidget(0, 4, m_body);
    m_testTable->setHorizontalHeaderLabels({tr("Rule"), tr("Axis"), tr("Now"), tr("With these rules")});
    m_testTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_testTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_testTable->verticalHeader()->hide();
    m_testTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_testTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_testTable->verticalHeader()->setDefaultSectionSize(m_testTable->fontMetrics().height() + 12);
    m_testTable->setMaximumHeight(180);
    auto *testBox = new QGroupBox(tr("Test against a lead"), m_body);
    auto *testLayout = new QVBoxLayout(testBox);
    auto *testLine = new QHBoxLayout;
    testLine->addWidget(m_testLead, 1);
    testLine->addWidget(m_test);
    testLayout->addLayout(testLine);
    testLayout->addWidget(m_testSummary);
    testLayout->addWidget(m_testTable);

    // Impact preview.
    m_impactButton = new QPushButton(tr("Preview impact"), m_body);
    m_impactSummary = new QLabel(m_body);
    m_impactSummary->setWordWrap(true);
    m_impact = new QTableWidget(5, 5, m_body);
    m_impact->setObjectName(QStringLiteral("scoringImpact"));
    m_impact->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_impact->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // Five rows of one line each, all in view: the table is exactly as tall as they are.
    const int rowHeight = m_impact->fontMetrics().height() + 12;
    m_impact->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_impact->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_impact->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_impact->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_impact->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QStringList classes;
    for (const ScoreClass c : allScoreClasses())
        classes.append(displayName(c));
    m_impact->setHorizontalHeaderLabels(QStringList(classes) << tr("Now, in all"));
    m_impact->setVerticalHeaderLabels(QStringList(classes) << tr("With these rules"));
    m_impact->setFixedHeight(m_impact->horizontalHeader()->sizeHint().height() + m_impact->rowCount() * rowHeight +
                             2 * m_impact->frameWidth());
    m_impact->setToolTip(tr("Rows: the class leads of the period have now. Columns: the class the edited rules "
                            "would give them."));
    auto *impactBox = new QGroupBox(tr("Impact on the last 90 days"), m_body);
    auto *impactLayout = new QVBoxLayout(impactBox);
    impactLayout->addWidget(m_impactButton, 0, Qt::AlignLeft);
    impactLayout->addWidget(m_impactSummary);
    impactLayout->addWidget(m_impact);

    m_save = new QPushButton(tr("Save scoring rules…"), m_body);
    m_issues = new QLabel(m_body);
    m_issues->setWordWrap(true);
    m_issues->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_progress = new QProgressBar(m_body);
    m_progress->hide();

    // Versions.
    m_versions = new QListWidget(m_body);
    m_versions->setMaximumHeight(140);
    m_view = new QPushButton(tr("View"), m_body);
    m_restore = new QPushButton(tr("Restore…"), m_body);
    m_viewing = new QLabel(m_body);
    m_viewing->setWordWrap(true);
    auto *versionsBox = new QGroupBox(tr("Versions"), m_body);
    auto *versionsLayout = new QVBoxLayout(versionsBox);
    versionsLayout->addWidget(m_versions);
    auto *versionButtons = new QHBoxLayout;
    versionButtons->addWidget(m_view);
    versionButtons->addWidget(m_restore);
    versionButtons->addStretch(1);
    versionsLayout->addLayout(versionButtons);
    versionsLayout->addWidget(m_viewing);

    auto *right = new QWidget(m_body);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(ruleBox);
    rightLayout->addWidget(testBox);
    rightLayout->addWidget(impactBox);
    rightLayout->addWidget(m_issues);
    rightLayout->addWidget(m_progress);
    rightLayout->addWidget(m_save, 0, Qt::AlignRight);
    rightLayout->addWidget(versionsBox);
    rightLayout->addStretch(1);
    auto *scroll = new QScrollArea(m_body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(right);

    auto *splitter = new QSplitter(m_body);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({340, 900});
    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(splitter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_adminsOnly);
    layout->addWidget(m_body, 1);

    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { showRule(item ? item->data(0, kRuleRole).toInt() : kNoRule); });
    connect(m_name, &QLineEdit::textEdited, this, &ScoringRulesTab::storeEditor);
    connect(m_axis, &QComboBox::currentIndexChanged, this, &ScoringRulesTab::storeEditor);
    connect(m_points, &QSpinBox::valueChanged, this, &ScoringRulesTab::storeEditor);
    connect(m_enabled, &QCheckBox::toggled, this, &ScoringRulesTab::storeEditor);
    connect(m_when, &ConditionBuilder::changed, this, &ScoringRulesTab::storeEditor);
    connect(m_add, &QPushButton::clicked, this, &ScoringRulesTab::addRule);
    connect(m_delete, &QPushButton::clicked, this, &ScoringRulesTab::deleteRule);
    connect(m_up, &QPushButton::clicked, this, [this] { moveRule(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveRule(1); });
    for (QSpinBox *box : {m_sql, m_mql, m_nurture})
        connect(box, &QSpinBox::valueChanged, this, &ScoringRulesTab::checkThresholds);
    connect(m_test, &QPushButton::clicked, this, &ScoringRulesTab::testAgainstLead);
    connect(m_testLead, &QLineEdit::returnPressed, this, &ScoringRulesTab::testAgainstLead);
    connect(m_impactButton, &QPushButton::clicked, this, &ScoringRulesTab::previewImpact);
    connect(m_save, &QPushButton::clicked, this, &ScoringRulesTab::save);
    connect(m_view, &QPushButton::clicked, this, &ScoringRulesTab::viewSelectedVersion);
    connect(m_restore, &QPushButton::clicked, this, &ScoringRulesTab::restoreSelectedVersion);
}

ScoringRulesTab::~ScoringRulesTab()
{
    waitForRescore();
}

void ScoringRulesTab::setUser(const User &user)
{
    m_user = user;
    m_adminsOnly->setVisible(!editable());
    m_body->setEnabled(editable());
    refresh();
}

bool ScoringRulesTab::editable() const
{
    return m_user.active && m_user.role == Role::Admin;
}

void ScoringRulesTab::refresh()
{
    showConfig(ScoringService(m_store, m_clock).config());
    loadVersions();
    m_viewing->clear();
    m_issues->clear();
}

void ScoringRulesTab::showConfig(const ScoringConfig &config)
{
    m_config = config;
    {
        const QSignalBlocker b1(m_sql);
        const QSignalBlocker b2(m_mql);
        const QSignalBlocker b3(m_nurture);
        m_sql->setValue(config.thresholds.sql);
        m_mql->setValue(config.thresholds.mql);
        m_nurture->setValue(config.thresholds.nurture);
    }
    checkThresholds();
    rebuildTree(m_config.rules.isEmpty() ? kNoRule : 0);
}

ScoringConfig ScoringRulesTab::editedConfig() const
{
    ScoringConfig c = m_config;
    c.thresholds = {m_sql->value(), m_mql->value(), m_nurture->value()};
    return c;
}

QSpinBox *ScoringRulesTab::thresholdBox(ScoreClass cls) const
{
    switch (cls) {
    case ScoreClass::Sql:
        return m_sql;
    case ScoreClass::Mql:
        return m_mql;
    case ScoreClass::Nurture:
        return m_nurture;
    case ScoreClass::Disqualified:
        break;
    }
    return nullptr;
}

void ScoringRulesTab::rebuildTree(int selectRule)
{
    QTreeWidgetItem *selected = nullptr;
    {
        const QSignalBlocker block(m_tree);
        m_tree->clear();
        for (const ScoreAxis axis : allScoreAxes()) {
            auto *group = new QTreeWidgetItem(m_tree, {displayName(axis)});
            group->setData(0, kRuleRole, kNoRule);
            group->setFlags(Qt::ItemIsEnabled);
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            for (int i = 0; i < m_config.rules.size(); ++i) {
                const ScoringRule &r = m_config.rules.at(i);
                if (r.axis != axis)
                    continue;
                auto *item = new QTreeWidgetItem(group, {ruleLabel(r), signedPoints(r.points)});
                item->setData(0, kRuleRole, i);
                item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
                if (i == selectRule)
                    selected = item;
            }
        }
        m_tree->expandAll();
        m_tree->setCurrentItem(selected);
    }
    showRule(selected ? selectRule : kNoRule);
}

void ScoringRulesTab::showRule(int index)
{
    m_shown = index >= 0 && index < m_config.rules.size() ? index : kNoRule;
    const bool has = m_shown != kNoRule;
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_name, m_axis, m_points, m_enabled, m_when, m_delete, m_up, m_down})
        w->setEnabled(has);
    if (!has)
        return;
    const ScoringRule &r = m_config.rules.at(m_shown);
    m_loading = true;
    m_name->setText(ScoringConfig::displayName(r.id, r.name));
    m_axis->setCurrentIndex(m_axis->findData(static_cast<int>(r.axis)));
    m_points->setValue(r.points);
    m_enabled->setChecked(r.enabled);
    m_when->setConditions(r.when);
    m_loading = false;
}

int ScoringRulesTab::currentRule() const
{
    return m_shown;
}

bool ScoringRulesTab::selectRule(const QString &id)
{
    for (int i = 0; i < m_config.rules.size(); ++i) {
        if (m_config.rules.at(i).id == id) {
            rebuildTree(i);
            return true;
        }
    }
    return false;
}

void ScoringRulesTab::storeEditor()
{
    if (m_loading || m_shown == kNoRule)
        return;
    ScoringRule &r = m_config.rules[m_shown];
    const auto axis = static_cast<ScoreAxis>(m_axis->currentData().toInt());
    // A shipped name shown in the reader's language stays stored as shipped until someone edits it.
    if (const QString typed = m_name->text().trimmed(); typed != ScoringConfig::displayName(r.id, r.name))
        r.name = ScoringConfig::storedName(r.id, typed);
    r.points = m_points->value();
    r.enabled = m_enabled->isChecked();
    r.when = m_when->conditions();
    m_issues->clear();
    if (axis != r.axis) {
        r.axis = axis;
        rebuildTree(m_shown);
        return;
    }
    if (QTreeWidgetItem *item = m_tree->currentItem()) {
        item->setText(0, ruleLabel(r));
        item->setText(1, signedPoints(r.points));
    }
}

void ScoringRulesTab::addRule()
{
    ScoringRule r;
    int n = static_cast<int>(m_config.rules.size()) + 1;
    const auto taken = [this](const QString &id) {
        for (const ScoringRule &existing : std::as_const(m_config.rules)) {
            if (existing.id == id)
                return true;
        }
        return false;
    };
    while (taken(QStringLiteral("rule_%1").arg(n)))
        ++n;
    r.id = QStringLiteral("rule_%1").arg(n);
    r.name = tr("New rule");
    r.axis = m_shown != kNoRule ? m_config.rules.at(m_shown).axis : ScoreAxis::Fit;
    r.points = 5;
    Condition c;
    c.field = LeadField::Industry;
    r.when.conditions.append(c);
    m_config.rules.append(r);
    rebuildTree(static_cast<int>(m_config.rules.size()) - 1);
    m_name->setFocus();
    m_name->selectAll();
}

void ScoringRulesTab::deleteRule()
{
    if (m_shown == kNoRule)
        return;
    const int removed = m_shown;
    m_config.rules.removeAt(removed);
    rebuildTree(m_config.rules.isEmpty() ? kNoRule : std::min<int>(removed, m_config.rules.size() - 1));
}

void ScoringRulesTab::moveRule(int direction)
{
    if (m_shown == kNoRule)
        return;
    const ScoreAxis axis = m_config.rules.at(m_shown).axis;
    for (int i = m_shown + direction; i >= 0 && i < m_config.rules.size(); i += direction) {
        if (m_config.rules.at(i).axis == axis) {
            m_config.rules.swapItemsAt(m_shown, i);
            rebuildTree(i);
            return;
        }
    }
}

bool ScoringRulesTab::checkThresholds()
{
    const ScoreThresholds t{m_sql->value(), m_mql->value(), m_nurture->value()};
    const QString problem = t.check();
    for (QSpinBox *box : {m_sql, m_mql, m_nurture}) {
        box->setStyleSheet(QString());
        box->setToolTip(QString());
    }
    m_thresholdProblem->setText(problem);
    m_thresholdProblem->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        return true;
    QSpinBox *at = t.mql >= t.sql ? m_mql : t.nurture >= t.mql ? m_nurture : m_sql;
    at->setStyleSheet(invalidStyle(at->objectName()));
    at->setToolTip(problem);
    return false;
}

void ScoringRulesTab::showImpact(const ScoreImpact &impact)
{
    const QList<ScoreClass> &classes = allScoreClasses();
    const auto cell = [this](int row, int column, qint64 value, bool emphasise) {
        auto *item = new QTableWidgetItem(QString::number(value));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (emphasise && value > 0) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
        m_impact->setItem(row, column, item);
    };
    for (int from = 0; from < classes.size(); ++from) {
        for (int to = 0; to < classes.size(); ++to)
            cell(from, to, impact.moved(classes.at(from), classes.at(to)), from != to);
        cell(from, static_cast<int>(classes.size()), impact.before(classes.at(from)), false);
    }
    for (int to = 0; to < classes.size(); ++to)
        cell(static_cast<int>(classes.size()), to, impact.after(classes.at(to)), false);
    cell(static_cast<int>(classes.size()), static_cast<int>(classes.size()), impact.leads, false);
    m_impactSummary->setText(tr("%n lead(s) created %1 would change class.", "", impact.changed())
                                 .arg(DayPhrases::inTheLast(impact.days).text()) +
                             QLatin1Char(' ') + tr("%n lead(s) looked at.", "", impact.leads));
}

bool ScoringRulesTab::previewImpact()
{
    const ScoringConfig config = editedConfig();
    if (!checkThresholds()) {
        m_issues->setText(m_thresholdProblem->text());
        return false;
    }
    const auto rules = ScoringRuleSet::compile(config, 0);
    if (!rules) {
        m_issues->setText(rules.error());
        return false;
    }
    const auto impact = ScoringService(m_store, m_clock).impactPreview(rules.value());
    if (!impact) {
        m_issues->setText(impact.error());
        return false;
    }
    m_issues->clear();
    showImpact(impact.value());
    return true;
}

bool ScoringRulesTab::testAgainstLead()
{
    m_testTable->setRowCount(0);
    ScoringService scoring(m_store, m_clock);
    const auto who = scoring.explain(AccessScope::forUser(m_user), m_testLead->text().trimmed());
    if (!who) {
        m_testSummary->setText(who.error());
        return false;
    }
    const auto candidate = ScoringRuleSet::compile(editedConfig(), 0);
    if (!candidate) {
        m_testSummary->setText(candidate.error());
        return false;
    }
    const auto active = scoring.ruleSet();
    if (!active) {
        m_testSummary->setText(active.error());
        return false;
    }
    const Id id = who->lead.id;
    const auto now = scoring.preview(id, **active);
    const auto next = scoring.preview(id, candidate.value());
    if (!now || !next) {
        m_testSummary->setText(!now ? now.error() : next.error());
        return false;
    }
    const QString name = who->lead.fullName().isEmpty() ? who->lead.email : who->lead.fullName();
    m_testSummary->setText(tr("%1: now %2 (%3), with these rules %4 (%5).")
                               .arg(name)
                               .arg(now->score)
                               .arg(displayName(now->scoreClass))
                               .arg(next->score)
                               .arg(displayName(next->scoreClass)));
    // One row per rule that fires either way, in the order of the current breakdown, then the new one.
    QStringList ids;
    QHash<QString, const ScoreLine *> before;
    QHash<QString, const ScoreLine *> after;
    for (const ScoreLine &l : now->lines) {
        before.insert(l.ruleId, &l);
        ids.append(l.ruleId);
    }
    for (const ScoreLine &l : next->lines) {
        after.insert(l.ruleId, &l);
        if (!ids.contains(l.ruleId))
            ids.append(l.ruleId);
    }
    m_testTable->setRowCount(static_cast<int>(ids.size()));
    for (int row = 0; row < ids.size(); ++row) {
        const ScoreLine *b = before.value(ids.at(row));
        const ScoreLine *a = after.value(ids.at(row));
        const ScoreLine *any = a ? a : b;
        auto *rule = new QTableWidgetItem(ScoringConfig::displayName(any->ruleId, any->ruleName));
        rule->setToolTip(any->fact);
        m_testTable->setItem(row, 0, rule);
        m_testTable->setItem(row, 1, new QTableWidgetItem(displayName(any->axis)));
        m_testTable->setItem(row, 2, new QTableWidgetItem(b ? signedPoints(b->points) : QString()));
        m_testTable->setItem(row, 3, new QTableWidgetItem(a ? signedPoints(a->points) : QString()));
    }
    return true;
}

bool ScoringRulesTab::save()
{
    if (!previewImpact())
        return false;
    const ScoringConfig config = editedConfig();
    const auto rules = ScoringRuleSet::compile(config, 0);
    const auto impact = ScoringService(m_store, m_clock).impactPreview(rules.value());
    const bool confirmed =
        m_confirm
            ? m_confirm(impact.value())
            : QMessageBox::question(this, tr("Save scoring rules"),
                                    tr("%n lead(s) created %1 would change class (see the impact "
                                       "table). Save the rules as a new version and re-score the leads it affects?",
                                       "", impact->changed())
                                        .arg(DayPhrases::inTheLast(impact->days).text())) == QMessageBox::Yes;
    if (!confirmed)
        return false;
    const auto saved = ScoringService(m_store, m_clock).saveRules(m_user, config);
    if (!saved) {
        m_issues->setText(saved.error());
        return false;
    }
    m_issues->clear();
    m_viewing->clear();
    emit message(tr("Scoring rules saved as version %1; re-scoring the leads the change affects…").arg(saved->version));
    loadVersions();

    startRescore();
    return true;
}

bool ScoringRulesTab::resumeRescoreIfDue()
{
    if ((m_rescore && m_rescore->isRunning()) || !RescoreJob::isDue(m_store))
        return false;
    emit message(tr("Finishing the re-score left unfinished by the last run…"));
    startRescore();
    return true;
}

void ScoringRulesTab::startRescore()
{
    // Bring every lead to the active version (reading those the change can affect), in the background.
    if (!m_rescore) {
        m_rescore = new BackgroundRescore(m_store.database().path(), m_clock, this);
        connect(m_rescore, &BackgroundRescore::progress, this, [this](qint64 done, qint64 total) {
            m_progress->setRange(0, static_cast<int>(std::min<qint64>(total, INT_MAX)));
            m_progress->setValue(static_cast<int>(std::min<qint64>(done, INT_MAX)));
        });
        connect(
            m_rescore, &BackgroundRescore::finished, this,
            [this](qint64 done, qint64 changed, int version, const QString &error) {
                m_progress->hide();
                if (error.isEmpty())
                    emit message(
                        tr("Brought %n lead(s) to rules version %1; %2 changed.", "", done).arg(version).arg(changed));
                else
                    emit message(tr("Re-scoring stopped: %1").arg(error));
                emit leadsChanged();
                emit rescoreFinished(error);
            });
    }
    if (m_rescore->isRunning()) {
        m_rescore->cancel();
        m_rescore->wait();
    }
    m_progress->setRange(0, 0);
    m_progress->show();
    m_rescore->start();
}

void ScoringRulesTab::waitForRescore()
{
    if (m_rescore)
        m_rescore->wait();
}

void ScoringRulesTab::loadVersions()
{
    m_versions->clear();
    for (const RuleDocument &d : m_store.rules.versions(ScoringService::ruleKind())) {
        const std::optional<User> author = d.createdBy ? m_store.users.find(d.createdBy) : std::nullopt;
        QString text = tr("Version %1 · %2 · %3")
                           .arg(d.version)
                           .arg(Format::dateTime(d.createdAt))
                           .arg(author ? author->name : tr("shipped defaults"));
        if (d.active)
            text += QLatin1Char(' ') + tr("(active)");
        auto *item = new QListWidgetItem(text, m_versions);
        item->setData(Qt::UserRole, d.version);
    }
    m_versions->setCurrentRow(m_versions->count() > 0 ? 0 : -1);
}

bool ScoringRulesTab::viewSelectedVersion()
{
    const QListWidgetItem *item = m_versions->currentItem();
    if (!item)
        return false;
    const int version = item->data(Qt::UserRole).toInt();
    const auto document = m_store.rules.version(ScoringService::ruleKind(), version);
    if (!document) {
        m_issues->setText(tr("Version %1 could not be read.").arg(version));
        return false;
    }
    const auto config = ScoringConfig::fromJson(document->document);
    if (!config) {
        m_issues->setText(config.error());
        return false;
    }
    showConfig(config.value());
    m_viewing->setText(
        tr("Showing version %1 in the editor. Save (or Restore) to make it the active rules again.").arg(version));
    return true;
}

bool ScoringRulesTab::restoreSelectedVersion()
{
    return viewSelectedVersion() && save();
}

} // namespace lr::ui
