#pragma once

#include "core/domain/Team.h"
#include "core/domain/User.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLineEdit;
class QTreeWidget;

namespace lr::ui {

/// Lists the active users (name, role, team) to sign in as. A local desktop app: no passwords,
/// the role decides what the person sees.
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    SignInDialog(const QList<User> &users, const QList<Team> &teams, Id preselectedId, QWidget *parent = nullptr);
    ~SignInDialog() override;

    /// The highlighted user, if any.
    std::optional<User> selectedUser() const;
    QTreeWidget *userList() const { return m_list; }
    QLineEdit *filterEdit() const { return m_filter; }

private:
    void applyFilter(const QString &text);
    void updateButtons();

    QList<User> m_users;
    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_list = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace lr::ui
