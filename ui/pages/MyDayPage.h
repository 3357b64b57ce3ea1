#pragma once

#include "core/domain/User.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace lr {
class Clock;
class Store;
} // namespace lr

namespace lr::ui {

class NotificationCenter;
class TaskQueueModel;

/// "My day": the signed-in user's task queue — overdue, due now, later — with one-click complete
/// and an outcome (completing a call task logs the call, which stops the lead's SLA clock). For
/// managers and admins also today's SLA breaches and reassignments for breach (which should
/// trend to zero). The user's notification centre sits beside the queue.
class MyDayPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyDayPage)

public:
    MyDayPage(Store &store, const Clock &clock, const User &user, QWidget *parent = nullptr);
    ~MyDayPage() override;

    void setUser(const User &user);
    void refresh();

    TaskQueueModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *outcomeBox() const { return m_outcome; }
    QPushButton *completeButton() const { return m_complete; }
    QLabel *summary() const { return m_summary; }
    QListWidget *escalations() const { return m_escalations; }
    /// Managers: reassignments for SLA breach per day over the last kTrendDays days.
    QLabel *breachTrend() const { return m_trend; }
    static constexpr int kTrendDays = 14;
    NotificationCenter *notifications() const { return m_notifications; }

signals:
    void tasksChanged();

private:
    void complete();

    Store &m_store;
    const Clock &m_clock;
    User m_user;
    TaskQueueModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_outcome = nullptr;
    QPushButton *m_complete = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_escalationTitle = nullptr;
    QListWidget *m_escalations = nullptr;
    QLabel *m_trend = nullptr;
    NotificationCenter *m_notifications = nullptr;
};

} // namespace lr::ui
