#pragma once

#include "ui/dialogs/UserPicker.h"

namespace lr {
class Clock;
}

namespace lr::ui {

/// The real UserPicker: a modal SignInDialog, and FirstAdminDialog on a store without users.
class DialogUserPicker final : public UserPicker
{
public:
    explicit DialogUserPicker(const Clock &clock) : m_clock(clock) {}

    std::optional<User> pick(const QList<User> &users, const QList<Team> &teams, Id preselectedId,
                             QWidget *parent) override;
    std::optional<User> createFirstAdmin(Store &store, QWidget *parent) override;

private:
    const Clock &m_clock;
};

} // namespace lr::ui
