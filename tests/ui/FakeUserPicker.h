#pragma once

#include "ui/dialogs/UserPicker.h"

#include <functional>

namespace lr::test {

/// Answers the sign-in question without a dialog: the user with `answerEmail`, or cancel.
class FakeUserPicker final : public ui::UserPicker
{
public:
    std::optional<User> pick(const QList<User> &users, const QList<Team> &, Id preselectedId, QWidget *) override
    {
        ++calls;
        offered = users;
        preselected = preselectedId;
        for (const User &u : users) {
            if (u.email == answerEmail)
                return u;
        }
        return std::nullopt;
    }

    std::optional<User> createFirstAdmin(Store &store, QWidget *) override
    {
        ++firstAdminCalls;
        return firstAdmin ? firstAdmin(store) : std::nullopt;
    }

    QString answerEmail; ///< Empty: the person cancels.
    /// What the set-up of a store without users does (unset: the person cancels).
    std::function<std::optional<User>(Store &)> firstAdmin;
    int firstAdminCalls = 0;
    int calls = 0;
    QList<User> offered;
    Id preselected = -1;
};

} // namespace lr::test
