#pragma once

#include "core/domain/User.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace lr {
class Clock;
class Store;
} // namespace lr

namespace lr::ui {

class InboxModel;

/// The lead inbox: new and unworked leads with a live SLA countdown, most urgent first, with the
/// filters mine / team / breached. One shared timer repaints only the visible rows once a second.
/// Actions on the selected lead: log a call, email or meeting (the first stops its clock),
/// disqualify with a reason, and — for managers and admins — reassign. Every action goes through
/// core (LeadDispatcher), which checks the signed-in user's rights.
class InboxPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxPage)

public:
    InboxPage(Store &store, const Clock &clock, const User &user, QWidget *parent = nullptr);
    ~InboxPage() override;

    void setUser(const User &user);
    void refresh();

    InboxModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *filterBox() const { return m_filter; }
    QPushButton *callButton() const { return m_call; }
    QPushButton *emailButton() const { return m_email; }
    QPushButton *meetingButton() const { return m_meeting; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *disqualifyButton() const { return m_disqualify; }
    QComboBox *reassignBox() const { return m_reassignTo; }
    QPushButton *reassignButton() const { return m_reassign; }
    QTimer *ticker() const { return m_ticker; }
    /// The last action's result (or error), as shown under the table.
    QString lastMessage() const;

signals:
    /// A lead changed owner, status or clock (other views refresh).
    void leadsChanged();

private:
    void tick();
    void touch(int kind);
    void disqualify();
    void reassign();
    void updateActions();
    void report(const QString &error, const QString &success);
    Id selectedLead() const;

    Store &m_store;
    const Clock &m_clock;
    User m_user;
    InboxModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_filter = nullptr;
    QPushButton *m_call = nullptr;
    QPushButton *m_email = nullptr;
    QPushButton *m_meeting = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_disqualify = nullptr;
    QComboBox *m_reassignTo = nullptr;
    QPushButton *m_reassign = nullptr;
    QLabel *m_message = nullptr;
    QTimer *m_ticker = nullptr;
};

} // namespace lr::ui
