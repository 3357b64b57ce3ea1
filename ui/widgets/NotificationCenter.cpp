#include "ui/widgets/NotificationCenter.h"

#include "core/common/Clock.h"
#include "core/store/NotificationRepository.h"
#include "core/store/Store.h"

#include "ui/widgets/WrappedLines.h"
#include <QApplication>
#include <QLabel>

#include <QListWidget>
#include <QPushButton>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

namespace lr::ui {

NotificationCenter::NotificationCenter(Store &store, const Clock &clock, Id userId, QWidget *parent)
    : QWidget(parent), m_store(store), m_clock(clock)
{
    setObjectName(QStringLiteral("notificationCenter"));
    m_title = new QLabel(this);
    m_list = new QListWidget(this);
    wrapLines(m_list);
    m_markRead = new QPushButton(tr("Mark all read"), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_markRead, 0, Qt::AlignRight);
    connect(m_markRead, &QPushButton::clicked, this, &NotificationCenter::markAllRead);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->show();
    }
    setUser(userId);
}

NotificationCenter::~NotificationCenter() = default;

void NotificationCenter::setUser(Id userId)
{
    m_userId = userId;
    // Only what arrives from now on pops up; older unread notifications are in the list.
    const QList<Notification> latest = NotificationRepository(m_store.database()).forUser(userId, false, 1);
    m_lastSeen = latest.isEmpty() ? 0 : latest.first().id;
    check();
}

void NotificationCenter::check()
{
    NotificationRepository repo(m_store.database());
    const QList<Notification> all = repo.forUser(m_userId, false, 100);
    m_list->clear();
    int unread = 0;
    Id newest = m_lastSeen;
    QStringList fresh;
    for (const Notification &n : all) {
        auto *item = new QListWidgetItem(n.text, m_list);
        item->setToolTip(n.text);
        QFont f = item->font();
        f.setBold(n.readAt == 0);
        item->setFont(f);
        item->setData(Qt::UserRole, n.leadId);
        unread += n.readAt == 0 ? 1 : 0;
        if (n.id > m_lastSeen && n.readAt == 0)
            fresh.prepend(n.text); // oldest first
        newest = std::max(newest, n.id);
    }
    m_lastSeen = newest;
    for (const QString &text : std::as_const(fresh)) {
        m_announced.append(text);
        if (m_tray)
            m_tray->showMessage(tr("LeadRelay"), text, QSystemTrayIcon::Information, 8000);
    }
    m_title->setText(tr("Notifications (%n unread)", nullptr, unread));
    if (unread != m_unread) {
        m_unread = unread;
        emit unreadChanged(unread);
    }
}

void NotificationCenter::markAllRead()
{
    NotificationRepository repo(m_store.database());
    for (const Notification &n : repo.forUser(m_userId, true, 1000))
        repo.markRead(m_userId, n.id, m_clock.now());
    check();
}

} // namespace lr::ui
