#pragma once

#include "core/domain/Team.h"
#include "core/domain/User.h"

#include <QList>

#include <optional>

class QWidget;

namespace lr {
class Store;
}

namespace lr::ui {

/// Asks who is signing in. The app answers with SignInDialog; tests inject a fake, so no modal
/// dialog ever blocks a test.
class UserPicker
{
public:
    virtual ~UserPicker() = default;

    /// One of `users`, or nothing when the person cancels. `preselectedId` is highlighted first.
    virtual std::optional<User> pick(const QList<User> &users, const QList<Team> &teams, Id preselectedId,
                                     QWidget *parent) = 0;
    /// On a store without any user: the administrator the person creates, or nothing when they
    /// cancel (or this picker cannot ask).
    virtual std::optional<User> createFirstAdmin(Store &store, QWidget *parent)
    {
        Q_UNUSED(store);
        Q_UNUSED(parent);
        return std::nullopt;
    }
};

} // namespace lr::ui
