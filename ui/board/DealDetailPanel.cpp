#include "ui/board/DealDetailPanel.h"

#include "core/common/Clock.h"
#include "core/pipeline/DealFields.h"
#include "core/pipeline/DealService.h"
#include "core/pipeline/PipelineEditor.h"
#include "ui/Format.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace lr::ui {
namespace {

QString activityName(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Call:
        return DealDetailPanel::tr("Call");
    case ActivityKind::Email:
        return DealDetailPanel::tr("Email");
    case ActivityKind::Meeting:
        return DealDetailPanel::tr("Meeting");
    case ActivityKind::Note:
        return DealDetailPanel::tr("Note");
    case ActivityKind::Sms:
        return DealDetailPanel::tr("SMS");
    }
    return {};
}

QListWidget *compactList(const QString &name, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(name);
    list->setWordWrap(true);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setFocusPolicy(Qt::NoFocus);
    list->setMaximumHeight(130);
    return list;
}

QLabel *section(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("sectionTitle"));
    return label;
}

} // namespace

DealDetailPanel::DealDetailPanel(DealService &service, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_service(service), m_clock(clock)
{
    setObjectName(QStringLiteral("dealDetailPanel"));
    setMinimumWidth(320);
    setMaximumWidth(380);

    m_empty = new QLabel(tr("Select a deal to see its details, history and activities."), this);
    m_empty->setObjectName(QStringLiteral("dealDetailEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setContentsMargins(24, 0, 24, 0); // the hint never touches the window's edge

    m_body = new QWidget(this);
    m_title = new QLabel(m_body);
    m_title->setObjectName(QStringLiteral("dealDetailTitle"));
    m_title->setWordWrap(true);
    m_title->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: 600;"));
    m_subtitle = new QLabel(m_body);
    m_subtitle->setObjectName(QStringLiteral("dealDetailSubtitle"));
    m_subtitle->setWordWrap(true);
    m_subtitle->setStyleSheet(QStringLiteral("color: #4b5563;"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const QString &key : DealFields::keys()) {
        QWidget *editor = nullptr;
        if (key == DealFields::LostReason) {
            auto *combo = new QComboBox(m_body);
            combo->addItem(tr("—"), QString());
            for (const QString &reason : LostReasons::keys())
                combo->addItem(LostReasons::displayName(reason), reason);
            editor = combo;
        } else {
            auto *line = new QLineEdit(m_body);
            if (key == DealFields::ExpectedClose)
                line->setPlaceholderText(tr("YYYY-MM-DD"));
            connect(line, &QLineEdit::returnPressed, this, &DealDetailPanel::save);
            editor = line;
        }
        editor->setObjectName(QStringLiteral("deal_") + key);
        m_editors.insert(key, editor);
        form->addRow(DealFields::label(key) + QLatin1Char(':'), editor);
    }
    m_error = new QLabel(m_body);
    m_error->setObjectName(QStringLiteral("dealDetailError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_error->hide();
    m_save = new QPushButton(tr("&Save Deal"), m_body);
    m_save->setObjectName(QStringLiteral("dealDetailSave"));
    connect(m_save, &QPushButton::clicked, this, &DealDetailPanel::save);

    m_history = compactList(QStringLiteral("dealHistory"), m_body);
    m_activities = compactList(QStringLiteral("dealActivities"), m_body);
    m_tasks = compactList(QStringLiteral("dealTasks"), m_body);

    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(12, 12, 12, 12);
    body->setSpacing(6);
    auto *close = new QToolButton(m_body);
    close->setObjectName(QStringLiteral("dealDetailClose"));
    close->setIcon(QIcon(QStringLiteral(":/icons/close.svg")));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close the details (Esc)"));
    close->setAccessibleName(tr("Close the details"));
    connect(close, &QToolButton::clicked, this, &DealDetailPanel::closeRequested);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(close, 0, Qt::AlignTop);
    body->addLayout(top);
    body->addWidget(m_subtitle);
    body->addLayout(form);
    body->addWidget(m_error);
    body->addWidget(m_save, 0, Qt::AlignRight);
    body->addWidget(section(tr("Stage history"), m_body));
    body->addWidget(m_history);
    body->addWidget(section(tr("Activities"), m_body));
    body->addWidget(m_activities);
    body->addWidget(section(tr("Open tasks"), m_body));
    body->addWidget(m_tasks);
    body->addStretch();

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_body);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(m_scroll, 1);
    setStyleSheet(QStringLiteral("QWidget#dealDetailPanel { border-left: 1px solid #e5e7eb; }"));
    showDeal({}, 0);
}

DealDetailPanel::~DealDetailPanel() = default;

QString DealDetailPanel::editorText(const QString &key) const
{
    QWidget *w = m_editors.value(key);
    if (auto *combo = qobject_cast<QComboBox *>(w))
        return combo->currentData().toString();
    if (auto *line = qobject_cast<QLineEdit *>(w))
        return line->text().trimmed();
    return {};
}

void DealDetailPanel::setEditorText(const QString &key, const QString &text)
{
    QWidget *w = m_editors.value(key);
    if (auto *combo = qobject_cast<QComboBox *>(w))
        combo->setCurrentIndex(std::max(0, combo->findData(text)));
    else if (auto *line = qobject_cast<QLineEdit *>(w)) {
        line->setText(text);
        line->setCursorPosition(0); // a long title shows its start, not its end
    }
}

void DealDetailPanel::showDeal(const AccessScope &scope, Id dealId)
{
    m_scope = scope;
    m_error->hide();
    const std::optional<DealDetails> details = dealId ? m_service.details(scope, dealId) : std::nullopt;
    m_dealId = details ? dealId : 0;
    m_empty->setVisible(!details);
    m_scroll->setVisible(details.has_value());
    m_loaded.clear();
    m_history->clear();
    m_activities->clear();
    m_tasks->clear();
    if (!details)
        return;
    const Deal &deal = details->card.deal;
    const Instant now = m_clock.now();
    m_title->setText(deal.title);
    QStringList facts;
    if (!details->card.companyName.isEmpty())
        facts << details->card.companyName;
    facts << (details->card.ownerName.isEmpty() ? tr("no owner") : details->card.ownerName);
    facts << tr("%1, %n day(s) there", nullptr, details->health.daysInStage)
                 .arg(PipelineEditor::stageLabel(details->stage.name));
    facts << tr("%1 % probability").arg(details->health.probability);
    if (details->health.rotting)
        facts << tr("rotting: %n day(s) without activity", nullptr, details->health.idleDays);
    if (!deal.product.isEmpty())
        facts << tr("product: %1").arg(deal.product);
    m_subtitle->setText(facts.join(QStringLiteral(" · ")));
    for (const QString &key : DealFields::keys()) {
        const QString text = DealFields::text(deal, key);
        m_loaded.insert(key, text);
        setEditorText(key, text);
        m_editors.value(key)->setEnabled(details->editableFields.contains(key));
    }
    for (auto it = details->history.crbegin(); it != details->history.crend(); ++it) {
        const QString who = it->userName.isEmpty() ? tr("automation or import") : it->userName;
        const QString move = it->fromStage.isEmpty() ? tr("created in %1").arg(it->toStage)
                                                     : tr("%1 → %2").arg(it->fromStage, it->toStage);
        m_history->addItem(tr("%1 · %2 · %3").arg(Format::date(it->change.at), move, who));
    }
    for (const Activity &a : details->activities) {
        QString line = tr("%1 · %2").arg(Format::relative(a.at, now), activityName(a.kind));
        if (!a.outcome.isEmpty())
            line += QStringLiteral(" · ") + a.outcome;
        if (!a.body.isEmpty())
            line += QStringLiteral(" — ") + a.body.left(120);
        m_activities->addItem(line);
    }
    if (details->activities.isEmpty())
        m_activities->addItem(tr("No activity yet."));
    for (const Task &t : details->tasks)
        m_tasks->addItem(tr("%1 · %2").arg(Format::date(t.dueAt), t.title));
    if (details->tasks.isEmpty())
        m_tasks->addItem(tr("No open task."));
}

bool DealDetailPanel::save()
{
    if (!m_dealId)
        return false;
    QMap<QString, QString> changed;
    for (auto it = m_loaded.cbegin(); it != m_loaded.cend(); ++it) {
        const QString now = editorText(it.key());
        if (now != it.value() && m_editors.value(it.key())->isEnabled())
            changed.insert(it.key(), now);
    }
    if (changed.isEmpty())
        return true;
    const MoveOutcome out = m_service.edit(m_scope, m_dealId, changed);
    if (!out.ok()) {
        m_error->setText(out.message);
        m_error->show();
        return false;
    }
    const Id id = m_dealId;
    showDeal(m_scope, id);
    emit dealEdited(id, out.deal.stageId);
    return true;
}

} // namespace lr::ui
