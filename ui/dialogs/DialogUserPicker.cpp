#include "ui/dialogs/DialogUserPicker.h"

#include "ui/dialogs/FirstAdminDialog.h"
#include "ui/dialogs/SignInDialog.h"

namespace lr::ui {

std::optional<User> DialogUserPicker::pick(const QList<User> &users, const QList<Team> &teams, Id preselectedId,
                                           QWidget *parent)
{
    SignInDialog dialog(users, teams, preselectedId, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.selectedUser();
}

std::optional<User> DialogUserPicker::createFirstAdmin(Store &store, QWidget *parent)
{
    FirstAdminDialog dialog(store, m_clock, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.admin();
}

} // namespace lr::ui
