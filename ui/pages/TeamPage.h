#pragma once

#include "core/domain/User.h"
#include "core/security/AccessScope.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace lr {
class Clock;
class Store;
} // namespace lr

namespace lr::ui {

class TeamMemberDialog;
class TeamsDialog;
class TeamTableModel;

/// The people the signed-in manager or admin may see. Admins edit everyone, managers the people
/// of their own team (Edit… or a double click opens TeamMemberDialog); reps only look.
class TeamPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamPage)

public:
    TeamPage(Store &store, const Clock &clock, const User &user, QWidget *parent = nullptr);
    ~TeamPage() override;

    void setUser(const User &user);
    void refresh();

    TeamTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *teamsButton() const { return m_teams; }
    /// Opens the admin's list of teams (nullptr for others).
    TeamsDialog *editTeams();
    /// Opens the dialog that adds a person (admins); the new person is selected once saved.
    TeamMemberDialog *addPerson();
    /// Opens the editor for the selected person (non-modal; nullptr when they may not be edited).
    TeamMemberDialog *editSelected();

signals:
    /// A team was added, renamed or given other countries or another manager.
    void teamsChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateSummary();
    void updateActions();
    void fitColumns();

    TeamTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_teams = nullptr;
    Store &m_store;
    const Clock &m_clock;
    AccessScope m_scope;
};

} // namespace lr::ui
