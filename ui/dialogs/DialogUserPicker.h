#pragma once

#include "ui/dialogs/UserPicker.h"

namespace lr::ui {

/// The real UserPicker: a modal SignInDialog.
class DialogUserPicker final : public UserPicker
{
public:
    std::optional<User> pick(const QList<User> &users, const QList<Team> &teams, Id preselectedId,
                             QWidget *parent) override;
};

} // namespace lr::ui
