#pragma once

#include "core/domain/Ids.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QSystemTrayIcon;

namespace lr {
class Clock;
class Store;
} // namespace lr

namespace lr::ui {

/// The in-app notification centre of the signed-in user (only things that need action: a lead to
/// call, an SLA nudge, a breach alert, a reassignment). check() — called on every timer tick —
/// shows what arrived since the last check as system tray messages when a tray exists.
class NotificationCenter final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationCenter)

public:
    NotificationCenter(Store &store, const Clock &clock, Id userId, QWidget *parent = nullptr);
    ~NotificationCenter() override;

    void setUser(Id userId);
    /// Reads the list again and announces new unread notifications (tray message).
    void check();
    void markAllRead();

    QListWidget *list() const { return m_list; }
    int unreadCount() const { return m_unread; }
    /// Texts shown as tray messages so far (tests read it; also when no tray is available).
    const QStringList &announced() const { return m_announced; }

signals:
    void unreadChanged(int count);

private:
    Store &m_store;
    const Clock &m_clock;
    Id m_userId = 0;
    Id m_lastSeen = 0;
    int m_unread = 0;
    QListWidget *m_list = nullptr;
    QPushButton *m_markRead = nullptr;
    QLabel *m_title = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QStringList m_announced;
};

} // namespace lr::ui
