#pragma once

#include "core/domain/Team.h"
#include "core/domain/User.h"
#include "core/security/AccessScope.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace lr {
class Clock;
class Store;
} // namespace lr

namespace lr::ui {

/// The admin's list of teams: add one, or rename it, change its countries or its manager. Saving
/// goes through core's TeamService (admins only, names unique, countries as ISO codes, a manager
/// who is one); a refusal stays in the dialog as a message.
class TeamsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamsDialog)

public:
    TeamsDialog(Store &store, const Clock &clock, const AccessScope &editor, QWidget *parent = nullptr);
    ~TeamsDialog() override;

    QListWidget *teamList() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *countriesEdit() const { return m_countries; }
    QComboBox *managerCombo() const { return m_manager; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *errorLabel() const { return m_error; }

signals:
    /// A team was added or changed.
    void teamsChanged();

private:
    void reload(Id select);
    void showTeam();
    void fillManagers(const Team &team);
    void startNew();
    void save();

    Store &m_store;
    const Clock &m_clock;
    AccessScope m_editor;
    QList<Team> m_teams;
    QList<User> m_users;
    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_countries = nullptr;
    QComboBox *m_manager = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace lr::ui
