#include "ui/pages/MyDayPage.h"

#include "core/common/Clock.h"
#include "core/common/DayPhrases.h"
#include "core/routing/LeadDispatcher.h"
#include "core/store/RoutingRepository.h"
#include "core/store/SlaRepository.h"
#include "core/store/Store.h"
#include "ui/models/TaskQueueModel.h"
#include "ui/widgets/NotificationCenter.h"

#include "ui/widgets/WrappedLines.h"
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>

#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace lr::ui {

MyDayPage::MyDayPage(Store &store, const Clock &clock, const User &user, QWidget *parent)
    : QWidget(parent), m_store(store), m_clock(clock), m_user(user)
{
    setObjectName(QStringLiteral("myDayPage"));
    m_model = new TaskQueueModel(store, clock, AccessScope::forUser(user), this);
    m_summary = new QLabel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(static_cast<int>(TaskQueueModel::Column::Title),
                                                      QHeaderView::Stretch);
    m_outcome = new QComboBox(this);
    m_outcome->setEditable(true);
    m_outcome->addItems(
        {tr("Connected"), tr("Left voicemail"), tr("No answer"), tr("Meeting booked"), tr("Not interested")});
    m_complete = new QPushButton(tr("Complete"), this);
    m_escalationTitle = new QLabel(tr("Escalations today"), this);
    m_escalations = new QListWidget(this);
    wrapLines(m_escalations); // a reassignment's reason is a whole trail
    m_trend = new QLabel(this);
    m_trend->setObjectName(QStringLiteral("breachTrend"));
    m_notifications = new NotificationCenter(store, clock, user.id, this);

    auto *actions = new QHBoxLayout;
    actions->addWidget(new QLabel(tr("Outcome:"), this));
    actions->addWidget(m_outcome, 1);
    actions->addWidget(m_complete);
    auto *queue = new QVBoxLayout;
    queue->addWidget(m_summary);
    queue->addWidget(m_table, 2);
    queue->addLayout(actions);
    queue->addWidget(m_escalationTitle);
    queue->addWidget(m_escalations, 1);
    queue->addWidget(m_trend);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(queue, 3);
    layout->addWidget(m_notifications, 2);

    connect(m_complete, &QPushButton::clicked, this, &MyDayPage::complete);
    auto update = [this] { m_complete->setEnabled(!m_table->selectionModel()->selectedRows().isEmpty()); };
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, update);
    connect(m_model, &QAbstractItemModel::modelReset, this, update);
    setUser(user);
}

MyDayPage::~MyDayPage() = default;

void MyDayPage::setUser(const User &user)
{
    m_user = user;
    m_model->setScope(AccessScope::forUser(user));
    m_notifications->setUser(user.id);
    const bool manages = user.role != Role::Rep;
    m_escalationTitle->setVisible(manages);
    m_escalations->setVisible(manages);
    m_trend->setVisible(manages);
    refresh();
}

void MyDayPage::refresh()
{
    m_model->refresh();
    using B = TaskQueueModel::Bucket;
    m_summary->setText(tr("%1 overdue · %2 due now · %3 later")
                           .arg(m_model->count(B::Overdue))
                           .arg(m_model->count(B::DueNow))
                           .arg(m_model->count(B::Later)));
    m_complete->setEnabled(false);
    m_escalations->clear();
    if (m_user.role == Role::Rep)
        return;
    const AccessScope scope = AccessScope::forUser(m_user);
    const Instant now = m_clock.now();
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(now).toLocalTime();
    const Instant dayStart = QDateTime(local.date(), QTime(0, 0), local.timeZone()).toMSecsSinceEpoch();
    const QList<SlaClock> breaches = SlaRepository(m_store.database()).breached(scope, dayStart, now + 1);
    const QList<Assignment> moved =
        RoutingRepository(m_store.database()).withCause(scope, AssignmentCause::SlaBreach, dayStart, now + 1);
    m_escalationTitle->setText(tr("Escalations today: %n SLA breach(es)", nullptr, static_cast<int>(breaches.size())) +
                               QStringLiteral(" · ") +
                               tr("%n reassigned for breach", nullptr, static_cast<int>(moved.size())));
    auto leadName = [&](Id leadId) {
        const auto lead = m_store.leads.find(scope, leadId);
        return lead ? (lead->fullName().isEmpty() ? lead->email : lead->fullName()) : QString();
    };
    for (const SlaClock &c : breaches) {
        const auto owner = m_store.users.find(c.ownerId);
        m_escalations->addItem(tr("SLA breached %1: %2 (%3)")
                                   .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(c.dueAt).toLocalTime().time(),
                                                           QLocale::ShortFormat),
                                        leadName(c.leadId), owner ? owner->name : QString()));
    }
    for (const Assignment &a : moved)
        m_escalations->addItem(tr("%1 → %2: %3").arg(leadName(a.leadId), a.userName, a.reason));

    // The trend: reassignments for breach per local day, oldest first (should go to zero).
    QList<Instant> bounds;
    for (int d = kTrendDays - 1; d >= 0; --d)
        bounds.append(QDateTime(local.date().addDays(-d), QTime(0, 0), local.timeZone()).toMSecsSinceEpoch());
    bounds.append(now + 1);
    const QList<int> perDay =
        RoutingRepository(m_store.database()).countPerPeriod(scope, AssignmentCause::SlaBreach, bounds);
    const int peak = perDay.isEmpty() ? 0 : *std::max_element(perDay.begin(), perDay.end());
    QString bars;
    QStringList tip;
    int total = 0;
    for (int i = 0; i < perDay.size(); ++i) {
        const int n = perDay.at(i);
        total += n;
        // ▁ for none, up to █ for the busiest day.
        bars += QChar(0x2581 + (peak == 0 ? 0 : (n * 7 + peak - 1) / peak));
        tip.append(tr("%1: %2")
                       .arg(QLocale().toString(local.date().addDays(i - (kTrendDays - 1)), QLocale::ShortFormat))
                       .arg(n));
    }
    m_trend->setText(tr("Reassigned for SLA breach, %1: %2 (%n in all)", nullptr, total)
                         .arg(DayPhrases::last(kTrendDays).text(), bars));
    m_trend->setToolTip(tip.join(QLatin1Char('\n')));
}

void MyDayPage::complete()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const Task task = m_model->taskAt(rows.first().row());
    const QString outcome = m_outcome->currentText().trimmed();
    LeadDispatcher dispatcher(m_store, m_clock);
    const AccessScope scope = AccessScope::forUser(m_user);
    // A call task done is a call made: logging it completes the task and stops the SLA clock.
    Status s = task.kind == QLatin1String("call") && task.leadId
                   ? dispatcher.logTouch(scope, task.leadId, ActivityKind::Call, outcome)
                   : dispatcher.completeTask(scope, task.id, outcome);
    if (s && task.kind == QLatin1String("call")) {
        // The call was not the first touch: the task is still open; close it with the outcome.
        for (const Task &open : m_store.tasks.open(scope)) {
            if (open.id == task.id)
                s = dispatcher.completeTask(scope, task.id, outcome);
        }
    }
    if (!s) {
        m_summary->setText(s.error());
        return;
    }
    refresh();
    emit tasksChanged();
}

} // namespace lr::ui
