#include "ui/pages/InboxPage.h"

#include "core/common/Clock.h"
#include "core/routing/LeadDispatcher.h"
#include "core/store/Store.h"
#include "ui/models/InboxModel.h"
#include "ui/widgets/SlaCountdownDelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace lr::ui {

InboxPage::InboxPage(Store &store, const Clock &clock, const User &user, QWidget *parent)
    : QWidget(parent), m_store(store), m_clock(clock), m_user(user)
{
    setObjectName(QStringLiteral("inboxPage"));
    m_model = new InboxModel(store, clock, AccessScope::forUser(user), this);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("inboxFilter"));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("inboxTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegateForColumn(static_cast<int>(InboxModel::Column::Sla), new SlaCountdownDelegate(m_table));
    m_table->setColumnWidth(static_cast<int>(InboxModel::Column::Sla),
                            std::max(130, SlaCountdownDelegate::columnWidth(m_table->font())));
    m_table->setColumnWidth(static_cast<int>(InboxModel::Column::Lead), 200);
    m_table->setColumnWidth(static_cast<int>(InboxModel::Column::Company), 200);
    m_table->setColumnWidth(static_cast<int>(InboxModel::Column::Owner), 180);

    m_call = new QPushButton(tr("Log call"), this);
    m_email = new QPushButton(tr("Log email"), this);
    m_meeting = new QPushButton(tr("Log meeting"), this);
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("Reason to disqualify"));
    m_disqualify = new QPushButton(tr("Disqualify"), this);
    m_reassignTo = new QComboBox(this);
    m_reassign = new QPushButton(tr("Reassign"), this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("inboxMessage"));

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show:"), this));
    top->addWidget(m_filter);
    top->addStretch(1);
    auto *actions = new QHBoxLayout;
    for (QWidget *w :
         {static_cast<QWidget *>(m_call), static_cast<QWidget *>(m_email), static_cast<QWidget *>(m_meeting),
          static_cast<QWidget *>(m_reason), static_cast<QWidget *>(m_disqualify), static_cast<QWidget *>(m_reassignTo),
          static_cast<QWidget *>(m_reassign)})
        actions->addWidget(w);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(m_message);

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setFilter(static_cast<InboxFilter>(m_filter->currentData().toInt()));
        updateActions();
    });
    connect(m_call, &QPushButton::clicked, this, [this] { touch(static_cast<int>(ActivityKind::Call)); });
    connect(m_email, &QPushButton::clicked, this, [this] { touch(static_cast<int>(ActivityKind::Email)); });
    connect(m_meeting, &QPushButton::clicked, this, [this] { touch(static_cast<int>(ActivityKind::Meeting)); });
    connect(m_disqualify, &QPushButton::clicked, this, &InboxPage::disqualify);
    connect(m_reassign, &QPushButton::clicked, this, &InboxPage::reassign);
    connect(m_reason, &QLineEdit::textChanged, this, &InboxPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InboxPage::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &InboxPage::updateActions);

    // One timer for the whole page: it repaints the countdowns of the visible rows only.
    m_ticker = new QTimer(this);
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &InboxPage::tick);
    m_ticker->start();
    setUser(user);
}

InboxPage::~InboxPage() = default;

void InboxPage::setUser(const User &user)
{
    m_user = user;
    const QSignalBlocker block(m_filter);
    m_filter->clear();
    m_filter->addItem(tr("My leads"), static_cast<int>(InboxFilter::Mine));
    if (user.role != Role::Rep)
        m_filter->addItem(user.role == Role::Manager ? tr("My team") : tr("Everyone"),
                          static_cast<int>(InboxFilter::Visible));
    m_filter->addItem(tr("Breached"), static_cast<int>(InboxFilter::Breached));
    // Reps start on their own leads; managers and admins, who own few, on everything they oversee.
    const InboxFilter start = user.role == Role::Rep ? InboxFilter::Mine : InboxFilter::Visible;
    m_filter->setCurrentIndex(m_filter->findData(static_cast<int>(start)));
    m_model->setScope(AccessScope::forUser(user));
    m_model->setFilter(start);
    m_reassignTo->clear();
    for (const User &u : m_store.users.visibleTo(AccessScope::forUser(user))) {
        if (u.active && u.role != Role::Admin)
            m_reassignTo->addItem(u.name, u.id);
    }
    const bool manages = user.role != Role::Rep;
    m_reassignTo->setVisible(manages);
    m_reassign->setVisible(manages);
    refresh();
}

void InboxPage::refresh()
{
    m_model->refresh();
    updateActions();
}

QString InboxPage::lastMessage() const
{
    return m_message->text();
}

void InboxPage::tick()
{
    if (!isVisible() || m_model->rowCount() == 0)
        return;
    const int first = m_table->rowAt(0);
    int last = m_table->rowAt(m_table->viewport()->height() - 1);
    if (first < 0)
        return;
    if (last < 0)
        last = m_model->rowCount() - 1;
    m_model->tick(first, last);
}

Id InboxPage::selectedLead() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->leadIdAt(rows.first().row());
}

void InboxPage::updateActions()
{
    const bool any = selectedLead() != 0;
    for (QPushButton *b : {m_call, m_email, m_meeting, m_reassign})
        b->setEnabled(any);
    m_disqualify->setEnabled(any && !m_reason->text().trimmed().isEmpty());
}

void InboxPage::report(const QString &error, const QString &success)
{
    m_message->setText(error.isEmpty() ? success : error);
    if (error.isEmpty()) {
        refresh();
        emit leadsChanged();
    }
}

void InboxPage::touch(int kind)
{
    const Id lead = selectedLead();
    if (!lead)
        return;
    const auto activity = static_cast<ActivityKind>(kind);
    const Status s = LeadDispatcher(m_store, m_clock).logTouch(AccessScope::forUser(m_user), lead, activity, {});
    report(s.error(), tr("%1 logged; the SLA clock stopped.").arg(displayName(activity)));
}

void InboxPage::disqualify()
{
    const Id lead = selectedLead();
    if (!lead)
        return;
    const Status s = LeadDispatcher(m_store, m_clock).disqualify(AccessScope::forUser(m_user), lead, m_reason->text());
    if (s)
        m_reason->clear();
    report(s.error(), tr("Lead disqualified."));
}

void InboxPage::reassign()
{
    const Id lead = selectedLead();
    const Id to = m_reassignTo->currentData().toLongLong();
    if (!lead || !to)
        return;
    const Status s = LeadDispatcher(m_store, m_clock).reassignTo(AccessScope::forUser(m_user), lead, to);
    report(s.error(), tr("Lead reassigned to %1.").arg(m_reassignTo->currentText()));
}

} // namespace lr::ui
