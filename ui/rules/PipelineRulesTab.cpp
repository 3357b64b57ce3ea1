#include "ui/rules/PipelineRulesTab.h"

#include "core/pipeline/DealFields.h"
#include "core/pipeline/PipelineRules.h"
#include "core/pipeline/PipelineTimers.h"
#include "ui/dialogs/StageEditorDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lr::ui {
namespace {

QSpinBox *days(QWidget *parent, int min = 1)
{
    auto *box = new QSpinBox(parent);
    box->setRange(min, 3650);
    box->setSuffix(PipelineRulesTab::tr(" days"));
    return box;
}

} // namespace

PipelineRulesTab::PipelineRulesTab(Store &store, const Clock &clock, QWidget *parent)
    : RuleEditorTab(parent), m_store(store), m_clock(clock)
{
    setObjectName(QStringLiteral("pipelineRulesTab"));

    auto *ghostBox = new QGroupBox(tr("Ghost-buster for stalled deals"), this);
    m_ghost = new QCheckBox(tr("Send a break-up task, then close silent deals as lost"), ghostBox);
    m_unchanged = days(ghostBox);
    m_silent = days(ghostBox);
    m_grace = days(ghostBox);
    m_ghostReason = new QComboBox(ghostBox);
    for (const QString &reason : LostReasons::keys())
        m_ghostReason->addItem(LostReasons::displayName(reason), reason);
    auto *ghostForm = new QFormLayout(ghostBox);
    // Numbers and choices at their natural width, not stretched across the page.
    ghostForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    ghostForm->addRow(m_ghost);
    ghostForm->addRow(tr("Deal unchanged for:"), m_unchanged);
    ghostForm->addRow(tr("and no activity for:"), m_silent);
    ghostForm->addRow(tr("Close as lost after the break-up:"), m_grace);
    ghostForm->addRow(tr("Lost reason:"), m_ghostReason);

    auto *afterBox = new QGroupBox(tr("Alerts and follow-ups"), this);
    m_stale = new QCheckBox(tr("Alert the owner when a deal outstays its stage's stale limit (Negotiation: 30 days)"),
                            afterBox);
    m_checkIn = new QCheckBox(tr("Check in again after a deal lost for timing or budget"), afterBox);
    m_timing = days(afterBox, 0);
    m_budget = days(afterBox, 0);
    m_timing->setSpecialValueText(tr("never"));
    m_budget->setSpecialValueText(tr("never"));
    m_won = new QCheckBox(tr("After a won deal: hand-off tasks and an account review"), afterBox);
    m_handoff = new QLineEdit(afterBox);
    m_handoff->setToolTip(tr("Comma separated. kickoff_call, onboarding_handoff and billing_details are "
                             "translated; other text is used as written."));
    m_review = days(afterBox);
    auto *afterForm = new QFormLayout(afterBox);
    afterForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_handoff->setMinimumWidth(m_handoff->fontMetrics().averageCharWidth() * 64);
    afterForm->addRow(m_stale);
    afterForm->addRow(m_checkIn);
    afterForm->addRow(tr("Lost for timing: check in after"), m_timing);
    afterForm->addRow(tr("Lost for budget: check in after"), m_budget);
    afterForm->addRow(m_won);
    afterForm->addRow(tr("Hand-off tasks:"), m_handoff);
    afterForm->addRow(tr("Account review after:"), m_review);

    m_save = new QPushButton(tr("&Save Pipeline Rules"), this);
    m_save->setObjectName(QStringLiteral("savePipelineRules"));
    m_stages = new QPushButton(tr("Edit &Stages, Probabilities and Exit Criteria…"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_stages);
    buttons->addStretch();
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(ghostBox);
    layout->addWidget(afterBox);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_save, &QPushButton::clicked, this, &PipelineRulesTab::save);
    connect(m_stages, &QPushButton::clicked, this, [this] {
        StageEditorDialog dialog(m_store, m_user, 0, this);
        if (dialog.exec() == QDialog::Accepted)
            emit message(tr("Stages saved."));
    });
    refresh();
}

PipelineRulesTab::~PipelineRulesTab() = default;

void PipelineRulesTab::setUser(const User &user)
{
    m_user = user;
}

void PipelineRulesTab::refresh()
{
    const PipelineRules r = PipelineTimers(m_store, m_clock).rules();
    m_ghost->setChecked(r.ghostBuster.enabled);
    m_unchanged->setValue(r.ghostBuster.unchangedDays);
    m_silent->setValue(r.ghostBuster.silentDays);
    m_grace->setValue(r.ghostBuster.graceDays);
    m_ghostReason->setCurrentIndex(std::max(0, m_ghostReason->findData(r.ghostBuster.lostReason)));
    m_stale->setChecked(r.staleAlert);
    m_checkIn->setChecked(r.lostCheckIn);
    m_timing->setValue(r.checkInDays.value(QStringLiteral("timing"), 0));
    m_budget->setValue(r.checkInDays.value(QStringLiteral("budget"), 0));
    m_won->setChecked(r.wonFollowUp);
    m_handoff->setText(r.handoffTasks.join(QStringLiteral(", ")));
    m_review->setValue(r.reviewAfterDays);
}

bool PipelineRulesTab::save()
{
    PipelineRules r = PipelineTimers(m_store, m_clock).rules();
    r.ghostBuster.enabled = m_ghost->isChecked();
    r.ghostBuster.unchangedDays = m_unchanged->value();
    r.ghostBuster.silentDays = m_silent->value();
    r.ghostBuster.graceDays = m_grace->value();
    r.ghostBuster.lostReason = m_ghostReason->currentData().toString();
    r.staleAlert = m_stale->isChecked();
    r.lostCheckIn = m_checkIn->isChecked();
    r.checkInDays.clear();
    if (m_timing->value() > 0)
        r.checkInDays.insert(QStringLiteral("timing"), m_timing->value());
    if (m_budget->value() > 0)
        r.checkInDays.insert(QStringLiteral("budget"), m_budget->value());
    r.wonFollowUp = m_won->isChecked();
    r.handoffTasks.clear();
    for (const QString &task : m_handoff->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        r.handoffTasks.append(task.trimmed());
    r.reviewAfterDays = m_review->value();
    const Status saved = PipelineTimers(m_store, m_clock).saveRules(m_user, r);
    emit message(saved ? tr("Pipeline rules saved.") : saved.error());
    return saved.ok();
}

} // namespace lr::ui
